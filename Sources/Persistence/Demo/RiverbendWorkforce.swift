import Domain
import FluentKit
import Foundation

/// Riverbend's whole workforce beside the named people: about 300 employees with start dates, Field
/// Operations' leavers of the last year, and a four-person Enterprise Architecture team that stays below
/// the anonymity threshold. Generated the same way on every load.
enum RiverbendWorkforce {
    struct Employee {
        let name: String
        let email: String
        let team: String
        let jobTitle: String
        let startedOn: CalendarDate
        let leftOn: CalendarDate?
    }

    /// How many people each team has beyond the named ones, and their usual job title.
    static let headcount: [(team: String, count: Int, title: String)] = [
        ("contact-centre", 68, "Customer Advisor"), ("billing", 34, "Billing Advisor"), ("field-ops", 58, "Network Technician"),
        ("metering", 24, "Meter Reader"), ("new-connections", 28, "Connections Officer"), ("marketing", 13, "Communications Officer"),
        ("digital", 23, "Developer"), ("hr", 10, "People Advisor"), ("leadership", 5, "Director"), ("enterprise-architecture", 2, "Solution Architect"),
    ]

    /// Field Operations lost this many people over the last twelve months.
    static let fieldLeavers = 11

    static let firstNames = ["Amara", "Ben", "Carys", "Dev", "Elena", "Femi", "Gwen", "Hamza", "Isla", "Jonas", "Keira", "Luca", "Maya", "Nico",
                             "Orla", "Pavel", "Quinn", "Rosa", "Sami", "Tara", "Uma", "Viktor", "Wren", "Yusuf", "Zoe", "Arjun", "Bea", "Callum"]
    static let lastNames = ["Adeyemi", "Brennan", "Costa", "Davies", "Eriksen", "Fischer", "Garcia", "Hughes", "Iqbal", "Jensen", "Khan", "Lewis",
                            "Murphy", "Novak", "Okafor", "Price", "Quigley", "Rossi", "Singh", "Turner", "Usman", "Varga", "Walsh", "Young"]

    /// Leavers left in the twelve months before `today`, so the demo shows them whenever it is loaded.
    static func employees(today: CalendarDate) -> [Employee] {
        var random = SplitMix64(seed: 0x00C4_7EA1)
        var result: [Employee] = []
        var number = 0
        for entry in headcount {
            for index in 0..<entry.count {
                number += 1
                let first = firstNames[number % firstNames.count], last = lastNames[(number * 7) % lastNames.count]
                let started = CalendarDate(year: 2010 + random.below(16), month: 1 + random.below(12), day: 1 + random.below(28))!
                let leaves = entry.team == "field-ops" && index < fieldLeavers
                let left = leaves ? today.adding(days: -(15 + index * 29)) : nil
                result.append(Employee(name: "\(first) \(last)", email: "\(first.lowercased()).\(last.lowercased()).\(number)@riverbendwater.example",
                                       team: entry.team, jobTitle: entry.title, startedOn: started, leftOn: left))
            }
        }
        return result
    }
}

extension DemoRun {
    /// The generated workforce, each with a stable id from their email.
    mutating func insertWorkforce(organizationID org: UUID) async throws {
        for employee in RiverbendWorkforce.employees(today: .today) {
            try await insert(PersonRecord.self, id("person", employee.email),
                             Person(name: employee.name, email: employee.email, teamID: id("team", employee.team), jobTitle: employee.jobTitle,
                                    startedOn: employee.startedOn, leftOn: employee.leftOn), in: org)
        }
    }
}

extension RiverbendWorkforce {
    /// The demo key of the team with this id, e.g. "billing"; "" for a team the demo did not make.
    static func teamKey(_ id: UUID, organization slug: String) -> String {
        RiverbendWater.organization.teams.map(\.key).first { DemoLoader.teamID(organization: slug, team: $0) == id } ?? ""
    }
}

extension RiverbendWorkforce {
    /// Escalations of the last weeks: Field Operations passing problems to the Contact Centre, and it to Metering.
    static func escalations(today: CalendarDate) -> [(from: String, to: String, daysAgo: Int, reason: String)] {
        [("field-ops", "contact-centre", 12, "Customer called four times about a leak the crew had already fixed; nobody told the Contact Centre."),
         ("field-ops", "contact-centre", 33, "Road closure complaints came to the crew on site instead of the Contact Centre."),
         ("field-ops", "contact-centre", 58, "Repair notes not passed on: the customer repeated the whole story."),
         ("contact-centre", "metering", 21, "Disputed bill waiting for a meter read for three weeks."),
         ("contact-centre", "metering", 70, "Estimated read questioned again after the customer sent a photo.")]
    }

    /// The limits Riverbend chose: a water utility's NPS runs low, so it watches for a fall below −50.
    static let limits = HealthLimits(favourableBelow: 60, npsBelow: -50, openFrictionsAbove: 5, leaverRateAbove: 15, communityIssuesAbove: 6,
                                     commitmentsKeptBelow: 70)
}

extension DemoRun {
    /// The escalations, and the organization's health limits unless it has chosen its own.
    mutating func insertEscalationsAndLimits(organizationID org: UUID, today: CalendarDate) async throws {
        for escalation in RiverbendWorkforce.escalations(today: today) {
            try await insert(EscalationRecord.self, id("escalation", "\(escalation.from)/\(escalation.to)/\(escalation.reason)"),
                             Escalation(fromTeamID: id("team", escalation.from), toTeamID: id("team", escalation.to),
                                        date: today.adding(days: -escalation.daysAgo), reason: escalation.reason), in: org)
        }
        guard try await HealthSettingsRecord.query(on: db).filter(\.$organizationID == org).first() == nil else { present += 1; return }
        let record = HealthSettingsRecord()
        record.organizationID = org
        record.apply(RiverbendWorkforce.limits)
        try await record.create(on: db)
        added += 1
    }
}
