import Domain
import Foundation
import Persistence
import Vapor

extension AlignRunner {
    /// `align jobs run`: one pass of the scheduled work (for cron, or when `align serve` runs with ALIGN_JOBS_INTERVAL=0).
    public static func runJobs(_ config: AlignConfig) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let summary = try await JobRunner(app: app, retentionDays: config.retentionDays).runOnce()
            print("Queued \(summary.queued) reminders; delivered \(summary.reminders) to inboxes and \(summary.deliveries) to webhooks; \(summary.failures) deliveries will be retried.")
            if let pruned = summary.pruned { print("Housekeeping (kept \(config.retentionDays) days) removed \(pruned).") }
        }
    }
}
