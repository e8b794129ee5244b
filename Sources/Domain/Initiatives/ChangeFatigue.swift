import Foundation

/// Nurture's warning against change fatigue: more process changes than the organization's limit hitting
/// the same touchpoint, or the same customer segment, within its window.
public enum ChangeFatigue {
    /// A change applied (or about to be) on a day, with the touchpoints it sits on and the segments of the
    /// customers who use them.
    public struct Change: Sendable, Equatable {
        public let id: UUID
        public let on: CalendarDate
        public let touchpointIDs: Set<UUID>
        public let segments: Set<String>

        public init(id: UUID, on: CalendarDate, touchpointIDs: Set<UUID>, segments: Set<String>) {
            self.id = id
            self.on = on
            self.touchpointIDs = touchpointIDs
            self.segments = segments
        }
    }

    public enum Subject: Sendable, Hashable {
        case touchpoint(UUID)
        case segment(String)
    }

    public struct Warning: Sendable, Equatable {
        public let subject: Subject
        /// Changes within the window ending `asOf`.
        public let count: Int
        public let changeIDs: [UUID]
        public let since: CalendarDate
    }

    /// Every touchpoint and segment with more than `limit` changes in the `windowDays` days up to and including `asOf`,
    /// most changes first.
    public static func warnings(_ changes: [Change], limit: Int, windowDays: Int, asOf: CalendarDate) -> [Warning] {
        let since = asOf.adding(days: -(windowDays - 1))
        var bySubject: [Subject: [Change]] = [:]
        for change in changes where change.on >= since && change.on <= asOf {
            for touchpoint in change.touchpointIDs { bySubject[.touchpoint(touchpoint), default: []].append(change) }
            for segment in change.segments where !segment.isEmpty { bySubject[.segment(segment), default: []].append(change) }
        }
        return bySubject.filter { $0.value.count > limit }
            .map { Warning(subject: $0.key, count: $0.value.count, changeIDs: $0.value.sorted { ($0.on, $0.id.uuidString) < ($1.on, $1.id.uuidString) }.map(\.id), since: since) }
            .sorted { ($1.count, order($0.subject)) < ($0.count, order($1.subject)) }
    }

    /// The warnings applying `planned` today would add or make worse, beside those already standing.
    public static func forecast(applied: [Change], planned: [Change], limit: Int, windowDays: Int, today: CalendarDate) -> [Warning] {
        let before = Dictionary(warnings(applied, limit: limit, windowDays: windowDays, asOf: today).map { ($0.subject, $0.count) },
                                uniquingKeysWith: max)
        return warnings(applied + planned, limit: limit, windowDays: windowDays, asOf: today)
            .filter { $0.count > (before[$0.subject] ?? 0) }
    }

    private static func order(_ subject: Subject) -> String {
        switch subject {
        case .touchpoint(let id): "t" + id.uuidString
        case .segment(let name): "s" + name
        }
    }
}
