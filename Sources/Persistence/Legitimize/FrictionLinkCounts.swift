import Domain
import FluentKit
import Foundation
import SQLKit

public enum FrictionLinkCounts {
    /// For each friction with confirmed links, how many feedback items customers gave that confirm it.
    public static func confirmedItems(_ organizationID: UUID, frictionIDs: [UUID]? = nil, on db: any Database) async throws -> [UUID: Int] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        if let frictionIDs, frictionIDs.isEmpty { return [:] }
        let only = frictionIDs.map { SQLQueryString("AND friction_id IN (\(binds: $0))") } ?? SQLQueryString("")
        let rows = try await sql.raw("""
            SELECT friction_id AS f, COUNT(DISTINCT feedback_id) AS n FROM friction_links
            WHERE organization_id = \(bind: organizationID) AND status = 'confirmed' AND feedback_id IS NOT NULL \(only)
            GROUP BY friction_id
            """).all()
        var result: [UUID: Int] = [:]
        for row in rows { result[try row.decode(column: "f", as: UUID.self)] = try row.decode(column: "n", as: Int.self) }
        return result
    }
}
