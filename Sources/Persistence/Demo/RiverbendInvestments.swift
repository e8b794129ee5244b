import Domain
import FluentKit
import Foundation

/// Riverbend's proposed investment in a new billing system: the system's replacement, the estimated-bill and dispute
/// initiatives it pays for, two billing blind spots it answers, and "Collected within 30 days" no longer rewarded while a
/// dispute is open, which removes the conflict over settling disputes first. Proposed, so its projection is live.
enum RiverbendInvestments {
    static let billingReplacement = "billing-system-replacement"

    static func billingChange(_ run: DemoRun) -> PlannedChange {
        PlannedChange(
            title: "Replace the billing system", kind: .system,
            description: "The billing system is fifteen years old: it estimates when a read is late and cannot hold a bill while a dispute is open.",
            today: "Bills are produced quarterly from the old system; an estimate is marked only in the small print, and reminders run on a fixed schedule.",
            tomorrow: "The new system bills from the latest read, says on the first page whether a bill is estimated, and holds reminders while a dispute is open.",
            starts: CalendarDate(year: 2027, month: 5, day: 1)!, ends: CalendarDate(year: 2027, month: 7, day: 31)!,
            ownerTeamID: run.id("team", "billing"), alters: [.system(run.id("system", "billing-system"))])
    }

    static func billingInvestment(_ run: DemoRun) -> Investment {
        Investment(
            title: "A new billing system", kind: .capital,
            description: "Replaces the billing system, and pays for the estimated-bill and dispute work that waits on it.",
            cost: Decimal(string: "1850000")!, currency: "GBP",
            changeIDs: [run.id("planned-change", billingReplacement)],
            initiativeIDs: [run.id("initiative", "estimated-reads"), run.id("initiative", "dispute-pause")],
            blindSpots: ["estimated bill", "meter reading"],
            kpiRewards: [KPIRewardChange(kpiID: run.id("kpi", "collections"), rewarded: nil)])
    }
}

extension DemoRun {
    mutating func insertInvestments(organizationID org: UUID) async throws {
        try await insert(PlannedChangeRecord.self, id("planned-change", RiverbendInvestments.billingReplacement),
                         RiverbendInvestments.billingChange(self), in: org)
        try await insert(InvestmentRecord.self, id("investment", "new-billing-system"), RiverbendInvestments.billingInvestment(self), in: org)
    }
}
