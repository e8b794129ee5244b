import App
import ArgumentParser
import Domain
import Foundation

struct User: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create accounts and reset passwords.",
                                                    subcommands: [CreateUser.self, ResetPassword.self])

    struct CreateUser: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "create", abstract: "Create an account, optionally with a role in an organization.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Email address; used to sign in.") var email: String
        @Option(help: "The person's name.") var name: String
        @Option(help: "Password (at least 10 characters); asked for when left out.") var password: String?
        @Option(help: "Short name of an organization to add the account to.") var organization: String?
        @Option(help: "Role in that organization: admin, cx-lead, team-lead, member or viewer.") var role = "member"
        @Option(name: .customLong("leads"), help: "Id of a team a team lead leads (repeatable).") var leads: [String] = []

        func run() async throws {
            try await AlignRunner.createUser(try database.config(), name: name, email: email,
                                             password: try password ?? readPassword(), organization: organization, role: role, leads: leads)
        }
    }

    struct ResetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reset-password", abstract: "Set a new password for an account.")
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Email address of the account.") var email: String
        @Option(help: "The new password (at least 10 characters); asked for when left out.") var password: String?

        func run() async throws {
            try await AlignRunner.resetPassword(try database.config(), email: email, password: try password ?? readPassword())
        }
    }
}

/// Reads a password from standard input (one line), for when it is not given as an option.
func readPassword() throws -> String {
    FileHandle.standardError.write(Data("Password: ".utf8))
    guard let line = readLine(strippingNewline: true), !line.isEmpty else {
        throw ValidationError("No password given: pass --password or type one on standard input.")
    }
    return line
}
