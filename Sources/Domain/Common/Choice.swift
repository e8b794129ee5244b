/// A closed set of values stored as strings, each with a label people read.
public protocol Choice: RawRepresentable, CaseIterable, Sendable, Codable, Hashable
where RawValue == String, AllCases: RandomAccessCollection {
    var label: String { get }
}

extension Choice {
    /// All cases as (stored value, label) pairs, in declaration order.
    public static var options: [(value: String, label: String)] {
        allCases.map { ($0.rawValue, $0.label) }
    }
}
