import Domain
import Foundation
import Persistence

/// A planned change's impact in the API and on the command line, every id named.
struct ChangeImpactResult: Encodable {
    struct Named: Encodable { let kind: String, id: UUID, name: String }
    struct Gap: Encodable { let subject: Named, today: String, tomorrow: String }
    struct Acknowledged: Encodable { let by: String, at: Date }
    struct Party: Encodable {
        let kind: String, id: UUID, name: String, level: String
        let through: [Named], gaps: [Gap], asked: [String]
        let acknowledged: Acknowledged?
    }
    struct Reached: Encodable { let id: UUID, name: String, level: String, reasons: [String] }
    struct TeamPeople: Encodable { let teamID: UUID, team: String, count: Int, names: [String] }
    struct Segment: Encodable { let segment: String, customers: Int }
    struct Customer: Encodable { let id: UUID, name: String, items: Int }
    struct Customers: Encodable { let since: String, count: Int, segments: [Segment], top: [Customer] }
    struct CapacityWarning: Encodable { let teamID: UUID, team: String, month: String, load: Int, limit: Int }

    let change: Stored<PlannedChange>
    let alters: [Named]
    let parties: [Party]
    let acknowledged: Int
    let toAcknowledge: Int
    let capacityWarnings: [CapacityWarning]
    let touchpoints: [Reached]
    let handoffs: [Reached]
    let people: [TeamPeople]
    let customers: Customers

    init(_ report: ChangeImpactReport, warnings: [ChangeLoad.Warning], lookups: Lookups) {
        func named(_ subject: ChangeSubject) -> Named {
            Named(kind: subject.kind, id: subject.id, name: lookups.subjectName(subject))
        }
        change = report.change
        alters = report.subjects.map(named)
        parties = report.parties.map { party in
            Party(kind: party.party.isTeam ? "team" : "person", id: party.party.id, name: lookups.partyLabel(party.party), level: party.level.label.lowercased(),
                  through: party.through.map(named), gaps: report.gaps(for: party).map { Gap(subject: named($0.subject), today: $0.today, tomorrow: $0.tomorrow) },
                  asked: party.askedUsers, acknowledged: party.acknowledgement.map { Acknowledged(by: $0.acknowledgedBy, at: $0.acknowledgedAt) })
        }
        acknowledged = report.parties.count - report.unacknowledged.count
        toAcknowledge = report.unacknowledged.count
        capacityWarnings = warnings.map {
            CapacityWarning(teamID: $0.teamID, team: lookups.team($0.teamID) ?? "", month: String($0.month.description.prefix(7)), load: $0.load, limit: $0.limit)
        }
        touchpoints = report.impact.touchpoints.map {
            Reached(id: $0.id, name: lookups.touchpointPath($0.id), level: $0.level.label.lowercased(), reasons: $0.reasons.map(lookups.reasonText))
        }
        handoffs = report.impact.handoffs.map {
            Reached(id: $0.id, name: lookups.handoff($0.id) ?? "", level: $0.level.label.lowercased(), reasons: $0.reasons.map(lookups.reasonText))
        }
        people = report.impact.teams.map { team in
            let people = report.people[team.id] ?? []
            return TeamPeople(teamID: team.id, team: lookups.team(team.id) ?? "", count: people.count, names: people.map(\.name))
        }
        let recent = report.customers
        customers = Customers(since: recent.since.description, count: recent.count, segments: recent.segments.map { Segment(segment: $0.segment, customers: $0.customers) },
                              top: recent.top.map { Customer(id: $0.id, name: $0.name, items: $0.items) })
    }
}
