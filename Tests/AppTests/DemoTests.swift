@testable import App
import Domain
import Fluent
import Foundation
import Persistence
import Testing
import VaporTesting

@Suite struct DemoTests {
    @Test func demoLoadsRiverbendWaterOnceAndAddsNothingTheSecondTime() async throws {
        try await TestApp.run { t in
            let first = try await DemoLoader.loadRiverbendWater(on: t.app.db)
            #expect(first.added > 200)
            let second = try await DemoLoader.loadRiverbendWater(on: t.app.db)
            #expect(second.added == 0)
            #expect(second.alreadyPresent == first.added)
        }
    }

    @Test func demoOverviewHasTheSizesTheIssueAsksFor() async throws {
        try await TestApp.run(demo: true) { t in
            let response = try await t.send(.GET, "/api/v1/organizations/riverbend-water/overview")
            #expect(response.status == .ok)
            let overview = try t.object(response)
            let teams = try #require(overview["teams"] as? [[String: Any]])
            let journeys = try #require(overview["journeys"] as? [[String: Any]])
            #expect((9...11).contains(teams.count))
            #expect(journeys.count == 3)
            let touchpoints = journeys.compactMap { $0["touchpoints"] as? Int }.reduce(0, +)
            #expect((25...40).contains(touchpoints))
            for journey in journeys { #expect((4...6).contains(journey["stages"] as? Int ?? 0)) }
            #expect(overview["customers"] as? Int == 50)
            // Four handoffs started the year without an owner; the demo's done initiatives gave three of them one.
            #expect(overview["unowned_handoffs"] as? Int == 1)
            #expect((overview["repeat_handoffs"] as? Int ?? 0) >= 3)
            let open = (overview["open_frictions_by_kind"] as? [String: Int] ?? [:]).values.reduce(0, +)
            #expect((20...40).contains(open))
        }
    }

    @Test func startPageGoesToTheOnlyOrganizationAndShowsItsJourneys() async throws {
        try await TestApp.run(demo: true) { t in
            let start = try await t.send(.GET, "/")
            #expect(start.status == .seeOther)
            #expect(start.headers.first(name: .location) == "/orgs/riverbend-water")
            let overview = try await t.send(.GET, "/orgs/riverbend-water")
            #expect(overview.status == .ok)
            for name in ["Report a leak", "Billing query", "New connection"] { #expect(overview.body.string.contains(name)) }
            #expect(overview.body.string.contains("unowned handoffs"))
        }
    }

    @Test func journeyMapShowsStagesFlagsAndTheSelectedBackstage() async throws {
        try await TestApp.run(demo: true) { t in
            let list = try await t.send(.GET, "/api/v1/organizations/riverbend-water/journeys")
            let journeys = try #require(try t.object(list)["items"] as? [[String: Any]])
            let leak = try #require(journeys.first { $0["name"] as? String == "Report a leak" })
            let id = try #require(leak["id"] as? String)
            let mapJSON = try t.object(try await t.send(.GET, "/api/v1/organizations/riverbend-water/journeys/\(id)/map"))
            let stages = try #require(mapJSON["stages"] as? [[String: Any]])
            let firstCard = try #require((stages.first?["touchpoints"] as? [[String: Any]])?.first)
            let touchpoint = try #require((firstCard["touchpoint"] as? [String: Any])?["id"] as? String)
            let page = try await t.send(.GET, "/orgs/riverbend-water/journeys/\(id)?touchpoint=\(touchpoint)")
            let html = page.body.string
            #expect(page.status == .ok)
            #expect(html.components(separatedBy: "class=\"stage\"").count - 1 == stages.count)
            #expect(html.contains("handoff handoff--unowned"))
            #expect(html.contains("id=\"backstage\""))
            #expect(html.contains("Processes and policies"))
            #expect(html.contains("heat--"))
            let plain = try await t.send(.GET, "/orgs/riverbend-water/journeys/\(id)")
            #expect(!plain.body.string.contains("id=\"backstage\""))
        }
    }

    /// A year of the loop: initiatives at every stage, the verified ones felt outside, check-ins held and notes told.
    @Test func theDemoShowsAYearOfTheLoop() async throws {
        try await TestApp.run(demo: true) { t in
            let base = "/api/v1/organizations/riverbend-water"
            let board = try t.object(try await t.send(.GET, "\(base)/initiatives/board"))
            for status in InitiativeStatus.allCases { #expect(!((board[status.rawValue] as? [Any]) ?? []).isEmpty, "no \(status.rawValue) initiative") }
            let verified = try #require((board["verified"] as? [[String: Any]])?.first { ($0["title"] as? String)?.hasPrefix("Billing owns callbacks") == true })
            let effect = try t.object(try await t.send(.GET, "\(base)/initiatives/\(verified["id"] as! String)/effect"))
            let nps = try #require((effect["measures"] as? [[String: Any]])?.first { $0["name"] as? String == "NPS" })
            #expect((nps["change"] as? Double ?? 0) > 0 && nps["clear"] as? Bool == true)
            let proposed = try #require((board["proposed"] as? [[String: Any]])?.first?["id"] as? String)
            #expect(try await t.send(.GET, "\(base)/initiatives/\(proposed)/effect").status == .conflict)
            let held = try t.object(try await t.send(.GET, "\(base)/check-ins?status=done&per=1"))
            #expect((held["total"] as? Int ?? 0) >= 20)
            let sent = try t.object(try await t.send(.GET, "\(base)/follow-up-notes?status=sent&per=1"))
            #expect((sent["total"] as? Int ?? 0) >= 30)
            let told = try await ClosingNoteRecord.query(on: t.app.db).all().filter { $0.status == .shared }.count
            #expect(told >= 3)
        }
    }
}
