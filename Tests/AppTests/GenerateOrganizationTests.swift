@testable import App
import Domain
import Foundation
import Persistence
import SQLKit
import Testing
import VaporTesting

/// `align generate organization`: the generated organization has the sizes asked for, is the same for
/// the same seed, keeps exact figures, and every page a person uses daily opens on it.
@Suite struct GenerateOrganizationTests {
    @Test func theSmallOrganizationHasItsSizesIsTheSameForTheSameSeedAndEveryDailyPageOpens() async throws {
        try await TestApp.run { t in
            let counts = try await LargeOrganization.generate(.small, seed: 7, on: t.app.db)
            let org = try #require(try await Organizations.find(slug: LargeOrganization.slug, on: t.app.db)).id!
            let sql = t.app.db as! any SQLDatabase
            for (table, expected) in [("teams", counts.teams), ("touchpoints", counts.touchpoints), ("customers", counts.customers),
                                      ("people", counts.people), ("feedback_items", counts.feedback), ("friction_points", counts.frictions),
                                      ("initiatives", counts.initiatives), ("planned_changes", counts.initiatives)] {
                let found = try await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table) WHERE organization_id = \(bind: org)").first()?
                    .decode(column: "n", as: Int.self)
                #expect(found == expected, "\(table)")
            }
            let themed = try await sql.raw("SELECT COUNT(*) AS n FROM feedback_items WHERE organization_id = \(bind: org) AND theme IS NOT NULL")
                .first()?.decode(column: "n", as: Int.self) ?? 0
            #expect(themed > 0)
            #expect(try await FeedbackFigureStore.all(org, on: t.app.db) == FeedbackFigureStore.recount(org, on: t.app.db))
            let first = try await digest(org, sql)

            try await sql.raw("DELETE FROM organizations WHERE id = \(bind: org)").run()
            _ = try await LargeOrganization.generate(.small, seed: 7, on: t.app.db)
            #expect(try await digest(org, sql) == first)
            await #expect(throws: Conflict.self) { try await LargeOrganization.generate(.small, seed: 7, on: t.app.db) }

            try await t.join(LargeOrganization.slug, t.me, Access(role: .admin))
            let journey = try await sql.raw("SELECT id FROM journeys WHERE organization_id = \(bind: org) ORDER BY name LIMIT 1").first()!
                .decode(column: "id", as: UUID.self)
            let customer = LargeOrganization.id(7, "customer", 0)
            for path in ["", "/scores", "/themes", "/legitimize", "/initiatives/board", "/nurture", "/feedback?channel=SMS%20survey",
                         "/journeys/\(journey)", "/journeys/\(journey)?view=heat", "/customers/\(customer)"] {
                let response = try await t.send(.GET, "/orgs/\(LargeOrganization.slug)\(path)")
                #expect(response.status == .ok, "\(path): \(response.status)")
            }
        }
    }

    /// What the generated feedback says, in id order, so two generations can be compared.
    func digest(_ org: UUID, _ sql: any SQLDatabase) async throws -> [String] {
        try await sql.raw("""
            SELECT id, text, nps, theme, date FROM feedback_items WHERE organization_id = \(bind: org) ORDER BY id
            """).all().map { row in
            "\(try row.decode(column: "id", as: UUID.self)) \(try row.decode(column: "text", as: String.self)) "
                + "\(try row.decode(column: "nps", as: Int?.self) ?? -1) \(try row.decode(column: "theme", as: String?.self) ?? "") "
                + (try row.decode(column: "date", as: String?.self) ?? "")
        }
    }
}
