import Persistence
import Foundation
import NIOConcurrencyHelpers
import Testing
import Vapor

@Suite struct BackgroundWorkTests {
    /// Work started in the background must be cancelled and finished before shutdown returns, or it
    /// would go on querying a database that is closing (the test process once spun on SQLite at exit).
    @Test func shutdownCancelsAndAwaitsRunningWork() async throws {
        let work = BackgroundWork()
        let ended = NIOLockedValueBox(false)
        work.start(Logger(label: "test")) {
            while !Task.isCancelled { try? await Task.sleep(for: .milliseconds(5)) }
            ended.withLockedValue { $0 = true }
        }
        #expect(work.runningCount == 1)
        await work.stopAll()
        #expect(ended.withLockedValue { $0 })
        #expect(work.runningCount == 0)
    }

    @Test func nothingStartsOnceShutdownHasBegun() async throws {
        let work = BackgroundWork()
        await work.stopAll()
        let ran = NIOLockedValueBox(false)
        work.start(Logger(label: "test")) {
            try Task.checkCancellation()
            ran.withLockedValue { $0 = true }
        }
        try await Task.sleep(for: .milliseconds(50))
        #expect(!ran.withLockedValue { $0 })
        #expect(work.runningCount == 0)
    }
}
