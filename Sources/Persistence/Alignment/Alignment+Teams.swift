import Domain
import FluentKit
import Foundation

extension Alignment {
    /// One team's index this month, as kept.
    public struct TeamIndex: Sendable {
        public let team: Stored<Team>
        public let index: AlignmentIndex
    }

    /// This month's index of each team on one page of teams (by name), kept by the monthly job or, for teams it has not
    /// reached yet, computed for the page now and kept.
    public func teams(page: Int, per: Int = 25, today: CalendarDate = .today) async throws -> Paged<TeamIndex> {
        let month = Self.month(today)
        let listed = try await scope.store(TeamRecord.self).list(page: Pagination.within(total: try await scope.store(TeamRecord.self).count(), page: page, per: per))
        let keys = listed.items.map { "team:\($0.id.uuidString)" }
        let kept = try await keptOrComputed(keys, month: month) {
            let reader = AlignmentInputsReader(scope: scope, today: today)
            return try await reader.teams(page: listed.page, per: listed.per, shared: try await reader.teamsShared()).items
                .map { ("team:\($0.team.id.uuidString)", AlignmentIndex.compute($0.inputs)) }
        }
        let items = listed.items.compactMap { team in kept["team:\(team.id.uuidString)"].map { TeamIndex(team: team, index: $0) } }
        return Paged(items: items, request: Pagination(page: listed.page, per: listed.per), total: listed.total)
    }

    /// The teams whose index is lowest this month, among those kept that rest on at least half the formula's weight (a team
    /// measured on one component says little): where the organization is most misaligned inside.
    public func weakestTeams(_ count: Int = 5, today: CalendarDate = .today) async throws -> [TeamIndex] {
        let records = try await AlignmentSnapshotRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$month == Self.month(today))
            .filter(\.$scopeKey, .custom("LIKE"), "team:%").filter(\.$value != nil).filter(\.$coverage >= Self.comparableCoverage)
            .sort(\.$value).sort(\.$scopeKey).limit(count).all()
        let teams = try await scope.store(TeamRecord.self).some(Set(records.compactMap { Self.teamID($0.scopeKey) }))
        return records.compactMap { record in teams.first { $0.id == Self.teamID(record.scopeKey) }.map { TeamIndex(team: $0, index: record.index) } }
    }

    /// Every team's index for the month, a page at a time, with what all pages share read once (the monthly job).
    func keepAllTeams(today: CalendarDate) async throws {
        let reader = AlignmentInputsReader(scope: scope, today: today)
        let shared = try await reader.teamsShared()
        var page = 1
        while true {
            let computed = try await reader.teams(page: page, per: 50, shared: shared)
            try await keep(computed.items.map { ("team:\($0.team.id.uuidString)", AlignmentIndex.compute($0.inputs)) }, month: Self.month(today))
            if page * 50 >= computed.total { break }
            page += 1
        }
    }

    /// The indexes kept for these keys this month; those missing are computed with `compute` and kept first. Another
    /// instance keeping them meanwhile (the monthly job, say) is no failure: theirs stand.
    func keptOrComputed(_ keys: [String], month: String, compute: () async throws -> [(String, AlignmentIndex)]) async throws -> [String: AlignmentIndex] {
        var kept = try await snapshots(keys, month: month)
        guard kept.count < keys.count else { return kept }
        do {
            try await keep(try await compute(), month: month)
            kept = try await snapshots(keys, month: month)
        } catch {
            kept = try await snapshots(keys, month: month)
            guard kept.count == keys.count else { throw error }
        }
        return kept
    }

    /// Keeps these indexes for the month in place of any kept before, in one transaction.
    func keep(_ indexes: [(key: String, index: AlignmentIndex)], month: String) async throws {
        let scope = self.scope
        let records = try indexes.map { try AlignmentSnapshotRecord(organizationID: scope.id, scopeKey: $0.key, month: month, index: $0.index, at: Date()) }
        try await WriteGate.transaction(scope.db) { tx in
            try await AlignmentSnapshotRecord.query(on: tx).filter(\.$organizationID == scope.id).filter(\.$month == month)
                .filter(\.$scopeKey ~~ records.map(\.scopeKey)).delete()
            for record in records { try await record.create(on: tx) }
        }
    }

    private func snapshots(_ keys: [String], month: String) async throws -> [String: AlignmentIndex] {
        guard !keys.isEmpty else { return [:] }
        let records = try await AlignmentSnapshotRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$month == month)
            .filter(\.$scopeKey ~~ keys).all()
        return Dictionary(records.map { ($0.scopeKey, $0.index) }, uniquingKeysWith: { a, _ in a })
    }

    /// Teams are compared only when their index rests on at least this share of the weight.
    public static let comparableCoverage = 50

    static func teamID(_ key: String) -> UUID? { key.hasPrefix("team:") ? UUID(uuidString: String(key.dropFirst(5))) : nil }
}
