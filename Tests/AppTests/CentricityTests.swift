@testable import App
import Domain
import Foundation
import Persistence
import Testing

/// The centricity level chosen against the level assessed: Align's model added once, several assessors' spread, the gap,
/// and an assessment the records contradict, on the page, in the API and from the command line.
@Suite struct CentricityTests {
    static func competencyID(_ t: TestApp, _ slug: String, key: String) async throws -> String {
        let list = try t.object(try await t.send(.GET, "/api/v1/organizations/\(slug)/competencies?per=100"))
        let items = try #require(list["items"] as? [[String: Any]])
        return try #require(items.first { $0["key"] as? String == key }?["id"] as? String)
    }

    @Test func alignsModelIsAddedOnceAndEachCompetencyShowsTargetSpreadAndGap() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let base = "/api/v1/organizations/\(seed.slug)"
            let empty = try await t.send(.GET, "/orgs/\(seed.slug)/centricity").body.string
            #expect(empty.contains("No competencies yet") && empty.contains("Add Align’s competencies"))
            #expect(try t.object(try await t.send(.POST, "\(base)/centricity/built-in"))["added"] as? Int == 6)
            #expect(try t.object(try await t.send(.POST, "\(base)/centricity/built-in"))["added"] as? Int == 0, "none twice")
            let insight = try await Self.competencyID(t, seed.slug, key: Competency.customerInsight)
            _ = try await t.create(seed.slug, "centricity-targets", #"{"competency_id":"\#(insight)","level":4,"reason":"Themes must reach <the> teams"}"#)
            for (who, level) in [("Ada", 2), ("Ben", 3), ("Cy", 3), ("Di", 1)] {
                _ = try await t.create(seed.slug, "centricity-assessments", #"{"competency_id":"\#(insight)","assessor":"\#(who)","level":\#(level),"date":"2026-11-20"}"#)
            }
            _ = try await t.create(seed.slug, "centricity-assessments", #"{"competency_id":"\#(insight)","assessor":"Ada","level":1,"date":"2026-08-03"}"#)
            let api = try t.object(try await t.send(.GET, "\(base)/centricity"))
            let row = try #require((api["competencies"] as? [[String: Any]])?.first { $0["key"] as? String == Competency.customerInsight })
            #expect(row["target_level"] as? Int == 4 && row["assessed_level"] as? Double == 2.5 && row["gap"] as? Double == 1.5)
            #expect(row["lowest"] as? Int == 1 && row["highest"] as? Int == 3 && row["assessors"] as? Int == 4)
            #expect((row["history"] as? [[String: Any]])?.map { $0["month"] as? String } == ["2026-08", "2026-11"])
            // No feedback at all: level 3’s checks fail, so the records back level 2 and a median of 2.5 is above it.
            #expect(row["supported_level"] as? Int == 2 && row["contradicts_evidence"] as? Bool == true)
            let page = try await t.send(.GET, "/orgs/\(seed.slug)/centricity").body.string
            #expect(page.contains("Target 4") && page.contains("Themes must reach &lt;the&gt; teams") && page.contains("gap 1.5"))
            #expect(page.contains("from 1 to 3") && page.contains("Contradicted by the records"))
            let org = try #require(try await Organizations.find(slug: seed.slug, on: t.app.db)?.stored)
            let scope = AlignStore(t.app.db).scope(org, actor: Actor(userID: nil, name: "Test"), access: Access(role: .admin))
            let lines = AlignRunner.centricityLines(try await Centricity(scope: scope).report())
            #expect(lines.contains("Customer insight: target 4, assessed 2.5 (4 assessors, 1–3, 2026-11), gap 1.5 — contradicted by the records"))
        }
    }

    @Test func aSecondTargetForOneCompetencyAndALevelOutsideTheScaleAreRefusedByField() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let base = "/api/v1/organizations/\(seed.slug)"
            _ = try await t.send(.POST, "\(base)/centricity/built-in")
            let leadership = try await Self.competencyID(t, seed.slug, key: "leadership")
            _ = try await t.create(seed.slug, "centricity-targets", #"{"competency_id":"\#(leadership)","level":3,"reason":"Enough for now"}"#)
            let twice = try await t.send(.POST, "\(base)/centricity-targets", json: #"{"competency_id":"\#(leadership)","level":4,"reason":"More"}"#)
            #expect(twice.status == .unprocessableEntity && twice.body.string.contains("already has a target level"))
            let high = try await t.send(.POST, "\(base)/centricity-assessments", json: #"{"competency_id":"\#(leadership)","assessor":"Ada","level":6,"date":"2026-11-20"}"#)
            #expect(high.status == .unprocessableEntity && high.body.string.contains("level"))
            let key = try await t.send(.POST, "\(base)/competencies", json: #"{"key":"leadership","name":"Again","level_1":"a","level_2":"b","level_3":"c","level_4":"d","level_5":"e"}"#)
            #expect(key.status == .unprocessableEntity && key.body.string.contains("already has the key"))
        }
    }

    @Test func theRecordsBackALevelWhenEveryCheckBelowItHolds() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            _ = try await t.send(.POST, "/api/v1/organizations/\(seed.slug)/centricity/built-in")
            let measures = try await Self.competencyID(t, seed.slug, key: Competency.measuresIncentives)
            let kpi = try await t.create(seed.slug, "kpis", #"{"team_id":"\#(seed.team)","name":"Handle time","rewarded":"down"}"#)
            _ = try await t.create(seed.slug, "centricity-assessments", #"{"competency_id":"\#(measures)","assessor":"Ada","level":3,"date":"2026-11-20"}"#)
            func row() async throws -> [String: Any] {
                let api = try t.object(try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/centricity"))
                return try #require((api["competencies"] as? [[String: Any]])?.first { $0["key"] as? String == Competency.measuresIncentives })
            }
            #expect(try await row()["contradicts_evidence"] as? Bool == true, "a KPI declares nothing it does to customers")
            let outcome = try await t.create(seed.slug, "outcomes", #"{"name":"One contact to resolve","touchpoint_ids":["\#(seed.touchpoint)"]}"#)
            _ = try await t.create(seed.slug, "kpi-effects", #"{"kpi_id":"\#(kpi)","outcome_id":"\#(outcome)","sign":"lowers","reason":"Short calls"}"#)
            let backed = try await row()
            #expect(backed["contradicts_evidence"] as? Bool == false && backed["supported_level"] as? Int == 5)
        }
    }
}
