import Domain
import Foundation
import Persistence
import Vapor

extension AlignRunner {
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
            var org: Stored<Organization>?
            if let slug = organization {
                org = try await app.store.organization(slug: slug)
                if org == nil { throw ValidationFailure(field: "organization", message: "No organization has the short name \"\(slug)\".") }
            }
            let teams = try leads.map { text in
                guard let id = UUID(uuidString: text) else { throw ValidationFailure(field: "team", message: "\"\(text)\" is not a team id.") }
                return id
            }
            let hash = try await app.password.async.hash(account.password)
            let user = try await app.store.createAccount(account, passwordHash: hash)
            if let org {
                try await app.store.setAccess(Access(role: parsedRole, ledTeams: Set(teams)), of: user.id, in: org.id)
                print("Created \(account.email) as \(parsedRole.label.lowercased()) in \(org.name).")
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
            guard let user = try await app.store.account(email: email) else {
                throw ValidationFailure(field: "email", message: "No account has the email \(email.lowercased()).")
            }
            try await app.store.setPasswordHash(try await app.password.async.hash(password), of: user.id)
            print("Password changed for \(user.email).")
        }
    }

    /// `align token create`: prints a new API token once.
    public static func createToken(_ config: AlignConfig, email: String, organization: String, name: String) async throws {
        try await withApplication(config) { app in
            guard let user = try await app.store.account(email: email) else {
                throw ValidationFailure(field: "email", message: "No account has the email \(email.lowercased()).")
            }
            guard let org = try await app.store.organization(slug: organization),
                  try await app.store.access(of: user.id, in: org.id) != nil else {
                throw ValidationFailure(field: "organization", message: "\(user.email) does not belong to an organization called \"\(organization)\".")
            }
            print(try await app.store.issueToken(userID: user.id, organizationID: org.id, name: name))
        }
    }
}
