import ArgumentParser

/// `align`: every command group, each in a file of its own beside this one. (It is not called
/// main.swift because a file of that name cannot hold `@main`, which runs asynchronous commands.)
@main
struct Align: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align: the customer dimension inside your organization.",
        subcommands: [Serve.self, Migrate.self, MigrateToPostgres.self, Demo.self, Backup.self, Restore.self, User.self, Token.self, Import.self, Export.self, Analyze.self, Legitimize.self, Initiatives.self,
                      CheckIns.self, Jobs.self, Pulse.self, HealthCommand.self, MetricsCommand.self, CentricityCommand.self, ChangeCommand.self, InvestmentCommand.self, IndexCommand.self, ReportCommand.self, Generate.self, ServeBare.self],
        defaultSubcommand: Serve.self)
}
