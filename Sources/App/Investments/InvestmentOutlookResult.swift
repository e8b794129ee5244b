import Domain
import Foundation
import Persistence

/// An investment's outlook in the API and on the command line: every figure with what it was computed from.
struct InvestmentOutlookResult: Encodable {
    struct Component: Encodable { let measure: String, label: String, weight: Int, today: Double?, projected: Double?, formula: String }
    struct Projection: Encodable { let today: Int?, projected: Int?, change: Int?, components: [Component], assumptions: [String] }
    struct Part: Encodable { let id: UUID, title: String, status: String }
    struct Friction: Encodable { let id: UUID, description: String, status: String, confirmedItems: Int? }
    struct BlindSpot: Encodable { let theme: String, unexplainedItems: Int? }
    struct Conflict: Encodable { let text: String, kpiIDs: [UUID], outcomeID: UUID }
    struct Team: Encodable { let id: UUID?, name: String, fourC: [String: Double], withheld: [String], misaligned: [String] }
    struct Load: Encodable { let teamID: UUID, month: String, added: Int, total: Int, limit: Int }
    struct Customers: Encodable { let since: String, count: Int, segments: [String: Int] }
    struct Effect: Encodable { let initiativeID: UUID, measure: String, before: Double?, after: Double?, clear: Bool }
    struct Outcome: Encodable { let month: String, indexAtApproval: Int?, projected: Int?, indexNow: Int?, effects: [Effect] }

    let investment: Stored<Investment>
    let projection: Projection
    let changes: [Part], initiatives: [Part]
    let frictions: [Friction], blindSpots: [BlindSpot]
    let conflictsRemoved: [Conflict], conflictsCreated: [Conflict]
    let teams: [Team]
    let load: [Load]
    let customers: Customers
    let outcome: Outcome?

    init(_ outlook: InvestmentOutlook) {
        investment = outlook.investment
        let projection = outlook.projection
        self.projection = Projection(today: projection.before.value, projected: projection.after.value, change: projection.change,
                                     components: zip(projection.before.components, projection.after.components).map { before, after in
                                         Component(measure: before.measure.rawValue, label: before.measure.label, weight: before.measure.weight,
                                                   today: before.value, projected: after.value, formula: before.measure.formula)
                                     }, assumptions: projection.assumptions)
        changes = outlook.changes.map { Part(id: $0.id, title: $0.title, status: $0.status.rawValue) }
        initiatives = outlook.initiatives.map { Part(id: $0.id, title: $0.title, status: $0.status.rawValue) }
        frictions = outlook.frictions.map { Friction(id: $0.item.id, description: $0.item.description, status: $0.item.status.rawValue,
                                                     confirmedItems: $0.evidence?.count) }
        blindSpots = outlook.blindSpots.map { BlindSpot(theme: $0.theme, unexplainedItems: $0.evidence?.count) }
        conflictsRemoved = outlook.conflictsRemoved.map { Conflict(text: $0.text, kpiIDs: $0.kpiIDs, outcomeID: $0.outcomeID) }
        conflictsCreated = outlook.conflictsCreated.map { Conflict(text: $0.text, kpiIDs: $0.kpiIDs, outcomeID: $0.outcomeID) }
        teams = outlook.teams.map(Self.team)
        load = outlook.load.map { Load(teamID: $0.teamID, month: String($0.month.description.prefix(7)), added: $0.added, total: $0.total, limit: outlook.loadLimit) }
        customers = Customers(since: outlook.customers.since.description, count: outlook.customers.count,
                              segments: Dictionary(outlook.customers.segments.map { ($0.segment, $0.customers) }, uniquingKeysWith: +))
        outcome = outlook.outcome.map { outcome in
            Outcome(month: outcome.month, indexAtApproval: outlook.investment.projectedBefore, projected: outlook.investment.projectedAfter,
                    indexNow: outcome.indexNow, effects: outcome.effects.flatMap { initiative, effect in
                        effect.measures.map { Effect(initiativeID: initiative.id, measure: $0.name, before: $0.before?.value, after: $0.after?.value, clear: $0.isClear) }
                    })
        }
    }

    /// Only figures past the anonymity threshold: a withheld experience is named, never given a value.
    private static func team(_ health: TeamHealth) -> Team {
        var scores: [String: Double] = [:], withheld: [String] = [], misaligned: [String] = []
        for experience in FourC.allCases {
            guard let cell = health.cells[experience] else { continue }
            if cell.suppression != nil { withheld.append(experience.rawValue); continue }
            if let percent = cell.score?.percentFavourable { scores[experience.rawValue] = percent }
            if cell.isMisaligned { misaligned.append(experience.rawValue) }
        }
        return Team(id: health.teamID, name: health.name, fourC: scores, withheld: withheld, misaligned: misaligned)
    }
}
