import Foundation
import Logging
import NIOConcurrencyHelpers

/// Work that goes on after a response is sent (imports, the scheduled-job loop). Every piece is
/// cancelled and awaited when the application shuts down, so none outlives the database it uses.
public final class BackgroundWork: Sendable {
    private struct State {
        var tasks: [UUID: Task<Void, Never>] = [:]
        var stopping = false
    }
    private let state = NIOLockedValueBox(State())

    /// Starts `body` unless shutdown has begun; errors are logged, never lost.
    public init() {}

    public func start(_ logger: Logger, _ body: @escaping @Sendable () async throws -> Void) {
        let id = UUID()
        // Registered under the lock the task itself takes to leave, so it cannot leave before it is registered.
        state.withLockedValue { state in
            guard !state.stopping else { return }
            state.tasks[id] = Task.detached { [weak self] in
                do { try await body() } catch is CancellationError {} catch { logger.error("Background work stopped: \(String(reflecting: error))") }
                _ = self?.state.withLockedValue { $0.tasks.removeValue(forKey: id) }
            }
        }
    }

    /// Cancels everything still running and waits for it to end.
    public func stopAll() async {
        let running = state.withLockedValue { state in
            state.stopping = true
            return Array(state.tasks.values)
        }
        running.forEach { $0.cancel() }
        for task in running { await task.value }
    }

    public var runningCount: Int { state.withLockedValue(\.tasks.count) }
}
