import Domain
import Foundation
import Persistence
import Vapor
import Web

/// The concrete changes an initiative makes to processes, policies and handoffs: today versus tomorrow.
struct InitiativeChangesResource: Resource {
    typealias Record = InitiativeChangeRecord
    static let kind = RecordKind.initiativeChanges, singular = "planned change", plural = "Planned changes"
    static let navSection = "initiatives"
    static let emptyMessage = "No changes planned yet. Open an initiative and say what each process, policy or handoff does today and will do tomorrow."
    static let needs: Set<Lookups.Need> = [.teams, .people, .touchpoints, .stages, .journeys, .handoffs, .processes, .initiatives]
    static let columns = ["Initiative", "Changes", "Today", "Tomorrow", "Applied"]

    static func title(_ item: Item, _ lookups: Lookups) -> String {
        "\(target(item.target, lookups)) · \(lookups.initiative(item.initiativeID)?.title ?? "initiative")"
    }

    static func target(_ target: ChangeTarget, _ lookups: Lookups) -> String {
        switch target {
        case .process(let id): lookups.process(id) ?? "Process"
        case .handoff(let id): lookups.handoffs.first { $0.id == id }.map { "Handoff " + lookups.handoffLabel($0) } ?? "Handoff"
        }
    }

    static func targetURL(_ target: ChangeTarget, slug: String) -> String {
        switch target {
        case .process(let id): Paths.item(slug, .processes, id)
        case .handoff(let id): Paths.item(slug, .handoffs, id)
        }
    }

    /// The initiative's owning teams: whoever owns the initiative plans its changes.
    static func owningTeams(_ content: InitiativeChange, _ ctx: OrgContext) async throws -> Set<UUID> {
        guard let initiative = try await ctx.store(InitiativeRecord.self).find(content.initiativeID) else { return [] }
        return try await InitiativesResource.owningTeams(initiative.content, ctx)
    }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("initiative_id", "Initiative", .select(lookups.initiativeOptions, blank: "Choose an initiative"), required: true),
         FormField("target", "What changes", .select(lookups.processes.map { .init("process:\($0.id.uuidString)", $0.name, group: "Processes & policies") }
            + lookups.handoffs.map { .init("handoff:\($0.id.uuidString)", lookups.handoffLabel($0), group: "Handoffs") },
            blank: "Choose a process, policy or handoff"), required: true),
         FormField("today", "Today: what is done now", .textarea(rows: 4), hint: "Leave blank to use its current text."),
         FormField("tomorrow", "Tomorrow: what will be done", .textarea(rows: 4),
                   hint: "Becomes the process's description (or the handoff's text) when the initiative is done.", required: true),
         FormField("new_accountable_team_id", "New accountable team (handoffs only)", .select(lookups.teamOptions, blank: "No change")),
         FormField("new_accountable_person_id", "New accountable person (handoffs only)", .select(lookups.personOptions, blank: "No change"))]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("initiative_id", "Initiative", options: lookups.initiativeOptions, selected: current["initiative_id"]),
         FilterControl("applied", "Applied", options: [.init("yes", "Applied"), .init("no", "Not yet")], selected: current["applied"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(lookups.initiative(item.initiativeID)?.title ?? "—", url: Paths.item(slug, .initiatives, item.initiativeID)),
         .link(target(item.target, lookups), url: targetURL(item.target, slug: slug)),
         item.today.isEmpty ? .muted("current text") : .text(String(item.today.prefix(140))), .text(String(item.tomorrow.prefix(140))),
         item.appliedOn.map { .badge("Applied \($0)", tone: .good) } ?? .muted("Not yet")]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Initiative", .link(lookups.initiative(item.initiativeID)?.title ?? "—", url: Paths.item(slug, .initiatives, item.initiativeID))),
         Fact("What changes", .link(target(item.target, lookups), url: targetURL(item.target, slug: slug))),
         Fact("Today", item.today.isEmpty ? .muted("Its current text, recorded when applied") : .text(item.today)),
         Fact("Tomorrow", .text(item.tomorrow)),
         Fact("New accountable owner", item.changesOwner ? .text(lookups.owner(team: item.newAccountableTeamID, person: item.newAccountablePersonID))
              : .muted("No change")),
         Fact("Applied", item.appliedOn.map { .text($0.description) } ?? .muted("When the initiative is done"))]
    }

    static func references(_ content: InitiativeChange) -> [Reference] {
        var references = [Reference(field: "initiative_id", label: "Initiative", kind: .initiatives, id: content.initiativeID)]
        switch content.target {
        case .process(let id): references.append(Reference(field: "target", label: "What changes", kind: .processes, id: id))
        case .handoff(let id): references.append(Reference(field: "target", label: "What changes", kind: .handoffs, id: id))
        }
        if let team = content.newAccountableTeamID { references.append(Reference(field: "new_accountable_team_id", label: "New accountable team", kind: .teams, id: team)) }
        if let person = content.newAccountablePersonID {
            references.append(Reference(field: "new_accountable_person_id", label: "New accountable person", kind: .people, id: person))
        }
        return references
    }

    /// An applied change is history; a change cannot join an initiative that is already done.
    static func validate(_ content: InitiativeChange, existing: InitiativeChangeRecord?, _ ctx: OrgContext) async throws {
        if existing?.content.appliedOn != nil {
            throw ValidationFailure(field: "tomorrow", message: "This change was applied when its initiative was done; it is history now and cannot be edited.")
        }
        if let initiative = try await ctx.store(InitiativeRecord.self).find(content.initiativeID)?.content, [.done, .verified].contains(initiative.status) {
            throw ValidationFailure(field: "initiative_id", message: "“\(initiative.title)” is already \(initiative.status.label.lowercased()); plan the change in a new initiative.")
        }
    }

    static func deletionBlocker(_ record: InitiativeChangeRecord, _ ctx: OrgContext) async throws -> String? {
        record.content.appliedOn == nil ? nil : "This change was applied on \(record.content.appliedOn!); it stays as part of the record's history."
    }

    static func afterSave(_ item: Item, slug: String) -> String { Paths.item(slug, .initiatives, item.initiativeID) }
    static func afterDelete(_ item: Item, slug: String) -> String { Paths.item(slug, .initiatives, item.initiativeID) }
}
