import ArgumentParser

/// `align`: every command group, each in a file of its own beside this one.
struct Align: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align: the customer dimension inside your organization.",
        subcommands: [Serve.self, Migrate.self, Demo.self, User.self, Token.self, Import.self, Analyze.self, Legitimize.self, Initiatives.self,
                      CheckIns.self, Jobs.self, Generate.self],
        defaultSubcommand: Serve.self)
}

// Runs the command the arguments name, as `@main` would; `@main` cannot stand in a file called main.swift.
do {
    var command = try await Align.asyncParseAsRoot(nil)
    if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
    } else {
        try command.run()
    }
} catch {
    Align.exit(withError: error)
}
