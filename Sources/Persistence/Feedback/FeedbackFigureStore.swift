import Domain
import FluentKit
import Foundation
import SQLKit

/// Keeps an organization's feedback figures (`FeedbackFigures`) in `feedback_figures`, one row per
/// counter, so pages read a few indexed rows instead of counting every item. Every writer first bumps
/// the organization's row in `feedback_figure_states` inside its transaction: on PostgreSQL that row
/// lock puts the writers of one organization, and a recount, one after the other, so no count is
/// lost or counted twice whatever number of `align serve` processes write.
public enum FeedbackFigureStore {
    /// Adds the counts in the caller's transaction (or in one of its own).
    public static func add(_ counts: FigureCounts, organizationID: UUID, on db: any Database) async throws {
        guard !counts.isEmpty, let sql = db as? any SQLDatabase else { return }
        _ = try await lock(organizationID, on: sql)
        try await upsert(counts, organizationID: organizationID, on: sql)
    }

    /// Takes the organization's figure lock and answers the generation of its figures.
    @discardableResult
    static func lock(_ organizationID: UUID, on sql: any SQLDatabase) async throws -> Int {
        let row = try await sql.raw("""
            INSERT INTO feedback_figure_states (organization_id, generation, built_generation, changes)
            VALUES (\(bind: organizationID), 0, 0, 1)
            ON CONFLICT (organization_id) DO UPDATE SET changes = feedback_figure_states.changes + 1
            RETURNING generation
            """).first()
        return try row?.decode(column: "generation", as: Int.self) ?? 0
    }

    static func upsert(_ counts: FigureCounts, organizationID: UUID, on sql: any SQLDatabase) async throws {
        let rows = Array(counts.counts)
        for start in stride(from: 0, to: rows.count, by: 1_000) {
            var values: [SQLQueryString] = []
            for (key, n) in rows[start..<min(start + 1_000, rows.count)] {
                values.append("(\(bind: organizationID), \(bind: key.figure), \(bind: key.dimension), \(bind: key.subject), \(bind: key.detail), \(bind: n))")
            }
            try await sql.raw("""
                INSERT INTO feedback_figures (organization_id, figure, dimension, subject, detail, n)
                VALUES \(values.joined(separator: ", "))
                ON CONFLICT (organization_id, figure, dimension, subject, detail) DO UPDATE SET n = feedback_figures.n + excluded.n
                """).run()
        }
    }

    /// The non-zero counters of the given figures in one dimension, for every subject or the ones given.
    /// With `detail`, only the counters of that detail (one import's themes).
    public static func read(_ organizationID: UUID, figures: [String], dimension: String, subjects: [String]? = nil, detail: String? = nil,
                            on db: any Database) async throws -> [(key: FigureKey, count: Int)] {
        guard let sql = db as? any SQLDatabase else { return [] }
        if let subjects, subjects.isEmpty { return [] }
        var only = subjects.map { SQLQueryString("AND subject IN (\(binds: $0))") } ?? ""
        if let detail { only = only + SQLQueryString(" AND detail = \(bind: detail)") }
        return try await sql.raw("""
            SELECT figure, subject, detail, n FROM feedback_figures
            WHERE organization_id = \(bind: organizationID) AND figure IN (\(binds: figures)) AND dimension = \(bind: dimension) \(only) AND n <> 0
            """).all().map { row in
            (FigureKey(try row.decode(column: "figure", as: String.self), dimension,
                       encodedSubject: try row.decode(column: "subject", as: String.self), detail: try row.decode(column: "detail", as: String.self)),
             try row.decode(column: "n", as: Int.self))
        }
    }

    /// Every counter of the organization as kept, for comparing with a recount.
    public static func all(_ organizationID: UUID, on db: any Database) async throws -> FigureCounts {
        guard let sql = db as? any SQLDatabase else { return FigureCounts() }
        var counts = FigureCounts()
        for row in try await sql.raw("""
            SELECT figure, dimension, subject, detail, n FROM feedback_figures WHERE organization_id = \(bind: organizationID) AND n <> 0
            """).all() {
            counts.add(FigureKey(try row.decode(column: "figure", as: String.self), try row.decode(column: "dimension", as: String.self),
                                 encodedSubject: try row.decode(column: "subject", as: String.self),
                                 detail: try row.decode(column: "detail", as: String.self)), try row.decode(column: "n", as: Int.self))
        }
        return counts
    }
}
