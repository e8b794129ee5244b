import Domain
import FluentKit
import Foundation

extension Alignment {
    /// One journey's index this month, as kept.
    public struct JourneyIndex: Sendable {
        public let journey: Stored<Journey>
        public let index: AlignmentIndex
    }

    /// This month's index of each journey on one page of journeys (by name), kept by the monthly job or computed now and kept.
    public func journeys(page: Int, per: Int = 25, today: CalendarDate = .today) async throws -> Paged<JourneyIndex> {
        let store = scope.store(JourneyRecord.self)
        let listed = try await store.list(page: Pagination.within(total: try await store.count(), page: page, per: per))
        let kept = try await keptOrComputed(listed.items.map { Self.journeyKey($0.id) }, month: Self.month(today)) {
            try await computeJourneys(listed.items.map(\.id), today: today)
        }
        let items = listed.items.compactMap { journey in kept[Self.journeyKey(journey.id)].map { JourneyIndex(journey: journey, index: $0) } }
        return Paged(items: items, request: Pagination(page: listed.page, per: listed.per), total: listed.total)
    }

    /// Every journey's index for the month (the monthly job).
    func keepAllJourneys(today: CalendarDate) async throws {
        let ids = try await JourneyRecord.query(on: scope.db).filter(\.$organizationID == scope.id).all().compactMap(\.id)
        for start in stride(from: 0, to: ids.count, by: 50) {
            try await keep(try await computeJourneys(Array(ids[start..<min(start + 50, ids.count)]), today: today), month: Self.month(today))
        }
    }

    private func computeJourneys(_ ids: [UUID], today: CalendarDate) async throws -> [(String, AlignmentIndex)] {
        let reader = AlignmentInputsReader(scope: scope, today: today)
        var computed: [(String, AlignmentIndex)] = []
        for id in ids { computed.append((Self.journeyKey(id), AlignmentIndex.compute(try await reader.journey(id)))) }
        return computed
    }

    static func journeyKey(_ id: UUID) -> String { "journey:\(id.uuidString)" }
}
