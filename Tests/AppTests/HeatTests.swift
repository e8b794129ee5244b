@testable import App
import Domain
import Foundation
import Persistence
import SQLKit
import Testing
import VaporTesting

/// The journey map's customer heat view: confirmed friction and negative comments per touchpoint.
@Suite struct HeatTests {
    static let org = "/api/v1/organizations/riverbend-water"

    func journeyID(_ t: TestApp, named name: String) async throws -> String {
        let list = try t.object(try await t.send(.GET, "\(Self.org)/journeys?per=100"))
        let journeys = try #require(list["items"] as? [[String: Any]])
        return try #require(journeys.first { $0["name"] as? String == name }?["id"] as? String)
    }

    func touchpoints(_ t: TestApp, _ path: String) async throws -> [[String: Any]] {
        let response = try await t.send(.GET, path)
        #expect(response.status == .ok, "\(path): \(response.body.string)")
        return try #require(try t.object(response)["touchpoints"] as? [[String: Any]])
    }

    /// What the domain makes of the counts the API returned.
    func heat(from item: [String: Any]) -> CustomerHeat {
        CustomerHeat(confirmedFrictionCount: item["confirmed_friction_count"] as? Int ?? -1,
                     worstConfirmedSeverity: item["worst_confirmed_severity"] as? Int,
                     feedbackCount: item["feedback_count"] as? Int ?? -1, negativeCount: item["negative_count"] as? Int ?? -1)
    }

    @Test func theDemoJourneyHasNegativeCommentsQuotedMostNegativeFirstInMapOrder() async throws {
        try await TestApp.run(demo: true) { t in
            let journey = try await journeyID(t, named: "Report a leak")
            let items = try await touchpoints(t, "\(Self.org)/journeys/\(journey)/heat")
            let map = try t.object(try await t.send(.GET, "\(Self.org)/journeys/\(journey)/map"))
            let mapOrder = (map["stages"] as? [[String: Any]] ?? []).flatMap { $0["touchpoints"] as? [[String: Any]] ?? [] }
                .compactMap { ($0["touchpoint"] as? [String: Any])?["id"] as? String }
            #expect(!mapOrder.isEmpty && items.compactMap { $0["touchpoint_id"] as? String } == mapOrder)
            #expect(items.contains { ($0["negative_count"] as? Int ?? 0) > 0 && !($0["quotes"] as? [Any] ?? []).isEmpty })
            for item in items {
                #expect(item.keys.contains("worst_confirmed_severity"), "a missing severity is an explicit null")
                let expected = heat(from: item)
                #expect(item["level"] as? String == expected.level.rawValue)
                #expect(item["explanation"] as? String == expected.explanation)
                #expect(abs((item["score"] as? Double ?? -1) - expected.score) < 1e-9)
                let quotes = item["quotes"] as? [[String: Any]] ?? []
                #expect(quotes.count <= HeatOverlay.quotesPerTouchpoint)
                let scores = quotes.compactMap { $0["sentiment_score"] as? Double }
                #expect(scores.count == quotes.count && scores == scores.sorted(), "quotes most negative first")
                #expect(quotes.allSatisfy { !($0["text"] as? String ?? "").isEmpty && $0["feedback_id"] is String })
            }
        }
    }

    @Test func aConfirmedLinkMakesAFrictionCountOnItsTouchpoint() async throws {
        try await TestApp.run(demo: true) { t in
            let sql = try #require(t.app.db as? any SQLDatabase)
            let organization = try #require(try await Organizations.find(slug: "riverbend-water", on: t.app.db)?.id)
            // A friction on a touchpoint that no customer has confirmed yet (the demo confirms some already).
            let candidate = try #require(try await sql.raw("""
                SELECT f.id AS fid, f.touchpoint_id AS tp, t.journey_id AS journey, f.severity AS severity FROM friction_points f
                JOIN touchpoints t ON t.id = f.touchpoint_id
                WHERE f.organization_id = \(bind: organization) AND f.status <> 'closed'
                AND NOT EXISTS (SELECT 1 FROM friction_links l WHERE l.friction_id = f.id AND l.status = 'confirmed')
                ORDER BY f.severity DESC, f.id
                """).first())
            let friction = try candidate.decode(column: "fid", as: UUID.self)
            let touchpoint = try candidate.decode(column: "tp", as: UUID.self).uuidString
            let journey = try candidate.decode(column: "journey", as: UUID.self).uuidString
            let severity = try candidate.decode(column: "severity", as: Int.self)
            let path = "\(Self.org)/journeys/\(journey)/heat"
            let before = try #require(try await touchpoints(t, path).first { $0["touchpoint_id"] as? String == touchpoint })

            try await sql.raw("""
                INSERT INTO friction_links (id, organization_id, friction_id, status, similarity, shared_words)
                VALUES (\(bind: UUID()), \(bind: organization), \(bind: friction), 'rejected', 0.4, 'leak')
                """).run()
            let afterRejection = try #require(try await touchpoints(t, path).first { $0["touchpoint_id"] as? String == touchpoint })
            #expect(afterRejection["confirmed_friction_count"] as? Int == before["confirmed_friction_count"] as? Int,
                    "a rejected link confirms nothing")

            try await sql.raw("""
                INSERT INTO friction_links (id, organization_id, friction_id, status, similarity, shared_words)
                VALUES (\(bind: UUID()), \(bind: organization), \(bind: friction), 'confirmed', 0.8, 'leak')
                """).run()
            let after = try #require(try await touchpoints(t, path).first { $0["touchpoint_id"] as? String == touchpoint })
            #expect(after["confirmed_friction_count"] as? Int == (before["confirmed_friction_count"] as? Int ?? -9) + 1)
            #expect((after["worst_confirmed_severity"] as? Int ?? 0) >= severity)
            #expect(after["level"] as? String == heat(from: after).level.rawValue)
            #expect(heat(from: after).score >= heat(from: before).score)
        }
    }

    @Test func theHeatViewTintsCardsOpensQuotesAndEscapesCustomerText() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let text = "<script>alert(1)</script> On hold for 40 minutes and transferred again"
            let created = try t.object(try await t.send(.POST, "/api/v1/organizations/acme/feedback",
                json: #"{"text":"\#(text)","kind":"friction","touchpoint_ids":["\#(seed.touchpoint)"]}"#))
            #expect(created["sentiment_label"] as? String == "negative")
            let feedback = try #require(created["id"] as? String)

            let items = try await touchpoints(t, "/api/v1/organizations/acme/journeys/\(seed.journey)/heat")
            let item = try #require(items.first)
            #expect(item["feedback_count"] as? Int == 1 && item["negative_count"] as? Int == 1)
            #expect(item["worst_confirmed_severity"] is NSNull)
            #expect(item["level"] as? String == "high", "every comment negative is half the score on its own")
            #expect((item["quotes"] as? [[String: Any]])?.first?["text"] as? String == text)

            let page = try await t.send(.GET, "/orgs/acme/journeys/\(seed.journey)?view=heat").body.string
            #expect(page.contains(#"<li class="touchpoint heat--high""#))
            #expect(page.contains(#"<details class="quotes">"#) && page.contains("<summary>1 negative comment</summary>"))
            #expect(page.contains(#"aria-current="page">Customer heat</a>"#))
            #expect(page.contains("/orgs/acme/feedback/\(feedback)"))
            #expect(page.contains("All feedback on this touchpoint") && page.contains("touchpoint_id=\(seed.touchpoint)"))
            #expect(page.contains("?view=heat&amp;touchpoint=\(seed.touchpoint)#backstage"), "selecting a card keeps the view")
            #expect(!page.contains("<script>alert"))
            #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))

            let selected = try await t.send(.GET, "/orgs/acme/journeys/\(seed.journey)?view=heat&touchpoint=\(seed.touchpoint)").body.string
            #expect(selected.contains(#"id="backstage""#) && selected.contains(#"<details class="quotes">"#))
            let friction = try await t.send(.GET, "/orgs/acme/journeys/\(seed.journey)").body.string
            #expect(!friction.contains(#"<details class="quotes">"#) && friction.contains(#"aria-current="page">Team's friction</a>"#))
        }
    }

    @Test func anotherOrganizationsJourneyIsNotFound() async throws {
        try await TestApp.run(demo: true) { t in
            let seed = try await t.seed()
            #expect(try await t.send(.GET, "\(Self.org)/journeys/\(seed.journey)/heat").status == .notFound)
            #expect(try await t.send(.GET, "/orgs/riverbend-water/journeys/\(seed.journey)?view=heat").status == .notFound)
            #expect(try await t.send(.GET, "/api/v1/organizations/acme/journeys/\(seed.journey)/heat").status == .ok)
        }
    }
}
