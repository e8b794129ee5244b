import Domain
import FluentKit
import Foundation

extension Walks {
    public struct Compared: Sendable {
        public let first: Stored<JourneyWalk>
        public let second: Stored<JourneyWalk>
        public let journeyName: String
        public let comparison: WalkComparison
    }

    /// Two walks of one journey, step by step; walks of different journeys are refused by name.
    public func compare(_ firstID: UUID, with secondID: UUID) async throws -> Compared {
        let first = try await page(firstID), second = try await page(secondID)
        guard first.walk.content.journeyID == second.walk.content.journeyID else {
            throw ValidationFailure(field: "with", message: "Only walks of the same journey compare step by step: choose another walk of “\(first.journeyName)”.")
        }
        func side(_ page: Page) -> (minutes: [UUID: Int], found: [UUID: [WalkComparison.Hypothesis]]) {
            (page.steps.compactMapValues(\.minutes),
             page.hypotheses.mapValues { $0.map { WalkComparison.Hypothesis(id: $0.id, kind: $0.point.kind, description: $0.point.description) } })
        }
        let comparison = WalkComparison.compare(touchpoints: first.touchpoints.map { ($0.id, $0.name) }, first: side(first), second: side(second))
        return Compared(first: first.walk, second: second.walk, journeyName: first.journeyName, comparison: comparison)
    }
}
