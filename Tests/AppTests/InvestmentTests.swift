@testable import App
import Domain
import Foundation
import Persistence
import Testing
import VaporTesting

/// Investments through the API, their pages and the command line: the outlook before a decision, approving (which keeps
/// the projection), and what happened once done.
@Suite(.serialized) struct InvestmentTests {
    struct World {
        let seed: Seed
        let change: String, kpi: String, investment: String
        var base: String { "/api/v1/organizations/\(seed.slug)" }
    }

    /// A change to the fault line's process, a KPI that lowers the one outcome, and an investment paying for the change
    /// and no longer rewarding the KPI.
    func world(_ t: TestApp) async throws -> World {
        let seed = try await t.seed()
        let process = try await t.create(seed.slug, "processes",
            #"{"kind":"process","name":"Fault triage","owner_team_id":"\#(seed.team)","touchpoint_ids":["\#(seed.touchpoint)"]}"#)
        let change = try await t.create(seed.slug, "changes",
            #"{"title":"Triage on the first call","kind":"process","tomorrow":"Advisors triage on the call","starts":"2027-02-01","alters":["process:\#(process)"]}"#)
        let kpi = try await t.create(seed.slug, "kpis", #"{"team_id":"\#(seed.team)","name":"Average handle time","rewarded":"down"}"#)
        let field = try await t.create(seed.slug, "teams", #"{"name":"Field Operations","function":"operations"}"#)
        let resolution = try await t.create(seed.slug, "kpis", #"{"team_id":"\#(field)","name":"First call resolution","rewarded":"up"}"#)
        let outcome = try await t.create(seed.slug, "outcomes", #"{"name":"One contact to resolve","touchpoint_ids":["\#(seed.touchpoint)"]}"#)
        _ = try await t.create(seed.slug, "kpi-effects",
            #"{"kpi_id":"\#(kpi)","outcome_id":"\#(outcome)","sign":"lowers","reason":"Short calls end before the fault is solved"}"#)
        _ = try await t.create(seed.slug, "kpi-effects",
            #"{"kpi_id":"\#(resolution)","outcome_id":"\#(outcome)","sign":"raises","reason":"Solved on the first call"}"#)
        let investment = try await t.create(seed.slug, "investments", #"""
            {"title":"Triage <tool>","kind":"operational","cost":"48000.50","currency":"EUR","change_ids":["\#(change)"],
             "kpi_rewards":["none:\#(kpi)"]}
            """#)
        return World(seed: seed, change: change, kpi: kpi, investment: investment)
    }

    @Test func eachBadFieldIsNamedAndNothingIsSaved() async throws {
        try await TestApp.run { t in
            let w = try await world(t)
            let cases: [(String, String, String)] = [
                (#"{"title":"X","kind":"capital","currency":"EUR","change_ids":["\#(w.change)"]}"#, "cost", "Cost is required"),
                (#"{"title":"X","kind":"capital","cost":"1,000","currency":"EUR","change_ids":["\#(w.change)"]}"#, "cost", "not an amount"),
                (#"{"title":"X","kind":"capital","cost":"10.555","currency":"EUR","change_ids":["\#(w.change)"]}"#, "cost", "at most two decimals"),
                (#"{"title":"X","kind":"capital","cost":"10","currency":"eur","change_ids":["\#(w.change)"]}"#, "currency", "three-letter code"),
                (#"{"title":"X","kind":"capital","cost":"10","currency":"EUR"}"#, "change_ids", "Group at least one"),
                (#"{"title":"X","kind":"capital","cost":"10","currency":"EUR","change_ids":["\#(UUID())"]}"#, "change_ids", "not a known record"),
                (#"{"title":"X","kind":"capital","cost":"10","currency":"EUR","change_ids":["\#(w.change)"],"kpi_rewards":["up:\#(w.kpi)","none:\#(w.kpi)"]}"#,
                 "kpi_rewards", "one way only"),
            ]
            for (body, field, words) in cases {
                let response = try await t.send(.POST, "\(w.base)/investments", json: body)
                #expect(response.status == .unprocessableEntity, "\(body)")
                #expect(response.body.string.contains("\"\(field)\""), "\(response.body.string)")
                #expect(response.body.string.contains(words), "\(response.body.string)")
            }
            let list = try t.object(try await t.send(.GET, "\(w.base)/investments"))
            #expect((list["items"] as? [Any])?.count == 1)
            let saved = try t.object(try await t.send(.GET, "\(w.base)/investments/\(w.investment)"))
            #expect(saved["cost"] as? String == "48000.5" && saved["kpi_rewards"] as? [String] == ["none:\(w.kpi)"])
        }
    }

    @Test func theOutlookProjectsTheIndexWithItsAssumptionsAndTheConflictItRemoves() async throws {
        try await TestApp.run { t in
            let w = try await world(t)
            let outlook = try t.object(try await t.send(.GET, "\(w.base)/investments/\(w.investment)/outlook"))
            let projection = try #require(outlook["projection"] as? [String: Any])
            let components = try #require(projection["components"] as? [[String: Any]])
            let kpis = try #require(components.first { $0["measure"] as? String == "kpis-in-harmony" })
            #expect(kpis["today"] as? Double == 0 && kpis["projected"] as? Double == 100)
            #expect((projection["assumptions"] as? [String])?.contains { $0.contains("2 KPIs in a conflict today, 0 after") } == true)
            let removed = try #require(outlook["conflicts_removed"] as? [[String: Any]])
            #expect(removed.count == 1 && (removed.first?["text"] as? String)?.contains("“First call resolution” raises “One contact to resolve” while “Average handle time” lowers it") == true)
            #expect((outlook["conflicts_created"] as? [Any])?.isEmpty == true)
            #expect((outlook["teams"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Contact Centre"])
            let load = try #require((outlook["load"] as? [[String: Any]])?.first)
            #expect(load["month"] as? String == "2027-02" && load["added"] as? Int == 3 && load["total"] as? Int == 3, "\(load)")
            #expect(outlook["outcome"] is NSNull || outlook["outcome"] == nil)
            let page = try await t.send(.GET, "/orgs/\(w.seed.slug)/investments/\(w.investment)").body.string
            #expect(page.contains("Triage &lt;tool&gt;") && page.contains("EUR 48,000.50") && page.contains("What the projection assumes"))
            #expect(page.contains("Alignment index: today and projected after it") && page.contains(">Removed<"))
        }
    }

    @Test func approvingKeepsTheProjectionEndsEditingAndDoneSetsItBesideWhatHappened() async throws {
        try await TestApp.run { t in
            let w = try await world(t)
            let lead = try await t.user("lead@example.org")
            try await t.join(w.seed.slug, lead, Access(role: .teamLead, ledTeams: [UUID(uuidString: w.seed.team)!]))
            #expect(try await t.send(.POST, "\(w.base)/investments/\(w.investment)/approve", as: lead).status == .forbidden)
            #expect(try await t.send(.POST, "\(w.base)/investments/\(w.investment)/done").status == .conflict)
            let form = try await t.send(.GET, "/orgs/\(w.seed.slug)/investments/\(w.investment)/approve").body.string
            #expect(form.contains("Approving keeps today&#39;s projection with it"))
            let approved = try t.object(try await t.send(.POST, "\(w.base)/investments/\(w.investment)/approve"))
            #expect(approved["status"] as? String == "approved" && approved["decided_on"] as? String == CalendarDate.today.description)
            let before = try #require(approved["projected_before"] as? Int), after = try #require(approved["projected_after"] as? Int)
            #expect(after > before)
            let edit = try await t.send(.PATCH, "\(w.base)/investments/\(w.investment)", json: #"{"cost":"1"}"#)
            #expect(edit.status == .unprocessableEntity && edit.body.string.contains("cannot be edited"))
            #expect(try await t.send(.POST, "\(w.base)/investments/\(w.investment)/approve").status == .conflict)
            #expect(try await t.send(.POST, "\(w.base)/investments/\(w.investment)/reject").status == .conflict)
            let page = try await t.send(.POST, "/orgs/\(w.seed.slug)/investments/\(w.investment)/done", form: [])
            #expect(page.status == .seeOther)
            let outcome = try #require(try t.object(try await t.send(.GET, "\(w.base)/investments/\(w.investment)/outlook"))["outcome"] as? [String: Any])
            #expect(outcome["index_at_approval"] as? Int == before && outcome["projected"] as? Int == after && outcome["index_now"] is Int)
            let shown = try await t.send(.GET, "/orgs/\(w.seed.slug)/investments/\(w.investment)").body.string
            #expect(shown.contains("Projected and what happened") && shown.contains("projected +\(after - before), actual"))
            let audit = try await t.send(.GET, "/orgs/\(w.seed.slug)/audit").body.string
            #expect(audit.contains("\(before) → \(after)"))
        }
    }

    @Test func riverbendsBillingSystemAddressesItsBlindSpotsAndRemovesTheDisputeConflict() async throws {
        try await TestApp.run(demo: true) { t in
            let base = "/api/v1/organizations/riverbend-water"
            let list = try t.object(try await t.send(.GET, "\(base)/investments?kind=capital"))
            let id = try #require((list["items"] as? [[String: Any]])?.first { $0["title"] as? String == "A new billing system" }?["id"] as? String)
            let outlook = try t.object(try await t.send(.GET, "\(base)/investments/\(id)/outlook"))
            let projection = try #require(outlook["projection"] as? [String: Any])
            #expect(try #require(projection["projected"] as? Int) > (try #require(projection["today"] as? Int)))
            let spots = try #require(outlook["blind_spots"] as? [[String: Any]])
            #expect(spots.map { $0["theme"] as? String } == ["estimated bill", "meter reading"])
            #expect(spots.allSatisfy { ($0["unexplained_items"] as? Int ?? 0) > 0 })
            #expect((outlook["conflicts_removed"] as? [[String: Any]])?.count == 2)
            #expect((outlook["frictions"] as? [Any])?.count == 3 && (outlook["initiatives"] as? [Any])?.count == 2)
            #expect((outlook["teams"] as? [[String: Any]])?.contains { $0["name"] as? String == "Billing" } == true)
            #expect(((outlook["customers"] as? [String: Any])?["count"] as? Int ?? 0) > 0)
            let org = try #require(try await Organizations.find(slug: "riverbend-water", on: t.app.db)?.stored)
            let scope = AlignStore(t.app.db).scope(org, actor: Actor(userID: nil, name: "Test"), access: Access(role: .admin))
            let lines = AlignRunner.investmentLines(InvestmentOutlookResult(try await Investments(scope).outlook(of: UUID(uuidString: id)!)))
            #expect(lines.first == "A new billing system (capital, GBP 1,850,000, proposed)")
            #expect(lines.contains { $0.hasPrefix("KPI conflict removed: Rewarding “Collected within 30 days”") })
        }
    }
}
