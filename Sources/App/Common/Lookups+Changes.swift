import Domain
import Foundation
import Persistence
import Web

/// Naming and linking what planned changes alter, and whom they touch.
extension Lookups {
    /// The names a change's impact shows, and no others: what it alters and reaches, the teams, people and handoffs'
    /// touchpoints, with their stages and journeys.
    static func forImpact(_ report: ChangeImpactReport, scope: OrgScope) async throws -> Lookups {
        let impact = report.impact
        let handoffIDs = Set(impact.handoffs.map(\.id) + report.subjects.compactMap { if case .handoff(let id) = $0 { id } else { nil } })
        let handoffs = try await Records<HandoffRules>(scope).some(handoffIDs)
        var ids = Set(report.subjects.map(\.id) + impact.touchpoints.map(\.id) + impact.teams.map(\.id) + impact.people.map(\.id))
        ids.formUnion(handoffs.flatMap { [$0.fromTouchpointID, $0.toTouchpointID] + [$0.accountableTeamID, $0.accountablePersonID].compactMap { $0 } })
        ids.formUnion([report.change.ownerTeamID, report.change.initiativeID].compactMap { $0 })
        var lookups = try await load([.teams, .people, .touchpoints, .stages, .journeys, .initiatives], scope: scope, only: ids)
        lookups.handoffs = handoffs
        lookups.processes = try await Records<ProcessRules>(scope).some(ids)
        lookups.systems = try await Records<SystemRules>(scope).some(ids)
        return lookups
    }

    /// Everything a change can alter, grouped by kind, as `kind:ID` choices.
    var changeSubjectOptions: [FormField.Option] {
        processes.map { .init(ChangeSubject.process($0.id).formValue, $0.name, group: "Processes & policies") }
            + systems.map { .init(ChangeSubject.system($0.id).formValue, $0.name, group: "Systems") }
            + handoffs.map { .init(ChangeSubject.handoff($0.id).formValue, handoffLabel($0), group: "Handoffs") }
            + orderedTouchpoints.map { .init(ChangeSubject.touchpoint($0.id).formValue, touchpointPath($0.id), group: "Touchpoints") }
            + teams.map { .init(ChangeSubject.team($0.id).formValue, $0.name, group: "Teams") }
    }

    func change(_ id: UUID?) -> Stored<PlannedChange>? { id.flatMap { id in changes.first { $0.id == id } } }
    var changeOptions: [FormField.Option] { changes.map { .init($0.id.uuidString, $0.title, group: $0.status.label) } }

    func system(_ id: UUID?) -> String? { id.flatMap { id in systems.first { $0.id == id }?.name } }

    func handoff(_ id: UUID) -> String? { handoffs.first { $0.id == id }.map(handoffLabel) }

    /// "Process · Billing disputes", or "(deleted)" for something no longer here.
    func subjectLabel(_ subject: ChangeSubject) -> String { "\(subject.kindLabel) · \(subjectName(subject))" }

    func subjectName(_ subject: ChangeSubject) -> String {
        let name: String? = switch subject {
        case .process(let id): process(id)
        case .system(let id): system(id)
        case .handoff(let id): handoff(id)
        case .touchpoint(let id): touchpoint(id) == nil ? nil : touchpointPath(id)
        case .team(let id): team(id)
        }
        return name ?? "(deleted)"
    }

    func subjectCell(_ subject: ChangeSubject, slug: String) -> Cell {
        .link(subjectLabel(subject), url: Paths.item(slug, PlannedChangeRules.recordKind(of: subject), subject.id))
    }

    func partyLabel(_ party: ChangeParty) -> String {
        switch party {
        case .team(let id): team(id) ?? "(deleted team)"
        case .person(let id): person(id) ?? "(deleted person)"
        }
    }

    func partyCell(_ party: ChangeParty, slug: String) -> Cell {
        switch party {
        case .team(let id): .link(partyLabel(party), url: Paths.item(slug, .teams, id))
        case .person(let id): .link(partyLabel(party), url: Paths.item(slug, .people, id))
        }
    }

    /// Why a touchpoint, handoff, team or person is reached, in words.
    func reasonText(_ reason: ChangeImpact.Reason) -> String {
        switch reason {
        case .altered: "The change names it"
        case .behind(let subject): "Behind it: \(subjectLabel(subject))"
        case .handoffFrom(let id): "Leaves \(touchpointPath(id))"
        case .handoffInto(let id): "Arrives at \(touchpointPath(id))"
        case .owns(let subject): "Owns \(subjectLabel(subject))"
        case .accountableFor(let id): "Accountable for handoff \(handoff(id) ?? "(deleted)")"
        }
    }
}

extension ChangeSubject {
    var kindLabel: String {
        switch self {
        case .process: "Process"
        case .handoff: "Handoff"
        case .touchpoint: "Touchpoint"
        case .system: "System"
        case .team: "Team"
        }
    }
}
