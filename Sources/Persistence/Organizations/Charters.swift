import Domain
import FluentKit
import Foundation

/// The organization's charters as a whole: the teams' commitments set against its teams and goals.
public struct Charters: Sendable {
    let scope: OrgScope

    public init(scope: OrgScope) {
        self.scope = scope
    }

    /// Teams without a charter, goals nobody committed to, commitments that touch nothing customers meet.
    public func gaps() async throws -> CharterGaps {
        let teams = try await RecordStore<TeamRecord>(db: scope.db, organizationID: scope.id).all()
            .map { CharterGaps.Named(id: $0.id, name: $0.content.name) }.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
        let goals = try await RecordStore<StrategyGoalRecord>(db: scope.db, organizationID: scope.id).all()
            .map { CharterGaps.Named(id: $0.id, name: $0.content.title) }
        let commitments = try await RecordStore<CommitmentRecord>(db: scope.db, organizationID: scope.id).all().map { (id: $0.id, content: $0.content) }
        return CharterGaps.find(teams: teams, goals: goals, commitments: commitments)
    }
}
