@testable import App
import Domain
import Foundation
import Persistence
import SQLKit
import Testing
import VaporTesting

/// The queries behind the pages read through indexes: no full scan of feedback, its links, kept figures
/// or friction links, and lists come out of an index in order rather than sorted afterwards. On SQLite
/// from EXPLAIN QUERY PLAN; on PostgreSQL from EXPLAIN with sequential scans priced out, so a plan that
/// still scans has no index to use.
@Suite struct QueryPlanTests {
    static let org = UUID(), id = UUID()
    static let large = ["feedback_items", "feedback_touchpoints", "feedback_figures", "friction_links", "people"]

    /// (what it is for, the query, whether it must come out in index order)
    static func queries(postgres: Bool) -> [(String, SQLQueryString, Bool)] {
        let bytewise = postgres ? " COLLATE \"C\"" : ""
        let inOrder = "ORDER BY created_at DESC, id LIMIT 25"
        let anchorTime = SQLQueryString("(SELECT created_at FROM feedback_items WHERE id = \(bind: id))")
        let after = SQLQueryString("created_at <= \(anchorTime) AND (created_at < \(anchorTime) OR id > \(bind: id))")
        let before = SQLQueryString("created_at >= \(anchorTime) AND (created_at > \(anchorTime) OR id < \(bind: id))")
        return [
            ("kept figures of a dimension", "SELECT figure, subject, detail, n FROM feedback_figures WHERE organization_id = \(bind: org) AND figure IN (\(bind: "nps"), \(bind: "csat")) AND dimension = \(bind: "month") AND n <> 0", false),
            ("kept figures of some subjects", "SELECT figure, subject, detail, n FROM feedback_figures WHERE organization_id = \(bind: org) AND figure IN (\(bind: "heat")) AND dimension = \(bind: "touchpoint") AND subject IN (\(bind: "+a"), \(bind: "+b")) AND n <> 0", false),
            ("a theme's first touchpoints", "SELECT subject, detail, n FROM feedback_figures WHERE organization_id = \(bind: org) AND figure = \(bind: "theme") AND dimension = \(bind: "touchpoint") AND subject = \(bind: "+wait") AND n <> 0 ORDER BY n DESC, detail\(unsafeRaw: bytewise) LIMIT 4", true),
            ("a person by email", "SELECT id FROM people WHERE organization_id = \(bind: org) AND lower(email) = \(bind: "a@b.example")", false),
            ("newest evidence per subject", "SELECT subject, MAX(detail) AS newest FROM feedback_figures WHERE organization_id = \(bind: org) AND figure = \(bind: "legit.confirmed.date") AND dimension = \(bind: "friction") AND n <> 0 GROUP BY subject", false),
            ("a theme's newest quotes", "SELECT id, text FROM feedback_items WHERE organization_id = \(bind: org) AND theme = \(bind: "wait") AND text <> '' ORDER BY date DESC, id LIMIT 3", true),
            ("a touchpoint's most negative quotes", "SELECT feedback_id, quote_score AS score FROM feedback_touchpoints WHERE touchpoint_id = \(bind: id) AND quote_score IS NOT NULL ORDER BY quote_score, feedback_id LIMIT 3", true),
            ("the quoted items of two touchpoints", """
                SELECT q.touchpoint_id, f.id, f.text FROM (SELECT * FROM (SELECT touchpoint_id, feedback_id FROM feedback_touchpoints WHERE touchpoint_id = \(bind: id) AND quote_score IS NOT NULL ORDER BY quote_score, feedback_id LIMIT 3) AS q0
                UNION ALL SELECT * FROM (SELECT touchpoint_id, feedback_id FROM feedback_touchpoints WHERE touchpoint_id = \(bind: org) AND quote_score IS NOT NULL ORDER BY quote_score, feedback_id LIMIT 3) AS q1) AS q
                JOIN feedback_items f ON f.id = q.feedback_id
                """, false),
            ("the feedback list", "SELECT id FROM feedback_items WHERE organization_id = \(bind: org) \(unsafeRaw: inOrder)", true),
            ("the feedback list after an item", "SELECT id FROM feedback_items WHERE organization_id = \(bind: org) AND \(after) \(unsafeRaw: inOrder)", true),
            ("the feedback list by channel after an item", "SELECT id FROM feedback_items WHERE organization_id = \(bind: org) AND channel = \(bind: "Email") AND \(after) \(unsafeRaw: inOrder)", true),
            ("the feedback list before an item", "SELECT id FROM feedback_items WHERE organization_id = \(bind: org) AND \(before) ORDER BY created_at, id DESC LIMIT 25", true),
            ("the feedback list by channel", "SELECT id FROM feedback_items WHERE organization_id = \(bind: org) AND channel = \(bind: "Email") \(unsafeRaw: inOrder)", true),
            ("the feedback list by kind", "SELECT id FROM feedback_items WHERE organization_id = \(bind: org) AND kind = \(bind: "friction") \(unsafeRaw: inOrder)", true),
            ("the feedback list by sentiment", "SELECT id FROM feedback_items WHERE organization_id = \(bind: org) AND sentiment_label = \(bind: "negative") \(unsafeRaw: inOrder)", true),
            ("the feedback list by theme", "SELECT id FROM feedback_items WHERE organization_id = \(bind: org) AND theme = \(bind: "wait") \(unsafeRaw: inOrder)", true),
            ("the feedback list by touchpoint", "SELECT id FROM feedback_items WHERE organization_id = \(bind: org) AND id IN (SELECT feedback_id FROM feedback_touchpoints WHERE touchpoint_id = \(bind: id)) \(unsafeRaw: inOrder)", false),
            ("a customer's feedback", "SELECT id FROM feedback_items WHERE organization_id = \(bind: org) AND customer_id = \(bind: id)", false),
            ("an item's confirmed links", "SELECT friction_id FROM friction_links WHERE feedback_id = \(bind: id) AND status = 'confirmed'", false),
            ("waiting proposals", "SELECT friction_id, theme, COUNT(*) AS n FROM friction_links WHERE organization_id = \(bind: org) AND status = 'proposed' GROUP BY friction_id, theme", false),
        ]
    }

    @Test func pageQueriesReadThroughIndexes() async throws {
        try await TestApp.run(withUser: false) { t in
            let sql = t.app.db as! any SQLDatabase
            let postgres = sql.dialect.name == "postgresql"
            if postgres { try await sql.raw("SET enable_seqscan = off").run() }
            for (purpose, query, ordered) in Self.queries(postgres: postgres) {
                let plan = try await Self.plan(query, sql, postgres: postgres)
                for table in Self.large {
                    // SQLite's SCAN reads a whole table or index; SEARCH reads the range an index gives.
                    let scans = postgres ? plan.contains("Seq Scan on \(table)")
                        : plan.split(separator: "\n").contains { $0.hasPrefix("SCAN \(table)") || $0.hasPrefix("SCAN f") || $0.hasPrefix("SCAN ft") }
                    #expect(!scans, "\(purpose) scans \(table):\n\(plan)")
                }
                if ordered {
                    let sorts = postgres ? plan.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("->  Sort") || $0.hasPrefix("Sort") }
                        : plan.contains("USE TEMP B-TREE FOR ORDER BY")
                    #expect(!sorts, "\(purpose) sorts instead of reading an index in order:\n\(plan)")
                }
            }
        }
    }

    static func plan(_ query: SQLQueryString, _ sql: any SQLDatabase, postgres: Bool) async throws -> String {
        let explain: SQLQueryString = (postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + query
        let rows = try await sql.raw(explain).all()
        return try rows.map { try $0.decode(column: postgres ? "QUERY PLAN" : "detail", as: String.self) }.joined(separator: "\n")
    }
}
