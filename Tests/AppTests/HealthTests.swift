@testable import App
import Domain
import Foundation
import Persistence
import Testing

/// The 4C health page and API: scores from the latest pulse, withheld below the threshold, signals with their counts.
@Suite struct HealthTests {
    @Test func healthShowsScoresSignalsAndSignsAndWithholdsSmallTeams() async throws {
        try await TestApp.run { t in
            let (seed, pulse, teams) = try await PulseTests.sentPulse(t)
            for (index, link) in try await PulseTests.links(t, seed.slug, pulse).enumerated() {
                _ = try await PulseTests.answer(t, link.path, agreement: link.team == "Field crews" ? 2 : (index % 2 == 0 ? 5 : 4), enps: 9)
            }
            for day in ["2026-11-20", "2026-11-25"] {
                _ = try await t.create(seed.slug, "escalations", #"{"from_team_id":"\#(teams[2])","to_team_id":"\#(seed.team)","date":"\#(day)","reason":"Crew notes"}"#)
            }
            let left = CalendarDate.today.adding(days: -30).description
            for number in 1...3 { _ = try await t.create(seed.slug, "people", #"{"name":"Left \#(number)","team_id":"\#(teams[2])","left_on":"\#(left)"}"#) }
            let same = try await t.send(.POST, "/api/v1/organizations/\(seed.slug)/escalations", json: #"{"from_team_id":"\#(seed.team)","to_team_id":"\#(seed.team)","date":"2026-11-20"}"#)
            #expect(same.status == .unprocessableEntity && same.body.string.contains("two different teams"))
            let api = try t.object(try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/health"))
            let byTeam = Dictionary(uniqueKeysWithValues: try #require(api["teams"] as? [[String: Any]]).map { ($0["name"] as! String, $0) })
            let small = try #require(byTeam["Small <team>"])
            #expect(small["suppressed"] as? Bool == true && small["scores"] == nil && small["strategy_understanding"] == nil)
            let crews = try #require(byTeam["Field crews"])
            let scores = try #require(crews["scores"] as? [String: [String: Any]])
            #expect(scores["community"]?["percent_favourable"] as? Double == 0 && scores["community"]?["answers"] as? Int == 21)
            let signals = try #require(crews["signals"] as? [String: Any])
            #expect(signals["leavers"] as? Int == 3 && signals["headcount"] as? Int == 7 && signals["escalations"] as? Int == 2)
            let misaligned = try #require(crews["misaligned"] as? [String: [String]])
            #expect(misaligned["career"]?.contains { $0.contains("3 left in twelve months") } == true && misaligned["community"] != nil)
            let page = try await t.send(.GET, "/orgs/\(seed.slug)/health").body.string
            #expect(page.contains("Small &lt;team&gt;") && page.contains("pulse: fewer than 5 answers") && page.contains("siloed progress, political friction, eroded trust"))
            #expect(page.contains("/orgs/\(seed.slug)/pulses/\(pulse)?team_id="), "each score opens the pulse it came from")
            let org = try #require(try await Organizations.find(slug: seed.slug, on: t.app.db)?.stored)
            let scope = AlignStore(t.app.db).scope(org, actor: Actor(userID: nil, name: "Test"), access: Access(role: .admin))
            let paged = try t.object(try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/health?per=1&page=2"))
            #expect((paged["teams"] as? [[String: Any]])?.count == 1 && paged["total"] as? Int == 3 && paged["page"] as? Int == 2)
            let results = try t.object(try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/pulses/\(pulse)/results?per=2&page=2"))
            #expect((results["teams"] as? [[String: Any]])?.count == 1 && results["total"] as? Int == 3)
            #expect(((results["teams"] as? [[String: Any]])?.first?["name"] as? String) == "Field crews", "the third team asked is on the second page of two")
            let lines = AlignRunner.resultLines(try await Pulses(scope: scope).results(UUID(uuidString: pulse)!).results)
            #expect(lines.contains { $0.hasPrefix("Small <team>\tfewer than 5 answers\t\t") } && lines.contains { $0.hasPrefix("Field crews\t7 of 7\t") })
        }
    }

    @Test func customerSignalsAreTheOwnedTouchpointsAndTheOrganizationCountsEachItemOnce() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let billing = try await t.create(seed.slug, "teams", #"{"name":"Billing","function":"billing-finance"}"#)
            let bill = try await t.create(seed.slug, "touchpoints", #"{"stage_id":"\#(seed.stage)","name":"Bill","channel":"email","owning_team_id":"\#(billing)"}"#)
            _ = try await t.create(seed.slug, "handoffs", #"{"from_touchpoint_id":"\#(seed.touchpoint)","to_touchpoint_id":"\#(bill)"}"#)
            _ = try await t.create(seed.slug, "handoffs",
                                   #"{"from_touchpoint_id":"\#(bill)","to_touchpoint_id":"\#(seed.touchpoint)","accountable_team_id":"\#(billing)","customer_repeats":true}"#)
            for (text, nps, places) in [("Great help, thank you", 10, [seed.touchpoint, bill]), ("Rude and slow, terrible, waited hours", 2, [seed.touchpoint]),
                                        ("No place named", 6, [])] {
                let ids = places.map { "\"\($0)\"" }.joined(separator: ",")
                _ = try await t.create(seed.slug, "feedback", #"{"text":"\#(text)","kind":"works-well","nps":\#(nps),"touchpoint_ids":[\#(ids)]}"#)
            }
            let api = try t.object(try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/health"))
            let byTeam = Dictionary(uniqueKeysWithValues: try #require(api["teams"] as? [[String: Any]]).map { ($0["name"] as! String, $0["signals"] as! [String: Any]) })
            let centre = try #require(byTeam["Contact Centre"]), billed = try #require(byTeam["Billing"])
            #expect(centre["nps_answers"] as? Int == 2 && centre["nps"] as? Double == 0 && centre["feedback_items"] as? Int == 2 && centre["negative_items"] as? Int == 1)
            #expect(billed["nps_answers"] as? Int == 1 && billed["nps"] as? Double == 100 && billed["feedback_items"] as? Int == 1)
            #expect(centre["unowned_handoffs"] as? Int == 1 && billed["unowned_handoffs"] as? Int == 1 && billed["strained_handoffs"] as? Int == 1)
            let whole = try #require((api["organization"] as? [String: Any])?["signals"] as? [String: Any])
            #expect(whole["nps_answers"] as? Int == 3 && whole["feedback_items"] as? Int == 3 && whole["negative_items"] as? Int == 1, "\(whole)")
            #expect(whole["unowned_handoffs"] as? Int == 1 && whole["strained_handoffs"] as? Int == 1)
            let second = try t.object(try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/health?per=1&page=2"))
            let only = try #require((second["teams"] as? [[String: Any]])?.first?["signals"] as? [String: Any])
            #expect(only["nps_answers"] as? Int == 2, "a later page reads its own teams' figures (Contact Centre after Billing by name)")
        }
    }

    @Test func limitsAreTheOrganizationsAndValidated() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let bad = try await t.send(.POST, "/orgs/\(seed.slug)/health/limits", form: [("favourable_below", "160"), ("nps_below", "0"), ("open_frictions_above", "3"),
                                                                                       ("leaver_rate_above", "15"), ("community_issues_above", "3"), ("commitments_kept_below", "x")])
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("from 0 to 100") && bad.body.string.contains("Charter commitments kept below"))
            let good = try await t.send(.POST, "/orgs/\(seed.slug)/health/limits", form: [("favourable_below", "65"), ("nps_below", "-20"), ("open_frictions_above", "3"),
                                                                                        ("leaver_rate_above", "15"), ("community_issues_above", "3"), ("commitments_kept_below", "70")])
            #expect(good.status == .seeOther)
            #expect(try await t.send(.GET, "/orgs/\(seed.slug)/health").body.string.contains("pulse below 65% favourable; NPS below -20"))
        }
    }
}
