import NIOConcurrencyHelpers
@testable import App
import Crypto
import Fluent
import Foundation
import Persistence
import Testing
import VaporTesting

@Suite struct AuthTests {
    @Test func firstRunSetUpCreatesTheAdministratorAndOrganizationThenCloses() async throws {
        try await TestApp.run(withUser: false) { t in
            #expect(try await t.raw(.GET, "/").headers.first(name: .location) == "/setup")
            let (cookie, csrf) = try await t.anonymousSession(from: "/setup")
            let bad = try await t.raw(.POST, "/setup", form: [("user_name", "Ada"), ("email", "ada@example.org"), ("password", "short"),
                                                             ("password_confirmation", "other"), ("organization_name", ""), ("_csrf", csrf)],
                                      headers: ["Cookie": cookie])
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("Password must be at least 10 characters long."))
            #expect(bad.body.string.contains("Organization name is required."))
            let good = try await t.raw(.POST, "/setup", form: [("user_name", "Ada"), ("email", "Ada@Example.org"), ("password", "a long password"),
                                                              ("password_confirmation", "a long password"), ("organization_name", "Zenith Energy"),
                                                              ("_csrf", csrf)], headers: ["Cookie": cookie])
            #expect(good.status == .seeOther)
            #expect(good.headers.first(name: .location) == "/orgs/zenith-energy?notice=created")
            let session = try #require(TestApp.sessionCookie(good))
            #expect(session != cookie)
            #expect(try await t.raw(.GET, "/orgs/zenith-energy", headers: ["Cookie": session]).status == .ok)
            #expect(try await t.raw(.GET, "/setup").status == .notFound)
            let user = try #require(try await Accounts.user(email: "ada@example.org", on: t.app.db))
            #expect(user.passwordHash.hasPrefix("$2"))
        }
    }

    @Test func strangersAreSentToSignInAndTheAPIAsksForAToken() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let page = try await t.send(.GET, "/orgs/acme/teams?function=sales", as: .some(nil))
            #expect(page.status == .seeOther)
            #expect(page.headers.first(name: .location) == "/sign-in?next=/orgs/acme/teams%3Ffunction%3Dsales")
            let api = try await t.send(.GET, "/api/v1/organizations/acme/teams", as: .some(nil))
            #expect(api.status == .unauthorized)
            #expect(api.headers.first(name: .wwwAuthenticate) == "Bearer")
            let forged = try await t.raw(.GET, "/api/v1/organizations/acme/teams", headers: ["Authorization": "Bearer align_nope"])
            #expect(forged.status == .unauthorized)
        }
    }

    @Test func wrongPasswordsAreRefusedAndRepeatedFailuresLockTheAccount() async throws {
        try await TestApp.run { t in
            let (cookie, csrf) = try await t.anonymousSession()
            for _ in 1...SessionController.accountLimit {
                let wrong = try await t.raw(.POST, "/sign-in", form: [("email", t.me.email), ("password", "not my password"), ("_csrf", csrf)],
                                            headers: ["Cookie": cookie])
                #expect(wrong.status == .unauthorized)
                #expect(wrong.body.string.contains("The email or the password is not right."))
                #expect(!wrong.body.string.contains("not my password"))
            }
            let locked = try await t.raw(.POST, "/sign-in", form: [("email", t.me.email), ("password", TestApp.password), ("_csrf", csrf)],
                                         headers: ["Cookie": cookie])
            #expect(locked.status == .tooManyRequests)
            #expect(locked.body.string.contains("Too many failed sign-in attempts"))
        }
    }

    /// Timing itself belongs to `scripts/bench.sh`; here, that both answers do the same work.
    @Test func anUnknownEmailChecksAPasswordHashAsAWrongPasswordDoes() async throws {
        try await TestApp.run { t in
            let hasher = CountingHasher()
            t.app.passwords.use { _ in hasher }
            let (cookie, csrf) = try await t.anonymousSession()
            for email in [t.me.email, "nobody-\(UUID())@example.org", "someone-else@example.org"] {
                let before = hasher.verified
                let wrong = try await t.raw(.POST, "/sign-in", form: [("email", email), ("password", "not my password"), ("_csrf", csrf)],
                                            headers: ["Cookie": cookie])
                #expect(wrong.status == .unauthorized)
                #expect(wrong.body.string.contains("The email or the password is not right."))
                #expect(hasher.verified == before + 1, "\(email)")
            }
            #expect(hasher.hashed == 1, "the decoy is made once and kept")
        }
    }

    @Test func signingOutEndsTheSession() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            try await t.signIn(t.me)
            let cookie = try #require(t.me.cookie)
            #expect(try await t.send(.POST, "/sign-out").status == .seeOther)
            #expect(try await t.raw(.GET, "/orgs/acme", headers: ["Cookie": cookie]).status == .seeOther)
        }
    }

    @Test func formsWithoutTheSessionsCSRFTokenAreRefusedAndSaveNothing() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            try await t.signIn(t.me)
            let cookie = try #require(t.me.cookie)
            for form in [[("title", "Sneaky")], [("title", "Sneaky"), ("_csrf", "0000")]] {
                let response = try await t.raw(.POST, "/orgs/acme/goals", form: form, headers: ["Cookie": cookie])
                #expect(response.status == .forbidden)
                #expect(response.body.string.contains("did not come from Align"))
            }
            #expect(try t.object(try await t.send(.GET, "/api/v1/organizations/acme/goals"))["total"] as? Int == 0)
        }
    }

    @Test func sessionCookieIsHttpOnlyAndSameSiteLaxAndPagesCarrySecurityHeaders() async throws {
        try await TestApp.run { t in
            let page = try await t.raw(.GET, "/sign-in")
            let cookie = try #require(page.headers[.setCookie].first { $0.hasPrefix("align_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(!cookie.contains("Secure"))
            let csp = try #require(page.headers.first(name: "Content-Security-Policy"))
            #expect(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"))
            #expect(page.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(page.headers.first(name: "Referrer-Policy") != nil)
            for path in ["/no/such/page", "/orgs/acme", "/api/v1/organizations/acme"] {
                let other = try await t.raw(.GET, path)
                #expect(other.headers.first(name: "Content-Security-Policy") == csp, "\(path) lacks the security headers")
            }
        }
    }

    @Test func apiTokensAreShownOnceStoredHashedAndRevocable() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let created = try await t.send(.POST, "/orgs/acme/tokens", form: [("name", "Import script")])
            let html = created.body.string
            let start = try #require(html.range(of: "<code class=\"secret\">"))
            let secret = String(html[start.upperBound...].prefix { $0 != "<" })
            #expect(secret.hasPrefix("align_") && secret.count == 70)
            let stored = try #require(try await APITokenRecord.query(on: t.app.db).filter(\.$name == "Import script").first())
            #expect(stored.tokenHash == SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined())
            #expect(!(try await t.send(.GET, "/orgs/acme/tokens").body.string.contains(secret)))
            let bearer: HTTPHeaders = ["Authorization": "Bearer \(secret)"]
            #expect(try await t.raw(.GET, "/api/v1/organizations/acme/teams", headers: bearer).status == .ok)
            try await Self.useIsNotedOnceAMinute(t, stored.id!, bearer)
            #expect(try await t.send(.POST, "/orgs/acme/tokens/\(stored.id!.uuidString)/revoke").status == .seeOther)
            #expect(try await t.raw(.GET, "/api/v1/organizations/acme/teams", headers: bearer).status == .unauthorized)
        }
    }

    /// Used within the minute, the token's note stays as it is; found stale, it moves on, however many note it together.
    static func useIsNotedOnceAMinute(_ t: TestApp, _ id: UUID, _ bearer: HTTPHeaders) async throws {
        func noted() async throws -> Date? { try await APITokenRecord.find(id, on: t.app.db)?.lastUsedAt }
        let first = try #require(try await noted())
        #expect(try await t.raw(.GET, "/api/v1/organizations/acme/teams", headers: bearer).status == .ok)
        #expect(try await noted() == first, "a second use within the minute writes nothing")
        let stale = Date().addingTimeInterval(-2 * AlignStore.useNotedEvery)
        try await APITokenRecord.query(on: t.app.db).filter(\.$id == id).set(\.$lastUsedAt, to: stale).update()
        let hash = try #require(try await APITokenRecord.find(id, on: t.app.db)?.tokenHash)
        let store = AlignStore(t.app.db)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<4 { group.addTask { try await store.noteTokenUse(hash: hash) } }
            try await group.waitForAll()
        }
        let moved = try #require(try await noted())
        #expect(moved.timeIntervalSince(stale) > AlignStore.useNotedEvery && abs(moved.timeIntervalSinceNow) < 60)
    }

    @Test func aTokenOnlyOpensTheOrganizationItWasMadeFor() async throws {
        try await TestApp.run { t in
            _ = try await t.seed(slug: "acme")
            _ = try await t.seed(slug: "other")
            let acmeToken = try #require(t.me.tokens["acme"])
            let response = try await t.raw(.GET, "/api/v1/organizations/other/teams", headers: ["Authorization": "Bearer \(acmeToken)"])
            #expect(response.status == .notFound)
            let list = try await t.raw(.GET, "/api/v1/organizations", headers: ["Authorization": "Bearer \(acmeToken)"])
            let slugs = (try JSONSerialization.jsonObject(with: Data(list.body.string.utf8)) as? [[String: Any]])?.compactMap { $0["slug"] as? String }
            #expect(slugs == ["acme"])
        }
    }

    @Test func changingThePasswordNeedsTheCurrentOne() async throws {
        try await TestApp.run { t in
            let wrong = try await t.send(.POST, "/account/password", form: [("current_password", "guess guess"), ("password", "a brand new secret"),
                                                                           ("password_confirmation", "a brand new secret")])
            #expect(wrong.status == .unprocessableEntity)
            #expect(wrong.body.string.contains("Current password is not right."))
            let right = try await t.send(.POST, "/account/password", form: [("current_password", TestApp.password), ("password", "a brand new secret"),
                                                                           ("password_confirmation", "a brand new secret")])
            #expect(right.status == .ok)
            let user = try #require(try await Accounts.user(email: t.me.email, on: t.app.db))
            #expect(try await t.app.password.async.verify("a brand new secret", created: user.passwordHash))
        }
    }

    @Test(arguments: [("/orgs/acme", "/orgs/acme"), ("//evil.example", "/"), ("https://evil.example", "/"), ("/\\evil", "/"), (nil, "/")])
    func afterSignInOnlyLocalPathsAreFollowed(next: String?, expected: String) {
        #expect(SessionController.safeNext(next) == expected)
    }
}

/// Bcrypt at the tests' cost, counting what it is asked to do.
final class CountingHasher: PasswordHasher {
    private let counts = NIOLockedValueBox((hashed: 0, verified: 0))
    var hashed: Int { counts.withLockedValue { $0.hashed } }
    var verified: Int { counts.withLockedValue { $0.verified } }

    func hash<Password: DataProtocol>(_ password: Password) throws -> [UInt8] {
        counts.withLockedValue { $0.hashed += 1 }
        return try BCryptDigest().hash(String(decoding: password, as: UTF8.self), cost: 4).utf8.map { $0 }
    }

    func verify<Password: DataProtocol, Digest: DataProtocol>(_ password: Password, created digest: Digest) throws -> Bool {
        counts.withLockedValue { $0.verified += 1 }
        return try BCryptDigest().verify(String(decoding: password, as: UTF8.self), created: String(decoding: digest, as: UTF8.self))
    }
}
