/// The second pass of theme discovery: which candidate phrases each item contains, so themes are
/// chosen by how many items each adds that the themes chosen before it leave out. Ranked by their
/// counts alone, the largest topics' phrases took every place, and the feedback of a new survey
/// (66 comments on parking among 5,000 on faults) found no theme at all.
public struct ThemeCoverage: Sendable {
    public let candidates: [Theme]
    private let matcher: ThemeMatcher
    /// For each candidate, the items that contain it, in order.
    private var members: [[Int32]]
    public private(set) var documents = 0

    public init(candidates: [Theme]) {
        self.candidates = candidates
        matcher = ThemeMatcher(candidates)
        members = Array(repeating: [], count: candidates.count)
    }

    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(utf8: $0) }
    }

    public mutating func add(utf8: UnsafeBufferPointer<UInt8>) {
        let item = Int32(truncatingIfNeeded: documents)
        documents += 1
        matcher.forEachIndex(utf8: utf8) { index in
            if members[index].last != item { members[index].append(item) }
        }
    }

    /// Up to `maximum` themes, each time the candidate that adds the most items not yet covered (weighted by
    /// its length, as longer phrases name a pattern more precisely), while it adds at least `minimumSupport`.
    /// Gains only shrink as items get covered, so a candidate is re-counted only when it comes out on top.
    public func select(maximum: Int, minimumSupport: Int) -> [Theme] {
        var covered = [Bool](repeating: false, count: documents)
        var bounds = candidates.indices.map { (index: $0, gain: Double(members[$0].count) * ThemeEngine.weight(candidates[$0].name)) }
        var chosen: [Theme] = []
        while chosen.count < maximum, !bounds.isEmpty {
            bounds.sort { $0.gain != $1.gain ? $0.gain > $1.gain : $0.index < $1.index }
            let top = bounds.removeFirst()
            let fresh = members[top.index].reduce(0) { $0 + (covered[Int($1)] ? 0 : 1) }
            let gain = Double(fresh) * ThemeEngine.weight(candidates[top.index].name)
            if let next = bounds.first, gain < next.gain {
                bounds.append((top.index, gain))
                continue
            }
            guard fresh >= minimumSupport else { break }
            for item in members[top.index] { covered[Int(item)] = true }
            chosen.append(candidates[top.index])
        }
        return chosen
    }
}
