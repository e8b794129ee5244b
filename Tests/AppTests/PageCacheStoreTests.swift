@testable import App
import Foundation
import Persistence
import SQLKit
import Testing
import Vapor
import FluentSQLiteDriver
import VaporTesting

/// What `PageCache` keeps and for how long, the database version it relies on, and the verify mode
/// that tests run with.
@Suite struct PageCacheStoreTests {
    static func request(_ app: Application, cookie: String? = "align_session=abc", path: String = "/orgs/acme") -> Request {
        var headers: HTTPHeaders = [:]
        if let cookie { headers.add(name: .cookie, value: cookie) }
        return Request(application: app, method: .GET, url: URI(string: path), headers: headers, on: app.eventLoopGroup.any())
    }

    static func page(_ text: String, status: HTTPResponseStatus = .ok) -> Response {
        Response(status: status, body: .init(string: text))
    }

    @Test func keysNameWhoAskedAndWhatAndLeaveOutAnonymousRequests() async throws {
        let app = try await Application.make(.testing)
        let mine = try #require(PageCache.key(for: Self.request(app), cookieName: "align_session"))
        let theirs = try #require(PageCache.key(for: Self.request(app, cookie: "align_session=xyz"), cookieName: "align_session"))
        let other = try #require(PageCache.key(for: Self.request(app, path: "/orgs/acme?page=2"), cookieName: "align_session"))
        #expect(mine != theirs && mine != other)
        #expect(PageCache.key(for: Self.request(app, cookie: nil), cookieName: "align_session") == nil)
        let post = Request(application: app, method: .POST, url: URI(string: "/orgs/acme"), headers: ["Cookie": "align_session=abc"],
                           on: app.eventLoopGroup.any())
        #expect(PageCache.key(for: post, cookieName: "align_session") == nil)
        try await app.asyncShutdown()
    }

    @Test func anAnswerIsGivenAgainOnlyAtTheSameVersionAndWithinItsLifetime() {
        let cache = PageCache(budget: 1 << 20, lifetime: 30)
        let key = PageCache.Key(credential: "a", uri: "/orgs/acme")
        let start = Date()
        cache.keep(Self.page("v1"), for: key, version: "1", now: start)
        #expect(cache.response(for: key, version: "1", now: start.addingTimeInterval(29))?.body.string == "v1")
        #expect(cache.response(for: key, version: "2", now: start.addingTimeInterval(1)) == nil)
        #expect(cache.size.entries == 0, "an answer of an older version is dropped")
        cache.keep(Self.page("v2"), for: key, version: "2", now: start)
        #expect(cache.response(for: key, version: "2", now: start.addingTimeInterval(30)) == nil)
    }

    @Test func onlyCompleteSuccessfulAnswersAreKept() {
        let cache = PageCache(budget: 800)
        let key = PageCache.Key(credential: "a", uri: "/x")
        cache.keep(Self.page("missing", status: .notFound), for: key, version: "1")
        cache.keep(Response(status: .ok, body: .init(stream: { writer in _ = writer.write(.end) })), for: key, version: "1")
        cache.keep(Self.page(String(repeating: "x", count: 101)), for: key, version: "1")
        #expect(cache.size.entries == 0)
        cache.keep(Self.page(String(repeating: "x", count: 100)), for: key, version: "1")
        #expect(cache.size.entries == 1)
    }

    @Test func theLeastRecentlyUsedGoFirstOnceTheBudgetIsFull() {
        let cache = PageCache(budget: 800)
        let keys = (0..<9).map { PageCache.Key(credential: "a", uri: "/\($0)") }
        for key in keys.prefix(8) { cache.keep(Self.page(String(repeating: "x", count: 100)), for: key, version: "1") }
        #expect(cache.response(for: keys[0], version: "1") != nil)
        cache.keep(Self.page(String(repeating: "y", count: 100)), for: keys[8], version: "1")
        #expect(cache.size.entries == 8 && cache.size.bytes == 800)
        #expect(cache.response(for: keys[1], version: "1") == nil, "the least recently used stayed")
        #expect(cache.response(for: keys[0], version: "1") != nil && cache.response(for: keys[8], version: "1") != nil)
    }

    @Test func theDatabaseVersionChangesWithEveryCommitAndOnlyThen() async throws {
        try await TestApp.run { t in
            let version = try await t.app.dataVersion(t.config.database)
            let sql = t.app.db as! any SQLDatabase
            let before = try await version.current(t.app.db)
            _ = try await sql.raw("SELECT COUNT(*) AS n FROM organizations").all()
            // PostgreSQL's version is the whole cluster's, where tests running beside this one write.
            if case .sqlite = t.config.database {
                #expect(try await version.current(t.app.db) == before, "a read changed the version")
            }
            try await t.organization("Acme", slug: "acme")
            #expect(try await version.current(t.app.db) != before)
        }
    }

    /// A version that never changes stands for a write the cache could not see; verify mode refuses the
    /// stale answer, where `on` would have given it.
    @Test func verifyModeRefusesAnAnswerThatIsNoLongerRight() async throws {
        for (mode, expected) in [(PageCacheMode.verify, HTTPResponseStatus.internalServerError), (.on, .ok)] {
            let app = try await Application.make(.testing)
            app.databases.use(.sqlite(.memory), as: .sqlite)
            let counter = Counter()
            app.middleware.use(PageCacheMiddleware(cache: PageCache(budget: 1 << 20), version: Unchanging(), mode: mode,
                                                   cookieName: "align_session"))
            app.get("count") { _ in "\(counter.next())" }
            try await app.testing().test(.GET, "/count", headers: ["Cookie": "align_session=abc"]) { #expect($0.body.string == "1") }
            try await app.testing().test(.GET, "/count", headers: ["Cookie": "align_session=abc"]) { response in
                #expect(response.status == expected, "\(mode)")
                if mode == .on { #expect(response.body.string == "1") }
            }
            try await app.asyncShutdown()
        }
    }
}

extension PageCacheStoreTests {
    @Test func requestsForAnAnswerBeingComputedWaitForItInsteadOfComputingItToo() async throws {
        let app = try await Application.make(.testing)
        app.databases.use(.sqlite(.memory), as: .sqlite)
        let counter = Counter()
        app.middleware.use(PageCacheMiddleware(cache: PageCache(budget: 1 << 20), version: Unchanging(), mode: .on, cookieName: "align_session"))
        app.get("slow") { _ async throws -> String in
            try await Task.sleep(for: .milliseconds(200))
            return "\(counter.next())"
        }
        try await app.asyncBoot()
        let bodies = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    let request = Self.request(app, path: "/slow")
                    return try await app.responder.respond(to: request).get().body.string ?? ""
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(bodies == Array(repeating: "1", count: 8), "\(bodies)")
        try await app.asyncShutdown()
    }
}

private struct Unchanging: DataVersion {
    func current(_ db: any Database) async throws -> String { "1" }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int { lock.withLock { value += 1; return value } }
}
