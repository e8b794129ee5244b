import Domain
import FluentKit
import Foundation

/// One sign-in per role in Riverbend Water, and an administrator for Harbour Gas. Demo data only:
/// everyone shares one published password.
public enum DemoAccounts {
    public static let password = "align-demo-password"

    struct Account {
        let email: String, name: String, organization: String, role: Role, leads: [String]
    }

    static let accounts: [Account] = [
        Account(email: "admin@riverbendwater.example", name: "Avery Admin", organization: "riverbend-water", role: .admin, leads: []),
        Account(email: "cx-lead@riverbendwater.example", name: "Casey Cx", organization: "riverbend-water", role: .cxLead, leads: []),
        Account(email: "team-lead@riverbendwater.example", name: "Toni Lead", organization: "riverbend-water", role: .teamLead,
                leads: ["contact-centre"]),
        Account(email: "member@riverbendwater.example", name: "Mika Member", organization: "riverbend-water", role: .member, leads: []),
        Account(email: "viewer@riverbendwater.example", name: "Vic Viewer", organization: "riverbend-water", role: .viewer, leads: []),
        Account(email: "admin@harbourgas.example", name: "Harper Admin", organization: "harbour-gas", role: .admin, leads: []),
    ]

    /// Creates the accounts that are missing, their password hashed by `hashing`; existing ones keep their
    /// passwords. Returns a line per account for the terminal.
    public static func ensure(_ store: AlignStore, hashing: (String) async throws -> String) async throws -> [String] {
        let db = store.db
        var lines: [String] = []
        for account in accounts {
            guard let org = try await Organizations.find(slug: account.organization, on: db), let orgID = org.id else { continue }
            let user: UserRecord
            if let existing = try await Accounts.user(email: account.email, on: db) {
                user = existing
            } else {
                let hash = try await hashing(password)
                user = try await Accounts.createUser(NewAccount(name: account.name, email: account.email, password: password),
                                                     passwordHash: hash, on: db)
            }
            let teams = Set(account.leads.map { DemoLoader.teamID(organization: account.organization, team: $0) })
            if try await Accounts.membership(userID: user.id!, organizationID: orgID, on: db) == nil {
                try await Accounts.setMembership(userID: user.id!, organizationID: orgID,
                                                 access: Access(role: account.role, ledTeams: teams), on: db)
            }
            let role = account.role.label + (account.leads.isEmpty ? "" : " of " + account.leads.joined(separator: ", "))
            lines.append("  \(account.email.padding(toLength: 34, withPad: " ", startingAt: 0)) \(role) in \(org.content.name)")
        }
        return lines
    }
}
