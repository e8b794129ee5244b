import Foundation

/// Where the charters leave the strategy uncovered: teams with no commitment, goals no team committed
/// to, and commitments that touch nothing a customer meets.
public struct CharterGaps: Sendable, Equatable {
    public struct Named: Sendable, Equatable {
        public let id: UUID
        public let name: String

        public init(id: UUID, name: String) {
            self.id = id
            self.name = name
        }
    }

    public struct Unanchored: Sendable, Equatable {
        public let id: UUID
        public let text: String
        public let team: Named
    }

    public let teamsWithoutCharter: [Named]
    public let goalsWithoutCommitment: [Named]
    public let commitmentsTouchingNothing: [Unanchored]
    public let teamCount: Int
    public let goalCount: Int

    public var isEmpty: Bool { teamsWithoutCharter.isEmpty && goalsWithoutCommitment.isEmpty && commitmentsTouchingNothing.isEmpty }

    /// `teams` and `goals` in the order to list them; `commitments` with their ids.
    public static func find(teams: [Named], goals: [Named], commitments: [(id: UUID, content: CharterCommitment)]) -> CharterGaps {
        let chartered = Set(commitments.map(\.content.teamID))
        let served = Set(commitments.flatMap(\.content.goalIDs))
        let names = Dictionary(teams.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let unanchored = commitments.filter { !$0.content.touchesCustomers }.map { commitment in
            Unanchored(id: commitment.id, text: commitment.content.text,
                       team: names[commitment.content.teamID] ?? Named(id: commitment.content.teamID, name: ""))
        }
        return CharterGaps(teamsWithoutCharter: teams.filter { !chartered.contains($0.id) }, goalsWithoutCommitment: goals.filter { !served.contains($0.id) },
                           commitmentsTouchingNothing: unanchored, teamCount: teams.count, goalCount: goals.count)
    }
}
