import Persistence
import Vapor

extension Application {
    /// How this application reads the database's version: SQLite through a connection of its own, closed
    /// at shutdown; PostgreSQL through the request's pool.
    func dataVersion(_ location: DatabaseLocation) async throws -> any DataVersion {
        switch location {
        case .postgres:
            return PostgresDataVersion()
        case .sqlite(let path):
            let version = try await SQLiteDataVersion.open(path: path, threadPool: threadPool, on: eventLoopGroup.any())
            lifecycle.use(DataVersionShutdown(version: version))
            return version
        }
    }
}

/// Closes SQLite's version connection before the thread pool it runs on stops.
private struct DataVersionShutdown: LifecycleHandler {
    let version: SQLiteDataVersion

    func shutdownAsync(_ application: Application) async { try? await version.close() }
}
