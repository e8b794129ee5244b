import Domain
import FluentKit
import Foundation

/// A team's charter: its commitments, review date, versions and its lead's approval. Every change to a
/// commitment (`CommitmentRules`) or the review date is a new version; an approval names the version approved.
public struct TeamCharters: Sendable {
    let scope: OrgScope

    public init(scope: OrgScope) {
        self.scope = scope
    }

    /// What the charter page shows.
    public struct Page: Sendable {
        public let team: Stored<Team>
        public let charter: TeamCharter
        public let versions: [TeamCharter.Version]
        public let commitments: [Stored<CharterCommitment>]
        public let goals: [Stored<StrategyGoal>]
        public let canChange: Bool
        public let canApprove: Bool
    }

    public func page(_ teamID: UUID) async throws -> Page {
        guard let team = try await RecordStore<TeamRecord>(db: scope.db, organizationID: scope.id).find(teamID)?.stored else {
            throw NotFound("There is no such team here.")
        }
        let record = try await charterRecord(teamID, on: scope.db)
        let versions = try await CharterVersionRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$teamID == teamID)
            .sort(\.$number, .descending).limit(100).all().map(\.value)
        let commitments = try await RecordStore<CommitmentRecord>(db: scope.db, organizationID: scope.id).all(filters: ListFilters(["team_id": teamID.uuidString]))
        let goals = try await RecordStore<StrategyGoalRecord>(db: scope.db, organizationID: scope.id).all()
        return Page(team: team, charter: record?.value ?? TeamCharter(teamID: teamID), versions: versions, commitments: commitments, goals: goals,
                    canChange: scope.access.allows(.update, .commitments, owningTeams: [teamID]), canApprove: mayApprove(teamID))
    }

    /// Refuses a change to the charter of a team that is not here (404), or not the person's to change (403).
    public func checkChange(_ teamID: UUID) async throws {
        try await requireTeam(teamID)
        try scope.authorize(.update, .commitments, owningTeams: [teamID])
    }

    /// Refuses an approval of a team's charter that is not here (404), or by someone not its lead nor an administrator (403).
    public func checkApproval(_ teamID: UUID) async throws {
        try await requireTeam(teamID)
        guard mayApprove(teamID) else { throw Forbidden("Only the team's lead, or an administrator, approves its charter.") }
    }

    private func requireTeam(_ teamID: UUID) async throws {
        guard try await RecordStore<TeamRecord>(db: scope.db, organizationID: scope.id).find(teamID) != nil else {
            throw NotFound("There is no such team here.")
        }
    }

    /// Sets (or clears) the day the charter is next reviewed.
    public func setReview(_ teamID: UUID, on day: CalendarDate?) async throws -> TeamCharter {
        try await checkChange(teamID)
        let text = day?.description
        return try await change(teamID, text.map { "Review date set to \($0)" } ?? "Review date cleared") { $0.reviewOn = text }
    }

    /// The lead approves the version they read; a charter changed since then is refused, to be read again.
    public func approve(_ teamID: UUID, version: Int) async throws -> TeamCharter {
        try await checkApproval(teamID)
        return try await WriteGate.transaction(scope.db) { tx in
            let record = try await charterRecord(teamID, on: tx) ?? CharterRecord(organizationID: scope.id, teamID: teamID)
            guard record.version == version else {
                throw Conflict("The charter changed while you read it (it is at version \(record.version), you read \(version)). Read it again, then approve.")
            }
            (record.approvedVersion, record.approvedBy, record.approvedAt) = (version, scope.actor.name, Date())
            try await record.save(on: tx)
            return record.value
        }
    }

    /// A new version of the team's charter, in words: called for every change to one of its commitments.
    func noteChange(_ teamID: UUID, _ words: String) async throws {
        _ = try await change(teamID, words) { _ in }
    }

    /// Applies a change and records it as the next version; a version number another change took first is retried.
    private func change(_ teamID: UUID, _ words: String, _ apply: @escaping @Sendable (CharterRecord) -> Void) async throws -> TeamCharter {
        var lastError: (any Error)?
        for _ in 0..<3 {
            do {
                return try await WriteGate.transaction(scope.db) { tx in
                    let record = try await charterRecord(teamID, on: tx) ?? CharterRecord(organizationID: scope.id, teamID: teamID)
                    apply(record)
                    record.version += 1
                    try await record.save(on: tx)
                    try await CharterVersionRecord(organizationID: scope.id, teamID: teamID, number: record.version, by: scope.actor.name,
                                                   change: words, at: Date()).create(on: tx)
                    return record.value
                }
            } catch {
                // Another change took this version number (or made the charter) first: take the next.
                guard let failure = error as? any DatabaseError, failure.isConstraintFailure else { throw error }
                lastError = error
            }
        }
        throw lastError!
    }

    private func charterRecord(_ teamID: UUID, on db: any Database) async throws -> CharterRecord? {
        try await CharterRecord.query(on: db).filter(\.$organizationID == scope.id).filter(\.$teamID == teamID).first()
    }

    private func mayApprove(_ teamID: UUID) -> Bool {
        scope.access.role == .admin || (scope.access.role == .teamLead && scope.access.ledTeams.contains(teamID))
    }
}
