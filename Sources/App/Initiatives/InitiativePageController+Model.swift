import Domain
import Foundation
import Persistence
import Vapor
import Web

extension InitiativePageController {
    static func model(_ id: UUID, _ ctx: OrgContext) async throws -> InitiativePageModel {
        let detail = try await ctx.initiatives.detail(id)
        let item = detail.initiative, slug = ctx.slug
        let lookups = try await Lookups.load([.teams, .people, .frictions, .processes, .handoffs, .touchpoints, .stages, .journeys, .initiatives, .customers], ctx)
        return InitiativePageModel(
            id: item.id, slug: slug, title: item.title, status: item.status,
            facts: InitiativesResource.facts(item, lookups, slug: slug) + [
                Fact("Done", item.doneOn.map { .text($0.description) } ?? .muted("Not yet")),
                Fact("Verified", item.verifiedOn.map { .text($0.description) } ?? .muted("Not yet"))],
            moves: detail.canMove
                ? InitiativeWorkflow.moves(from: item.status).map { move(item.status, $0, openNeeds: detail.openNeeds, changes: detail.changes.count) } : [],
            moveRefusal: detail.canMove ? (item.status == .verified ? "Verified: the loop is closed." : nil)
                : "As \(ctx.access.role.label.lowercased()) you may read this initiative; its owners, CX leads and administrators move it.",
            history: detail.history.map {
                InitiativePageModel.HistoryEntry(from: $0.from, to: $0.to, by: $0.by, at: $0.at.formatted(.iso8601.year().month().day()), note: $0.note)
            },
            frictions: frictionRows(item, detail.confirmedItems, lookups, slug: slug),
            themes: item.themes.map { [.link($0, url: Paths.theme(slug, $0))] },
            changes: detail.changes.map { changeRow($0, lookups, slug: slug) },
            needs: detail.needs.map { needRow($0, lookups, slug: slug) },
            openNeeds: detail.openNeeds,
            fatigue: detail.fatigueForecast.map { FatigueText.describe($0, lookups: lookups, settings: detail.settings) },
            effect: detail.effect, effectTouchpoints: detail.effectTouchpoints,
            closingNotes: detail.closingNotes.map { closingNoteRow($0, lookups, slug: slug) },
            canEdit: detail.canMove)
    }

    static func frictionRows(_ item: Stored<Initiative>, _ confirmed: [UUID: Int], _ lookups: Lookups, slug: String) -> [[Cell]] {
        item.frictionIDs.compactMap { lookups.friction($0) }.map { friction in
            [.link(friction.description, url: Paths.item(slug, .frictions, friction.id)), .text("\(friction.severity)"),
             confirmed[friction.id].map { .badge("Confirmed by \(counted($0, "feedback item"))", tone: .good) } ?? .muted("Not confirmed by customers"),
             .badge(friction.status.label, tone: friction.status == .open ? .bad : .good)]
        }
    }

    static func changeRow(_ change: Stored<InitiativeChange>, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(InitiativeChangesResource.target(change.target, lookups), url: Paths.item(slug, .initiativeChanges, change.id)),
         change.today.isEmpty ? .muted("its current text") : .text(change.today), .text(change.tomorrow),
         change.changesOwner ? .text(lookups.owner(team: change.newAccountableTeamID, person: change.newAccountablePersonID)) : .muted("—"),
         change.appliedOn.map { .badge("Applied \($0)", tone: .good) } ?? .muted("When done")]
    }

    static func needRow(_ need: Stored<CapabilityNeed>, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(CapabilityNeedsResource.title(need, lookups), url: Paths.item(slug, .capabilityNeeds, need.id)), .text(need.kind.label),
         need.teamID.map { .link(lookups.team($0) ?? "—", url: Paths.item(slug, .teams, $0)) } ?? .muted("—"),
         .text(need.dueDate.description), CapabilityNeedsResource.statusBadge(need)]
    }

    static func closingNoteRow(_ note: ClosingNote, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(lookups.customer(note.customerID) ?? "Customer", url: Paths.item(slug, .customers, note.customerID)),
         note.status == .shared ? .badge("Told on \(note.sharedOn ?? "")", tone: .good) : .badge("Waiting for their next check-in", tone: .warn)]
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
