@testable import App
import Fluent
import Foundation
import Persistence
import SQLKit
import Testing
import VaporTesting

/// A running Align application on its own database: a fresh SQLite file, or a fresh schema in
/// the PostgreSQL named by ALIGN_TEST_DATABASE_URL, so tests never see each other's data.
struct TestApp {
    let app: Application

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["ALIGN_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Runs `body` against a migrated application; with `demo`, Riverbend Water is loaded first.
    static func run(demo: Bool = false, _ body: (TestApp) async throws -> Void) async throws {
        let app = try await Application.make(.testing)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("align-test-\(UUID().uuidString).sqlite")
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        var config = AlignConfig()
        config.logLevel = "warning"
        if let url = postgresURL {
            config.database = .postgres(url: url)
        } else {
            config.database = .sqlite(path: scratch.path)
        }
        do {
            try await configure(app, config: config, postgresSearchPath: postgresURL == nil ? nil : [schema])
            if postgresURL != nil {
                try await (app.db as! any SQLDatabase).raw("CREATE SCHEMA \(unsafeRaw: schema)").run()
            }
            try await app.autoMigrate()
            if demo { _ = try await DemoLoader.loadRiverbendWater(on: app.db) }
            try await body(TestApp(app: app))
        } catch {
            await cleanUp(app, schema: schema, scratch: scratch)
            throw error
        }
        await cleanUp(app, schema: schema, scratch: scratch)
    }

    private static func cleanUp(_ app: Application, schema: String, scratch: URL) async {
        if postgresURL != nil {
            try? await (app.db as! any SQLDatabase).raw("DROP SCHEMA IF EXISTS \(unsafeRaw: schema) CASCADE").run()
        }
        try? await app.asyncShutdown()
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: scratch.path + suffix) }
    }

    @discardableResult
    func send(_ method: HTTPMethod, _ path: String, json: String? = nil, form: [(String, String)]? = nil,
              headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        var headers = headers
        var body: ByteBuffer?
        if let json {
            headers.contentType = .json
            body = ByteBuffer(string: json)
        } else if let form {
            headers.contentType = .urlEncodedForm
            body = ByteBuffer(string: Self.encodeForm(form))
        }
        return try await app.testing().sendRequest(method, path, headers: headers, body: body)
    }

    static func encodeForm(_ pairs: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return pairs.map { "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }
            .joined(separator: "&")
    }

    /// Decodes a JSON response body into loosely typed values.
    func object(_ response: TestingHTTPResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any])
    }

    /// Creates a record through the API and returns its id.
    func create(_ org: String, _ segment: String, _ json: String) async throws -> String {
        let response = try await send(.POST, "/api/v1/organizations/\(org)/\(segment)", json: json)
        #expect(response.status == .created, "creating \(segment): \(response.body.string)")
        return try #require(try object(response)["id"] as? String)
    }

    /// A fresh organization with one team, journey, stage and touchpoint, for tests that need a little data.
    func seed(slug: String = "acme") async throws -> Seed {
        let org = try await send(.POST, "/api/v1/organizations", json: #"{"name":"Acme \#(slug)","slug":"\#(slug)"}"#)
        #expect(org.status == .created, "\(org.body.string)")
        let team = try await create(slug, "teams", #"{"name":"Contact Centre","function":"customer-service"}"#)
        let journey = try await create(slug, "journeys", #"{"name":"Report a fault"}"#)
        let stage = try await create(slug, "stages", #"{"journey_id":"\#(journey)","name":"Report it"}"#)
        let touchpoint = try await create(slug, "touchpoints",
            #"{"stage_id":"\#(stage)","name":"Fault line","channel":"phone","owning_team_id":"\#(team)"}"#)
        return Seed(slug: slug, team: team, journey: journey, stage: stage, touchpoint: touchpoint)
    }
}

struct Seed {
    let slug: String, team: String, journey: String, stage: String, touchpoint: String
}
