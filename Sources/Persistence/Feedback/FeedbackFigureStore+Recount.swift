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

    /// A page of items by id, with their touchpoint links, as their figures need them.
    static func page(_ organizationID: UUID, after: UUID?, size: Int, on db: any Database) async throws -> [(id: UUID, item: FeedbackItem)] {
        var query = FeedbackRecord.query(on: db).filter(\.$organizationID == organizationID).sort(\.$id).limit(size)
            .with(\.$links)
        if let after { query = query.filter(\.$id > after) }
        return try await query.all().map { ($0.id!, $0.content) }
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
