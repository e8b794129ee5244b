import Domain
import Foundation
import Testing
@testable import Web

/// The 4C health page from mock reports: misaligned, healthy and withheld cells; no pulse yet. Its limits form and the
/// workforce imports (headcount and leavers, escalations) that feed it.
@Suite struct HealthPageTests {
    static let pulse = HealthModel.PulseRef(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000b1")!, title: "Summer pulse",
                                            sentOn: CalendarDate(year: 2026, month: 9, day: 1)!)
    static let community = PulseResults.Item(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000b2")!, topic: .community, kind: .agreement, text: "Together")

    static func health(_ name: String, id: UUID?, favourable: Int, answers: Int, leavers: Int = 0) -> TeamHealth {
        let tally = PulseResults.Tally(answers: answers, favourable: favourable, neutral: 0, unfavourable: answers - favourable, total: 0)
        let team = id ?? UUID(), other = UUID()
        let results = PulseResults.build(threshold: 5, items: [community], groups: [(team, name, answers, answers, [community.id: tally]),
                                                                                 (other, "Other", 9, 9, [community.id: tally])])
        var signals = TeamHealth.Signals()
        (signals.headcount, signals.leavers, signals.openFrictions) = (answers, leavers, 2)
        signals.nps = [10: 4, 3: 6]
        return TeamHealth.evaluate(teamID: id, name: name, pulses: [id == nil ? results.organization : results.teams[0]], items: [[community]],
                                   signals: signals, limits: HealthLimits())
    }

    @Test func teamsByExperienceWithSignsWhereFiguresArePastTheLimits() throws {
        let teams = [Self.health("Contact Centre " + Fixture.markup, id: UUID(uuidString: "00000000-0000-0000-0000-0000000000b3")!, favourable: 2, answers: 10, leavers: 4),
                     Self.health("Architecture", id: UUID(uuidString: "00000000-0000-0000-0000-0000000000b4")!, favourable: 2, answers: 3)]
        let model = HealthModel(slug: Fixture.slug, threshold: 5, limits: HealthLimits(), pulses: [Self.pulse],
                                organization: Self.health("Whole organization", id: nil, favourable: 15, answers: 19), teams: teams, canEdit: true)
        let html = HealthView.render(model, shell: Fixture.shell("4C health", current: "health"))
        #expect(html.contains("siloed progress, political friction, eroded trust") && html.contains("pulse: fewer than 5 answers"))
        try assertSnapshot(html, named: "report", suite: "HealthView")
    }

    @Test func withNoPulseYetItSaysHowToStart() {
        let empty = TeamHealth.evaluate(teamID: nil, name: "Whole organization", pulses: [], items: [], signals: .init(), limits: HealthLimits())
        let html = HealthView.render(HealthModel(slug: Fixture.slug, threshold: 5, limits: HealthLimits(), pulses: [], organization: empty, teams: [], canEdit: false),
                                     shell: Fixture.shell("4C health", current: "health"))
        #expect(html.contains("Send a pulse") && html.contains("no pulse yet") && !html.contains("Limits</a>"))
    }

    @Test func theLimitsFormNamesEachFigureAndKeepsWhatWasTyped() throws {
        var values = HealthLimits().formInput
        values = FormInput(single: Dictionary(uniqueKeysWithValues: ["favourable_below", "nps_below", "open_frictions_above", "leaver_rate_above",
                                                                      "community_issues_above"].map { ($0, values[$0]) } + [("commitments_kept_below", "70 " + Fixture.markup)]))
        let model = HealthLimitsForm.model(slug: Fixture.slug, values: values,
                                           errors: [FieldError(field: "commitments_kept_below", message: "Charter commitments kept below must be a whole number.")])
        let html = FormView.render(model, shell: Fixture.shell(model.title, current: "health"))
        #expect(html.contains("must be a whole number") && !html.contains(Fixture.markup))
        try assertSnapshot(html, named: "limits-form", suite: "HealthView")
    }

    @Test func thePeopleImportSaysWhatItNeedsAndListsEveryProblem() throws {
        var model = WorkforceImportModel(slug: Fixture.slug, kind: .people)
        model.problems = ["Line 3, column team: there is no team \"" + Fixture.markup + "\" here.", "Line 4, column left_on: \"31/01/2026\" is not a date written YYYY-MM-DD."]
        model.checkOnly = true
        let html = WorkforceImportView.render(model, shell: Fixture.shell("Import headcount and leavers", current: "people"))
        #expect(html.contains("nothing was stored") && !html.contains(Fixture.markup))
        try assertSnapshot(html, named: "people-import", suite: "WorkforceImportView")
    }

    @Test func theEscalationsImportSaysWhatWasStored() throws {
        var model = WorkforceImportModel(slug: Fixture.slug, kind: .escalations)
        model.result = .init(created: 12, updated: 0, unchanged: 0, checkedOnly: false)
        let html = WorkforceImportView.render(model, shell: Fixture.shell("Import escalations", current: "escalations"))
        #expect(html.contains("Imported: added 12"))
        try assertSnapshot(html, named: "escalations-import", suite: "WorkforceImportView")
    }

    @Test func theKPIValuesImportTakesACSVOrATheyDoFileAndSaysWhatWasReplaced() throws {
        var model = WorkforceImportModel(slug: Fixture.slug, kind: .kpiValues)
        model.result = .init(created: 24, updated: 2, unchanged: 10, checkedOnly: true)
        let html = WorkforceImportView.render(model, shell: Fixture.shell("Import KPI values", current: "metrics"))
        #expect(html.contains("THEYDO_METRICS_V1") && html.contains(".json") && html.contains("it would add 24, updated 2"))
        try assertSnapshot(html, named: "kpi-values-import", suite: "WorkforceImportView")
    }
}
