import Domain
import FluentKit
import Foundation

extension LargeOrganization {
    /// An outcome per journey on its first stage's touchpoints, two KPIs per team (one rewarded up, one down) with
    /// a year of monthly values, and effects: every up KPI raises its journey's outcome, every tenth team's down KPI
    /// lowers the next journey's, so conflicts are found at the size the page is built for.
    func writeMetrics(_ structure: Structure, today: CalendarDate) async throws {
        let perJourney = counts.stagesPerJourney * counts.touchpointsPerStage
        try await insert((0..<counts.journeys).map { journey in
            let record = CustomerOutcomeRecord(organizationID: organizationID, content: CustomerOutcome(name: "Outcome of journey \(journey + 1)"))
            record.id = id("outcome", journey)
            return record
        })
        try await insert((0..<counts.journeys).flatMap { journey in
            (0..<counts.touchpointsPerStage).map { position in
                let place = OutcomePlaceRecord(outcomeID: id("outcome", journey), stageID: nil, touchpointID: id("touchpoint", journey * perJourney + position),
                                               position: position)
                place.id = id("outcome-place-\(journey)", position)
                return place
            }
        })
        var kpis: [KPIRecord] = [], values: [KPIValueRecord] = [], effects: [KPIEffectRecord] = []
        for (index, team) in structure.teams.enumerated() {
            for (offset, rewarded) in [RewardedDirection.up, .down].enumerated() {
                let number = index * 2 + offset
                let kpi = KPIRecord(organizationID: organizationID, content: KPI(teamID: team, name: "KPI \(number + 1)", unit: "%", rewarded: rewarded))
                kpi.id = id("kpi", number)
                kpis.append(kpi)
                values += (0..<12).map { month in
                    let value = KPIValueRecord(organizationID: organizationID, content: KPIValue(
                        kpiID: kpi.id!, period: today.firstOfMonth.adding(months: month - 12), value: Double(50 + (number * 7 + month * 3) % 40)))
                    value.id = id("kpi-value-\(number)", month)
                    return value
                }
                guard counts.journeys > 0, rewarded == .up || index % 10 == 0 else { continue }
                let effect = KPIEffectRecord(organizationID: organizationID, content: KPIEffect(
                    kpiID: kpi.id!, target: .outcome(id("outcome", (index + offset) % counts.journeys)), sign: rewarded == .up ? .raises : .lowers,
                    reason: rewarded == .up ? "Better service on the journey" : "Faster, shorter contacts"))
                effect.id = id("kpi-effect", number)
                effects.append(effect)
            }
        }
        try await insert(kpis)
        try await insert(values)
        try await insert(effects)
    }
}

extension LargeOrganization {
    /// Align's six competencies, a target for each, and a quarter's assessment by forty people for two years.
    func writeCentricity(today: CalendarDate) async throws {
        let competencies = Competency.builtIn.enumerated().map { index, competency in
            let record = CompetencyRecord(organizationID: organizationID, content: competency)
            record.id = id("competency", index)
            return record
        }
        try await insert(competencies)
        try await insert(competencies.enumerated().map { index, competency in
            let record = CentricityTargetRecord(organizationID: organizationID, content: CentricityTarget(
                competencyID: competency.id!, level: 3 + index % 2, reason: "Where a utility of this size needs to be"))
            record.id = id("centricity-target", index)
            return record
        })
        var assessments: [CentricityAssessmentRecord] = []
        for (index, competency) in competencies.enumerated() {
            for round in 0..<8 {
                for assessor in 0..<40 {
                    let record = CentricityAssessmentRecord(organizationID: organizationID, content: CentricityAssessment(
                        competencyID: competency.id!, assessor: "Assessor \(assessor + 1)", level: 1 + (index + round / 3 + assessor % 3) % 5,
                        date: today.adding(months: -3 * round)))
                    record.id = id("centricity-assessment-\(index)-\(round)", assessor)
                    assessments.append(record)
                }
            }
        }
        try await insert(assessments)
    }
}
