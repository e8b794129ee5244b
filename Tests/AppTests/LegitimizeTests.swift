@testable import App
import Domain
import Foundation
import Persistence
import SQLKit
import Testing
import VaporTesting

@Suite struct LegitimizeTests {
    static let api = "/api/v1/organizations/acme"

    /// Three frictions on the seed's touchpoint and feedback that confirms one, says something new, and ignores the third.
    static func setUp(_ t: TestApp) async throws -> (transfer: String, unheard: String, seed: Seed) {
        let seed = try await t.seed()
        let transfer = try await t.create("acme", "frictions", #"""
            {"touchpoint_id":"\#(seed.touchpoint)","kind":"handoff","severity":4,"source":"internal-walk",
             "description":"Caller is transferred twice before reaching someone who can log the fault <b>"}
            """#)
        let unheard = try await t.create("acme", "frictions", #"""
            {"touchpoint_id":"\#(seed.touchpoint)","kind":"broken-promise","severity":2,"source":"internal-walk",
             "description":"Fault reports are never acknowledged by letter"}
            """#)
        let customer = try await t.create("acme", "customers", #"{"account_name":"City Hospital","value_tier":"strategic"}"#)
        _ = try await t.create("acme", "feedback", #"""
            {"text":"I was transferred twice before anyone would log my fault.","kind":"friction","priority":5,
             "customer_id":"\#(customer)","date":"2026-11-01","touchpoint_ids":["\#(seed.touchpoint)"]}
            """#)
        _ = try await t.create("acme", "feedback", #"""
            {"text":"The engineer left mud all over the carpet.","kind":"friction","touchpoint_ids":["\#(seed.touchpoint)"]}
            """#)
        _ = try await t.create("acme", "feedback", #"{"text":"Transferred twice before reaching someone, somewhere else.","kind":"friction"}"#)
        return (transfer, unheard, seed)
    }

    @Test func proposalsAreConfirmedByAPersonAndSortFrictionsIntoTheThreeViews() async throws {
        try await TestApp.run { t in
            let (transfer, unheard, _) = try await Self.setUp(t)
            let outcome = try t.object(try await t.send(.POST, "\(Self.api)/friction-links/propose"))
            #expect(outcome["proposed"] as? Int == 1, "one item at the friction's touchpoint shares its words; the other item has no touchpoint")
            #expect(outcome["compared"] as? Int == 2)
            let page = try t.object(try await t.send(.GET, "\(Self.api)/friction-links?status=proposed"))
            let link = try #require((page["items"] as? [[String: Any]])?.first)
            #expect(link["friction_id"] as? String == transfer.uppercased() || link["friction_id"] as? String == transfer)
            #expect((link["shared_words"] as? [String])?.contains(MatchTerms.stem("transferred")) == true)
            let id = try #require(link["id"] as? String)

            let viewer = try await t.user("viewer@example.org")
            try await t.join("acme", viewer, Access(role: .viewer))
            #expect(try await t.send(.PATCH, "\(Self.api)/friction-links/\(id)", json: #"{"status":"confirmed"}"#, as: .some(viewer)).status == .forbidden)
            let bad = try await t.send(.PATCH, "\(Self.api)/friction-links/\(id)", json: #"{"status":"maybe"}"#)
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("status"))
            #expect(try await t.send(.PATCH, "\(Self.api)/friction-links/\(UUID())", json: #"{"status":"confirmed"}"#).status == .notFound)
            let confirmed = try t.object(try await t.send(.PATCH, "\(Self.api)/friction-links/\(id)", json: #"{"status":"confirmed"}"#))
            #expect(confirmed["status"] as? String == "confirmed" && confirmed["decided_by"] != nil)

            let board = try t.object(try await t.send(.GET, "\(Self.api)/legitimize?view=confirmed"))
            #expect((board["formula"] as? String)?.hasPrefix("Priority = 100 × (0.30 F") == true)
            let entry = try #require((board["entries"] as? [[String: Any]])?.first)
            #expect(entry["items"] as? Int == 1 && entry["kind"] as? String == "friction" && entry["severity"] as? Int == 4)
            let parts = try #require(entry["components"] as? [String: Double])
            #expect(parts["value_tier"] == 1, "a strategic customer said it")
            #expect(parts["customer_priority"] == 1 && parts["severity"] == 0.8)
            let unvalidated = try await t.send(.GET, "\(Self.api)/legitimize?view=unvalidated").body.string
            #expect(unvalidated.contains("never acknowledged") && !unvalidated.contains("transferred twice"))
            let blind = try t.object(try await t.send(.GET, "\(Self.api)/legitimize?view=blind-spots"))
            let spots = try #require(blind["entries"] as? [[String: Any]])
            #expect(spots.reduce(0) { $0 + ($1["items"] as? Int ?? 0) } == 2, "the mud and the unplaced transfer are not explained")
            #expect(try await t.send(.GET, "\(Self.api)/legitimize?view=planet").status == .unprocessableEntity)

            let again = try t.object(try await t.send(.POST, "\(Self.api)/friction-links/propose"))
            #expect(again["decided"] as? Int == 1 && again["proposed"] as? Int == 0, "a decision survives proposing afresh")
            _ = unheard
        }
    }

    @Test func thePagesShowTheFormulaEscapeTextAndTakeDecisions() async throws {
        try await TestApp.run { t in
            let (_, _, _) = try await Self.setUp(t)
            #expect(try await t.send(.POST, "/orgs/acme/legitimize/propose").status == .seeOther)
            let board = try await t.send(.GET, "/orgs/acme/legitimize?view=unvalidated").body.string
            #expect(board.contains("Priority = 100 × (0.30 F + 0.25 S + 0.20 P + 0.15 V + 0.10 R)"))
            #expect(board.contains("Unvalidated (2)") && board.contains("Review proposed links (1)"))
            let links = try await t.send(.GET, "/orgs/acme/legitimize/links?status=proposed").body.string
            #expect(links.contains("log the fault &lt;b&gt;") && !links.contains("log the fault <b>"))
            let id = try #require(links.range(of: #"/legitimize/links/([0-9A-F-]{36})"#, options: .regularExpression)
                .map { String(links[$0].suffix(36)) })
            let decided = try await t.send(.POST, "/orgs/acme/legitimize/links/\(id)",
                                           form: [("status", "confirmed"), ("return_to", "/orgs/acme/legitimize/links?status=confirmed")])
            #expect(decided.status == .seeOther)
            #expect(decided.headers.first(name: .location) == "/orgs/acme/legitimize/links?status=confirmed&notice=decided")
            let shown = try await t.send(.GET, "/orgs/acme/legitimize/links?status=confirmed&notice=decided").body.string
            #expect(shown.contains("Decision saved.") && shown.contains("Confirmed by"))
            let offsite = try await t.send(.POST, "/orgs/acme/legitimize/links/\(id)", form: [("status", "rejected"), ("return_to", "https://evil.example/")])
            #expect(offsite.headers.first(name: .location) == "/orgs/acme/legitimize/links?notice=decided")
            #expect(try await t.send(.GET, "/orgs/acme/legitimize/links?status=nope").status == .unprocessableEntity)
            let empty = try await t.send(.GET, "/orgs/acme/legitimize?view=confirmed").body.string
            #expect(empty.contains("Nothing confirmed yet."), "the one link was rejected again")
        }
    }

    @Test func confirmingAThemeConfirmsItsItemsThereAndUndoTakesThemBack() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let friction = try await t.create("acme", "frictions", #"""
                {"touchpoint_id":"\#(seed.touchpoint)","kind":"repeat-information","severity":3,"source":"secret-shopper",
                 "description":"Callers must give their account number again after every transfer"}
                """#)
            for text in ["Asked for my account number again after the transfer", "Had to give the account number again, twice",
                         "The account number again, after being transferred", "Why the account number again on every transfer"] {
                _ = try await t.create("acme", "feedback", #"{"text":"\#(text)","kind":"friction","touchpoint_ids":["\#(seed.touchpoint)"]}"#)
            }
            _ = try await t.send(.POST, "\(Self.api)/themes/recompute")
            _ = try await t.send(.POST, "\(Self.api)/friction-links/propose")
            let themes = try t.object(try await t.send(.GET, "\(Self.api)/friction-links?status=proposed&subject=theme"))
            let link = try #require((themes["items"] as? [[String: Any]])?.first { $0["theme"] as? String == "account number" })
            let id = try #require(link["id"] as? String)
            _ = try await t.send(.PATCH, "\(Self.api)/friction-links/\(id)", json: #"{"status":"confirmed"}"#)
            func evidence() async throws -> Int? {
                let board = try t.object(try await t.send(.GET, "\(Self.api)/legitimize?view=confirmed"))
                return (board["entries"] as? [[String: Any]])?.first { ($0["friction_id"] as? String)?.lowercased() == friction.lowercased() }?["items"] as? Int
            }
            #expect(try await evidence() == 4, "the theme brought in its four items at this touchpoint")
            _ = try await t.send(.PATCH, "\(Self.api)/friction-links/\(id)", json: #"{"status":"proposed"}"#)
            #expect(try await evidence() == nil, "undoing the theme takes its items back")
        }
    }

    @Test func theDemoHasSomethingInEveryViewAndTheCommandLineShowsIt() async throws {
        try await TestApp.run(demo: true) { t in
            try await t.join("riverbend-water", t.me, Access(role: .cxLead))
            for view in LegitimizeView.allCases {
                let board = try t.object(try await t.send(.GET, "/api/v1/organizations/riverbend-water/legitimize?view=\(view.rawValue)"))
                #expect(((board["entries"] as? [[String: Any]])?.count ?? 0) > 0, "\(view.rawValue) is empty in the demo")
            }
            let page = try await t.send(.GET, "/orgs/riverbend-water/legitimize").body.string
            #expect(page.contains("Confirmed (") && page.contains("<table"))
        }
    }

    @Test func notInAnyThemeLeadsToTheItemsWithoutATheme() async throws {
        try await TestApp.run(demo: true) { t in
            try await t.join("riverbend-water", t.me, Access(role: .cxLead))
            let page = try await t.send(.GET, "/orgs/riverbend-water/legitimize?view=blind-spots").body.string
            #expect(page.contains("Not in any theme"), "the demo has complaints in no theme")
            #expect(page.contains("/orgs/riverbend-water/feedback?theme=(none)"), "the entry links to the items in no theme")
            let sql = t.app.db as! any SQLDatabase
            let unthemed = try await sql.raw("""
                SELECT COUNT(*) AS n FROM feedback_items f JOIN organizations o ON o.id = f.organization_id
                WHERE o.slug = 'riverbend-water' AND f.theme IS NULL
                """).first()?.decode(column: "n", as: Int.self)
            let list = try t.object(try await t.send(.GET, "/api/v1/organizations/riverbend-water/feedback?theme=(none)&per=1"))
            #expect(list["total"] as? Int == unthemed && (unthemed ?? 0) > 0)
        }
    }
}
