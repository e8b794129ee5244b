@testable import Domain
import Foundation
import Testing

/// The declared graph laid out in columns (KPIs by how many KPIs drive them, outcomes last) and written as Mermaid.
@Suite struct MetricDiagramTests {
    static let signed = UUID(), early = UUID(), kept = UUID(), outcome = UUID(), unused = UUID()
    static let kpis = [MetricDiagram.Named(id: signed, name: "Connections signed", group: "Sales"),
                       MetricDiagram.Named(id: early, name: "Days to promised date", group: "Sales"),
                       MetricDiagram.Named(id: kept, name: "Dates kept", group: "Field \"Ops\" <b>"),
                       MetricDiagram.Named(id: unused, name: "Not in any effect", group: "Sales")]
    static let effects = [MetricGraph.Effect(from: signed, to: .kpi(early), sign: .lowers, reason: "Early dates close deals"),
                          MetricGraph.Effect(from: early, to: .outcome(outcome), sign: .lowers, reason: "Dates nobody can keep #1"),
                          MetricGraph.Effect(from: kept, to: .outcome(outcome), sign: .raises, reason: "Crews plan to the date")]
    static let diagram = MetricDiagram.layout(kpis: kpis, outcomes: [.init(id: outcome, name: "Connected on the date we promised", group: "Customer outcomes")],
                                              effects: effects)

    @Test func aDrivenKPIStandsAColumnAfterItsDriverAndOutcomesLast() {
        let columns = Dictionary(uniqueKeysWithValues: Self.diagram.nodes.map { ($0.label, $0.column) })
        #expect(columns == ["Connections signed": 0, "Dates kept": 0, "Days to promised date": 1, "Connected on the date we promised": 2])
        #expect(Self.diagram.edges.count == 3 && Self.diagram.width == 3 * 220 + 2 * 110 + 24)
    }

    @Test func aCycleOfDriversEndsWithinTheHopLimit() {
        let a = UUID(), b = UUID()
        let depths = MetricDiagram.depths([.init(from: a, to: .kpi(b), sign: .raises, reason: ""), .init(from: b, to: .kpi(a), sign: .raises, reason: "")])
        #expect(depths.values.allSatisfy { $0 <= MetricGraph.maxHops })
    }

    @Test func mermaidGroupsByTeamAndKeepsEveryCharacterAsText() {
        let text = Self.diagram.mermaid()
        #expect(text.hasPrefix("flowchart LR\n"))
        #expect(text.contains("[\"Field #quot;Ops#quot; #lt;b#gt;\"]") && text.contains("Dates nobody can keep #35;1"))
        #expect(text.contains(" -.->|\"lowers: Early dates close deals\"| ") && text.contains(" -->|\"raises: Crews plan to the date\"| "))
        #expect(!text.contains("Not in any effect"), "only what the effects name is drawn")
    }

    @Test func nothingDeclaredDrawsNothing() {
        #expect(MetricDiagram.layout(kpis: Self.kpis, outcomes: [], effects: []).nodes.isEmpty)
    }
}
