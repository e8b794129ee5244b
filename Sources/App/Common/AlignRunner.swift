import Fluent
import SQLKit
import Foundation
import Logging
import Persistence
import Vapor
import Domain

/// What the `align` command runs, so the executable itself need not import Vapor.
public enum AlignRunner {
    /// Applies migrations, optionally loads the demo, then serves until interrupted.
    public static func serve(_ config: AlignConfig, demo: Bool) async throws {
        let app = try await makeApplication(config, arguments: ["align", "serve"])
        do {
            try await app.autoMigrate()
            try await FeedbackImportRecord.stopInterrupted(on: app.db)
            if demo { try await loadDemo(app) }
            if config.jobsInterval > 0 {
                app.background.start(app.logger) { try await JobRunner.loop(app: app, interval: config.jobsInterval) }
            }
            app.logger.notice("Align is listening on http://\(config.host):\(config.port) (\(describe(config.database)))")
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// Applies every pending migration and reports how many ran.
    public static func migrate(_ config: AlignConfig) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            print("Migrations applied to \(describe(config.database)).")
        }
    }

    /// Applies migrations and loads the Riverbend Water demo, adding only what is missing.
    public static func loadDemo(_ config: AlignConfig) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            try await loadDemo(app)
        }
    }

    static func loadDemo(_ app: Application) async throws {
        for summary in try await DemoLoader.loadAll(on: app.db) {
            print("Demo organization \"\(summary.organizationSlug)\": \(summary.added) records added, \(summary.alreadyPresent) already present.")
        }
        let lines = try await DemoAccounts.ensure(on: app)
        print("Demo sign-ins (demo data only), password \"\(DemoAccounts.password)\" for each:")
        lines.forEach { print($0) }
    }

    /// `align user create`: a new account, optionally with a role in an organization.
    public static func createUser(_ config: AlignConfig, name: String, email: String, password: String,
                                  organization: String?, role: String, leads: [String]) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            var reader = FieldReader(FormInput(single: ["user_name": name, "email": email, "password": password]))
            let account = NewAccount.read(&reader, confirm: false)
            try reader.finish()
            guard let parsedRole = Role(rawValue: role) else {
                throw ValidationFailure(field: "role", message: "Role must be one of: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            var org: OrganizationRecord?
            if let slug = organization {
                org = try await Organizations.find(slug: slug, on: app.db)
                if org == nil { throw ValidationFailure(field: "organization", message: "No organization has the short name \"\(slug)\".") }
            }
            let teams = try leads.map { text in
                guard let id = UUID(uuidString: text) else { throw ValidationFailure(field: "team", message: "\"\(text)\" is not a team id.") }
                return id
            }
            let hash = try await app.password.async.hash(account.password)
            let user = try await Accounts.createUser(account, passwordHash: hash, on: app.db)
            if let org {
                try await Accounts.setMembership(userID: user.id!, organizationID: org.id!,
                                                 access: Access(role: parsedRole, ledTeams: Set(teams)), on: app.db)
                print("Created \(account.email) as \(parsedRole.label.lowercased()) in \(org.content.name).")
            } else {
                print("Created \(account.email). They can create an organization after signing in, or be added to one.")
            }
        }
    }

    /// `align user reset-password`.
    public static func resetPassword(_ config: AlignConfig, email: String, password: String) async throws {
        try await withApplication(config) { app in
            var reader = FieldReader(FormInput())
            PasswordPolicy.check(password, field: "password", reader: &reader)
            try reader.finish()
            guard let user = try await Accounts.user(email: email, on: app.db) else {
                throw ValidationFailure(field: "email", message: "No account has the email \(email.lowercased()).")
            }
            user.passwordHash = try await app.password.async.hash(password)
            try await user.save(on: app.db)
            print("Password changed for \(user.email).")
        }
    }

    /// `align token create`: prints a new API token once.
    public static func createToken(_ config: AlignConfig, email: String, organization: String, name: String) async throws {
        try await withApplication(config) { app in
            guard let user = try await Accounts.user(email: email, on: app.db) else {
                throw ValidationFailure(field: "email", message: "No account has the email \(email.lowercased()).")
            }
            guard let org = try await Organizations.find(slug: organization, on: app.db),
                  try await Accounts.membership(userID: user.id!, organizationID: org.id!, on: app.db) != nil else {
                throw ValidationFailure(field: "organization", message: "\(user.email) does not belong to an organization called \"\(organization)\".")
            }
            print(try await TokensController.issue(userID: user.id!, organizationID: org.id!, name: name, on: app.db))
        }
    }

    static func describe(_ location: DatabaseLocation) -> String {
        switch location {
        case .sqlite(let path): "SQLite file \(path)"
        case .postgres: "PostgreSQL"
        }
    }

    /// A command that could not be carried out, said in words for the terminal.
    public struct CommandFailure: Error, CustomStringConvertible {
        public let description: String
    }

    static func withApplication(_ config: AlignConfig, _ body: (Application) async throws -> Void) async throws {
        let app = try await makeApplication(config, arguments: ["align"])
        do {
            try await body(app)
        } catch let failure as ValidationFailure {
            try? await app.asyncShutdown()
            throw CommandFailure(description: failure.errors.map { "\($0.field): \($0.message)" }.joined(separator: "\n"))
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    static func makeApplication(_ config: AlignConfig, arguments: [String]) async throws -> Application {
        bootstrapLogging(config.logLevel)
        let app = try await Application.make(Environment(name: "production", arguments: arguments))
        try await configure(app, config: config)
        return app
    }

    nonisolated(unsafe) private static var loggingReady = false

    private static func bootstrapLogging(_ level: String) {
        guard !loggingReady else { return }
        loggingReady = true
        let level = Logger.Level(rawValue: level) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
