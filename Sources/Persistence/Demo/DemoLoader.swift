import Domain
import FluentKit
import Foundation

/// What a demo load added; zero everywhere on a second run.
public struct DemoLoadSummary: Sendable, Equatable {
    public var organizationSlug: String
    public var added: Int
    public var alreadyPresent: Int
}

/// Loads a demo organization record by record, adding only what is missing.
public enum DemoLoader {
    public static func loadRiverbendWater(on db: any Database) async throws -> DemoLoadSummary {
        var summary = try await load(RiverbendWater.organization, on: db)
        let voices = try await loadRiverbendVoices(on: db)
        summary.added += voices.added
        summary.alreadyPresent += voices.present
        return summary
    }

    /// Riverbend Water and the small second organization, Harbour Gas.
    public static func loadAll(_ store: AlignStore) async throws -> [DemoLoadSummary] {
        try await loadAll(on: store.db)
    }

    static func loadAll(on db: any Database) async throws -> [DemoLoadSummary] {
        [try await loadRiverbendWater(on: db), try await load(HarbourGas.organization, on: db)]
    }

    /// Riverbend Water's touchpoint names, which synthetic feedback refers to.
    public static var riverbendTouchpointNames: [String] {
        RiverbendWater.organization.journeys.flatMap { $0.stages.flatMap { $0.touchpoints.map(\.name) } }
    }

    /// The stable id the demo gives a team, e.g. ("riverbend-water", "contact-centre").
    public static func teamID(organization slug: String, team key: String) -> UUID {
        StableID.make("\(slug)/team/\(key)")
    }

    static func load(_ demo: DemoOrganization, on db: any Database) async throws -> DemoLoadSummary {
        try await WriteGate.transaction(db) { tx in
            var run = DemoRun(db: tx, slug: demo.slug)
            let orgID = try await run.organization(demo)
            try await run.insertAll(demo, organizationID: orgID)
            return DemoLoadSummary(organizationSlug: demo.slug, added: run.added, alreadyPresent: run.present)
        }
    }
}

/// One demo load in progress: turns keys into stable ids and counts what it did.
struct DemoRun {
    let db: any Database
    let slug: String
    var added = 0
    var present = 0

    init(db: any Database, slug: String) {
        self.db = db
        self.slug = slug
    }

    func id(_ kind: String, _ key: String) -> UUID { StableID.make("\(slug)/\(kind)/\(key)") }

    mutating func organization(_ demo: DemoOrganization) async throws -> UUID {
        if let existing = try await Organizations.find(slug: demo.slug, on: db) {
            present += 1
            return existing.id!
        }
        let record = OrganizationRecord(content: Organization(name: demo.name, slug: demo.slug, purpose: demo.purpose,
                                                              brandPromise: demo.brandPromise))
        record.id = id("organization", demo.slug)
        try await record.create(on: db)
        added += 1
        return record.id!
    }

    mutating func insert<R: ContentRecord>(_ type: R.Type, _ id: UUID, _ content: R.Content, in org: UUID) async throws {
        let store = RecordStore<R>(db: db, organizationID: org)
        if try await store.find(id) != nil {
            present += 1
        } else {
            _ = try await store.create(content, id: id)
            added += 1
        }
    }

    mutating func insertAll(_ demo: DemoOrganization, organizationID org: UUID) async throws {
        for team in demo.teams where team.parent == nil { try await insertTeam(team, org) }
        for team in demo.teams where team.parent != nil { try await insertTeam(team, org) }
        for person in demo.people {
            try await insert(PersonRecord.self, id("person", person.email),
                             Person(name: person.name, email: person.email, teamID: id("team", person.team),
                                    jobTitle: person.jobTitle), in: org)
        }
        for var goal in demo.goals {
            goal.ownerPersonID = demo.goalOwners[goal.title].map { id("person", $0) }
            try await insert(StrategyGoalRecord.self, id("goal", goal.title), goal, in: org)
        }
        for journey in demo.journeys { try await insertJourney(journey, org) }
        for commitment in demo.commitments {
            let content = CharterCommitment(teamID: id("team", commitment.team), text: commitment.text, goalIDs: commitment.goals.map { id("goal", $0) },
                                            touchpointIDs: commitment.touchpoints.map { id("touchpoint", $0) }, measure: commitment.measure,
                                            status: commitment.status)
            try await insert(CommitmentRecord.self, id("commitment", commitment.text), content, in: org)
        }
        for handoff in demo.handoffs {
            let content = Handoff(fromTouchpointID: id("touchpoint", handoff.from), toTouchpointID: id("touchpoint", handoff.to),
                                  accountableTeamID: handoff.ownerTeam.map { id("team", $0) },
                                  accountablePersonID: handoff.ownerPerson.map { id("person", $0) },
                                  information: handoff.information, customerRepeats: handoff.customerRepeats)
            try await insert(HandoffRecord.self, id("handoff", handoff.key), content, in: org)
        }
        for process in demo.processes {
            let content = ProcessPolicy(kind: process.kind, name: process.name, ownerTeamID: process.ownerTeam.map { id("team", $0) },
                                        description: process.description, steps: process.steps,
                                        lastReviewed: process.lastReviewed.flatMap(CalendarDate.init),
                                        touchpointIDs: process.touchpoints.map { id("touchpoint", $0) })
            try await insert(ProcessRecord.self, id("process", process.key), content, in: org)
        }
        for customer in demo.customers { try await insertCustomer(customer, org) }
        for (index, friction) in demo.frictions.enumerated() {
            let target: FrictionTarget = switch friction.target {
            case .touchpoint(let key): .touchpoint(id("touchpoint", key))
            case .handoff(let key): .handoff(id("handoff", key))
            case .process(let key): .process(id("process", key))
            }
            let content = FrictionPoint(target: target, kind: friction.kind, description: friction.description,
                                        severity: friction.severity, source: friction.source, status: friction.status)
            try await insert(FrictionRecord.self, id("friction", "\(index)"), content, in: org)
        }
    }

    private mutating func insertTeam(_ team: DemoTeam, _ org: UUID) async throws {
        try await insert(TeamRecord.self, id("team", team.key),
                         Team(name: team.name, function: team.function, parentTeamID: team.parent.map { id("team", $0) }),
                         in: org)
    }

    private mutating func insertJourney(_ journey: DemoJourney, _ org: UUID) async throws {
        let journeyID = id("journey", journey.key)
        try await insert(JourneyRecord.self, journeyID,
                         Journey(name: journey.name, segment: journey.segment, description: journey.description), in: org)
        for stage in journey.stages {
            let stageID = id("stage", "\(journey.key)/\(stage.name)")
            try await insert(StageRecord.self, stageID,
                             Stage(journeyID: journeyID, name: stage.name, description: stage.description), in: org)
            for touchpoint in stage.touchpoints {
                let content = Touchpoint(stageID: stageID, name: touchpoint.name, channel: touchpoint.channel,
                                         owningTeamID: id("team", touchpoint.team),
                                         expectedWaitMinutes: touchpoint.waitMinutes, effortMinutes: touchpoint.effortMinutes,
                                         description: touchpoint.description)
                try await insert(TouchpointRecord.self, id("touchpoint", touchpoint.key), content, in: org)
            }
        }
    }

    private mutating func insertCustomer(_ customer: DemoCustomer, _ org: UUID) async throws {
        let customerID = id("customer", customer.accountName)
        try await insert(CustomerRecord.self, customerID,
                         Customer(accountName: customer.accountName, segment: customer.segment, valueTier: customer.valueTier),
                         in: org)
        for contact in customer.contacts {
            try await insert(ContactRecord.self, id("contact", "\(customer.accountName)/\(contact.email)"),
                             Contact(customerID: customerID, name: contact.name, role: contact.role, email: contact.email),
                             in: org)
        }
    }
}
