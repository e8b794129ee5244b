import FluentKit
import Foundation

/// The pulse library, pulses, their links, answers and the tallies results are read from.
struct CreatePulses: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("pulse_questions").organizationOwned()
            .field("question_set", .string, .required).field("topic", .string, .required).field("kind", .string, .required)
            .field("text", .string, .required).field("position", .int, .required).timestamps().create()
        try await createIndexes("pulse_questions", [["organization_id", "question_set", "position"]], on: database)
        try await database.schema("pulses").organizationOwned()
            .field("title", .string, .required).field("question_sets", .string, .required).field("closes_on", .string, .required)
            .field("sent_on", .string).timestamps().create()
        try await createIndexes("pulses", [["organization_id", "closes_on"]], on: database)
        try await database.schema("pulse_teams").id()
            .field("pulse_id", .uuid, .required, .references("pulses", "id", onDelete: .cascade))
            .field("team_id", .uuid, .required, .references("teams", "id", onDelete: .cascade))
            .field("position", .int, .required).create()
        try await createIndexes("pulse_teams", [["pulse_id"], ["team_id"]], on: database)
        try await database.schema("pulse_items").id()
            .field("pulse_id", .uuid, .required, .references("pulses", "id", onDelete: .cascade))
            .field("position", .int, .required).field("topic", .string, .required).field("kind", .string, .required)
            .field("text", .string, .required).create()
        try await createIndexes("pulse_items", [["pulse_id", "position"]], on: database)
        try await createAnswers(on: database)
    }

    private func createAnswers(on database: any Database) async throws {
        try await database.schema("pulse_links").id()
            .field("organization_id", .uuid, .required, .references("organizations", "id", onDelete: .cascade))
            .field("pulse_id", .uuid, .required, .references("pulses", "id", onDelete: .cascade))
            .field("person_id", .uuid, .references("people", "id", onDelete: .setNull))
            .field("team_id", .uuid, .required, .references("teams", "id", onDelete: .cascade))
            .field("token", .string, .required).field("used", .bool, .required).unique(on: "token").create()
        try await createIndexes("pulse_links", [["pulse_id", "used"], ["person_id"]], on: database)
        try await database.schema("pulse_responses").id()
            .field("pulse_id", .uuid, .required, .references("pulses", "id", onDelete: .cascade))
            .field("team_id", .uuid, .required, .references("teams", "id", onDelete: .cascade))
            .field("answered_on", .string, .required).create()
        try await createIndexes("pulse_responses", [["pulse_id", "team_id"]], on: database)
        try await database.schema("pulse_answers").id()
            .field("response_id", .uuid, .required, .references("pulse_responses", "id", onDelete: .cascade))
            .field("item_id", .uuid, .required, .references("pulse_items", "id", onDelete: .cascade))
            .field("value", .int).field("text", .string).create()
        try await createIndexes("pulse_answers", [["response_id"], ["item_id"]], on: database)
        try await database.schema("pulse_tallies").id()
            .field("pulse_id", .uuid, .required, .references("pulses", "id", onDelete: .cascade))
            .field("team_id", .uuid, .required, .references("teams", "id", onDelete: .cascade))
            .field("item_id", .uuid, .required, .references("pulse_items", "id", onDelete: .cascade))
            .field("answers", .int, .required).field("favourable", .int, .required).field("neutral", .int, .required)
            .field("unfavourable", .int, .required).field("total", .int, .required)
            .unique(on: "pulse_id", "team_id", "item_id").create()
        try await database.schema("pulse_groups").id()
            .field("pulse_id", .uuid, .required, .references("pulses", "id", onDelete: .cascade))
            .field("team_id", .uuid, .required, .references("teams", "id", onDelete: .cascade))
            .field("invited", .int, .required).field("responses", .int, .required)
            .unique(on: "pulse_id", "team_id").create()
    }

    func revert(on database: any Database) async throws {
        for table in ["pulse_groups", "pulse_tallies", "pulse_answers", "pulse_responses", "pulse_links", "pulse_items", "pulse_teams", "pulses", "pulse_questions"] {
            try await database.schema(table).delete()
        }
    }
}
