import Domain
import Foundation

/// A team's charter as a poster: the organization's purpose and brand promise at the top, then what the
/// team commits to with the goals each serves. Printed on one A3 or A4 portrait page.
public struct PosterModel: Sendable, Equatable {
    public enum Size: String, Sendable, CaseIterable {
        case a4, a3

        var label: String { rawValue.uppercased() }
    }

    public struct Commitment: Sendable, Equatable {
        public let text: String
        public let goals: [String]

        public init(text: String, goals: [String]) {
            self.text = text
            self.goals = goals
        }
    }

    public let slug: String
    public let teamID: UUID
    public let teamName: String
    public let organizationName: String
    public let purpose: String
    public let brandPromise: String
    public let commitments: [Commitment]
    public let size: Size

    public init(slug: String, teamID: UUID, teamName: String, organizationName: String, purpose: String, brandPromise: String,
                commitments: [Commitment], size: Size) {
        (self.slug, self.teamID, self.teamName, self.organizationName) = (slug, teamID, teamName, organizationName)
        (self.purpose, self.brandPromise, self.commitments, self.size) = (purpose, brandPromise, commitments, size)
    }

    /// The largest type whose poster fits its page (`PosterLayout`), so a short charter fills the page and a long one does not run over.
    var density: String { PosterLayout.density(self)?.rawValue ?? PosterLayout.Density.dense.rawValue }

    /// Whether even the smallest type cannot hold it all on one page.
    var overflows: Bool { PosterLayout.density(self) == nil }
}

extension PosterModel {
    /// The poster of one team's commitments, with the goals each serves named.
    public init(slug: String, team: Stored<Team>, organization: Organization, commitments: [Stored<CharterCommitment>],
                goals: [Stored<StrategyGoal>], size: Size) {
        let titles = Dictionary(goals.map { ($0.id, $0.content.title) }, uniquingKeysWith: { first, _ in first })
        self.init(slug: slug, teamID: team.id, teamName: team.content.name, organizationName: organization.name,
                  purpose: organization.purpose, brandPromise: organization.brandPromise,
                  commitments: commitments.map { .init(text: $0.content.text, goals: $0.content.goalIDs.compactMap { titles[$0] }) }, size: size)
    }
}
