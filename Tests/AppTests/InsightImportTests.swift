@testable import App
import Domain
import Fluent
import Foundation
@testable import Persistence
import Testing
import Vapor
import VaporTesting

/// TheyDo insights as friction points through the API, the page and `align import insights`: all or
/// nothing, idempotent by importKey, what was left out kept, refused files named line by line.
@Suite struct InsightImportTests {
    static func file(_ insights: [String]) -> String {
        "{\n\"format\": \"THEYDO_INSIGHTS_V1\",\n\"insights\": [\n" + insights.joined(separator: ",\n") + "\n]\n}\n"
    }

    static let insights = [
        #"{"importKey": "Id-1", "title": "Waits three days for a callback", "description": "Customers ring back twice.", "type": "Wait", "empathyScore": -2, "groupTags": [{"tagGroup": "Touchpoint", "tag": "Fault line"}]}"#,
        #"{"importKey": "Id-2", "title": "=Told to send photos again", "type": "Pain point", "ownerEmail": "ann@example.org"}"#,
    ]

    static func post(_ t: TestApp, _ seed: Seed, body: String, query: String = "") async throws -> TestingHTTPResponse {
        try await t.upload("/api/v1/organizations/\(seed.slug)/frictions/import?journey_id=\(seed.journey)&default_touchpoint_id=\(seed.touchpoint)" + query,
                           body: body, contentType: "application/json")
    }

    static func frictions(_ t: TestApp, _ seed: Seed) async throws -> [FrictionPoint] {
        let org = try #require(try await Organizations.find(slug: seed.slug, on: t.app.db)?.id)
        return try await RecordStore<FrictionRecord>(db: t.app.db, organizationID: org).all().map(\.content).sorted { $0.description < $1.description }
    }

    @Test func theAPIImportsOnceThenUpdatesOnlyWhatChanged() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let checked = try await Self.post(t, seed, body: Self.file(Self.insights), query: "&check_only=true")
            #expect(checked.status == .ok && checked.body.string.contains(#""created":2"#) && checked.body.string.contains(#""checked_only":true"#))
            #expect(try await Self.frictions(t, seed).isEmpty, "checking stored something")
            let first = try await Self.post(t, seed, body: Self.file(Self.insights))
            #expect(first.body.string.contains(#""created":2"#) && first.body.string.contains("“Pain point” is not a kind of friction"), "\(first.body.string)")
            let stored = try await Self.frictions(t, seed)
            #expect(stored.map(\.description) == ["=Told to send photos again", "Waits three days for a callback\n\nCustomers ring back twice."])
            #expect(stored[1].kind == .wait && stored[1].severity == 5 && stored.allSatisfy { $0.source == .theyDoInsight && $0.target == .touchpoint(UUID(uuidString: seed.touchpoint)!) })
            let again = try await Self.post(t, seed, body: Self.file(Self.insights))
            #expect(again.body.string.contains(#""created":0"#) && again.body.string.contains(#""unchanged":2"#), "\(again.body.string)")
            // Only the title sent: the description, type and touchpoint the first import gave stay.
            let changed = try await Self.post(t, seed, body: Self.file([#"{"importKey": "Id-1", "title": "Waits a week for a callback"}"#]))
            #expect(changed.body.string.contains(#""updated":1"#), "\(changed.body.string)")
            let after = try await Self.frictions(t, seed)
            #expect(after.count == 2 && after.contains { $0.description == "Waits a week for a callback\n\nCustomers ring back twice." && $0.kind == .wait })
        }
    }

    @Test func aFileWithAnyRefusedInsightStoresNothingAndNamesEveryProblem() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let unreadable = try await Self.post(t, seed, body: Self.file([Self.insights[0], #"{"importKey": "Id-3"}"#]))
            #expect(unreadable.status == .unprocessableEntity && unreadable.body.string.contains("line 5, insights[1].title: is required, as text"),
                    "\(unreadable.body.string)")
            let body = Self.file([Self.insights[0], #"{"importKey": "Id-1", "title": "Again"}"#,
                                  #"{"importKey": "Id-4", "title": "Kiosk", "groupTags": [{"tagGroup": "Touchpoint", "tag": "Kiosk"}]}"#])
            let response = try await Self.post(t, seed, body: body)
            #expect(response.status == .unprocessableEntity)
            let text = response.body.string
            #expect(text.contains("line 5, insights[1].importKey: “Id-1” is imported already on line 4")
                    && text.contains("line 6, insights[2].groupTags: “Kiosk” names no touchpoint"), "\(text)")
            #expect(try await Self.frictions(t, seed).isEmpty)
            let noJourney = try await t.upload("/api/v1/organizations/\(seed.slug)/frictions/import?kind=wait", body: body, contentType: "application/json")
            #expect(noJourney.status == .unprocessableEntity && noJourney.body.string.contains("journey_id"))
            let member = try await t.user("member@example.org")
            try await t.join(seed.slug, member, Access(role: .member))
            #expect(try await t.send(.GET, "/orgs/\(seed.slug)/frictions/import", as: .some(member)).status == .forbidden)
        }
    }

    @Test func thePageChoosesTheJourneyThenTakesTheFile() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let list = try await t.send(.GET, "/orgs/\(seed.slug)/frictions").body.string
            #expect(list.contains("/orgs/\(seed.slug)/frictions/import"))
            let first = try await t.send(.GET, "/orgs/\(seed.slug)/frictions/import").body.string
            #expect(first.contains("Report a fault") && !first.contains(#"name="file""#))
            let chosen = try await t.send(.GET, "/orgs/\(seed.slug)/frictions/import?journey_id=\(seed.journey)").body.string
            #expect(chosen.contains(#"name="file""#) && chosen.contains("Fault line"))
            let fields = [("journey_id", seed.journey), ("default_touchpoint_id", seed.touchpoint), ("kind", "effort")]
            let sent = try await Self.multipart(t, "/orgs/\(seed.slug)/frictions/import", fields: fields, file: Self.file(Self.insights))
            #expect(sent.status == .ok && sent.body.string.contains("2 created, 0 updated, 0 unchanged"), "\(sent.body.string)")
            let refused = try await Self.multipart(t, "/orgs/\(seed.slug)/frictions/import", fields: fields, file: "[]")
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("one JSON object"))
        }
    }

    static func multipart(_ t: TestApp, _ path: String, fields: [(String, String)], file: String) async throws -> TestingHTTPResponse {
        try await t.signIn(t.me)
        let boundary = "align-test-boundary"
        var body = ""
        for (name, value) in [("_csrf", t.me.csrf!)] + fields {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"insights.json\"\r\nContent-Type: application/json\r\n\r\n\(file)\r\n--\(boundary)--\r\n"
        let headers: HTTPHeaders = ["Host": "align.test", "Cookie": t.me.cookie!, "Content-Type": "multipart/form-data; boundary=\(boundary)"]
        return try await t.app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    static func count(_ config: AlignConfig) async throws -> Int {
        var count = 0
        try await AlignRunner.withApplication(config) { app in count = try await FrictionRecord.query(on: app.db).count() }
        return count
    }

    @Test func theCommandLineImportsByJourneyNameAndChecksWithoutStoring() async throws {
        try await CommandLineTests.withDatabase { config in
            try await AlignRunner.withApplication(config) { app in
                let org = try #require(try await Organizations.find(slug: "acme", on: app.db)?.id)
                let team = try await RecordStore<TeamRecord>(db: app.db, organizationID: org).create(Team(name: "Movers", function: .operations))
                let journey = try await RecordStore<JourneyRecord>(db: app.db, organizationID: org).create(Journey(name: "Move home"))
                let stage = try await RecordStore<StageRecord>(db: app.db, organizationID: org).create(Stage(journeyID: journey.id, name: "Book"))
                _ = try await RecordStore<TouchpointRecord>(db: app.db, organizationID: org)
                    .create(Touchpoint(stageID: stage.id, name: "Booking form", channel: .web, owningTeamID: team.id))
            }
            let path = try ImportCommandLineTests.file(Self.file([
                Self.insights[1], #"{"importKey": "Id-5", "title": "Form times out", "groupTags": [{"tagGroup": "Touchpoint", "tag": "booking form"}]}"#,
            ]))
            defer { try? FileManager.default.removeItem(atPath: path) }
            try await AlignRunner.importInsights(config, file: path, organization: "acme", journey: "move home", defaultTouchpoint: "Booking form",
                                                 kind: nil, checkOnly: true)
            #expect(try await Self.count(config) == 0)
            await #expect(throws: AlignRunner.CommandFailure.self) {
                try await AlignRunner.importInsights(config, file: path, organization: "acme", journey: "Move house", defaultTouchpoint: nil,
                                                     kind: nil, checkOnly: false)
            }
            try await AlignRunner.importInsights(config, file: path, organization: "acme", journey: "Move home", defaultTouchpoint: "booking form",
                                                 kind: "policy", checkOnly: false)
            #expect(try await Self.count(config) == 2)
        }
    }
}
