import Domain
import FluentKit
import Foundation
import SQLKit

/// Figures kept as feedback arrives, so pages read counters instead of counting every item.
let figureMigrations: [any Migration] = [
    // The heat view quotes each touchpoint's most negative items, read in order from this index.
    AddColumn(table: "feedback_touchpoints", column: "quote_score", type: .double), FillQuoteScores(),
    AddIndex(table: "feedback_touchpoints", columns: ["touchpoint_id", "quote_score", "feedback_id"]),
    CreateFeedbackFigures(), CreateFeedbackFigureStates(),
    // The themes page quotes each theme's newest items, newest date first and then by id.
    AddOrderedIndex(indexName: "idx_feedback_items_theme_newest", table: "feedback_items", columns: "organization_id, theme, date DESC, id"),
    // The feedback list, newest first, whole or filtered by what people filter it by most, read in order.
    AddOrderedIndex(indexName: "idx_feedback_items_list", table: "feedback_items", columns: "organization_id, created_at DESC, id"),
    AddOrderedIndex(indexName: "idx_feedback_items_list_channel", table: "feedback_items", columns: "organization_id, channel, created_at DESC, id"),
    AddOrderedIndex(indexName: "idx_feedback_items_list_kind", table: "feedback_items", columns: "organization_id, kind, created_at DESC, id"),
    AddOrderedIndex(indexName: "idx_feedback_items_list_sentiment", table: "feedback_items",
                    columns: "organization_id, sentiment_label, created_at DESC, id"),
    AddOrderedIndex(indexName: "idx_feedback_items_list_theme", table: "feedback_items", columns: "organization_id, theme, created_at DESC, id"),
    AddIndex(table: "feedback_items", columns: ["import_id"]),
    // Finding the signed-in person on the People list by email, as Nurture's "mine" does on every visit.
    AddOrderedIndex(indexName: "idx_people_email_lower", table: "people", columns: "organization_id, lower(email)"),
    // Each theme's first touchpoints on the themes page, most items first, read in order.
    AddOrderedIndex(indexName: "idx_feedback_figures_ranked", table: "feedback_figures",
                    columns: "organization_id, figure, dimension, subject, n DESC, detail", bytewiseOnPostgres: "detail"),
    // The moment an item was given, when its source says (an import's date with a time).
    AddColumn(table: "feedback_items", column: "occurred_at", type: .datetime),
    // The lease of a running import: who runs it, and when it last said so.
    AddColumn(table: "feedback_imports", column: "heartbeat_at", type: .datetime),
    AddColumn(table: "feedback_imports", column: "lease_token", type: .string),
    // The line an imported item came from, so a later row it duplicates can name it.
    AddColumn(table: "feedback_items", column: "import_line", type: .int), CreateImportDuplicates(),
    // The TheyDo insight each imported friction point came from, by its importKey.
    CreateFrictionInsights(),
    // Who answers for a strategy goal, and by when it should be reached.
    AddColumn(table: "strategy_goals", column: "owner_person_id", type: .uuid, constraints: [.references("people", "id", onDelete: .setNull)]),
    AddColumn(table: "strategy_goals", column: "horizon", type: .string),
    // What each team commits to in its charter.
    CreateCommitments(),
    // Each charter's review date, versions and approval.
    CreateCharters(),
    // The organization's anonymity threshold for pulses, and when people started and left.
    AddColumn(table: "organizations", column: "anonymity_threshold", type: .int),
    AddColumn(table: "people", column: "started_on", type: .string),
    AddColumn(table: "people", column: "left_on", type: .string),
    // Pulses: the question library, pulses and their one-time links, answers and tallies.
    CreatePulses(),
    // Whether each charter commitment was kept; escalations between teams; the organization's 4C health limits.
    AddColumn(table: "commitments", column: "status", type: .string), CreateEscalations(), CreateHealthSettings(),
    // Journey walks, their steps, and the friction points each found.
    CreateWalks(),
    AddColumn(table: "friction_points", column: "walk_id", type: .uuid, constraints: [.references("journey_walks", "id", onDelete: .setNull)]),
    AddIndex(table: "friction_points", columns: ["walk_id"]),
    // The 4C health counts each team's headcount and leavers from this index alone, not from 50,000 rows.
    AddIndex(table: "people", columns: ["organization_id", "team_id", "left_on"]),
    // Teams' KPIs with their values and declared effects, and the customer outcomes they act on.
    CreateMetrics(),
    // The customer-centricity model, its chosen levels and assessments.
    CreateCentricity(),
    // A charter commitment measured by a KPI; deleting the KPI leaves the commitment with its measure in words.
    AddColumn(table: "commitments", column: "kpi_id", type: .uuid, constraints: [.references("kpis", "id", onDelete: .setNull)]),
    // Systems behind touchpoints, which planned changes can alter.
    CreateSystems(),
    // Planned changes, what each alters, and who has acknowledged them.
    CreatePlannedChanges(),
    // The limit on each team's weighted change load in a month.
    CreateChangeSettings(),
    // "What is changing" notes to the customers a planned change reaches.
    CreateChangeNotes(),
    // The alignment index, kept month by month.
    CreateAlignmentSnapshots(),
    // Planned investments and the changes, initiatives, blind spots and KPI rewards each groups.
    CreateInvestments(),
    // Each team's monthly one-pager, kept as made.
    CreateTeamOnePagers(),
    // Last, so it runs again whenever what the figures count changes (see its name).
    CountFeedbackFigures(),
]

/// Sets `quote_score` on the links of negative items with words, as `FeedbackTouchpointRecord.quoteScore` does.
struct FillQuoteScores: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await (database as? any SQLDatabase)?.raw("""
            UPDATE feedback_touchpoints SET quote_score = (SELECT f.sentiment_score FROM feedback_items f WHERE f.id = feedback_touchpoints.feedback_id
                AND f.sentiment_label = 'negative' AND TRIM(f.text) <> '')
            """).run()
    }

    func revert(on database: any Database) async throws {}
}

/// An index whose columns carry a direction, so a query sorted the same way reads it in order.
struct AddOrderedIndex: AsyncMigration {
    let indexName: String
    let table: String
    let columns: String
    /// A column that queries order bytewise on PostgreSQL (`COLLATE "C"`, as SQLite always does); the index must too.
    var bytewiseOnPostgres: String?

    var name: String { "AddOrderedIndex.\(indexName)" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        var columns = columns
        if let column = bytewiseOnPostgres, sql.dialect.name == "postgresql" {
            columns = columns.replacingOccurrences(of: column, with: "\(column) COLLATE \"C\"")
        }
        try await sql.raw("CREATE INDEX IF NOT EXISTS \(unsafeRaw: indexName) ON \(unsafeRaw: table) (\(unsafeRaw: columns))").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as? any SQLDatabase)?.raw("DROP INDEX IF EXISTS \(unsafeRaw: indexName)").run()
    }
}

/// One counter per row; `FigureKey` names it.
struct CreateFeedbackFigures: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("feedback_figures")
            .field("organization_id", .uuid, .required, .references("organizations", "id", onDelete: .cascade))
            .field("figure", .string, .required).field("dimension", .string, .required)
            .field("subject", .string, .required).field("detail", .string, .required)
            .field("n", .int64, .required)
            .unique(on: "organization_id", "figure", "dimension", "subject", "detail")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("feedback_figures").delete() }
}

/// Per organization: the row every figure writer locks, and whether a recount is due
/// (`generation` ahead of `built_generation`).
struct CreateFeedbackFigureStates: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("feedback_figure_states")
            .field("organization_id", .uuid, .required, .references("organizations", "id", onDelete: .cascade))
            .field("generation", .int64, .required).field("built_generation", .int64, .required)
            .field("changes", .int64, .required).field("built_at", .datetime)
            .unique(on: "organization_id")
            .create()
    }

    func revert(on database: any Database) async throws { try await database.schema("feedback_figure_states").delete() }
}

/// Counts the figures of every organization afresh. Its name carries `FeedbackFigures.definitions`, so
/// a release that counts something new (or differently) recounts every organization once on migrating.
struct CountFeedbackFigures: AsyncMigration {
    var name: String { "CountFeedbackFigures.v\(FeedbackFigures.definitions)" }

    func prepare(on database: any Database) async throws {
        for organization in try await OrganizationRecord.query(on: database).all(\.$id) {
            try await FeedbackFigureStore.rebuild(organization, on: database)
        }
    }

    func revert(on database: any Database) async throws {}
}
