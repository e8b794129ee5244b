import Domain
import Foundation
import Persistence
import Web

/// A planned change's impact as the sections of its page: who it touches and whether they acknowledged it, the
/// touchpoints and handoffs reached, the people in the affected teams and the customers heard there recently.
struct ChangeImpactSections {
    let report: ChangeImpactReport
    let lookups: Lookups
    let slug: String
    let access: Access

    /// What it reaches, after who it touches.
    var reached: [DetailSection] { [touchpoints, handoffs, people, segments, customers] }

    private var changeID: UUID { report.change.id }

    var parties: DetailSection {
        let told = report.parties.count - report.unacknowledged.count
        let launch = report.change.status == .planned ? (label: "Launch…", url: Paths.step(slug, .changes, changeID, .launch)) : nil
        return DetailSection(title: "Who it touches (\(told) of \(report.parties.count) acknowledged)",
                             columns: ["Team or person", "Impact", "Through", "Today → tomorrow", "Asked", "Acknowledged"],
                             rows: report.parties.map(partyRow),
                             emptyMessage: "It reaches no team or person yet. Edit it and name the processes, systems, handoffs or touchpoints it alters.",
                             action: launch)
    }

    private func partyRow(_ party: ChangeImpactReport.Party) -> [Cell] {
        let gaps = report.gaps(for: party).map { "\(lookups.subjectLabel($0.subject)): \($0.today.isEmpty ? "(today not described)" : $0.today) → \($0.tomorrow)" }
        return [lookups.partyCell(party.party, slug: slug), levelBadge(party.level),
                .lines(party.through.map(lookups.subjectLabel)), .lines(gaps),
                party.askedUsers.isEmpty ? .muted(party.party.isTeam ? "No team lead has an account" : "No account") : .lines(party.askedUsers),
                acknowledgement(party)]
    }

    private func acknowledgement(_ party: ChangeImpactReport.Party) -> Cell {
        if let done = party.acknowledgement {
            return .badge("By \(done.acknowledgedBy), \(MomentText.utc(done.acknowledgedAt))", tone: .good)
        }
        guard report.change.status != .cancelled, canAcknowledge(party.party) else { return .badge("Not yet", tone: .warn) }
        return .group([.badge("Not yet", tone: .warn),
                       .button("Acknowledge", url: Paths.step(slug, .changes, changeID, .acknowledge), fields: ["party": party.party.formValue])])
    }

    private func canAcknowledge(_ party: ChangeParty) -> Bool {
        switch (access.role, party) {
        case (.admin, _), (.cxLead, _): true
        case (.teamLead, .team(let id)): access.ledTeams.contains(id)
        default: false
        }
    }

    var touchpoints: DetailSection {
        DetailSection(title: "Touchpoints", columns: ["Touchpoint", "Impact", "Why"],
                      rows: report.impact.touchpoints.map { affected in
                          [lookups.subjectCell(.touchpoint(affected.id), slug: slug), levelBadge(affected.level), .lines(affected.reasons.map(lookups.reasonText))]
                      },
                      emptyMessage: "No touchpoint is reached: what it alters stands behind none. Link processes and systems to their touchpoints.")
    }

    var handoffs: DetailSection {
        DetailSection(title: "Handoffs", columns: ["Handoff", "Impact", "Accountable", "Why"],
                      rows: report.impact.handoffs.map { affected in
                          let handoff = lookups.handoffs.first { $0.id == affected.id }
                          let owner = handoff.map { lookups.owner(team: $0.accountableTeamID, person: $0.accountablePersonID) } ?? ""
                          return [lookups.subjectCell(.handoff(affected.id), slug: slug), levelBadge(affected.level),
                                  owner.isEmpty ? .badge("Nobody", tone: .bad) : .text(owner), .lines(affected.reasons.map(lookups.reasonText))]
                      },
                      emptyMessage: "No handoff leads into or out of the touchpoints it reaches.")
    }

    var people: DetailSection {
        DetailSection(title: "People in the affected teams", columns: ["Team", "People", "Names"],
                      rows: report.impact.teams.map { team in
                          let people = report.people[team.id] ?? []
                          let names = people.prefix(12).map(\.name) + (people.count > 12 ? ["and \(people.count - 12) more"] : [])
                          return [lookups.partyCell(.team(team.id), slug: slug), .text("\(people.count)"),
                                  people.isEmpty ? .muted("No people recorded") : .text(names.joined(separator: ", "))]
                      },
                      emptyMessage: "No team is affected.")
    }

    var segments: DetailSection {
        let recent = report.customers
        return DetailSection(title: "Customers heard on these touchpoints since \(recent.since): \(recent.count)", columns: ["Segment", "Customers"],
                             rows: recent.segments.map { [$0.segment.isEmpty ? .muted("No segment") : .text($0.segment), .text("\($0.customers)")] },
                             emptyMessage: "No customer's feedback was placed on these touchpoints in the last \(PlannedChanges.recentDays) days.")
    }

    var customers: DetailSection {
        DetailSection(title: "Customers heard most there", columns: ["Customer", "Feedback items"],
                      rows: report.customers.top.map { [.link($0.name, url: Paths.item(slug, .customers, $0.id)), .text("\($0.items)")] },
                      emptyMessage: "Nobody to tell yet: no customer was heard on these touchpoints recently.")
    }

    private func levelBadge(_ level: ImpactLevel) -> Cell {
        let tone: Cell.Tone = switch level { case .high: .bad; case .medium: .warn; case .low: .neutral }
        return .badge(level.label, tone: tone)
    }
}
