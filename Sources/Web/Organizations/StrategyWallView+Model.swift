import Domain
import Foundation

/// The strategy wall: the organization's goals with the teams committed to each, and the teams' posters side by side.
public struct StrategyWallModel: Sendable {
    public struct Goal: Sendable, Equatable {
        public let id: UUID
        public let title: String
        public let owner: String?
        public let horizon: CalendarDate?
        public let measure: String
        public let teams: [CharterGaps.Named]

        public init(id: UUID, title: String, owner: String?, horizon: CalendarDate?, measure: String, teams: [CharterGaps.Named]) {
            (self.id, self.title, self.owner, self.horizon, self.measure, self.teams) = (id, title, owner, horizon, measure, teams)
        }
    }

    public let slug: String
    public let purpose: String
    public let brandPromise: String
    public let goals: [Goal]
    public let posters: [PosterModel]
    public let page: Int
    public let pageCount: Int
    public let teamCount: Int

    public init(slug: String, purpose: String, brandPromise: String, goals: [Goal], posters: [PosterModel], page: Int, pageCount: Int, teamCount: Int) {
        (self.slug, self.purpose, self.brandPromise, self.goals) = (slug, purpose, brandPromise, goals)
        (self.posters, self.page, self.pageCount, self.teamCount) = (posters, page, pageCount, teamCount)
    }
}
