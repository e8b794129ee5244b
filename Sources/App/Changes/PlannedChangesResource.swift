import Domain
import Foundation
import Persistence
import Web

/// Planned changes (a policy, a system, an outsourcing, a price…): named by what they alter, traced on their page to
/// everyone they touch, acknowledged, then launched.
struct PlannedChangesResource: Resource {
    typealias Rules = PlannedChangeRules
    static let singular = "planned change", plural = "Changes"
    static let emptyMessage = "No changes planned yet. Plan the next one (a new policy, a system, an outsourcing) and name what it alters: "
        + "Align shows everyone it touches before it happens."
    /// Names on the list and the record's facts; its impact loads the names of what it reaches alone (`Lookups.forImpact`).
    static let needs: Set<Lookups.Need> = [.teams, .initiatives]
    static let formNeeds: Set<Lookups.Need> = [.teams, .journeys, .stages, .touchpoints, .handoffs, .processes, .systems, .initiatives]
    static let columns = ["Change", "Kind", "Starts", "Owner team", "Alters", "Status"]
    static var defaults: FormInput { FormInput.from([("starts", CalendarDate.today.description)]) }

    static func title(_ item: Item, _ lookups: Lookups) -> String { item.title }

    static func listActions(slug: String) -> [(label: String, url: String)] { [("Change load", Paths.page(slug, .changeLoad)), ("Investments", Paths.list(slug, .investments))] }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("title", "Title", required: true),
         FormField("kind", "Kind", .select(option(ChangeKind.self), blank: "Choose a kind"), required: true),
         FormField("description", "Description", .textarea(rows: 3), hint: "Why it is made, and what it is meant to do."),
         FormField("today", "Today: what is done now", .textarea(rows: 3)),
         FormField("tomorrow", "Tomorrow: what will be done", .textarea(rows: 3), hint: "What the people it touches will do differently.",
                   required: true),
         FormField("starts", "Starts", .date, required: true),
         FormField("ends", "Ends", .date, hint: "The last day it is under way; leave blank when it lands at once."),
         FormField("owner_team_id", "Owner team", .select(lookups.teamOptions, blank: "No owner team")),
         FormField("initiative_id", "Initiative", .select(lookups.initiativeOptions, blank: "Not part of an initiative"),
                   hint: "Its initiative's planned changes to processes and handoffs are traced with it."),
         FormField("alters", "What it alters", .checkboxes(lookups.changeSubjectOptions), required: true)]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("status", "Status", options: option(PlannedChangeStatus.self), selected: current["status"]),
         FilterControl("kind", "Kind", options: option(ChangeKind.self), selected: current["kind"]),
         FilterControl("team_id", "Owner team", options: lookups.teamOptions, selected: current["team_id"]),
         FilterControl("initiative_id", "Initiative", options: lookups.initiativeOptions, selected: current["initiative_id"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(item.title, url: Paths.item(slug, kind, item.id)), .text(item.kind.label), .text(period(item.content)),
         item.ownerTeamID.map { .link(lookups.team($0) ?? "—", url: Paths.item(slug, .teams, $0)) } ?? .muted("—"),
         .text(counted(item.alters.count, "thing", "things")), statusBadge(item.status)]
    }

    static func period(_ change: PlannedChange) -> String {
        change.ends.map { $0 == change.starts ? change.starts.description : "\(change.starts) – \($0)" } ?? change.starts.description
    }

    static func statusBadge(_ status: PlannedChangeStatus) -> Cell {
        let tone: Cell.Tone = switch status { case .planned: .neutral; case .launched: .good; case .cancelled: .warn }
        return .badge(status.label, tone: tone)
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Kind", .text(item.kind.label)), Fact("Status", statusBadge(item.status)), Fact("When", .text(period(item.content))),
         Fact("Owner team", item.ownerTeamID.map { .link(lookups.team($0) ?? "—", url: Paths.item(slug, .teams, $0)) } ?? .muted("No owner team")),
         Fact("Initiative", item.initiativeID.map { .link(lookups.initiative($0)?.title ?? "—", url: Paths.item(slug, .initiatives, $0)) }
              ?? .muted("Not part of an initiative")),
         Fact("Description", item.description.isEmpty ? .muted("none") : .prose(item.description)),
         Fact("Today", item.today.isEmpty ? .muted("not described") : .prose(item.today)),
         Fact("Tomorrow", .prose(item.tomorrow))]
            + (item.launchedOn.map { [Fact("Launched", .text(item.launchReason.isEmpty ? $0.description : "\($0): \(item.launchReason)"))] } ?? [])
            + (item.status == .planned ? [Fact("Not going ahead?", .link("Cancel this change…", url: Paths.step(slug, .changes, item.id, .cancel)))] : [])
    }

    /// The months a team it touches goes past the organization's limit because of it.
    static func capacity(_ warnings: [ChangeLoad.Warning], limit: Int, _ lookups: Lookups, slug: String) -> DetailSection {
        DetailSection(title: "Capacity", columns: ["Team", "Month", "Load with this change"],
                      rows: warnings.map { warning in
                          [.link(lookups.team(warning.teamID) ?? "(deleted team)", url: Paths.item(slug, .teams, warning.teamID)),
                           .text(ChangeLoadModel.monthLabel(warning.month)), .badge("\(warning.load) of \(warning.limit)", tone: .bad)]
                      },
                      emptyMessage: "No team it touches goes past the organization's limit of \(limit) in any month it is under way.",
                      action: (label: "Change load", url: Paths.page(slug, .changeLoad, query: ["from": ChangeLoadModel.monthValue(
                          warnings.first?.month ?? CalendarDate.today.firstOfMonth)])))
    }

    /// The "what is changing" notes: how many customers were told, and the first few notes.
    static func told(_ id: UUID, heard: Int, _ ctx: OrgContext) async throws -> DetailSection {
        let notes = try await PlannedChanges(ctx.scope).notes(for: id)
        let customers = try await ctx.records(CustomersResource.self).some(Set(notes.first.map(\.customerID)))
        return DetailSection(title: "Customers told (\(notes.sent) of \(counted(notes.total, "note")) sent; \(heard) heard recently)",
                             columns: ["Customer", "Note", "Sent on"],
                             rows: notes.first.map { note in
                                 [.link(customers.first { $0.id == note.customerID }?.accountName ?? "—", url: Paths.item(ctx.slug, .customers, note.customerID)),
                                  .link(note.status.label, url: Paths.item(ctx.slug, .changeNotes, note.id)),
                                  note.sentOn.map { .text($0.description) } ?? .muted("—")]
                             },
                             emptyMessage: "No customer has been told yet. Draft a note for each customer heard on the touchpoints it reaches.",
                             action: (label: "Draft notes…", url: Paths.step(ctx.slug, .changes, id, .notes)))
    }

    static func sections(_ item: Item, _ lookups: Lookups, _ ctx: OrgContext) async throws -> [DetailSection] {
        let changes = PlannedChanges(ctx.scope)
        let report = try await changes.impact(of: item.id)
        let lookups = try await Lookups.forImpact(report, scope: ctx.scope)
        let sections = ChangeImpactSections(report: report, lookups: lookups, slug: ctx.slug, access: ctx.scope.access)
        return [sections.parties, capacity(try await changes.capacityWarnings(report), limit: try await changes.loadLimit(), lookups, slug: ctx.slug)]
            + sections.reached + [try await told(item.id, heard: report.customers.count, ctx)]
            + [try await RevisionHistory.section(kind: .changes, id: item.id, ctx)]
    }
}
