import Foundation

/// How TheyDo insights become friction points: on which journey, at which touchpoint when an insight
/// names none, and of which kind when its type names none.
public struct InsightImportSettings: Sendable, Equatable {
    public var journeyID: UUID
    public var defaultTouchpointID: UUID?
    public var defaultKind: FrictionKind
    /// The tag group whose tag names an insight's touchpoint.
    public static let touchpointGroup = "Touchpoint"

    public init(journeyID: UUID, defaultTouchpointID: UUID? = nil, defaultKind: FrictionKind = .effort) {
        self.journeyID = journeyID
        self.defaultTouchpointID = defaultTouchpointID
        self.defaultKind = defaultKind
    }
}

/// An insight as a friction point, the team's own view of the journey until customers confirm it:
/// - its description is the title, then a blank line and the description when there is one, exactly;
/// - its touchpoint is the journey's touchpoint named by its `Touchpoint` tag, else the one it had, else
///   the default; an insight naming no touchpoint of the journey is refused;
/// - its kind is the friction kind its `type` names (by name or label, ignoring case), else the one it
///   had, else the default; its status likewise from `status` (Open, Addressed, Closed);
/// - its severity follows its empathy score, −2 (most painful) to 2: 3 − the score rounded, else the
///   one it had, else 3. TheyDo ignores scores outside −2…2, and so does the import.
public enum InsightImport {
    public struct Converted: Sendable, Equatable {
        public let point: FrictionPoint
        /// What the import decided that the insight did not say, in words.
        public let notes: [String]
    }

    /// `touchpoints`: the journey's touchpoints by name as `ImportDirectory` keys them (trimmed, lowercased).
    public static func frictionPoint(_ insight: TheyDoInsight, existing: FrictionPoint?, touchpoints: [String: UUID],
                                     settings: InsightImportSettings, at path: String) throws(InsightProblem) -> Converted {
        var notes: [String] = []
        let target = try target(insight, existing: existing, touchpoints: touchpoints, settings: settings, at: path)
        var description = insight.title
        if let more = insight.description.value, !more.isEmpty { description += "\n\n" + more }
        guard description.count <= 4000 else {
            throw InsightProblem(property: "\(path).description", reason: "title and description together are \(description.count) characters; a friction point holds 4000")
        }
        let kind = insight.type.value.flatMap(FrictionKind.named) ?? existing?.kind ?? settings.defaultKind
        if let type = insight.type.value, FrictionKind.named(type) == nil {
            notes.append("type “\(type)” is not a kind of friction: \(existing == nil ? "took the default" : "kept") \(kind.label)")
        }
        let status = insight.status.value.flatMap(FrictionStatus.named) ?? existing?.status ?? .open
        if let written = insight.status.value, FrictionStatus.named(written) == nil {
            notes.append("status “\(written)” is not Open, Addressed or Closed: \(existing == nil ? "took" : "kept") \(status.label)")
        }
        let score = insight.empathyScore.value.flatMap { (-2...2).contains($0) ? $0 : nil }
        let severity = score.map { 3 - Int($0.rounded()) } ?? existing?.severity ?? 3
        return Converted(point: FrictionPoint(target: target, kind: kind, description: description, severity: severity,
                                              source: .theyDoInsight, status: status), notes: notes)
    }

    private static func target(_ insight: TheyDoInsight, existing: FrictionPoint?, touchpoints: [String: UUID],
                               settings: InsightImportSettings, at path: String) throws(InsightProblem) -> FrictionTarget {
        if let named = insight.tags(inGroup: InsightImportSettings.touchpointGroup).first {
            guard let id = touchpoints[ImportDirectory.key(named)] else {
                throw InsightProblem(property: "\(path).groupTags", reason: "“\(named)” names no touchpoint of the chosen journey")
            }
            return .touchpoint(id)
        }
        if let existing { return existing.target }
        guard let id = settings.defaultTouchpointID else {
            throw InsightProblem(property: "\(path).groupTags", reason: "no “Touchpoint” tag names where it happens, and no default touchpoint was chosen")
        }
        return .touchpoint(id)
    }
}

/// An insight refused, naming its property.
public struct InsightProblem: Error, Sendable, Equatable {
    public let property: String
    public let reason: String
}

extension FrictionKind {
    /// The kind a text names, by its value or its label, ignoring case and surrounding spaces.
    static func named(_ text: String) -> FrictionKind? {
        let key = ImportDirectory.key(text)
        return allCases.first { $0.rawValue == key || $0.label.lowercased() == key }
    }
}

extension FrictionStatus {
    static func named(_ text: String) -> FrictionStatus? {
        let key = ImportDirectory.key(text)
        return allCases.first { $0.rawValue == key || $0.label.lowercased() == key }
    }
}
