import Domain
import Foundation
import SQLKit

/// The feedback figures counted straight from the rows with GROUP BY, as the pages counted them before
/// figures were kept: the independent count the kept figures are compared with.
enum FiguresCountedFromRows {
    static func count(_ org: UUID, on sql: any SQLDatabase) async throws -> FigureCounts {
        var counts = FigureCounts()
        let viaTouchpoint = "JOIN feedback_touchpoints ft ON ft.feedback_id = f.id JOIN touchpoints t ON t.id = ft.touchpoint_id"
        let dimensions: [(String, String, String, Bool)] = [
            ("all", "NULL", "", false), ("month", "substr(f.date, 1, 7)", "", false), ("channel", "f.channel", "", false),
            ("segment", "f.segment", "", false), ("touchpoint", "ft.touchpoint_id", viaTouchpoint, true),
            ("stage", "t.stage_id", viaTouchpoint, true), ("journey", "t.journey_id", viaTouchpoint, true),
            // Only items an import brought count per import.
            ("import", "f.import_id", "", true),
        ]
        for scale in FeedbackFigures.scales {
            for (dimension, key, joins, isID) in dimensions {
                for row in try await sql.raw("""
                    SELECT \(unsafeRaw: key) AS k, f.\(unsafeRaw: scale) AS v, COUNT(*) AS n FROM feedback_items f \(unsafeRaw: joins)
                    WHERE f.organization_id = \(bind: org) AND f.\(unsafeRaw: scale) IS NOT NULL\(unsafeRaw: dimension == "import" ? " AND f.import_id IS NOT NULL" : "")
                    GROUP BY \(unsafeRaw: dimension == "all" ? "" : key + ", ")f.\(unsafeRaw: scale)
                    """).all() {
                    let subject = try Self.subject(row, isID: isID), n = try row.decode(column: "n", as: Int.self)
                    let value = try row.decode(column: "v", as: Int.self)
                    counts.add(FigureKey(scale, dimension, subject: subject, detail: String(value)), n)
                    counts.add(FigureKey(FeedbackFigures.totalFigure(scale), dimension, subject: subject, detail: ""), n)
                }
            }
        }
        try await themes(org, on: sql, into: &counts)
        try await legitimize(org, on: sql, into: &counts)
        try await monthScores(org, on: sql, into: &counts)
        for (dimension, column) in [("all", "NULL"), ("channel", "channel"), ("kind", "kind"), ("source", "source"), ("sentiment", "sentiment_label")] {
            for row in try await sql.raw("""
                SELECT \(unsafeRaw: column) AS k, COUNT(*) AS n FROM feedback_items WHERE organization_id = \(bind: org)
                \(unsafeRaw: dimension == "all" ? "" : "GROUP BY " + column)
                """).all() {
                counts.add(FigureKey("feedback", dimension, subject: try subject(row, isID: false), detail: "items"), try row.decode(column: "n", as: Int.self))
            }
        }
        for row in try await sql.raw("""
            SELECT substr(date, 1, 7) AS m, COUNT(*) AS n, SUM(CASE WHEN sentiment_label = 'negative' THEN 1 ELSE 0 END) AS neg
            FROM feedback_items WHERE organization_id = \(bind: org) AND date IS NOT NULL GROUP BY substr(date, 1, 7)
            """).all() {
            let month = try row.decode(column: "m", as: String.self)
            counts.add(FigureKey("feedback", "month", subject: month, detail: "items"), try row.decode(column: "n", as: Int.self))
            counts.add(FigureKey("feedback", "month", subject: month, detail: "negative"), try row.decode(column: "neg", as: Int.self))
        }
        for row in try await sql.raw("""
            SELECT t.id AS k, COUNT(*) AS n, SUM(CASE WHEN f.sentiment_label = 'negative' THEN 1 ELSE 0 END) AS neg
            FROM touchpoints t JOIN feedback_touchpoints ft ON ft.touchpoint_id = t.id JOIN feedback_items f ON f.id = ft.feedback_id
            WHERE t.organization_id = \(bind: org) AND f.organization_id = \(bind: org) GROUP BY t.id
            """).all() {
            let subject = try Self.subject(row, isID: true)
            counts.add(FigureKey("heat", "touchpoint", subject: subject, detail: "items"), try row.decode(column: "n", as: Int.self))
            counts.add(FigureKey("heat", "touchpoint", subject: subject, detail: "negative"), try row.decode(column: "neg", as: Int.self))
        }
        for row in try await sql.raw("""
            SELECT ft.touchpoint_id AS k, c.segment AS s, COUNT(*) AS n FROM feedback_touchpoints ft
            JOIN feedback_items f ON f.id = ft.feedback_id LEFT JOIN conversations v ON v.id = f.conversation_id
            JOIN customers c ON c.id = COALESCE(f.customer_id, v.customer_id)
            WHERE f.organization_id = \(bind: org) AND c.segment <> '' GROUP BY ft.touchpoint_id, c.segment
            """).all() {
            counts.add(FigureKey("segments-seen", "touchpoint", subject: try subject(row, isID: true), detail: try row.decode(column: "s", as: String.self)),
                       try row.decode(column: "n", as: Int.self))
        }
        return counts
    }

    static func themes(_ org: UUID, on sql: any SQLDatabase, into counts: inout FigureCounts) async throws {
        for row in try await sql.raw("""
            SELECT theme, COUNT(*) AS n, SUM(CASE WHEN sentiment_label = 'negative' THEN 1 ELSE 0 END) AS neg
            FROM feedback_items WHERE organization_id = \(bind: org) AND theme IS NOT NULL GROUP BY theme
            """).all() {
            let theme = try row.decode(column: "theme", as: String.self)
            counts.add(FigureKey("theme", "all", subject: theme, detail: "items"), try row.decode(column: "n", as: Int.self))
            counts.add(FigureKey("theme", "all", subject: theme, detail: "negative"), try row.decode(column: "neg", as: Int.self))
        }
        for row in try await sql.raw("""
            SELECT theme, substr(date, 1, 7) AS m, COUNT(*) AS n FROM feedback_items
            WHERE organization_id = \(bind: org) AND theme IS NOT NULL AND date IS NOT NULL GROUP BY theme, substr(date, 1, 7)
            """).all() {
            counts.add(FigureKey("theme", "month", subject: try row.decode(column: "theme", as: String.self), detail: try row.decode(column: "m", as: String.self)),
                       try row.decode(column: "n", as: Int.self))
        }
        for row in try await sql.raw("""
            SELECT f.theme AS theme, ft.touchpoint_id AS t, COUNT(*) AS n FROM feedback_items f JOIN feedback_touchpoints ft ON ft.feedback_id = f.id
            WHERE f.organization_id = \(bind: org) AND f.theme IS NOT NULL GROUP BY f.theme, ft.touchpoint_id
            """).all() {
            counts.add(FigureKey("theme", "touchpoint", subject: try row.decode(column: "theme", as: String.self),
                                 detail: try row.decode(column: "t", as: UUID.self).uuidString), try row.decode(column: "n", as: Int.self))
        }
        for row in try await sql.raw("""
            SELECT theme, import_id AS i, COUNT(*) AS n FROM feedback_items
            WHERE organization_id = \(bind: org) AND theme IS NOT NULL AND import_id IS NOT NULL GROUP BY theme, import_id
            """).all() {
            counts.add(FigureKey("theme", "import", subject: try row.decode(column: "theme", as: String.self),
                                 detail: try row.decode(column: "i", as: UUID.self).uuidString), try row.decode(column: "n", as: Int.self))
        }
    }

    /// Per item, as Legitimize's old aggregates grouped them: confirmed links per friction, and frictions or
    /// negative comments with no confirmed link per theme; summed here so negativity adds up exactly.
    static func legitimize(_ org: UUID, on sql: any SQLDatabase, into counts: inout FigureCounts) async throws {
        let columns = """
            f.priority AS p, f.date AS d, f.sentiment_score AS s,
            CASE c.value_tier WHEN 'strategic' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END AS tier
            """
        let confirmed = try await sql.raw("""
            SELECT l.friction_id AS k, \(unsafeRaw: columns) FROM friction_links l JOIN feedback_items f ON f.id = l.feedback_id
            LEFT JOIN customers c ON c.id = f.customer_id WHERE l.organization_id = \(bind: org) AND l.status = 'confirmed'
            """).all()
        for row in confirmed { try add(row, "legit.confirmed", "friction", subject: try subject(row, isID: true), to: &counts) }
        let unexplained = try await sql.raw("""
            SELECT f.theme AS k, \(unsafeRaw: columns) FROM feedback_items f LEFT JOIN customers c ON c.id = f.customer_id
            WHERE f.organization_id = \(bind: org) AND (f.kind = 'friction' OR f.sentiment_label = 'negative')
            AND NOT EXISTS (SELECT 1 FROM friction_links l WHERE l.feedback_id = f.id AND l.status = 'confirmed')
            """).all()
        for row in unexplained { try add(row, "legit.unexplained", "theme", subject: try subject(row, isID: false), to: &counts) }
        for row in try await sql.raw("""
            SELECT friction_id, theme, COUNT(*) AS n FROM friction_links WHERE organization_id = \(bind: org) AND status = 'proposed'
            GROUP BY friction_id, theme
            """).all() {
            let n = try row.decode(column: "n", as: Int.self)
            counts.add(FigureKey("legit.proposed", "friction", subject: try row.decode(column: "friction_id", as: UUID.self).uuidString, detail: "items"), n)
            if let theme = try row.decode(column: "theme", as: String?.self) { counts.add(FigureKey("legit.proposed", "theme", subject: theme, detail: "items"), n) }
        }
    }

    static func add(_ row: any SQLRow, _ figure: String, _ dimension: String, subject: String?, to counts: inout FigureCounts) throws {
        func add(_ detail: String, _ n: Int) { counts.add(FigureKey(figure, dimension, subject: subject, detail: detail), n) }
        add("items", 1)
        if let priority = try row.decode(column: "p", as: Int?.self) {
            add("priority.sum", priority)
            add("priority.count", 1)
        }
        add("tier.\(try row.decode(column: "tier", as: Int.self))", 1)
        if let score = try row.decode(column: "s", as: Double?.self), score < 0 { add("negativity", Int((-score * 1e9).rounded())) }
        if let date = try row.decode(column: "d", as: String?.self) { counts.add(FigureKey(figure + ".date", dimension, subject: subject, detail: date), 1) }
    }

    /// Per touchpoint, month and scale: answers, good ones (NPS 9–10, CSAT 4–5, CES 5–7) and NPS detractors (0–6).
    static func monthScores(_ org: UUID, on sql: any SQLDatabase, into counts: inout FigureCounts) async throws {
        for (scale, good) in [("nps", 9), ("csat", 4), ("ces", 5)] {
            for row in try await sql.raw("""
                SELECT ft.touchpoint_id AS k, substr(f.date, 1, 7) AS m, f.\(unsafeRaw: scale) AS v, COUNT(*) AS n
                FROM feedback_items f JOIN feedback_touchpoints ft ON ft.feedback_id = f.id
                WHERE f.organization_id = \(bind: org) AND f.\(unsafeRaw: scale) IS NOT NULL AND f.date IS NOT NULL
                GROUP BY ft.touchpoint_id, substr(f.date, 1, 7), f.\(unsafeRaw: scale)
                """).all() {
                let subject = try Self.subject(row, isID: true), month = try row.decode(column: "m", as: String.self)
                let value = try row.decode(column: "v", as: Int.self), n = try row.decode(column: "n", as: Int.self)
                func add(_ part: String) { counts.add(FigureKey("month-score", "touchpoint", subject: subject, detail: "\(month)|\(scale)|\(part)"), n) }
                add("n")
                if value >= good { add("good") }
                if scale == "nps" && value <= 6 { add("bad") }
            }
        }
    }

    static func subject(_ row: any SQLRow, isID: Bool) throws -> String? {
        if try row.decodeNil(column: "k") { return nil }
        return isID ? try row.decode(column: "k", as: UUID.self).uuidString : try row.decode(column: "k", as: String.self)
    }
}
