@testable import App
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import Persistence
import Testing
import Vapor
import VaporTesting

@Suite struct RequestLogTests {
    /// Lines written by a JSON log handler, kept for the test to read.
    final class Lines: Sendable {
        let kept = NIOLockedValueBox<[[String: String]]>([])
        func write(_ line: String) {
            let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: String] ?? ["unreadable": line]
            kept.withLockedValue { $0.append(object) }
        }
        var all: [[String: String]] { kept.withLockedValue { $0 } }
    }

    @Test func aJSONLineIsOneObjectWithTheRequestIDAndEveryValue() throws {
        let lines = Lines()
        var logger = Logger(label: "align.test") { JSONLogHandler(label: $0, level: .info, write: lines.write) }
        logger[metadataKey: "request-id"] = "abc-123"
        logger.warning("two\nlines \"quoted\"", metadata: ["status": "503"])
        logger.debug("below the level")
        #expect(lines.all.count == 1)
        let line = try #require(lines.all.first)
        #expect(line["request_id"] == "abc-123")
        #expect(line["message"] == "two\nlines \"quoted\"")
        #expect(line["level"] == "warning")
        #expect(line["status"] == "503")
        #expect(line["label"] == "align.test")
        #expect(line["time"]?.hasPrefix("20") == true)
    }

    @Test func everyLineOfARequestCarriesItsIDAndTheErrorPageShowsIt() async throws {
        try await TestApp.run { t in
            let lines = Lines()
            t.app.logger = Logger(label: "align") { JSONLogHandler(label: $0, level: .debug, write: lines.write) }
            t.app.get("orgs", "acme", "boom") { _ -> String in throw Failure() }
            let response = try await t.send(.GET, "/orgs/acme/boom")
            #expect(response.status == .internalServerError)
            let id = try #require(response.headers.first(name: .xRequestId))
            #expect(response.body.string.contains("Reference for the administrator: request \(id)"))
            let mine = lines.all.filter { $0["request_id"] == id }
            #expect(mine.contains { $0["message"]?.contains("Failure") == true }, "the error itself: \(mine)")
            #expect(mine.contains { $0["message"] == "GET /orgs/acme/boom 500" && $0["duration_ms"] != nil })
            #expect(lines.all.allSatisfy { $0["request_id"] != nil }, "\(lines.all.filter { $0["request_id"] == nil })")
        }
    }

    struct Failure: Error {}

    @Test func aProxysIDIsKeptAndAnUnsafeOneReplaced() async throws {
        try await TestApp.run { t in
            let kept = try await t.raw(.GET, "/sign-in", headers: ["X-Request-Id": "nginx-7f3a.91"])
            #expect(kept.headers.first(name: .xRequestId) == "nginx-7f3a.91")
            let replaced = try await t.raw(.GET, "/sign-in", headers: ["X-Request-Id": "<script>alert(1)</script>"])
            let id = try #require(replaced.headers.first(name: .xRequestId))
            #expect(UUID(uuidString: id) != nil)
        }
    }

    @Test func aProblemDetailNamesTheRequest() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let response = try await t.send(.GET, "/api/v1/organizations/acme/teams/\(UUID())")
            #expect(response.status == .notFound)
            #expect(try t.object(response)["request_id"] as? String == response.headers.first(name: .xRequestId))
        }
    }

    @Test func theDatabaseOutOfReachIsA503ThatSaysWhenToTryAgain() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            t.app.get("orgs", "acme", "outage") { _ -> String in throw ConnectionPoolTimeoutError.connectionRequestTimeout }
            t.app.get("api", "v1", "organizations", "acme", "outage") { _ -> String in throw IOError(errnoCode: ECONNREFUSED, reason: "connect") }
            let page = try await t.send(.GET, "/orgs/acme/outage")
            #expect(page.status == .serviceUnavailable)
            #expect(page.headers.first(name: .retryAfter) == "10")
            #expect(page.body.string.contains("Align cannot reach its database just now"))
            let api = try await t.send(.GET, "/api/v1/organizations/acme/outage")
            #expect(api.status == .serviceUnavailable)
            #expect(api.headers.contentType?.description.contains("problem+json") == true)
            #expect(try t.object(api)["status"] as? Int == 503)
        }
    }

    @Test func onlyWhatMeansTheDatabaseIsGoneCountsAsAnOutage() {
        #expect(DatabaseOutage.matches(ConnectionPoolTimeoutError.connectionRequestTimeout))
        #expect(DatabaseOutage.matches(IOError(errnoCode: ECONNREFUSED, reason: "connect")))
        #expect(DatabaseOutage.matches(ChannelError.ioOnClosedChannel))
        #expect(!DatabaseOutage.matches(IOError(errnoCode: ENOSPC, reason: "write")))
        #expect(!DatabaseOutage.matches(Failure()))
    }
}
