import Domain
import FluentKit
import FluentSQLiteDriver
import Foundation
import SQLKit

/// Writes a batch of imported feedback and its touchpoint links in multi-row INSERTs.
///
/// Creating the records through Fluent reflected over every property of every record: over half of
/// an import's time, measured with perf on 50,000 rows. On SQLite the values go to SQLiteNIO as they
/// are: encoding them through SQLKit's generic `Encodable` path, and building a Fluent model per row,
/// were a third of the time a million rows took. PostgreSQL keeps the SQLKit path.
enum FeedbackBulkInsert {
    /// One imported row as it is stored.
    struct Row: Sendable {
        let id: UUID
        let item: FeedbackItem
        let contentHash: String?
        let theme: String?
        /// The line of the import's file it came from.
        var line: Int? = nil
    }

    /// Rows per statement: 25 values each stays below SQLite's 32,766 bound parameters.
    static let rowsPerStatement = 1_000

    static let feedbackColumns = [
        "id", "organization_id", "text", "kind", "source", "conversation_id", "customer_id", "date", "occurred_at", "stage_id", "priority",
        "sentiment_score", "sentiment_label", "nps", "csat", "ces", "channel", "segment", "external_id", "content_hash", "import_id",
        "import_line", "theme", "created_at", "updated_at",
    ]

    static let linkColumns = ["id", "feedback_id", "touchpoint_id", "quote_score"]

    static func insert(_ rows: [Row], organizationID: UUID, importID: UUID?, on db: any Database) async throws {
        let now = Date()
        let links = rows.flatMap { row in
            let quote = FeedbackTouchpointRecord.quoteScore(text: row.item.text, label: row.item.sentimentLabel?.rawValue, score: row.item.sentimentScore)
            return row.item.touchpointIDs.map { (feedback: row.id, touchpoint: $0, quote: quote) }
        }
        if let sqlite = db as? any SQLiteDatabase {
            let fixed = (organization: SQLiteData.text(organizationID.upperHexString), importID: importID.map { SQLiteData.text($0.upperHexString) } ?? .null,
                         now: SQLiteData.float(now.timeIntervalSince1970))
            try await insert(rows, into: FeedbackRecord.schema, columns: feedbackColumns, on: sqlite) { row, binds in
                binds.append(contentsOf: sqliteValues(row, fixed: fixed))
            }
            try await insert(links, into: FeedbackTouchpointRecord.schema, columns: linkColumns, on: sqlite) { link, binds in
                binds += [.text(TimeOrderedID.make().upperHexString), .text(link.feedback.upperHexString), .text(link.touchpoint.upperHexString),
                          link.quote.map { .float($0) } ?? .null]
            }
        } else if let sql = db as? any SQLDatabase {
            for start in stride(from: 0, to: rows.count, by: rowsPerStatement) {
                let insert = sql.insert(into: FeedbackRecord.schema).columns(feedbackColumns)
                for row in rows[start..<min(start + rowsPerStatement, rows.count)] {
                    insert.values(encodableValues(row, organizationID: organizationID, importID: importID, now: now))
                }
                try await insert.run()
            }
            for start in stride(from: 0, to: links.count, by: rowsPerStatement) {
                let insert = sql.insert(into: FeedbackTouchpointRecord.schema).columns(linkColumns)
                for link in links[start..<min(start + rowsPerStatement, links.count)] {
                    insert.values([TimeOrderedID.make(), link.feedback, link.touchpoint, link.quote] as [any Encodable & Sendable])
                }
                try await insert.run()
            }
        } else {
            try await rows.map { record($0, organizationID: organizationID, importID: importID) }.create(on: db)
            try await links.map { FeedbackTouchpointRecord(feedbackID: $0.feedback, touchpointID: $0.touchpoint, quoteScore: $0.quote) }.create(on: db)
        }
        try await FeedbackFigureStore.add(figureCounts(rows, importID: importID, on: db), organizationID: organizationID, on: db)
    }

    /// What the batch adds to the kept figures.
    static func figureCounts(_ rows: [Row], importID: UUID?, on db: any Database) async throws -> FigureCounts {
        let context = try await FigureContext.load(rows.map { ($0.id, $0.item) }, on: db, linksExist: false)
        var counts = FigureCounts()
        for row in rows { counts.add(FeedbackFigures.counts(of: context.facts(row.id, row.item.importing(importID), theme: row.theme))) }
        return counts
    }

    private static func insert<Element>(_ elements: [Element], into table: String, columns: [String], on db: any SQLiteDatabase,
                                        values: (Element, inout [SQLiteData]) -> Void) async throws {
        let placeholders = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        let head = "INSERT INTO \"\(table)\" (" + columns.map { "\"\($0)\"" }.joined(separator: ",") + ") VALUES "
        for start in stride(from: 0, to: elements.count, by: rowsPerStatement) {
            let part = elements[start..<min(start + rowsPerStatement, elements.count)]
            var binds: [SQLiteData] = []
            binds.reserveCapacity(part.count * columns.count)
            for element in part { values(element, &binds) }
            _ = try await db.query(head + Array(repeating: placeholders, count: part.count).joined(separator: ","), binds)
        }
    }

    /// The row's values in `feedbackColumns` order, as Fluent's SQLite driver would store them.
    private static func sqliteValues(_ row: Row, fixed: (organization: SQLiteData, importID: SQLiteData, now: SQLiteData)) -> [SQLiteData] {
        let item = row.item
        func text(_ value: String?) -> SQLiteData { value.map { .text($0) } ?? .null }
        func id(_ value: UUID?) -> SQLiteData { value.map { .text($0.upperHexString) } ?? .null }
        func integer(_ value: Int?) -> SQLiteData { value.map { .integer($0) } ?? .null }
        return [
            .text(row.id.upperHexString), fixed.organization, .text(item.text), .text(item.kind.rawValue), .text(item.source.rawValue),
            id(item.conversationID), id(item.customerID), text(item.date?.description),
            item.occurredAt.map { .float($0.timeIntervalSince1970) } ?? .null, id(item.stageID), integer(item.priority),
            item.sentimentScore.map { .float($0) } ?? .null, text(item.sentimentLabel?.rawValue), integer(item.nps), integer(item.csat),
            integer(item.ces), text(item.channel), text(item.segment), text(item.externalID), text(row.contentHash), fixed.importID,
            integer(row.line), text(row.theme), fixed.now, fixed.now,
        ]
    }

    private static func encodableValues(_ row: Row, organizationID: UUID, importID: UUID?, now: Date) -> [any Encodable & Sendable] {
        let item = row.item
        return [
            row.id, organizationID, item.text, item.kind.rawValue, item.source.rawValue, item.conversationID, item.customerID,
            item.date?.description, item.occurredAt, item.stageID, item.priority, item.sentimentScore, item.sentimentLabel?.rawValue, item.nps, item.csat,
            item.ces, item.channel, item.segment, item.externalID, row.contentHash, importID, row.line, row.theme, now, now,
        ]
    }

    private static func record(_ row: Row, organizationID: UUID, importID: UUID?) -> FeedbackRecord {
        let record = FeedbackRecord(organizationID: organizationID, content: row.item)
        record.id = row.id
        record.contentHash = row.contentHash
        record.importID = importID
        record.importLine = row.line
        record.theme = row.theme
        return record
    }
}
