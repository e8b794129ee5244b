import Domain
import FluentKit
import Foundation

/// Riverbend's chosen centricity levels and two rounds of assessment a quarter apart by four people. Journey management
/// is assessed above what the records back (not every handoff has an accountable team), for Align to flag.
enum RiverbendCentricity {
    static let assessors = ["Priya Raman", "Daniel Osei", "Marta Kowalski", "Sam Adeyemi"]

    /// (competency key, target level, why, initiatives, KPIs, commitments).
    static let targets: [(key: String, level: Int, reason: String, initiatives: [String], kpis: [String], commitments: [String])] = [
        ("leadership", 4, "A regulated monopoly still loses its licence on trust: the board reviews customer outcomes each quarter.", [], [], []),
        (Competency.customerInsight, 4, "Complaints to the regulator start as feedback we already hold; themes must reach the teams.",
         ["restored-notice"], [], ["We call back within the slot we offered."]),
        (Competency.journeyManagement, 4, "Most complaints sit between two teams; every handoff needs an owner.", ["billing-callbacks", "metering-same-day"], [], []),
        ("employee-enablement", 3, "People on the phone must be able to settle a bill question without a supervisor.", [], [],
         ["Whoever answers owns the question until the customer says it is sorted."]),
        (Competency.measuresIncentives, 4, "Sales, the contact centre and billing are each rewarded for something customers pay for.", ["dispute-pause"],
         ["on-date", "app-answers", "dispute-reads"], []),
        ("continuous-improvement", 3, "Changes to supply and billing reach customers; they must be told before, not after.", [], [], []),
    ]

    /// Per competency, each assessor's level three months ago and now.
    static let levels: [String: (before: [Int], now: [Int])] = [
        "leadership": ([2, 2, 3, 2], [3, 2, 3, 3]),
        Competency.customerInsight: ([2, 3, 2, 2], [3, 3, 2, 3]),
        Competency.journeyManagement: ([3, 3, 4, 3], [4, 4, 4, 3]),
        "employee-enablement": ([2, 2, 2, 1], [2, 2, 3, 2]),
        Competency.measuresIncentives: ([1, 2, 1, 1], [2, 2, 1, 2]),
        "continuous-improvement": ([2, 2, 2, 3], [2, 3, 2, 3]),
    ]
}

extension DemoRun {
    /// Align's six competencies, a target for each with what should close its gap, and the two rounds of assessment.
    mutating func insertCentricity(organizationID org: UUID, today: CalendarDate) async throws {
        for competency in Competency.builtIn {
            try await insert(CompetencyRecord.self, id("competency", competency.key), competency, in: org)
        }
        for target in RiverbendCentricity.targets {
            let content = CentricityTarget(competencyID: id("competency", target.key), level: target.level, reason: target.reason,
                                           initiativeIDs: target.initiatives.map { id("initiative", $0) }, kpiIDs: target.kpis.map { id("kpi", $0) },
                                           commitmentIDs: target.commitments.map { id("commitment", $0) })
            try await insert(CentricityTargetRecord.self, id("centricity-target", target.key), content, in: org)
        }
        for (key, rounds) in RiverbendCentricity.levels {
            for (round, levels) in [(today.adding(months: -3), rounds.before), (today, rounds.now)] {
                for (assessor, level) in zip(RiverbendCentricity.assessors, levels) {
                    let content = CentricityAssessment(competencyID: id("competency", key), assessor: assessor, level: level, date: round)
                    try await insert(CentricityAssessmentRecord.self, id("centricity-assessment", "\(key)/\(round)/\(assessor)"), content, in: org)
                }
            }
        }
    }
}
