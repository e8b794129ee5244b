@testable import App
import Domain
import FluentKit
import Foundation
@testable import Persistence
import Testing
import VaporTesting

/// A pulse from sending to results: one-time links answered without an account, answers kept apart from
/// people and links, and no figure of a group below the threshold anywhere.
@Suite struct PulseTests {
    /// Three teams of 6, 2 and 7 people, the built-in questions and a 4C pulse to all three, sent.
    static func sentPulse(_ t: TestApp) async throws -> (seed: Seed, pulse: String, teams: [String]) {
        let seed = try await t.seed()
        let small = try await t.create(seed.slug, "teams", #"{"name":"Small <team>","function":"operations"}"#)
        let other = try await t.create(seed.slug, "teams", #"{"name":"Field crews","function":"operations"}"#)
        for (team, count) in [(seed.team, 6), (small, 2), (other, 7)] {
            for number in 1...count {
                _ = try await t.create(seed.slug, "people", #"{"name":"P\#(number) \#(team.prefix(4))","email":"p\#(number)-\#(team.prefix(8))@example.org","team_id":"\#(team)"}"#)
            }
        }
        _ = try await t.create(seed.slug, "people", #"{"name":"Gone","team_id":"\#(other)","left_on":"2020-01-31"}"#)
        let added = try await t.send(.POST, "/api/v1/organizations/\(seed.slug)/pulse-questions/built-in")
        #expect(added.body.string.contains(#""added":18"#), "\(added.body.string)")
        _ = try await t.create(seed.slug, "pulse-questions", #"{"set":"custom","topic":"other","kind":"text","text":"What gets in your way?","position":1}"#)
        let pulse = try await t.create(seed.slug, "pulses", #"{"title":"Spring","team_ids":["\#(seed.team)","\#(small)","\#(other)"],"sets":["4c","custom"],"closes_on":"2099-12-31"}"#)
        let sent = try await t.send(.POST, "/api/v1/organizations/\(seed.slug)/pulses/\(pulse)/send")
        #expect(sent.body.string.contains(#""links":15"#) && sent.body.string.contains(#""questions":14"#), "\(sent.body.string)")
        return (seed, pulse, [seed.team, small, other])
    }

    /// Each link's address, by team name, from the CSV.
    static func links(_ t: TestApp, _ slug: String, _ pulse: String) async throws -> [(team: String, path: String)] {
        let csv = try await t.send(.GET, "/orgs/\(slug)/pulses/\(pulse)/links.csv").body.string
        return csv.split(separator: "\r\n").dropFirst().map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let url = fields[fields.count - 2]
            return (fields[2], String(url[url.range(of: "/pulse/")!.lowerBound...]))
        }
    }

    /// Answers through a link as a visitor with no account: the page's own session and CSRF token.
    static func answer(_ t: TestApp, _ path: String, agreement: Int, enps: Int, comment: String = "") async throws -> TestingHTTPResponse {
        let (cookie, csrf) = try await t.anonymousSession(from: path)
        var form = (1...13).map { ("q\($0)", String(agreement)) }
        form[12] = ("q13", String(enps))
        form += [("q14", comment), ("_csrf", csrf)]
        return try await t.raw(.POST, path, form: form, headers: ["Cookie": cookie])
    }

    @Test func linksAnswerOnceWithoutAnAccountAndKeepNoTraceOfWhoAnswered() async throws {
        try await TestApp.run { t in
            let (seed, pulse, _) = try await Self.sentPulse(t)
            let links = try await Self.links(t, seed.slug, pulse)
            #expect(links.count == 15 && !links.contains { $0.team.isEmpty })
            let (cookie, csrf) = try await t.anonymousSession(from: links[0].path)
            let first = try await Self.answer(t, links[0].path, agreement: 5, enps: 10, comment: "  Keep <b>exactly</b> this  ")
            #expect(first.status == .ok && first.body.string.contains("Thank you"), "\(first.body.string)")
            let again = try await t.raw(.POST, links[0].path, form: (1...13).map { ("q\($0)", "3") } + [("_csrf", csrf)], headers: ["Cookie": cookie])
            #expect(again.status == .gone && again.body.string.contains("has been used"), "\(again.status)")
            #expect(try await t.raw(.GET, links[0].path).status == .gone)
            #expect(try await t.raw(.GET, "/pulse/not-a-real-link").status == .notFound)
            let db = t.app.db
            let responses = try await PulseResponseRecord.query(on: db).all()
            #expect(responses.count == 1 && responses[0].answeredOn == CalendarDate.today.description)
            let stored = try await PulseAnswerRecord.query(on: db).filter(\.$text != nil).all().compactMap(\.text)
            #expect(stored == ["  Keep <b>exactly</b> this  "])
            #expect(try await PulseLinkRecord.query(on: db).filter(\.$used == true).count() == 1)
            let keys: [String] = (PulseResponseRecord().properties + PulseAnswerRecord().properties).flatMap { property -> [String] in
                (property as? any AnyDatabaseProperty)?.keys.map(\.description) ?? []
            }
            #expect(Set(keys).isDisjoint(with: ["person_id", "link_id", "token", "user_id", "created_at"]) && keys.contains("answered_on"), "\(keys)")
        }
    }

    @Test func aMissingOrOutOfRangeAnswerIsNamedAndNothingIsStored() async throws {
        try await TestApp.run { t in
            let (seed, pulse, _) = try await Self.sentPulse(t)
            let path = try await Self.links(t, seed.slug, pulse)[0].path
            let (cookie, csrf) = try await t.anonymousSession(from: path)
            let bad = try await t.raw(.POST, path, form: [("q1", "6"), ("q2", "4"), ("_csrf", csrf)], headers: ["Cookie": cookie])
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("Question 1") && bad.body.string.contains("from 1 to 5")
                    && bad.body.string.contains("Question 3") && bad.body.string.contains("is required"), "\(bad.body.string)")
            #expect(try await PulseResponseRecord.query(on: t.app.db).count() == 0)
            #expect(try await PulseLinkRecord.query(on: t.app.db).filter(\.$used == true).count() == 0)
        }
    }

    @Test func noFigureBelowTheThresholdAndNoneBySubtractionOnPageOrAPI() async throws {
        try await TestApp.run { t in
            let (seed, pulse, teams) = try await Self.sentPulse(t)
            for (index, link) in try await Self.links(t, seed.slug, pulse).enumerated() {
                _ = try await Self.answer(t, link.path, agreement: index % 2 == 0 ? 5 : 2, enps: 9, comment: "comment \(index)")
            }
            let api = try t.object(try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/pulses/\(pulse)/results"))
            let groups = try #require(api["teams"] as? [[String: Any]])
            let byTeam = Dictionary(uniqueKeysWithValues: groups.map { ($0["team_id"] as! String, $0) })
            #expect(byTeam[teams[1]]?["suppressed"] as? Bool == true && byTeam[teams[1]]?["reason"] as? String == "too-few")
            #expect(byTeam[teams[1]]?["topics"] == nil && byTeam[teams[1]]?["responses"] == nil)
            // 6 of Contact Centre would give the small team's 2 away by subtraction from the whole: it is hidden too.
            #expect(byTeam[teams[0]]?["reason"] as? String == "complement")
            #expect(byTeam[teams[2]]?["suppressed"] as? Bool == false)
            #expect((api["organization"] as? [String: Any])?["responses"] as? Int == 15)
            let comments = try #require(api["comments"] as? [String: [String]])
            #expect(comments.values.first?.count == 7, "only the shown team's comments")
            #expect(byTeam[teams[2]]?["topics"] != nil && byTeam[teams[2]]?["questions"] == nil && api["focus"] == nil, "a page of teams carries topics only")
            let focused = try t.object(try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/pulses/\(pulse)/results?team_id=\(teams[2])"))
            let focus = try #require(focused["focus"] as? [String: Any])
            #expect(focus["team_id"] as? String == teams[2] && (focus["questions"] as? [String: Any])?.isEmpty == false)
            let hidden = try t.object(try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/pulses/\(pulse)/results?team_id=\(teams[1])"))
            #expect((hidden["focus"] as? [String: Any])?["questions"] == nil && (hidden["focus"] as? [String: Any])?["suppressed"] as? Bool == true)
            #expect(try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/pulses/\(pulse)/results?team_id=nope").status == .unprocessableEntity)
            let page = try await t.send(.GET, "/orgs/\(seed.slug)/pulses/\(pulse)").body.string
            #expect(page.contains("fewer than 5 answers") && page.contains("hidden: showing it would reveal a smaller team") && page.contains("Small &lt;team&gt;"))
            #expect(!page.contains(">2 of 2<") && !page.contains(">6 of 6<") && page.contains(">7 of 7<"), "no count of a hidden team")
        }
    }

    @Test func theThresholdIsTheOrganizationsAndNoRequestLowersIt() async throws {
        try await TestApp.run { t in
            let (seed, pulse, teams) = try await Self.sentPulse(t)
            for link in try await Self.links(t, seed.slug, pulse) { _ = try await Self.answer(t, link.path, agreement: 4, enps: 8) }
            let lowered = try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/pulses/\(pulse)/results?threshold=1&anonymity_threshold=1").body.string
            #expect(lowered.contains(#""threshold":5"#) && lowered.contains(#""reason":"too-few""#))
            let refused = try await t.send(.PATCH, "/api/v1/organizations/\(seed.slug)", json: #"{"name":"Acme","anonymity_threshold":2}"#)
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("anonymity_threshold"))
            let set = try await t.send(.PATCH, "/api/v1/organizations/\(seed.slug)", json: #"{"name":"Acme","anonymity_threshold":7}"#)
            #expect(set.status == .ok, "\(set.body.string)")
            let raised = try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/pulses/\(pulse)/results").body.string
            #expect(raised.contains(#""threshold":7"#), "\(raised)")
            let renamed = try await t.send(.PATCH, "/api/v1/organizations/\(seed.slug)", json: #"{"name":"Acme renamed"}"#)
            #expect(renamed.status == .ok)
            #expect(try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/pulses/\(pulse)/results").body.string.contains(#""threshold":7"#),
                    "an edit that leaves the threshold out keeps it")
            _ = teams
        }
    }

    @Test func aSentPulseKeepsItsTeamsAndIsSentOnce() async throws {
        try await TestApp.run { t in
            let (seed, pulse, teams) = try await Self.sentPulse(t)
            let again = try await t.send(.POST, "/api/v1/organizations/\(seed.slug)/pulses/\(pulse)/send")
            #expect(again.status == .conflict)
            let changed = try await t.send(.PATCH, "/api/v1/organizations/\(seed.slug)/pulses/\(pulse)",
                                           json: #"{"title":"Spring","team_ids":["\#(teams[0])"],"sets":["4c","custom"],"closes_on":"2099-12-31"}"#)
            #expect(changed.status == .unprocessableEntity && changed.body.string.contains("can no longer change"), "\(changed.body.string)")
            let member = try await t.user("member@example.org")
            try await t.join(seed.slug, member, Access(role: .member))
            #expect(try await t.send(.GET, "/orgs/\(seed.slug)/pulses/\(pulse)/links.csv", as: .some(member)).status == .forbidden)
            #expect(try await t.send(.POST, "/api/v1/organizations/\(seed.slug)/pulses/\(pulse)/remind").status == .ok)
        }
    }
}
