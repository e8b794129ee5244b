import Domain
import Foundation

/// The charter gaps page: what it found, for one organization.
public struct CharterGapsModel: Sendable {
    public let slug: String
    public let gaps: CharterGaps

    public init(slug: String, gaps: CharterGaps) {
        self.slug = slug
        self.gaps = gaps
    }

    var chartered: Int { gaps.teamCount - gaps.teamsWithoutCharter.count }
    var committed: Int { gaps.goalCount - gaps.goalsWithoutCommitment.count }
}
