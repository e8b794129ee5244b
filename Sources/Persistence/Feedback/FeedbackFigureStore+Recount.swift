import Domain
import FluentKit
import Foundation
import SQLKit

/// How current an organization's kept figures are.
public struct FigureFreshness: Sendable, Equatable {
    /// When they were last counted afresh from every item; nil when they have been kept since the first item.
    public let recountedAt: Date?
    /// Something changed that the figures do not follow by themselves (a touchpoint moved or was deleted,
    /// themes found afresh); a recount is queued.
    public let recountPending: Bool
}

extension FeedbackFigureStore {
    /// Counts every item of the organization afresh, a page of items at a time.
    public static func recount(_ organizationID: UUID, on db: any Database, pageSize: Int = 5_000) async throws -> FigureCounts {
        let places = try await TouchpointPlaces.all(organizationID, on: db)
        var counts = FigureCounts()
        var after: UUID?
        while true {
            let items = try await page(organizationID, after: after, size: pageSize, on: db)
            guard let last = items.last else { break }
            counts.add(try await FigureContext.load(items, on: db, places: places).counts(items))
            after = last.id
        }
        counts.add(try await proposalCounts(organizationID, on: db))
        return counts
    }

    /// Replaces the kept figures with a recount, holding the figure lock so no writer adds in between.
    public static func rebuild(_ organizationID: UUID, on db: any Database) async throws {
        try await WriteGate.transaction(db) { tx in
            guard let sql = tx as? any SQLDatabase else { return }
            let generation = try await lock(organizationID, on: sql)
            let counts = try await recount(organizationID, on: tx)
            try await sql.raw("DELETE FROM feedback_figures WHERE organization_id = \(bind: organizationID)").run()
            try await upsert(counts, organizationID: organizationID, on: sql)
            try await sql.raw("""
                UPDATE feedback_figure_states SET built_generation = \(bind: generation), built_at = \(bind: Date())
                WHERE organization_id = \(bind: organizationID)
                """).run()
        }
    }

    /// Recounts unless a recount since the last change has already been made (by another job, or at the
    /// end of finding themes).
    public static func recountIfPending(_ organizationID: UUID, on db: any Database) async throws {
        if try await freshness(organizationID, on: db).recountPending { try await rebuild(organizationID, on: db) }
    }

    /// Notes that the figures no longer follow the items and queues a recount (`JobKind.recountFigures`).
    public static func markStale(_ organizationID: UUID, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        _ = try await lock(organizationID, on: sql)
        let generation = try await sql.raw("""
            UPDATE feedback_figure_states SET generation = generation + 1 WHERE organization_id = \(bind: organizationID) RETURNING generation
            """).first()?.decode(column: "generation", as: Int.self) ?? 0
        try await JobQueue.enqueue(.recountFigures, key: "recount-figures:\(organizationID.uuidString):\(generation)",
                                   organizationID: organizationID, payload: "", runAt: Date(), on: db)
    }

    public static func freshness(_ organizationID: UUID, on db: any Database) async throws -> FigureFreshness {
        guard let sql = db as? any SQLDatabase, let row = try await sql.raw("""
            SELECT generation, built_generation, built_at FROM feedback_figure_states WHERE organization_id = \(bind: organizationID)
            """).first() else { return FigureFreshness(recountedAt: nil, recountPending: false) }
        return FigureFreshness(recountedAt: try row.decode(column: "built_at", as: Date?.self),
                               recountPending: try row.decode(column: "generation", as: Int.self) > row.decode(column: "built_generation", as: Int.self))
    }

    /// A page of items by id, with their touchpoint links, as their figures need them. Read as plain rows:
    /// decoding Fluent records reflects over every field, and took most of a recount's time.
    static func page(_ organizationID: UUID, after: UUID?, size: Int, on db: any Database) async throws -> [(id: UUID, item: FeedbackItem)] {
        guard let sql = db as? any SQLDatabase else { return [] }
        let rows = try await sql.raw("""
            SELECT id, kind, source, conversation_id, customer_id, date, priority, sentiment_score, sentiment_label, nps, csat, ces,
                   channel, segment, theme, import_id FROM feedback_items WHERE organization_id = \(bind: organizationID)
            \(after.map { SQLQueryString("AND id > \(bind: $0)") } ?? "") ORDER BY id LIMIT \(bind: size)
            """).all()
        let ids = try rows.map { try $0.decode(column: "id", as: UUID.self) }
        var links: [UUID: [UUID]] = [:]
        if !ids.isEmpty {
            for row in try await sql.raw("SELECT feedback_id, touchpoint_id FROM feedback_touchpoints WHERE feedback_id IN (\(binds: ids))").all() {
                links[try row.decode(column: "feedback_id", as: UUID.self), default: []].append(try row.decode(column: "touchpoint_id", as: UUID.self))
            }
        }
        return try zip(ids, rows).map { id, row in (id, try item(row, touchpoints: links[id] ?? [])) }
    }

    /// The fields figures count by; the text is left out (figures never read it).
    static func item(_ row: any SQLRow, touchpoints: [UUID]) throws -> FeedbackItem {
        func text(_ column: String) throws -> String? { try row.decode(column: column, as: String?.self) }
        func number(_ column: String) throws -> Int? { try row.decode(column: column, as: Int?.self) }
        return FeedbackItem(text: "", kind: try text("kind").flatMap(FeedbackKind.init) ?? .friction,
                            source: try text("source").flatMap(FeedbackSource.init) ?? .conversation,
                            conversationID: try row.decode(column: "conversation_id", as: UUID?.self),
                            customerID: try row.decode(column: "customer_id", as: UUID?.self), date: try text("date").flatMap(CalendarDate.init),
                            touchpointIDs: touchpoints, priority: try number("priority"),
                            sentimentScore: try row.decode(column: "sentiment_score", as: Double?.self),
                            sentimentLabel: try text("sentiment_label").flatMap(SentimentLabel.init), nps: try number("nps"), csat: try number("csat"),
                            ces: try number("ces"), channel: try text("channel"), segment: try text("segment"), theme: try text("theme"))
            .importing(try row.decode(column: "import_id", as: UUID?.self))
    }
}

/// Where each touchpoint sits: its stage and journey.
enum TouchpointPlaces {
    static func all(_ organizationID: UUID, on db: any Database) async throws -> [UUID: TouchpointPlace] {
        try await places(TouchpointRecord.query(on: db).filter(\.$organizationID == organizationID))
    }

    static func of(_ ids: some Collection<UUID>, on db: any Database) async throws -> [UUID: TouchpointPlace] {
        ids.isEmpty ? [:] : try await places(TouchpointRecord.query(on: db).filter(\.$id ~~ Array(Set(ids))))
    }

    private static func places(_ query: QueryBuilder<TouchpointRecord>) async throws -> [UUID: TouchpointPlace] {
        var result: [UUID: TouchpointPlace] = [:]
        for record in try await query.field(\.$id).field(\.$stageID).field(\.$journeyID).all() {
            result[record.id!] = TouchpointPlace(touchpointID: record.id!, stageID: record.stageID, journeyID: record.journeyID)
        }
        return result
    }
}
