import Domain
import FluentKit
import Foundation

/// Riverbend's KPIs and what customers need. Three conflicts are in what the teams declared, for Align to find:
/// Sales rewarded for connections signed against connections made on the promised date, the Contact Centre's
/// handle time against one contact to resolve, Billing's collections against disputes handled before any reminder.
/// Nobody's KPI pushes up "told before the road closes".
enum RiverbendMetrics {
    struct DemoKPI {
        let key: String, team: String, name: String, unit: String, rewarded: RewardedDirection, target: Double?
        /// Twelve monthly values, oldest first, ending last month.
        let values: [Double]
    }

    static let outcomes: [(key: String, name: String, touchpoints: [String])] = [
        ("promised-date", "Connected on the date we promised", ["nc-booking-call", "nc-connection-works"]),
        ("one-contact", "One contact to resolve", ["bq-call", "leak-call"]),
        ("dispute-first", "Dispute handled before any reminder", ["bq-email", "bq-call"]),
        ("told-before-works", "Told before the road closes", ["leak-repair"]),
    ]

    static let kpis = [
        DemoKPI(key: "signed", team: "sales", name: "Connections signed", unit: "per month", rewarded: .up, target: 120,
                values: [88, 92, 97, 101, 99, 108, 112, 117, 115, 121, 126, 131]),
        DemoKPI(key: "on-date", team: "new-connections", name: "Connections made on the booked date", unit: "%", rewarded: .up, target: 95,
                values: [91, 90, 88, 87, 88, 84, 82, 80, 81, 78, 76, 74]),
        DemoKPI(key: "aht", team: "contact-centre", name: "Average handle time", unit: "seconds", rewarded: .down, target: 240,
                values: [372, 365, 350, 338, 330, 318, 301, 292, 280, 271, 262, 255]),
        DemoKPI(key: "app-answers", team: "digital", name: "Questions answered in the app", unit: "% of contacts", rewarded: .up, target: 40,
                values: [18, 19, 21, 22, 24, 25, 27, 28, 30, 31, 33, 34]),
        DemoKPI(key: "collections", team: "billing", name: "Collected within 30 days", unit: "%", rewarded: .up, target: 92,
                values: [84, 85, 85, 86, 87, 88, 88, 89, 90, 90, 91, 92]),
        DemoKPI(key: "dispute-reads", team: "metering", name: "Disputed reads visited within 5 days", unit: "%", rewarded: .up, target: 90,
                values: [70, 72, 71, 74, 75, 77, 76, 78, 80, 81, 83, 84]),
    ]

    /// Charter commitments measured by a KPI: (commitment text, KPI key).
    static let measuredCommitments = [
        ("We read the meter rather than estimate when a customer disputes a bill.", "dispute-reads"),
        ("We confirm the connection date in writing the day it is booked.", "on-date"),
    ]

    /// (KPI, outcome, sign, reason): each moved the way its team is rewarded for.
    static let effects: [(kpi: String, outcome: String, sign: EffectSign, reason: String)] = [
        ("signed", "promised-date", .lowers, "To close the deal, sales promise connection dates the crews cannot meet."),
        ("on-date", "promised-date", .raises, "Crews plan their week to the booked dates."),
        ("aht", "one-contact", .lowers, "Short calls end before the question is sorted; customers ring again."),
        ("app-answers", "one-contact", .raises, "Answers in the app close the question without a call."),
        ("collections", "dispute-first", .lowers, "Reminders go out on schedule while a dispute is still open."),
        ("dispute-reads", "dispute-first", .raises, "A real read settles most disputes before the next reminder."),
    ]
}

extension DemoRun {
    /// The outcomes, KPIs with a year of monthly values, and the effects the teams declared; a later load leaves what is there.
    mutating func insertMetrics(organizationID org: UUID, today: CalendarDate) async throws {
        for outcome in RiverbendMetrics.outcomes {
            try await insert(CustomerOutcomeRecord.self, id("outcome", outcome.key),
                             CustomerOutcome(name: outcome.name, touchpointIDs: outcome.touchpoints.map { id("touchpoint", $0) }), in: org)
        }
        let thisMonth = today.firstOfMonth
        for kpi in RiverbendMetrics.kpis {
            try await insert(KPIRecord.self, id("kpi", kpi.key),
                             KPI(teamID: id("team", kpi.team), name: kpi.name, unit: kpi.unit, rewarded: kpi.rewarded, target: kpi.target), in: org)
            for (index, value) in kpi.values.enumerated() {
                let period = thisMonth.adding(months: index - kpi.values.count)
                try await insert(KPIValueRecord.self, id("kpi-value", "\(kpi.key)/\(index)"),
                                 KPIValue(kpiID: id("kpi", kpi.key), period: period, value: value), in: org)
            }
        }
        for (commitment, kpi) in RiverbendMetrics.measuredCommitments {
            try await CommitmentRecord.query(on: db).filter(\.$id == id("commitment", commitment)).filter(\.$kpiID == nil)
                .set(\.$kpiID, to: id("kpi", kpi)).update()
        }
        for effect in RiverbendMetrics.effects {
            try await insert(KPIEffectRecord.self, id("kpi-effect", "\(effect.kpi)/\(effect.outcome)"),
                             KPIEffect(kpiID: id("kpi", effect.kpi), target: .outcome(id("outcome", effect.outcome)), sign: effect.sign, reason: effect.reason),
                             in: org)
        }
    }
}
