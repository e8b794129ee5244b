import Domain
import Foundation

/// What an investment would do to alignment, as `Investments.outlook` finds it: what it groups, the frictions and blind
/// spots it addresses, the KPI conflicts it creates or removes, the teams it touches with their 4C health, the change
/// load it adds, the customers it reaches, and the index before and as projected after; once done, what happened.
public struct InvestmentOutlook: Sendable {
    /// A friction point one of its initiatives addresses, with the feedback confirmed for it (none: unconfirmed).
    public struct Friction: Sendable {
        public let item: Stored<FrictionPoint>
        public let evidence: Evidence?
    }

    /// A theme it answers, with the feedback no confirmed friction explains (nil: not a blind spot today).
    public struct BlindSpot: Sendable {
        public let theme: String
        public let evidence: Evidence?
    }

    /// The index a month after it was done, beside the projection it was approved on, and each initiative's before/after.
    public struct Outcome: Sendable {
        public let month: String
        public let indexNow: Int?
        public let effects: [(initiative: Stored<Initiative>, effect: InitiativeEffect)]
    }

    public let investment: Stored<Investment>
    public let changes: [Stored<PlannedChange>]
    public let initiatives: [Stored<Initiative>]
    public let frictions: [Friction]
    public let blindSpots: [BlindSpot]
    public let conflictsRemoved: [Metrics.ConflictLine]
    public let conflictsCreated: [Metrics.ConflictLine]
    /// The KPIs whose reward it changes or whose conflicts it moves, by id, as they are rewarded today.
    public let kpis: [UUID: Stored<KPI>]
    /// Every team its changes reach or its initiatives belong to, with their 4C health (withheld as on the report).
    public let teams: [TeamHealth]
    public let load: [PlannedChanges.LoadAdded]
    public let loadLimit: Int
    public let customers: ChangeImpactReport.RecentCustomers
    public let projection: InvestmentProjection
    public let outcome: Outcome?

    public var loadWarnings: [PlannedChanges.LoadAdded] { load.filter { $0.total > loadLimit } }
}
