import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Web

extension InitiativePageController {
    static func model(_ record: InitiativeRecord, _ ctx: OrgContext) async throws -> InitiativePageModel {
        let item = record.stored, slug = ctx.slug
        let lookups = try await Lookups.load([.teams, .people, .frictions, .processes, .handoffs, .touchpoints, .stages, .journeys, .initiatives], ctx)
        let id = item.id.uuidString
        let changes = try await ctx.store(InitiativeChangeRecord.self).all(filters: ListFilters(["initiative_id": id]))
        let needs = try await ctx.store(CapabilityNeedRecord.self).all(filters: ListFilters(["initiative_id": id]))
        let openNeeds = needs.filter(\.isOpen).count
        let owning = try await InitiativesResource.owningTeams(item.content, ctx)
        let canMove = ctx.access.allows(.update, .initiatives, owningTeams: owning)
        let settings = try await NurtureSettingsStore.settings(ctx.id, on: ctx.db)
        let history = try await InitiativeStatusChangeRecord.history(of: item.id, on: ctx.db).map {
            InitiativePageModel.HistoryEntry(from: $0.from, to: $0.to, by: $0.byName, at: ($0.createdAt ?? Date()).formatted(.iso8601.year().month().day()),
                                             note: $0.note)
        }
        let confirmed = try await FrictionLinkCounts.confirmedItems(ctx.id, frictionIDs: item.frictionIDs, on: ctx.db)
        var effect: InitiativeEffect?
        var touchpointCount = 0
        if let doneOn = item.doneOn {
            let touchpoints = try await InitiativeInsights.touchpoints(of: item.content, id: item.id, organizationID: ctx.id, on: ctx.db)
            touchpointCount = touchpoints.count
            effect = try await InitiativeInsights.effect(touchpoints: touchpoints, doneOn: doneOn, windowDays: 90, today: .today,
                                                         organizationID: ctx.id, on: ctx.db)
        }
        return InitiativePageModel(
            id: item.id, slug: slug, title: item.title, status: item.status,
            facts: InitiativesResource.facts(item, lookups, slug: slug) + [
                Fact("Done", item.doneOn.map { .text($0.description) } ?? .muted("Not yet")),
                Fact("Verified", item.verifiedOn.map { .text($0.description) } ?? .muted("Not yet"))],
            moves: canMove ? InitiativeWorkflow.moves(from: item.status).map { move(item.status, $0, openNeeds: openNeeds, changes: changes.count) } : [],
            moveRefusal: canMove ? (item.status == .verified ? "Verified: the loop is closed." : nil)
                : "As \(ctx.access.role.label.lowercased()) you may read this initiative; its owners, CX leads and administrators move it.",
            history: history,
            frictions: item.frictionIDs.compactMap { lookups.friction($0) }.map { friction in
                [.link(friction.description, url: Paths.item(slug, "frictions", friction.id)), .text("\(friction.severity)"),
                 confirmed[friction.id].map { .badge("Confirmed by \(counted($0, "feedback item"))", tone: .good) } ?? .muted("Not confirmed by customers"),
                 .badge(friction.status.label, tone: friction.status == .open ? .bad : .good)]
            },
            themes: item.themes.map { [.link($0, url: Paths.list(slug, "themes") + "#" + Slug.make(from: $0))] },
            changes: changes.map { change in
                [.link(InitiativeChangesResource.target(change.target, lookups), url: Paths.item(slug, "initiative-changes", change.id)),
                 change.today.isEmpty ? .muted("its current text") : .text(change.today), .text(change.tomorrow),
                 change.changesOwner ? .text(lookups.owner(team: change.newAccountableTeamID, person: change.newAccountablePersonID)) : .muted("—"),
                 change.appliedOn.map { .badge("Applied \($0)", tone: .good) } ?? .muted("When done")]
            },
            needs: needs.map { need in
                [.link(CapabilityNeedsResource.title(need, lookups), url: Paths.item(slug, "capability-needs", need.id)), .text(need.kind.label),
                 need.teamID.map { .link(lookups.team($0) ?? "—", url: Paths.item(slug, "teams", $0)) } ?? .muted("—"),
                 .text(need.dueDate.description), CapabilityNeedsResource.statusBadge(need)]
            },
            openNeeds: openNeeds,
            fatigue: item.status == .inProgress ? try await fatigueForecast(changes, settings: settings, lookups: lookups, ctx) : [],
            effect: effect, effectTouchpoints: touchpointCount,
            closingNotes: try await closingNotes(item.id, lookups: lookups, ctx),
            canEdit: canMove)
    }

    static func move(_ from: InitiativeStatus, _ to: InitiativeStatus, openNeeds: Int, changes: Int) -> InitiativePageModel.Move {
        let forward = InitiativeWorkflow.next(from) == to
        let consequence: String
        switch to {
        case .done:
            consequence = "Marking it done applies its \(counted(changes, "planned change")) to the processes, policies and handoffs (their earlier text is kept in their history) and marks its open frictions addressed. There is no going back from done."
        case .verified:
            consequence = "Verify it once the change is seen to work: the customers whose feedback it answered are queued for a “here is what we changed” note at their next check-in."
        default:
            consequence = forward ? "Move it forward to \(to.label.lowercased())." : "Move it back to \(to.label.lowercased())."
        }
        return .init(status: to, label: forward ? "Mark \(to.label.lowercased())" : "Back to \(to.label.lowercased())",
                     consequence: consequence, needsReason: to == .done && openNeeds > 0)
    }

    /// What applying this initiative's changes today would do to change fatigue, in words.
    static func fatigueForecast(_ changes: [Stored<InitiativeChange>], settings: NurtureSettings, lookups: Lookups, _ ctx: OrgContext) async throws -> [String] {
        let today = CalendarDate.today
        let applied = try await InitiativeInsights.appliedChanges(organizationID: ctx.id, since: today.adding(days: -settings.fatigueWindowDays), on: ctx.db)
        let planned = try await InitiativeInsights.fatigueChanges(changes.filter { $0.appliedOn == nil }.map { ($0.id, $0.content, today) },
                                                                  organizationID: ctx.id, on: ctx.db)
        return ChangeFatigue.forecast(applied: applied, planned: planned, limit: settings.fatigueLimit, windowDays: settings.fatigueWindowDays, today: today)
            .map { FatigueText.describe($0, lookups: lookups, settings: settings) }
    }

    static func closingNotes(_ id: UUID, lookups: Lookups, _ ctx: OrgContext) async throws -> [[Cell]] {
        let notes = try await ClosingNoteRecord.query(on: ctx.db).filter(\.$organizationID == ctx.id).filter(\.$initiativeID == id).all()
        let customers = try await Lookups.load([.customers], ctx)
        return notes.map { note in
            [.link(customers.customer(note.customerID) ?? "Customer", url: Paths.item(ctx.slug, "customers", note.customerID)),
             note.status == .shared ? .badge("Told on \(note.sharedOn ?? "")", tone: .good) : .badge("Waiting for their next check-in", tone: .warn)]
        }
    }
}

/// Change-fatigue warnings in words.
enum FatigueText {
    static func describe(_ warning: ChangeFatigue.Warning, lookups: Lookups, settings: NurtureSettings) -> String {
        let subject: String
        switch warning.subject {
        case .touchpoint(let id): subject = "Touchpoint “\(lookups.touchpointPath(id))”"
        case .segment(let name): subject = "Customers in the “\(name)” segment"
        }
        return "\(subject): \(warning.count) process changes since \(warning.since) (the organization's limit is \(settings.fatigueLimit) in \(settings.fatigueWindowDays) days)."
    }
}
