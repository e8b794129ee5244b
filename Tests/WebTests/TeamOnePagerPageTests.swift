import Domain
import Foundation
import Testing
@testable import Web

/// A team's one-pager from a mock page: every list capped so it prints on one sheet, user text escaped; and an empty month.
@Suite struct TeamOnePagerPageTests {
    static let team = UUID(uuidString: "00000000-0000-0000-0000-0000000000e1")!

    static func filled() -> TeamOnePager {
        var page = TeamOnePager(teamID: team, teamName: "Contact Centre " + Fixture.markup, month: "2026-12", lookedBackAt: "2026-11",
                                generatedAt: Date(timeIntervalSince1970: 1_796_000_000))
        page.changed = [.init(kind: "initiatives", id: UUID(uuidString: "00000000-0000-0000-0000-0000000000e2")!, title: "No security questions", on: "2026-11-02")]
        page.coming = (1...8).map { n in
            .init(id: UUID(uuidString: "00000000-0000-0000-0000-0000000001\(String(format: "%02d", n))")!, title: "Change \(n)", starts: "2027-0\(n % 3 + 1)-01",
                  level: "high", ownedByTeam: n == 1, touches: ["Field Operations", "Marketing", "Liam", "Billing", "Digital"])
        }
        page.customers = .init(feedbackItems: 1200, negativeItems: 300, nps: -12, npsAnswers: 410, openFrictions: 4)
        page.commitments = [.init(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000e3")!, text: "We call back when we said", status: "Kept")]
        page.kpis = [.init(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000e4")!, name: "Average handle time", unit: "seconds", rewarded: "down",
                           target: 240, latest: 255, latestPeriod: "2026-11")]
        page.owed = [.init(changeID: UUID(uuidString: "00000000-0000-0000-0000-0000000000e5")!, title: "Cloud telephony", starts: "2027-03-01")]
        return page
    }

    @Test func everyListIsCappedLinkedAndEscaped() throws {
        let html = TeamOnePagerView.render(Self.filled(), slug: Fixture.slug, months: ["2026-12", "2026-11"],
                                           shell: Fixture.shell("One-pager", current: "teams"))
        #expect(html.contains("and 2 more") && html.contains("25% negative") && html.contains("255 seconds in 2026-11 · target 240"))
        #expect(html.contains("also touches Field Operations, Marketing, Liam, Billing and 1 more") && !html.contains(Fixture.markup))
        try assertSnapshot(html, named: "filled", suite: "TeamOnePagerView")
    }

    @Test func anEmptyMonthSaysSoInEachPart() throws {
        let page = TeamOnePager(teamID: Self.team, teamName: "New team", month: "2026-12", lookedBackAt: "2026-11", generatedAt: Date(timeIntervalSince1970: 1_796_000_000))
        let html = TeamOnePagerView.render(page, slug: Fixture.slug, months: ["2026-12"], shell: Fixture.shell("One-pager", current: "teams"))
        #expect(html.contains("No feedback has been placed on its touchpoints yet.") && html.contains("It has no KPIs.") && !html.contains("Other months"))
        try assertSnapshot(html, named: "empty", suite: "TeamOnePagerView")
    }
}
