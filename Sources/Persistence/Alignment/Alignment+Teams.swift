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
        var kept = try await teamSnapshots(Set(listed.items.map(\.id)), month: month)
        if kept.count < listed.items.count {
            let reader = AlignmentInputsReader(scope: scope, today: today)
            do {
                try await keepTeams(try await reader.teams(page: listed.page, per: listed.per, shared: try await reader.teamsShared()).items, month: month)
                kept = try await teamSnapshots(Set(listed.items.map(\.id)), month: month)
            } catch {
                // Another instance (the monthly job, say) kept them meanwhile: theirs stand.
                kept = try await teamSnapshots(Set(listed.items.map(\.id)), month: month)
                guard kept.count == listed.items.count else { throw error }
            }
        }
        let items = listed.items.compactMap { team in kept[team.id].map { TeamIndex(team: team, index: $0) } }
        return Paged(items: items, request: Pagination(page: listed.page, per: listed.per), total: listed.total)
    }

    /// The teams whose index is lowest this month, among those kept that rest on at least half the formula's weight (a team
    /// measured on one component says little): where the organization is most misaligned inside.
    public func weakestTeams(_ count: Int = 5, today: CalendarDate = .today) async throws -> [TeamIndex] {
        let records = try await AlignmentSnapshotRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$month == Self.month(today))
            .filter(\.$scopeKey != Self.organizationKey).filter(\.$value != nil).filter(\.$coverage >= Self.comparableCoverage)
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
            try await keepTeams(computed.items, month: Self.month(today))
            if page * 50 >= computed.total { break }
            page += 1
        }
    }

    private func keepTeams(_ teams: [(team: Stored<Team>, inputs: AlignmentInputs)], month: String) async throws {
        let scope = self.scope
        let records = try teams.map { try AlignmentSnapshotRecord(organizationID: scope.id, scopeKey: "team:\($0.team.id.uuidString)", month: month,
                                                                  index: AlignmentIndex.compute($0.inputs), at: Date()) }
        try await WriteGate.transaction(scope.db) { tx in
            let keys = records.map(\.scopeKey)
            try await AlignmentSnapshotRecord.query(on: tx).filter(\.$organizationID == scope.id).filter(\.$month == month).filter(\.$scopeKey ~~ keys).delete()
            for record in records { try await record.create(on: tx) }
        }
    }

    private func teamSnapshots(_ teams: Set<UUID>, month: String) async throws -> [UUID: AlignmentIndex] {
        guard !teams.isEmpty else { return [:] }
        let records = try await AlignmentSnapshotRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$month == month)
            .filter(\.$scopeKey ~~ teams.map { "team:\($0.uuidString)" }).all()
        return Dictionary(records.compactMap { record in Self.teamID(record.scopeKey).map { ($0, record.index) } }, uniquingKeysWith: { a, _ in a })
    }

    /// Teams are compared only when their index rests on at least this share of the weight.
    public static let comparableCoverage = 50

    static func teamID(_ key: String) -> UUID? { key.hasPrefix("team:") ? UUID(uuidString: String(key.dropFirst(5))) : nil }
}
