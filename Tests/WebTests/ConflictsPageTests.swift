import Domain
import Foundation
import Testing
import Web

/// The metrics conflicts page: each kind of conflict with its path, and the empty page that says what to do first.
@Suite struct ConflictsPageTests {
    typealias M = ConflictsModel
    static let shell = Fixture.shell("Metrics conflicts", current: "metrics")
    static let outcome = M.Named("Connected on the date we promised", "/orgs/\(Fixture.slug)/outcomes/1")
    static let signed = M.Named("Connections signed " + Fixture.markup, "/orgs/\(Fixture.slug)/kpis/2")
    static let dates = M.Named("Dates kept", "/orgs/\(Fixture.slug)/kpis/3")

    static func push(_ kpi: M.Named, team: String, _ sign: EffectSign, reason: String, evidence: EffectEvidence? = nil) -> M.Push {
        M.Push(kpi: kpi, team: M.Named(team, "/orgs/\(Fixture.slug)/teams/9"), rewarded: "going up", sign: sign,
               hops: [M.Hop(from: kpi, to: outcome, sign: sign, reason: reason)], evidence: evidence)
    }

    /// Eight months in which the KPI rose as CSAT fell: the declared raise is contradicted.
    static let contradicted: EffectEvidence = {
        let months = (1...8).map { CalendarDate(year: 2026, month: $0, day: 1)! }
        return EffectEvidence.assess(values: months.enumerated().map { ($1, Double(70 + $0 * 3)) },
                                     scores: months.enumerated().map { MonthScore(month: String($1.description.prefix(7)), scale: "csat", answers: 10, good: 9 - $0) },
                                     expecting: 1)
    }()

    @Test func eachConflictShowsItsReachAndPathAndBecomesAnInitiative() throws {
        let reach = M.Reach(outcome: Self.outcome, customers: 412, feedbackItems: 1_380, negativeItems: 602)
        let model = M(slug: Fixture.slug, kpiCount: 6, outcomeCount: 3,
                      opposed: [M.Opposed(reach: reach, raising: Self.push(Self.dates, team: "Field Operations", .raises, reason: "Crews plan to the date", evidence: Self.contradicted),
                                          lowering: Self.push(Self.signed, team: "Sales", .lowers, reason: "Early dates close deals"),
                                          initiativeURL: "/orgs/\(Fixture.slug)/initiatives/new?title=Resolve")],
                      paid: [M.Paid(reach: reach, push: Self.push(Self.signed, team: "Sales", .lowers, reason: "Early dates close deals"),
                                    frictions: [M.Named("Friction point", "/orgs/\(Fixture.slug)/frictions/4")],
                                    initiativeURL: "/orgs/\(Fixture.slug)/initiatives/new?title=Stop")],
                      unmeasured: [M.Reach(outcome: M.Named("One contact to resolve", "/orgs/\(Fixture.slug)/outcomes/5"), customers: 0, feedbackItems: 0, negativeItems: 0)])
        var drawn = model
        let kpi = UUID(uuidString: "00000000-0000-0000-0000-0000000000B1")!, outcome = UUID(uuidString: "00000000-0000-0000-0000-0000000000B2")!
        drawn.diagram = MetricDiagram.layout(kpis: [.init(id: kpi, name: "Connections signed " + Fixture.markup, group: "Sales")],
                                             outcomes: [.init(id: outcome, name: "Connected on the date we promised", group: "Customer outcomes")],
                                             effects: [.init(from: kpi, to: .outcome(outcome), sign: .lowers, reason: "Early dates close deals")])
        drawn.diagramLinks = [MetricDiagram.key(.kpi(kpi)): "/orgs/\(Fixture.slug)/kpis/2"]
        let html = ConflictsView.render(drawn, shell: Self.shell)
        #expect(html.contains("<svg class=\"metric-diagram\"") && html.contains("stroke-dasharray") && html.contains("graph.mmd"))
        #expect(html.contains("Opposed measures (1)") && html.contains("412 customers") && !html.contains(Fixture.markup))
        #expect(html.contains("Contradicted by the data: ") && html.contains("over 8 months"))
        try assertSnapshot(html, named: "conflicts", suite: "ConflictsView")
    }

    @Test func withNothingDeclaredItSaysWhatToDoFirst() throws {
        let html = ConflictsView.render(M(slug: Fixture.slug, kpiCount: 0, outcomeCount: 0, opposed: [], paid: [], unmeasured: []), shell: Self.shell)
        #expect(html.contains("Add the teams’ KPIs") || html.contains("Add the teams&#39; KPIs") || html.contains("Add the teams' KPIs"))
        try assertSnapshot(html, named: "empty", suite: "ConflictsView")
    }
}
