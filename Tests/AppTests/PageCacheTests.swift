@testable import App
import Foundation
import Persistence
import Testing
import Vapor
import VaporTesting

/// Pages and API reads are answered again from `PageCache` only while the database is where it was: a
/// write by anyone (this instance, another one, a command) shows at once, and nobody gets another's page.
@Suite struct PageCacheTests {
    static func hits(_ t: TestApp) -> Int { t.app.pageCache!.size.hits }

    @Test func aPageOrAnAPIListReadTwiceIsAnsweredFromTheCache() async throws {
        try await TestApp.run { t in
            try await t.organization("Acme", slug: "acme")
            for path in ["/orgs/acme/teams", "/api/v1/organizations/acme/teams"] {
                // The first read notes the token's (or session's) first use, a write of its own.
                _ = try await t.send(.GET, path)
                let first = try await t.send(.GET, path)
                let hits = Self.hits(t)
                let second = try await t.send(.GET, path)
                #expect(first.status == .ok && second.status == .ok, "\(path)")
                #expect(second.body == first.body, "\(path)")
                // On PostgreSQL the version is the cluster's, which the tests running beside this one keep changing.
                if case .sqlite = t.config.database { #expect(Self.hits(t) == hits + 1, "\(path) was computed again") }
            }
        }
    }

    /// A token's first use is noted before the cache reads the version, so the answer of that first read is the one
    /// the next read finds: it is not kept at the version the note left behind.
    @Test func anAPIReadThatNotesItsTokensUseIsKeptForTheNextRead() async throws {
        try await TestApp.run { t in
            try await t.organization("Acme", slug: "acme")
            let token = try #require(try await t.token(for: t.me, path: "/api/v1/organizations/acme/teams"))
            let first = try await t.raw(.GET, "/api/v1/organizations/acme/teams", headers: ["Authorization": "Bearer \(token)"])
            let hits = Self.hits(t)
            let second = try await t.raw(.GET, "/api/v1/organizations/acme/teams", headers: ["Authorization": "Bearer \(token)"])
            #expect(first.status == .ok && second.body == first.body)
            if case .sqlite = t.config.database { #expect(Self.hits(t) == hits + 1, "the first read was kept at a version already gone") }
        }
    }

    @Test func aWriteThroughAnotherInstanceShowsOnTheNextRead() async throws {
        try await TestApp.run { t in
            try await t.organization("Acme", slug: "acme")
            #expect(try await t.send(.GET, "/orgs/acme/teams").body.string.contains("Night Shift") == false)
            let other = try await t.secondInstance()
            let token = try #require(try await t.token(for: t.me, path: "/api/v1/organizations/acme/teams"))
            var headers: HTTPHeaders = ["Host": "align.test", "Content-Type": "application/json"]
            headers.bearerAuthorization = .init(token: token)
            let created = try await other.testing().sendRequest(.POST, "/api/v1/organizations/acme/teams", headers: headers,
                                                                body: ByteBuffer(string: #"{"name":"Night Shift","function":"operations"}"#))
            try await other.asyncShutdown()
            #expect(created.status == .created)
            let hits = Self.hits(t)
            #expect(try await t.send(.GET, "/orgs/acme/teams").body.string.contains("Night Shift"))
            #expect(Self.hits(t) == hits, "the page was answered from before the write")
        }
    }

    @Test func signingOutEndsTheKeptPagesOfThatSession() async throws {
        try await TestApp.run { t in
            try await t.organization("Acme", slug: "acme")
            #expect(try await t.send(.GET, "/orgs/acme/teams").status == .ok)
            #expect(try await t.send(.GET, "/orgs/acme/teams").status == .ok)
            let cookie = try #require(t.me.cookie)
            _ = try await t.send(.POST, "/sign-out")
            let after = try await t.raw(.GET, "/orgs/acme/teams", headers: ["Cookie": cookie])
            #expect(after.status == .seeOther)
            #expect(after.headers.first(name: .location)?.hasPrefix("/sign-in") == true)
        }
    }

    @Test func anotherPersonIsNeverAnsweredWithYourPage() async throws {
        try await TestApp.run { t in
            try await t.organization("Acme", slug: "acme")
            let outsider = try await t.user("outsider@example.org")
            #expect(try await t.send(.GET, "/orgs/acme/teams").status == .ok)
            #expect(try await t.send(.GET, "/orgs/acme/teams", as: .some(outsider)).status == .notFound)
            #expect(try await t.raw(.GET, "/orgs/acme/teams").status == .seeOther)
        }
    }
}
