@testable import App
import Domain
import Foundation
import Persistence
import Testing

/// KPIs declared with what they do to customers, and the conflicts found from it on the page and in the API.
@Suite struct MetricsTests {
    /// Sales rewarded for connections signed (pushing "connected on the promised date" down through a promised-date KPI it drives),
    /// the contact centre rewarded for that outcome's opposite measure.
    static func declared(_ t: TestApp) async throws -> (seed: Seed, outcome: String, signed: String, onTime: String) {
        let seed = try await t.seed()
        let sales = try await t.create(seed.slug, "teams", #"{"name":"Sales <b>","function":"sales"}"#)
        let outcome = try await t.create(seed.slug, "outcomes", #"{"name":"Connected on the date we promised","touchpoint_ids":["\#(seed.touchpoint)"]}"#)
        let signed = try await t.create(seed.slug, "kpis", #"{"team_id":"\#(sales)","name":"Connections signed","rewarded":"up","target":120}"#)
        let early = try await t.create(seed.slug, "kpis", #"{"team_id":"\#(sales)","name":"Days to promised date","rewarded":"down","unit":"days"}"#)
        let onTime = try await t.create(seed.slug, "kpis", #"{"team_id":"\#(seed.team)","name":"Dates kept","rewarded":"up","unit":"%"}"#)
        _ = try await t.create(seed.slug, "kpi-effects", #"{"kpi_id":"\#(signed)","driven_kpi_id":"\#(early)","sign":"lowers","reason":"Early dates close deals"}"#)
        _ = try await t.create(seed.slug, "kpi-effects", #"{"kpi_id":"\#(early)","outcome_id":"\#(outcome)","sign":"lowers","reason":"Dates nobody can keep"}"#)
        _ = try await t.create(seed.slug, "kpi-effects", #"{"kpi_id":"\#(onTime)","outcome_id":"\#(outcome)","sign":"raises","reason":"Crews plan to the date"}"#)
        return (seed, outcome, signed, onTime)
    }

    @Test func opposedMeasuresAreFoundWithTheirPathHopByHop() async throws {
        try await TestApp.run { t in
            let (seed, outcome, signed, onTime) = try await Self.declared(t)
            let api = try t.object(try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/metrics/conflicts"))
            let opposed = try #require(api["opposed"] as? [[String: Any]])
            // Sales' own two KPIs both lower it; each is opposed to the centre's.
            #expect(opposed.count == 2 && opposed.allSatisfy { (($0["raising"] as? [String: Any])?["kpi_id"] as? String)?.uppercased() == onTime.uppercased() })
            let chained = try #require(opposed.first { (($0["lowering"] as? [String: Any])?["kpi_id"] as? String)?.uppercased() == signed.uppercased() })
            let path = try #require((chained["lowering"] as? [String: Any])?["path"] as? [[String: Any]])
            #expect(path.map { $0["reason"] as? String } == ["Early dates close deals", "Dates nobody can keep"])
            #expect(((chained["outcome"] as? [String: Any])?["id"] as? String)?.uppercased() == outcome.uppercased())
            #expect((api["unmeasured"] as? [Any])?.isEmpty == true)
            let org = try #require(try await Organizations.find(slug: seed.slug, on: t.app.db)?.stored)
            let scope = AlignStore(t.app.db).scope(org, actor: Actor(userID: nil, name: "Test"), access: Access(role: .admin))
            let lines = AlignRunner.conflictLines(try await Metrics(scope: scope).conflictsPage(page: 1, per: 50))
            #expect(lines.first == "2 opposed, 0 customers pay for, 0 unmeasured" && lines.contains("    Connections signed lowers Days to promised date: Early dates close deals"))
            let page = try await t.send(.GET, "/orgs/\(seed.slug)/metrics/conflicts").body.string
            #expect(page.contains("Opposed measures (2)") && page.contains("Sales &lt;b&gt;") && page.contains("Early dates close deals"))
            let mermaid = try await t.send(.GET, "/orgs/\(seed.slug)/metrics/graph.mmd")
            #expect(mermaid.headers.contentType?.subType == "plain" && mermaid.body.string.contains("Sales #lt;b#gt;") && mermaid.body.string.contains("-.->"))
            #expect(page.contains("<svg class=\"metric-diagram\""))
            #expect(page.contains("/orgs/\(seed.slug)/initiatives/new?description=") && page.contains("title=Resolve"), "each conflict becomes an initiative in one step")
        }
    }

    @Test func anOutcomeNoKPIRaisesIsAnUnmeasuredPromise() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            _ = try await t.create(seed.slug, "outcomes", #"{"name":"One contact to resolve","stage_ids":["\#(seed.stage)"]}"#)
            let api = try t.object(try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/metrics/conflicts"))
            #expect((api["unmeasured"] as? [[String: Any]])?.first?["name"] as? String == "One contact to resolve")
        }
    }

    @Test func aDeclaredEffectIsRefusedByFieldWhenItPointsNowhere() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let kpi = try await t.create(seed.slug, "kpis", #"{"team_id":"\#(seed.team)","name":"Handle time","rewarded":"range","range_low":180,"range_high":420}"#)
            let both = try await t.send(.POST, "/api/v1/organizations/\(seed.slug)/kpi-effects", json: #"{"kpi_id":"\#(kpi)","sign":"lowers","reason":"x"}"#)
            #expect(both.status == .unprocessableEntity && both.body.string.contains("outcome_id"))
            let missing = try await t.send(.POST, "/api/v1/organizations/\(seed.slug)/kpi-effects",
                                           json: #"{"kpi_id":"\#(kpi)","outcome_id":"\#(UUID().uuidString)","sign":"lowers","reason":"x"}"#)
            #expect(missing.status == .unprocessableEntity && missing.body.string.contains("outcome_id"), "\(missing.body.string)")
            let value = try await t.send(.POST, "/api/v1/organizations/\(seed.slug)/kpi-values", json: #"{"kpi_id":"\#(kpi)","period":"2026-11-01","value":"4,5"}"#)
            #expect(value.status == .unprocessableEntity && value.body.string.contains("4,5"))
            _ = try await t.create(seed.slug, "kpi-values", #"{"kpi_id":"\#(kpi)","period":"2026-11-01","value":301.5}"#)
            let again = try await t.send(.POST, "/api/v1/organizations/\(seed.slug)/kpi-values", json: #"{"kpi_id":"\#(kpi)","period":"2026-11-01","value":300}"#)
            #expect(again.status == .unprocessableEntity && again.body.string.contains("already has a value for 2026-11-01"))
        }
    }

    /// Eight months of a KPI against eight months of CSAT on its outcome's touchpoint: the declared effect is set beside the data.
    @Test func aDeclaredEffectTheDataContradictsIsFlagged() async throws {
        try await TestApp.run { t in
            let (seed, outcome, _, onTime) = try await Self.declared(t)
            for month in 1...8 {
                let period = "2026-\(String(format: "%02d", month))-01"
                _ = try await t.create(seed.slug, "kpi-values", #"{"kpi_id":"\#(onTime)","period":"\#(period)","value":\#(70 + month * 3)}"#)
                // As the dates kept rise, customers on the touchpoint grow less satisfied: the opposite of what was declared.
                for answer in 0..<4 {
                    let csat = answer < max(0, 4 - month / 2) ? 5 : 1
                    _ = try await t.create(seed.slug, "feedback",
                        #"{"text":"Visit \#(month)/\#(answer)","kind":"works-well","date":"\#(period)","csat":\#(csat),"touchpoint_ids":["\#(seed.touchpoint)"]}"#)
                }
            }
            let api = try t.object(try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/metrics/conflicts?per=1"))
            let opposed = try #require(api["opposed"] as? [[String: Any]])
            #expect(opposed.count == 1 && api["total_opposed"] as? Int == 2 && api["per"] as? Int == 1)
            let evidence = try #require((opposed[0]["raising"] as? [String: Any])?["evidence"] as? [String: Any])
            #expect(evidence["verdict"] as? String == "contradicts" && evidence["months"] as? Int == 8 && evidence["scale"] as? String == "csat", "\(evidence)")
            let page = try await t.send(.GET, "/orgs/\(seed.slug)/metrics/conflicts").body.string
            #expect(page.contains("Contradicted by the data") && page.contains("against CSAT over 8 months"))
            let measured = try await t.send(.GET, "/orgs/\(seed.slug)/outcomes/\(outcome)").body.string
            #expect(measured.contains("Measured where it is won or lost (1 touchpoint)") && measured.contains("CSAT by month"))
        }
    }

    @Test func aCharterCommitmentNamesAKPIAsItsMeasureUntilTheKPIGoes() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let goal = try await t.create(seed.slug, "goals", #"{"title":"Fix it first time"}"#)
            let kpi = try await t.create(seed.slug, "kpis", #"{"team_id":"\#(seed.team)","name":"Resolved on first contact","rewarded":"up","unit":"%"}"#)
            let commitment = try await t.create(seed.slug, "commitments",
                #"{"team_id":"\#(seed.team)","text":"Whoever answers owns it","goal_ids":["\#(goal)"],"kpi_id":"\#(kpi)"}"#)
            let missing = try await t.send(.POST, "/api/v1/organizations/\(seed.slug)/commitments",
                                           json: #"{"team_id":"\#(seed.team)","text":"x","goal_ids":["\#(goal)"],"kpi_id":"\#(UUID().uuidString)"}"#)
            #expect(missing.status == .unprocessableEntity && missing.body.string.contains("kpi_id"))
            let page = try await t.send(.GET, "/orgs/\(seed.slug)/commitments/\(commitment)").body.string
            #expect(page.contains("Measured by KPI") && page.contains("/orgs/\(seed.slug)/kpis/\(kpi)"))
            _ = try await t.send(.DELETE, "/api/v1/organizations/\(seed.slug)/kpis/\(kpi)")
            let after = try t.object(try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/commitments/\(commitment)"))
            #expect(after["kpi_id"] == nil && after["text"] as? String == "Whoever answers owns it", "\(after)")
        }
    }
}
