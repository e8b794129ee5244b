import FluentKit
import Foundation
import SQLKit

/// Writes a batch of imported feedback and its touchpoint links as one INSERT each. Creating the
/// records through Fluent reflected over every property of every record and stamped each one's
/// times separately: over half of an import's time, measured with perf on 50,000 rows.
enum FeedbackBulkInsert {
    static let feedbackColumns = [
        "id", "organization_id", "text", "kind", "source", "conversation_id", "customer_id", "date", "stage_id", "priority",
        "sentiment_score", "sentiment_label", "nps", "csat", "ces", "channel", "segment", "external_id", "content_hash", "import_id",
        "theme", "created_at", "updated_at",
    ]

    static func insert(_ records: [FeedbackRecord], links: [FeedbackTouchpointRecord], on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else {
            try await records.create(on: db)
            try await links.create(on: db)
            return
        }
        let now = Date()
        if !records.isEmpty {
            let insert = sql.insert(into: FeedbackRecord.schema).columns(feedbackColumns)
            for record in records {
                let values: [any Encodable & Sendable] = [
                    record.id, record.organizationID, record.text, record.kind, record.source, record.conversationID, record.customerID,
                    record.date, record.stageID, record.priority, record.sentimentScore, record.sentimentLabel, record.nps, record.csat,
                    record.ces, record.channel, record.segment, record.externalID, record.contentHash, record.importID, record.theme, now, now,
                ]
                insert.values(values)
            }
            try await insert.run()
        }
        if !links.isEmpty {
            let insert = sql.insert(into: FeedbackTouchpointRecord.schema).columns("id", "feedback_id", "touchpoint_id")
            for link in links { insert.values([UUID(), link.$feedback.id, link.touchpointID] as [any Encodable & Sendable]) }
            try await insert.run()
        }
    }
}
