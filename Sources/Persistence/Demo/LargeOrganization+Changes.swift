import Domain
import FluentKit
import Foundation

extension LargeOrganization {
    /// Systems behind touchpoints (one per ten teams, each behind five touchpoints) and a planned change per initiative,
    /// starting over eighteen months, each altering a system, a process and a touchpoint; every third is acknowledged by
    /// its owner team.
    func writeChanges(_ structure: Structure) async throws {
        let systemCount = max(1, counts.teams / 10)
        var systems: [SystemRecord] = [], systemLinks: [SystemTouchpointRecord] = []
        for s in 0..<systemCount {
            let record = SystemRecord(organizationID: organizationID, content: BusinessSystem(
                name: "System \(s + 1)", ownerTeamID: structure.teams[(s * 3) % structure.teams.count], description: "Behind five touchpoints."))
            record.id = id("system", s)
            systems.append(record)
            for k in 0..<5 {
                systemLinks.append(SystemTouchpointRecord(systemID: record.id!, touchpointID: structure.touchpoints[(s * 11 + k) % structure.touchpoints.count].id,
                                                          position: k))
            }
        }
        try await insert(systems)
        try await insert(systemLinks)
        try await writePlannedChanges(structure, systems: systemCount)
        try await writeInvestments()
    }

    /// One investment per ten planned changes, each paying for three changes and the initiative of the first.
    private func writeInvestments() async throws {
        var investments: [InvestmentRecord] = [], parts: [InvestmentPartRecord] = []
        for n in 0..<(counts.initiatives / 10) {
            let record = InvestmentRecord(organizationID: organizationID, content: Investment(
                title: "Investment \(n + 1)", kind: n % 2 == 0 ? .capital : .operational, cost: Decimal(50_000 * (n + 1)), currency: "EUR"))
            record.id = id("investment", n)
            investments.append(record)
            let values = (0..<3).map { (InvestmentPartRecord.Kind.change, id("planned-change", n * 10 + $0).uuidString) }
                + [(.initiative, id("initiative", n * 10).uuidString)]
            parts += values.enumerated().map { InvestmentPartRecord(investmentID: record.id!, kind: $1.0, value: $1.1, position: $0) }
        }
        try await insert(investments)
        try await insert(parts)
    }

    private func writePlannedChanges(_ structure: Structure, systems: Int) async throws {
        var changes: [PlannedChangeRecord] = [], subjects: [PlannedChangeSubjectRecord] = [], acknowledged: [ChangeAcknowledgementRecord] = []
        let kinds = ChangeKind.allCases
        for c in 0..<counts.initiatives {
            let starts = CalendarDate(year: 2026, month: 6, day: 1)!.adding(days: (c * 547) / max(counts.initiatives, 1))
            let owner = structure.teams[(c * 13) % structure.teams.count]
            let alters: [ChangeSubject] = [.system(id("system", c % systems)), .process(id("process", (c * 7) % counts.processes)),
                                           .touchpoint(structure.touchpoints[(c * 17) % structure.touchpoints.count].id)]
            let record = PlannedChangeRecord(organizationID: organizationID, content: PlannedChange(
                title: "Change \(c + 1)", kind: kinds[c % kinds.count], today: "How it is done now", tomorrow: "How it will be done",
                starts: starts, ends: c % 2 == 0 ? starts.adding(days: 60) : nil, ownerTeamID: owner, alters: alters))
            record.id = id("planned-change", c)
            changes.append(record)
            subjects += alters.enumerated().map { PlannedChangeSubjectRecord(changeID: record.id!, subject: $1, position: $0) }
            if c % 3 == 0 {
                acknowledged.append(ChangeAcknowledgementRecord(organizationID: organizationID, changeID: record.id!, party: .team(owner),
                                                                by: Actor(userID: nil, name: "Team lead \(c)"), at: starts.startDate))
            }
        }
        try await insert(changes)
        try await insert(subjects)
        try await insert(acknowledged)
    }
}
