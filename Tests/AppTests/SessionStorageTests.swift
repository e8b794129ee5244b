@testable import App
import Domain
import Fluent
import Foundation
import Persistence
import Testing
import Vapor
import VaporTesting

/// Sessions are stored only when something must be: nothing for anonymous requests or the health
/// check, nothing written back when a signed-in request changed nothing in its session.
@Suite struct SessionStorageTests {
    static func sessionRows(_ t: TestApp) async throws -> Int {
        try await SessionRecord.query(on: t.app.db).count()
    }

    @Test func anonymousRequestsAndTheHealthCheckStoreNoSession() async throws {
        try await TestApp.run(withUser: false) { t in
            for path in ["/healthz", "/static/align.css", "/", "/api/v1/openapi.json", "/orgs"] {
                let response = try await t.raw(.GET, path)
                #expect(!response.headers[.setCookie].contains { $0.hasPrefix("align_session=") }, "\(path) set a session cookie")
            }
            #expect(try await Self.sessionRows(t) == 0)
            #expect(t.app.sessionWrites == 0)
        }
    }

    @Test func theHealthCheckIgnoresASessionCookie() async throws {
        try await TestApp.run { t in
            try await t.signIn(t.me)
            let writes = t.app.sessionWrites
            let response = try await t.raw(.GET, "/healthz", headers: ["Cookie": t.me.cookie!])
            #expect(response.status == .ok && response.body.string == "ok")
            #expect(response.headers[.setCookie].isEmpty)
            #expect(t.app.sessionWrites == writes)
        }
    }

    @Test func aSignedInPageThatChangesNothingWritesNoSession() async throws {
        try await TestApp.run { t in
            try await t.organization("Acme", slug: "acme")
            _ = try await t.send(.GET, "/orgs/acme")  // signs in; the first page may add the CSRF token
            let writes = t.app.sessionWrites
            let rows = try await Self.sessionRows(t)
            for path in ["/orgs/acme", "/orgs/acme/teams", "/orgs/acme/journeys", "/account/password"] {
                #expect(try await t.send(.GET, path).status == .ok, "\(path)")
            }
            #expect(t.app.sessionWrites == writes, "reading pages wrote the session again")
            #expect(try await Self.sessionRows(t) == rows)
            // Signing out is a change: the session goes.
            _ = try await t.send(.POST, "/sign-out")
            #expect(try await Self.sessionRows(t) == rows - 1)
        }
    }

    @Test func theSignInPageStoresTheSessionItsFormNeeds() async throws {
        try await TestApp.run { t in
            let (cookie, csrf) = try await t.anonymousSession()
            #expect(!cookie.isEmpty && !csrf.isEmpty)
            #expect(try await Self.sessionRows(t) == 1)
            #expect(t.app.sessionWrites == 1)
        }
    }
}
