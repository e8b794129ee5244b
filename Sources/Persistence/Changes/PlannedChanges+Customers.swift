import Domain
import FluentKit
import Foundation
import SQLKit

extension PlannedChanges {
    /// Customers whose feedback (given directly, in a conversation or through an import) was placed on these touchpoints
    /// on or after `since`, counted in the database: per segment, and the most heard by name.
    func recentCustomers(_ touchpoints: [UUID], since: CalendarDate) async throws -> ChangeImpactReport.RecentCustomers {
        guard let sql = scope.db as? any SQLDatabase, !touchpoints.isEmpty else {
            return .init(since: since, count: 0, segments: [], top: [])
        }
        let heard: SQLQueryString = """
            WITH heard AS (
              SELECT COALESCE(i.customer_id, v.customer_id) AS customer, COUNT(DISTINCT i.id) AS n
              FROM feedback_touchpoints l JOIN feedback_items i ON i.id = l.feedback_id
              LEFT JOIN conversations v ON v.id = i.conversation_id
              WHERE l.touchpoint_id IN (\(binds: touchpoints)) AND i.date >= \(bind: since.description)
                AND COALESCE(i.customer_id, v.customer_id) IS NOT NULL
              GROUP BY COALESCE(i.customer_id, v.customer_id))
            """
        var segments: [(segment: String, customers: Int)] = []
        for row in try await sql.raw(heard + """
             SELECT c.segment AS segment, COUNT(*) AS k FROM heard h JOIN customers c ON c.id = h.customer
             GROUP BY c.segment ORDER BY COUNT(*) DESC, c.segment
            """).all() {
            segments.append((try row.decode(column: "segment", as: String.self), try row.decode(column: "k", as: Int.self)))
        }
        var top: [(id: UUID, name: String, items: Int)] = []
        for row in try await sql.raw(heard + """
             SELECT c.id AS id, c.account_name AS name, h.n AS n FROM heard h JOIN customers c ON c.id = h.customer
             ORDER BY h.n DESC, c.account_name, c.id LIMIT \(unsafeRaw: String(ChangeImpactReport.RecentCustomers.shown))
            """).all() {
            top.append((try row.decode(column: "id", as: UUID.self), try row.decode(column: "name", as: String.self),
                        try row.decode(column: "n", as: Int.self)))
        }
        return .init(since: since, count: segments.reduce(0) { $0 + $1.customers }, segments: segments, top: top)
    }
}
