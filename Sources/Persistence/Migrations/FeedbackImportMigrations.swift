import FluentKit
import SQLKit

/// Adds one nullable column: SQLite takes one change per ALTER, so each column is its own migration.
struct AddColumn: AsyncMigration {
    let table: String
    let column: String
    let type: DatabaseSchema.DataType
    /// A reference, say, which SQLite allows on an added column as long as it may be null.
    var constraints: [DatabaseSchema.FieldConstraint] = []

    var name: String { "AddColumn.\(table).\(column)" }

    func prepare(on database: any Database) async throws {
        try await database.schema(table).field(.definition(name: .key(.string(column)), dataType: type, constraints: constraints)).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(table).deleteField(.string(column)).update()
    }
}

/// Creates an index by raw SQL, which both SQLite and PostgreSQL accept after the table exists.
struct AddIndex: AsyncMigration {
    let table: String
    let columns: [String]
    var unique = false

    var indexName: String { "idx_\(table)_\(columns.joined(separator: "_"))" }
    var name: String { "AddIndex.\(indexName)" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.raw("CREATE \(unsafeRaw: unique ? "UNIQUE " : "")INDEX IF NOT EXISTS \(unsafeRaw: indexName) ON \(unsafeRaw: table) (\(unsafeRaw: columns.joined(separator: ", ")))").run()
    }

    func revert(on database: any Database) async throws {
        try await (database as? any SQLDatabase)?.raw("DROP INDEX IF EXISTS \(unsafeRaw: indexName)").run()
    }
}

/// Survey scores, where and from whom feedback came, and what lets a re-import recognise a row.
let feedbackScoreMigrations: [any Migration] = [
    AddColumn(table: "feedback_items", column: "nps", type: .int),
    AddColumn(table: "feedback_items", column: "csat", type: .int),
    AddColumn(table: "feedback_items", column: "ces", type: .int),
    AddColumn(table: "feedback_items", column: "channel", type: .string),
    AddColumn(table: "feedback_items", column: "segment", type: .string),
    AddColumn(table: "feedback_items", column: "external_id", type: .string),
    AddColumn(table: "feedback_items", column: "content_hash", type: .string),
    AddColumn(table: "feedback_items", column: "import_id", type: .uuid),
    AddColumn(table: "feedback_items", column: "theme", type: .string),
    AddIndex(table: "feedback_items", columns: ["organization_id", "external_id"], unique: true),
    AddIndex(table: "feedback_items", columns: ["organization_id", "content_hash"], unique: true),
    AddIndex(table: "feedback_items", columns: ["organization_id", "theme"]),
    AddIndex(table: "feedback_items", columns: ["organization_id", "date"]),
    CreateFeedbackImports(), CreateImportRejections(), CreateFeedbackThemes(),
]

struct CreateFeedbackImports: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("feedback_imports").organizationOwned()
            .field("file_name", .string, .required).field("format", .string, .required).field("status", .string, .required)
            .field("settings", .string, .required).field("file_path", .string)
            .field("total_bytes", .int64, .required).field("bytes_read", .int64, .required).field("rows_read", .int, .required)
            .field("imported", .int, .required).field("duplicates", .int, .required).field("rejected", .int, .required)
            .field("error", .string).field("created_by", .uuid).field("finished_at", .datetime)
            .timestamps().create()
        try await createIndexes("feedback_imports", [["organization_id", "created_at"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("feedback_imports").delete() }
}

struct CreateImportRejections: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("import_rejections").id()
            .field("import_id", .uuid, .required, .references("feedback_imports", "id", onDelete: .cascade))
            .field("line", .int, .required).field("column_name", .string, .required).field("reason", .string, .required)
            .create()
        try await createIndexes("import_rejections", [["import_id", "line"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("import_rejections").delete() }
}

/// The rows an import skipped as already stored: the rule that found each, and the item it duplicates.
struct CreateImportDuplicates: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("import_duplicates").id()
            .field("import_id", .uuid, .required, .references("feedback_imports", "id", onDelete: .cascade))
            .field("line", .int, .required).field("rule", .string, .required).field("external_id", .string)
            .field("original_id", .uuid).field("original_import_id", .uuid).field("original_line", .int)
            .create()
        try await createIndexes("import_duplicates", [["import_id", "line"]], on: database)
    }

    func revert(on database: any Database) async throws { try await database.schema("import_duplicates").delete() }
}

struct CreateFeedbackThemes: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("feedback_themes").organizationOwned()
            .field("name", .string, .required).field("rank", .int, .required).field("support", .int, .required)
            .field("computed_at", .datetime, .required)
            .unique(on: "organization_id", "name").create()
    }

    func revert(on database: any Database) async throws { try await database.schema("feedback_themes").delete() }
}
