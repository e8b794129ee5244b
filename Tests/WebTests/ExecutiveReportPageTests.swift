import Domain
import Foundation
import Testing
@testable import Web

/// The executive alignment report from mock models: every part filled, user text escaped, links kept; and nothing measured yet.
@Suite struct ExecutiveReportPageTests {
    static func filled() -> ExecutiveReportModel {
        var model = ExecutiveReportModel(organization: "Riverbend " + Fixture.markup, slug: Fixture.slug, preparedOn: "2026-12-07")
        (model.index, model.coverage, model.indexLink) = (52, 100, "/orgs/\(Fixture.slug)")
        model.history = [.init(month: "2026-11", value: 48), .init(month: "2026-12", value: 52)]
        model.components = [.init("KPIs in no conflict", figure: "0 · 6 of 6 KPIs in a conflict", url: "/orgs/\(Fixture.slug)/metrics/conflicts")]
        model.misalignments = [.init("Team: Billing " + Fixture.markup, figure: "index 31", url: "/orgs/\(Fixture.slug)/teams/1")]
        (model.conflicts, model.conflictTotal) = ([.init("“Collected within 30 days” lowers “Dispute first”", url: "/orgs/\(Fixture.slug)/outcomes/2")], 1)
        model.blindSpots = [.init("“estimated bill”", figure: "198 items", url: "/orgs/\(Fixture.slug)/legitimize?view=blind-spots")]
        (model.loadLimit, model.loadWarnings) = (5, [.init("Contact Centre in Mar 2027", figure: "load 6", url: "/orgs/\(Fixture.slug)/changes/load?from=2027-03")])
        model.investments = [.init(title: "A new billing system", url: "/orgs/\(Fixture.slug)/investments/3", status: "Done", cost: "GBP 1,850,000",
                                   indexAtApproval: 48, projected: 56, actual: 52)]
        model.heatMap = [.init(team: "Billing", url: "/orgs/\(Fixture.slug)/teams/1", cells: [
            .init("72%", figure: "good", url: ""), .init("withheld", figure: "withheld", url: ""),
            .init("28% · misaligned", figure: "weak", url: ""), .init("not asked", figure: "none", url: "")], misaligned: 1)]
        (model.heatMapTeams, model.heatMapLink) = (40, "/orgs/\(Fixture.slug)/health")
        model.centricity = [.init(name: "Customer insight", url: "/orgs/\(Fixture.slug)/centricity", target: 4, current: 2.5, gap: 1.5, supportedByEvidence: 2)]
        return model
    }

    @Test func everyPartIsThereWithItsLinksAndUserTextEscaped() throws {
        let html = ExecutiveReportView.render(Self.filled(), shell: Fixture.shell("Executive alignment report", current: ""))
        #expect(html.contains("+4 since the month before") && html.contains("The first 1 of 40 teams by name are shown"))
        #expect(!html.contains(Fixture.markup) && html.contains("heat--weak") && html.contains(">+1.5<"))
        try assertSnapshot(html, named: "filled", suite: "ExecutiveReportView")
    }

    @Test func withNothingMeasuredEachPartSaysWhatIsMissing() throws {
        let model = ExecutiveReportModel(organization: "Empty", slug: Fixture.slug, preparedOn: "2026-12-07")
        let html = ExecutiveReportView.standalone(model, baseURL: "http://localhost:8080", css: "/* the stylesheet */")
        #expect(html.contains("No investment has been proposed yet.") && html.contains("No team has answered a pulse yet.") && html.contains("none kept yet"))
        try assertSnapshot(html, named: "empty-standalone", suite: "ExecutiveReportView")
    }
}
