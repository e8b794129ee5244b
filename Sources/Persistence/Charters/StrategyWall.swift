import Domain
import FluentKit
import Foundation

/// The strategy wall: every goal with the teams that committed to it, and a page of the teams' posters.
public struct StrategyWall: Sendable {
    public struct Goal: Sendable {
        public let goal: Stored<StrategyGoal>
        public let owner: String?
        public let teams: [CharterGaps.Named]
    }

    public let goals: [Goal]
    /// One page of teams, by name, each with its commitments in charter order.
    public let teams: Paged<Stored<Team>>
    public let commitments: [UUID: [Stored<CharterCommitment>]]
    public let goalTitles: [Stored<StrategyGoal>]
}

extension Charters {
    /// Posters per page of the wall: enough to compare, few enough to print.
    public static let postersPerPage = 24

    /// The goals with who answers for each and the teams committed to it, and one page of posters.
    public func wall(page: Int?) async throws -> StrategyWall {
        let goals = try await RecordStore<StrategyGoalRecord>(db: scope.db, organizationID: scope.id).all()
        let owners = try await RecordStore<PersonRecord>(db: scope.db, organizationID: scope.id).some(Set(goals.compactMap(\.content.ownerPersonID)))
        let ownerNames = Dictionary(owners.map { ($0.id, $0.content.name) }, uniquingKeysWith: { first, _ in first })
        let committed = try await teamsByGoal()
        let teams = try await TeamRecord.scoped(TeamRecord.query(on: scope.db), to: scope.id).count(\.$organizationID)
        let paging = Pagination.within(total: teams, page: page, per: Self.postersPerPage)
        let pageTeams = try await RecordStore<TeamRecord>(db: scope.db, organizationID: scope.id).list(page: paging)
        let commitments = try await CommitmentRecord.sorted(CommitmentRecord.query(on: scope.db).filter(\.$organizationID == scope.id)
            .filter(\.$teamID ~~ pageTeams.items.map(\.id))).all()
        try await CommitmentRecord.loadRelations(commitments, on: scope.db)
        return StrategyWall(goals: goals.map { StrategyWall.Goal(goal: $0, owner: $0.content.ownerPersonID.flatMap { ownerNames[$0] }, teams: committed[$0.id] ?? []) },
                            teams: pageTeams, commitments: Dictionary(grouping: commitments.map(\.stored), by: \.content.teamID), goalTitles: goals)
    }

    /// For each goal, the teams with a commitment serving it, by name; read from the links, not every commitment.
    private func teamsByGoal() async throws -> [UUID: [CharterGaps.Named]] {
        let links = try await CommitmentLinkRecord.query(on: scope.db)
            .join(CommitmentRecord.self, on: \CommitmentLinkRecord.$commitment.$id == \CommitmentRecord.$id)
            .join(TeamRecord.self, on: \CommitmentRecord.$teamID == \TeamRecord.$id)
            .filter(CommitmentRecord.self, \.$organizationID == scope.id)
            .filter(\.$goalID != nil)
            .all()
        var result: [UUID: [UUID: String]] = [:]
        for link in links {
            guard let goal = link.goalID, let team = try? link.joined(TeamRecord.self) else { continue }
            result[goal, default: [:]][try team.requireID()] = team.name
        }
        return result.mapValues { teams in
            teams.map { CharterGaps.Named(id: $0.key, name: $0.value) }.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
        }
    }
}
