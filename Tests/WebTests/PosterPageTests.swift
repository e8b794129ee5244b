import Domain
import Foundation
import Testing
@testable import Web

/// A charter's poster and the strategy wall: type sized to what the charter says, and the wall's goals with their teams.
@Suite struct PosterPageTests {
    static let team = UUID(uuidString: "00000000-0000-0000-0000-0000000000e1")!

    static func poster(_ commitments: [PosterModel.Commitment], size: PosterModel.Size = .a4) -> PosterModel {
        PosterModel(slug: Fixture.slug, teamID: team, teamName: "Billing " + Fixture.markup, organizationName: "Riverbend Water",
                    purpose: "Safe water for everyone", brandPromise: "One person takes care of it", commitments: commitments, size: size)
    }

    static let two = [PosterModel.Commitment(text: "We explain every corrected bill", goals: ["Bills understood"]),
                      PosterModel.Commitment(text: "We offer a plan at the first sign of trouble", goals: ["Bills understood", "Fix it first time"])]

    static func long(_ count: Int) -> [PosterModel.Commitment] {
        (0..<count).map { PosterModel.Commitment(text: String(repeating: "We keep our word to every customer. ", count: 4) + "\($0)", goals: ["Bills understood"]) }
    }

    /// The counts agree with Chromium's print layout of the same text (measured by the browser test's poster check).
    @Test func aShortCharterGetsLargeTypeAndALongOneSmallerThenAWarning() {
        #expect(Self.poster(Self.two).density == "roomy" && Self.poster(Self.two, size: .a3).density == "roomy")
        #expect(Self.poster(Self.long(5)).density == "compact")
        #expect(Self.poster(Self.long(9)).density == "dense" && !Self.poster(Self.long(9)).overflows)
        #expect(Self.poster(Self.long(14)).overflows && Self.poster(Self.long(14), size: .a3).overflows)
        let page = PosterView.render(Self.poster(Self.long(14)), shell: Fixture.shell("Poster", current: "commitments"))
        #expect(page.contains("its last lines will be cut") && page.contains("poster--dense"))
        #expect(!PosterView.render(Self.poster(Self.long(9)), shell: Fixture.shell("Poster", current: "commitments")).contains("will be cut"))
    }

    @Test func posterPage() throws {
        try assertSnapshot(PosterView.render(Self.poster(Self.two), shell: Fixture.shell("Poster of Billing", current: "commitments")),
                           named: "a4", suite: "PosterView")
    }

    @Test func strategyWall() throws {
        let goals = [
            StrategyWallModel.Goal(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000e2")!, title: "Bills understood", owner: "Mei Chen",
                                   horizon: CalendarDate(year: 2027, month: 6, day: 30), measure: "Billing queries per 1,000 bills",
                                   teams: [.init(id: Self.team, name: "Billing")]),
            StrategyWallModel.Goal(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000e3")!, title: "Water you can trust", owner: nil, horizon: nil,
                                   measure: "", teams: []),
        ]
        let model = StrategyWallModel(slug: Fixture.slug, purpose: "Safe water", brandPromise: "One person", goals: goals,
                                      posters: [Self.poster(Self.two)], page: 1, pageCount: 2, teamCount: 30)
        try assertSnapshot(StrategyWallView.render(model, shell: Fixture.shell("Strategy wall", current: "commitments")), named: "wall", suite: "StrategyWallView")
    }

    @Test func anEmptyWallSaysWhatToDoFirst() {
        let model = StrategyWallModel(slug: Fixture.slug, purpose: "", brandPromise: "", goals: [], posters: [], page: 1, pageCount: 1, teamCount: 0)
        let html = StrategyWallView.render(model, shell: Fixture.shell("Strategy wall", current: "commitments"))
        #expect(html.contains("Write the first goal") && html.contains("Add the first team") && !html.contains("pager"))
    }
}
