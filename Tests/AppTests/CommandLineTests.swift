@testable import App
import Domain
import Fluent
import Foundation
import Persistence
import SQLKit
import Testing
import Vapor

/// `align user create`, `align user reset-password` and `align token create`, against a SQLite file.
@Suite struct CommandLineTests {
    /// A fresh database for commands: a SQLite file, or, in the PostgreSQL run, a schema of its own on that server (so the
    /// run exercises the commands on PostgreSQL and opens no SQLite file while it is loaded).
    static func withDatabase(_ body: (AlignConfig) async throws -> Void) async throws {
        var config = AlignConfig()
        config.logLevel = "error"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("align-cli-\(UUID().uuidString).sqlite").path
        let schema = "c_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        if let url = TestApp.postgresURL {
            config.database = .postgres(url: url)
            try await AlignRunner.withApplication(config) { app in try await (app.db as! any SQLDatabase).raw("CREATE SCHEMA \(unsafeRaw: schema)").run() }
            config.postgresSearchPath = [schema]
        } else {
            config.database = .sqlite(path: path)
        }
        do {
            try await AlignRunner.migrate(config)
            try await AlignRunner.withApplication(config) { app in
                try await OrganizationRecord(content: Organization(name: "Acme", slug: "acme")).create(on: app.db)
            }
            try await body(config)
        } catch {
            try await dropDatabase(config, path: path, schema: schema)
            throw error
        }
        try await dropDatabase(config, path: path, schema: schema)
    }

    static func dropDatabase(_ config: AlignConfig, path: String, schema: String) async throws {
        guard TestApp.postgresURL != nil else {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            return
        }
        var plain = config
        plain.postgresSearchPath = nil
        try await AlignRunner.withApplication(plain) { app in try await (app.db as! any SQLDatabase).raw("DROP SCHEMA \(unsafeRaw: schema) CASCADE").run() }
    }

    @Test func usersAreCreatedWithARoleAndBadInputIsExplained() async throws {
        try await Self.withDatabase { config in
            await #expect {
                try await AlignRunner.createUser(config, name: "Ada", email: "ada@example.org", password: "short", organization: "acme",
                                                 role: "member", leads: [])
            } throws: { String(describing: $0).contains("password: Password must be at least 10 characters long.") }
            await #expect {
                try await AlignRunner.createUser(config, name: "Ada", email: "ada@example.org", password: "long enough pw", organization: "nope",
                                                 role: "member", leads: [])
            } throws: { String(describing: $0).contains("No organization has the short name \"nope\"") }
            await #expect {
                try await AlignRunner.createUser(config, name: "Ada", email: "ada@example.org", password: "long enough pw", organization: "acme",
                                                 role: "boss", leads: [])
            } throws: { String(describing: $0).contains("Role must be one of") }
            try await AlignRunner.createUser(config, name: "Ada", email: "Ada@Example.org", password: "long enough pw", organization: "acme",
                                             role: "cx-lead", leads: [])
            try await AlignRunner.withApplication(config) { app in
                let user = try #require(try await Accounts.user(email: "ada@example.org", on: app.db))
                let org = try #require(try await Organizations.find(slug: "acme", on: app.db))
                #expect(try await Accounts.membership(userID: user.id!, organizationID: org.id!, on: app.db)?.access.role == .cxLead)
            }
        }
    }

    @Test func passwordsAreResetAndTokensIssuedForMembersOnly() async throws {
        try await Self.withDatabase { config in
            try await AlignRunner.createUser(config, name: "Ada", email: "ada@example.org", password: "long enough pw", organization: nil,
                                             role: "member", leads: [])
            await #expect {
                try await AlignRunner.resetPassword(config, email: "nobody@example.org", password: "another long one")
            } throws: { String(describing: $0).contains("No account has the email nobody@example.org") }
            try await AlignRunner.resetPassword(config, email: "ada@example.org", password: "another long one")
            await #expect {
                try await AlignRunner.createToken(config, email: "ada@example.org", organization: "acme", name: "script")
            } throws: { String(describing: $0).contains("does not belong to an organization called \"acme\"") }
            try await AlignRunner.withApplication(config) { app in
                let user = try #require(try await Accounts.user(email: "ada@example.org", on: app.db))
                #expect(try await app.password.async.verify("another long one", created: user.passwordHash))
                let org = try #require(try await Organizations.find(slug: "acme", on: app.db))
                try await Accounts.setMembership(userID: user.id!, organizationID: org.id!, access: Access(role: .viewer), on: app.db)
            }
            try await AlignRunner.createToken(config, email: "ada@example.org", organization: "acme", name: "script")
            try await AlignRunner.withApplication(config) { app in
                let count = try await APITokenRecord.query(on: app.db).filter(\.$name == "script").count()
                #expect(count == 1)
            }
        }
    }
}
