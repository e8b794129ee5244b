import Persistence
import Vapor

extension Application {
    private struct BackgroundWorkKey: StorageKey { typealias Value = BackgroundWork }

    /// The application's background work, set up by `configure`.
    var background: BackgroundWork { storage[BackgroundWorkKey.self]! }

    /// Called once while configuring, before any request can start work; stopped before the databases close.
    func installBackgroundWork() {
        storage[BackgroundWorkKey.self] = BackgroundWork()
        lifecycle.use(BackgroundWorkShutdown())
    }
}

/// Lifecycle handlers shut down before application storage, which holds the databases.
private struct BackgroundWorkShutdown: LifecycleHandler {
    func shutdownAsync(_ application: Application) async { await application.background.stopAll() }
}
