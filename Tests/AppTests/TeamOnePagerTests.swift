@testable import App
import Domain
import Foundation
import Persistence
import Testing
import VaporTesting

/// Teams' one-pagers: made once a month for every team by the job queue (once across instances), kept as made, read on
/// the team's page and in the API.
@Suite(.serialized) struct TeamOnePagerTests {
    @Test func theContactCentresPageSaysWhatIsComingWhatItOwesAndWhatCustomersSaid() async throws {
        try await TestApp.run(demo: true) { t in
            let base = "/api/v1/organizations/riverbend-water"
            let teams = try t.object(try await t.send(.GET, "\(base)/teams?per=100"))
            let centre = try #require((teams["items"] as? [[String: Any]])?.first { $0["name"] as? String == "Contact Centre" }?["id"] as? String)
            let page = try t.object(try await t.send(.GET, "\(base)/teams/\(centre)/one-pager"))
            #expect(page["month"] as? String == String(CalendarDate.today.description.prefix(7)))
            let coming = try #require(page["coming"] as? [[String: Any]])
            let night = try #require(coming.first { $0["title"] as? String == "Move the out-of-hours phone line to a partner" })
            #expect(night["owned_by_team"] as? Bool == true && (night["touches"] as? [String])?.contains("Field Operations") == true)
            let owed = try #require(page["owed"] as? [[String: Any]])
            #expect(owed.contains { $0["title"] as? String == "Move the phone platform to cloud telephony" }, "the cloud move is not acknowledged yet")
            #expect(!owed.contains { $0["title"] as? String == "Move the out-of-hours phone line to a partner" }, "the Contact Centre acknowledged the night line")
            #expect(((page["customers"] as? [String: Any])?["feedback_items"] as? Int ?? 0) > 0)
            let kpi = try #require((page["kpis"] as? [[String: Any]])?.first { $0["name"] as? String == "Average handle time" })
            #expect(kpi["latest"] as? Double != nil && kpi["rewarded"] as? String == "down")
            let again = try t.object(try await t.send(.GET, "\(base)/teams/\(centre)/one-pager"))
            #expect(again["generated_at"] as? String == page["generated_at"] as? String, "kept as made, not made again")
            #expect(try await t.send(.GET, "\(base)/teams/\(centre)/one-pager?month=2020-01").status == .notFound)
            #expect(try await t.send(.GET, "\(base)/teams/\(centre)/one-pager?month=January").status == .unprocessableEntity)
            let html = try await t.send(.GET, "/orgs/riverbend-water/teams/\(centre)/one-pager").body.string
            for heading in ["What is coming, and whom it touches", "What customers said on its touchpoints", "Charter commitments", "KPIs", "Acknowledgements it owes"] {
                #expect(html.contains("<h2>\(heading)</h2>"), "\(heading)")
            }
            #expect(try await t.send(.GET, "/orgs/riverbend-water/teams/\(centre)").body.string.contains("/one-pager\""))
        }
    }

    @Test func theMonthlyJobMakesEveryTeamsPageOnceAcrossInstances() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let billing = try await t.create(seed.slug, "teams", #"{"name":"Billing <&>","function":"billing-finance"}"#)
            let first = try await JobRunner(app: t.app, worker: "one").runOnce()
            #expect(first.onePagers == 1)
            #expect(try await JobRunner(app: t.app, worker: "two").runOnce().onePagers == 0)
            let org = try #require(try await Organizations.find(slug: seed.slug, on: t.app.db)?.stored)
            let pagers = TeamOnePagers(AlignStore(t.app.db).scope(org, actor: .commandLine))
            #expect(try await pagers.months(team: UUID(uuidString: billing)!) == [String(CalendarDate.today.description.prefix(7))])
            let next = try await JobRunner(app: t.app, worker: "two").runOnce(today: CalendarDate.today.adding(months: 1))
            let months = try await pagers.months(team: UUID(uuidString: seed.team)!)
            #expect(next.onePagers == 1 && months.count == 2)
            let html = try await t.send(.GET, "/orgs/\(seed.slug)/teams/\(billing)/one-pager").body.string
            #expect(html.contains("Billing &lt;&amp;&gt;: ") && html.contains("No planned change reaches it in the months ahead."))
        }
    }
}
