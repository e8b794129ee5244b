@testable import App
import Domain
import Foundation
import Persistence
import SQLKit
import Testing
import VaporTesting

/// The kept figures behind scores, themes and the heat view equal a full recount, and an independent
/// count straight from the feedback rows, after random inserts, edits, deletions, imports, themes found
/// afresh, a touchpoint moved and one deleted — on SQLite and, with a PostgreSQL URL set, on PostgreSQL.
@Suite struct FeedbackFiguresTests {
    @Test func keptFiguresEqualARecountAfterRandomWrites() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            var random = SeededRandom(seed: 13)
            let stage2 = try await t.create("acme", "stages", #"{"journey_id":"\#(seed.journey)","name":"Fix it"}"#)
            let web = try await t.create("acme", "touchpoints", #"{"stage_id":"\#(seed.stage)","name":"Web form","channel":"web","owning_team_id":"\#(seed.team)"}"#)
            let visit = try await t.create("acme", "touchpoints", #"{"stage_id":"\#(stage2)","name":"Engineer visit","channel":"in-person","owning_team_id":"\#(seed.team)"}"#)
            let friction = try await t.create("acme", "frictions",
                #"{"touchpoint_id":"\#(seed.touchpoint)","kind":"wait","description":"The engineer never called back and the callback slot was missed","severity":4,"source":"internal-walk"}"#)
            _ = try await t.create("acme", "frictions",
                #"{"touchpoint_id":"\#(web)","kind":"wait","description":"Waited two hours on hold, the bill was wrong","severity":3,"source":"customer"}"#)
            let big = try await t.create("acme", "customers", #"{"account_name":"Harbour Hotels","segment":"Business","value_tier":"strategic"}"#)
            let small = try await t.create("acme", "customers", #"{"account_name":"Quayside Bakery","segment":"Small business","value_tier":"low"}"#)
            let world = World(touchpoints: [seed.touchpoint, web, visit], customers: [big, small])
            var items: [String] = []
            try await randomWrites(t, 40, world, &items, &random)
            #expect(try await t.send(.POST, "/orgs/acme/themes/recompute").status == .seeOther)
            try await decideLinks(t, &random)
            try await randomWrites(t, 40, world, &items, &random)
            try await decideLinks(t, &random)
            try await expectExact(t)

            let moved = #"{"stage_id":"\#(stage2)","name":"Web form","channel":"web","owning_team_id":"\#(seed.team)"}"#
            #expect(try await t.send(.PUT, "/api/v1/organizations/acme/touchpoints/\(web)", json: moved).status == .ok)
            #expect(try await t.send(.DELETE, "/api/v1/organizations/acme/touchpoints/\(visit)").status == .noContent)
            #expect(try await t.send(.PUT, "/api/v1/organizations/acme/customers/\(small)", json: #"{"account_name":"Quayside Bakery","value_tier":"high"}"#).status == .ok)
            #expect(try await t.send(.DELETE, "/api/v1/organizations/acme/frictions/\(friction)").status == .noContent)
            let org = try #require(try await Organizations.find(slug: "acme", on: t.app.db)).id!
            #expect(try await FeedbackFigureStore.freshness(org, on: t.app.db).recountPending)
            #expect(try await JobRunner(app: t.app, worker: "test").runOnce().recounts >= 1)
            #expect(try await !FeedbackFigureStore.freshness(org, on: t.app.db).recountPending)
            try await expectExact(t)
        }
    }

    struct World { let touchpoints: [String], customers: [String] }

    /// Proposes links afresh, then confirms, rejects or reopens some of them (theme links too).
    func decideLinks(_ t: TestApp, _ random: inout SeededRandom) async throws {
        #expect(try await t.send(.POST, "/api/v1/organizations/acme/friction-links/propose").status == .ok)
        let page = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/friction-links?per=100"))
        let links = (page["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(!links.isEmpty)
        for _ in 0..<min(12, links.count) {
            let status = ["confirmed", "confirmed", "rejected", "proposed"][random.next(4)]
            let response = try await t.send(.PATCH, "/api/v1/organizations/acme/friction-links/\(links[random.next(links.count)])",
                                            json: #"{"status":"\#(status)"}"#)
            // Undoing a theme link takes away the links it brought in, which may have been listed above.
            #expect(response.status == .ok || response.status == .notFound, "\(response.body.string)")
        }
    }

    func randomWrites(_ t: TestApp, _ count: Int, _ world: World, _ items: inout [String], _ random: inout SeededRandom) async throws {
        let touchpoints = world.touchpoints
        for step in 0..<count {
            let roll = random.next(100)
            if step % 15 == 14 {
                try await importRows(t, touchpoints, &random)
            } else if roll < 55 || items.isEmpty {
                items.append(try await t.create("acme", "feedback", Self.item(world, &random)))
            } else if roll < 80 {
                let id = items[random.next(items.count)]
                let response = try await t.send(.PUT, "/api/v1/organizations/acme/feedback/\(id)", json: Self.item(world, &random))
                #expect(response.status == .ok, "\(response.body.string)")
            } else {
                let id = items.remove(at: random.next(items.count))
                #expect(try await t.send(.DELETE, "/api/v1/organizations/acme/feedback/\(id)").status == .noContent)
            }
        }
    }

    static let texts = ["The engineer never called back and the slot was missed, awful", "Great service, quick and friendly", " meh ",
                        "Bill was confusing and wrong again", "Awful", "Waited two hours on hold, terrible and rude",
                        "Callback slot missed again, very annoying", "Lovely engineer, fixed it fast"]

    static func item(_ world: World, _ random: inout SeededRandom) -> String {
        func maybe(_ value: String) -> String { random.next(3) == 0 ? "null" : value }
        let linked = world.touchpoints.filter { _ in random.next(3) == 0 }.map { "\"\($0)\"" }.joined(separator: ",")
        let text = texts[random.next(texts.count)].replacingOccurrences(of: "\"", with: "")
        return """
            {"text":"\(text)","kind":"\(["friction", "works-well", "question"][random.next(3)])","source":"survey",
             "date":\(maybe("\"2026-0\(1 + random.next(3))-1\(random.next(9))\"")),"nps":\(maybe(String(random.next(11)))),
             "csat":\(maybe(String(1 + random.next(5)))),"ces":\(maybe(String(1 + random.next(7)))),
             "channel":\(maybe("\"\(["phone", "web", "Phone"][random.next(3)])\"")),"segment":\(maybe("\"\(["home", "business"][random.next(2)])\"")),
             "customer_id":\(maybe("\"\(world.customers[random.next(world.customers.count)])\"")),"priority":\(maybe(String(1 + random.next(5)))),
             "touchpoint_ids":[\(linked)]}
            """
    }

    func importRows(_ t: TestApp, _ touchpoints: [String], _ random: inout SeededRandom) async throws {
        var body = "date,nps,comment,touchpoint,channel\n"
        for _ in 0..<12 {
            body += "2026-0\(1 + random.next(3))-0\(1 + random.next(9)),\(random.next(11)),\(Self.texts[random.next(Self.texts.count)]) \(random.next(1_000_000)),"
                + "\(["Fault line", "Web form", ""][random.next(3)]),\(["phone", "web"][random.next(2)])\n"
        }
        _ = try await t.startImport("acme", query: "map=date%3Ddate&map=nps%3Dnps&map=text%3Dcomment&map=touchpoint%3Dtouchpoint&map=channel%3Dchannel",
                                    body: body)
    }

    func expectExact(_ t: TestApp) async throws {
        let org = try #require(try await Organizations.find(slug: "acme", on: t.app.db)).id!
        let kept = try await FeedbackFigureStore.all(org, on: t.app.db)
        for figure in ["nps", "theme", "heat", "legit.confirmed", "legit.unexplained", "legit.proposed", "segments-seen"] {
            #expect(kept.counts.keys.contains { $0.figure == figure }, "no \(figure) figures: the writes did not reach them")
        }
        #expect(kept == (try await FeedbackFigureStore.recount(org, on: t.app.db)))
        let counted = try await FiguresCountedFromRows.count(org, on: t.app.db as! any SQLDatabase)
        for (key, n) in counted.counts { #expect(kept.counts[key] == n, "\(key): kept \(kept.counts[key] ?? 0), counted \(n)") }
        for (key, n) in kept.counts where counted.counts[key] == nil { Issue.record("\(key) kept as \(n), counted 0") }
        try await expectListTotals(t, org)
    }

    /// The feedback list's totals, read from kept figures for one filter, equal a count of the rows.
    func expectListTotals(_ t: TestApp, _ org: UUID) async throws {
        let sql = t.app.db as! any SQLDatabase
        let touchpoint = try await sql.raw("SELECT touchpoint_id AS t FROM feedback_touchpoints LIMIT 1").first()?.decode(column: "t", as: UUID.self)
        let theme = try await sql.raw("SELECT theme FROM feedback_items WHERE theme IS NOT NULL LIMIT 1").first()?.decode(column: "theme", as: String.self)
        var cases: [(query: String, condition: String)] = [("", "1 = 1"), ("channel=phone", "channel = 'phone'"), ("kind=friction", "kind = 'friction'"),
                                                           ("sentiment=negative", "sentiment_label = 'negative'"), ("source=survey", "source = 'survey'")]
        if let theme { cases.append(("theme=\(theme.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)", "theme = '\(theme)'")) }
        if let touchpoint {
            cases.append(("touchpoint_id=\(touchpoint)", "id IN (SELECT feedback_id FROM feedback_touchpoints WHERE touchpoint_id = '\(touchpoint)')"))
        }
        for (query, condition) in cases {
            let listed = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/feedback?per=1&\(query)"))["total"] as? Int
            let counted = try await sql.raw("""
                SELECT COUNT(*) AS n FROM feedback_items WHERE organization_id = \(bind: org) AND \(unsafeRaw: condition)
                """).first()?.decode(column: "n", as: Int.self)
            #expect(listed == counted, "total of the list filtered by \(query)")
        }
    }
}

/// A deterministic generator, so a failing sequence of writes can be replayed.
struct SeededRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
