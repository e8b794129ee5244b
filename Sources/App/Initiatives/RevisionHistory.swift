import Domain
import Foundation
import Persistence
import Web

/// What initiatives changed on a process, policy or handoff, newest first, with the values before and after.
enum RevisionHistory {
    static func section(kind: RecordKind, id: UUID, _ ctx: OrgContext) async throws -> DetailSection {
        let revisions = try await ctx.scope.revisions(of: kind, id)
        // Only the names its rows show: a large organization's whole lists of people and teams are never read for them.
        let named = Set(revisions.flatMap { [UUID(uuidString: $0.before), UUID(uuidString: $0.after), $0.initiativeID].compactMap { $0 } })
        let lookups = try await Lookups.load([.teams, .people, .initiatives], ctx, only: named)
        let fieldNames = ["description": "Description", "information": "Information passed on", "accountable_team_id": "Accountable team",
                          "accountable_person_id": "Accountable person"]
        func show(_ field: String, _ value: String) -> Cell {
            if value.isEmpty { return .muted("none") }
            guard field.hasSuffix("_id"), let id = UUID(uuidString: value) else { return .text(value) }
            return .text((field == "accountable_team_id" ? lookups.team(id) : lookups.person(id)) ?? "a deleted record")
        }
        return DetailSection(
            title: "Changed by initiatives", columns: ["Applied", "Field", "Before", "After", "Initiative"],
            rows: revisions.map { revision in
                [.text(revision.appliedOn), .text(fieldNames[revision.field] ?? revision.field), show(revision.field, revision.before),
                 show(revision.field, revision.after),
                 revision.initiativeID.flatMap { lookups.initiative($0) }.map { .link($0.title, url: Paths.item(ctx.slug, .initiatives, $0.id)) }
                    ?? .muted("a deleted initiative")]
            },
            emptyMessage: "No initiative has changed it yet.")
    }
}
