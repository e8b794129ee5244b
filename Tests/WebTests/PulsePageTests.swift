import Domain
import Foundation
import Testing
@testable import Web

/// Pulse pages from mock models: results with withheld teams and shuffled comments, a draft, the answer form, the built-in questions.
@Suite struct PulsePageTests {
    static let pulseID = UUID(uuidString: "00000000-0000-0000-0000-0000000000f1")!
    static let billing = UUID(uuidString: "00000000-0000-0000-0000-0000000000f2")!
    static let small = UUID(uuidString: "00000000-0000-0000-0000-0000000000f3")!
    static let crews = UUID(uuidString: "00000000-0000-0000-0000-0000000000f4")!
    static let items = [
        PulseResults.Item(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!, topic: .community, kind: .agreement, text: "Teams work together <here>."),
        PulseResults.Item(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000a2")!, topic: .enps, kind: .scale, text: "Would you recommend us?"),
        PulseResults.Item(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000a3")!, topic: .other, kind: .text, text: "What gets in your way?"),
    ]
    static let today = CalendarDate(year: 2026, month: 12, day: 6)!

    static func tally(_ favourable: Int, _ answers: Int) -> PulseResults.Tally {
        PulseResults.Tally(answers: answers, favourable: favourable, neutral: 0, unfavourable: answers - favourable, total: favourable * 5 + (answers - favourable) * 2)
    }

    static var results: PulseResults {
        PulseResults.build(threshold: 5, items: items, groups: [
            (billing, "Billing " + Fixture.markup, 8, 6, [items[0].id: tally(2, 6), items[1].id: tally(4, 6)]),
            (small, "Architecture", 3, 2, [items[0].id: tally(2, 2), items[1].id: tally(2, 2)]),
            (crews, "Field crews", 12, 10, [items[0].id: tally(9, 10), items[1].id: tally(5, 10)]),
        ])
    }

    static func model(_ pulse: Pulse, results: PulseResults?, focus: UUID? = nil) -> PulseModel {
        PulseModel(slug: Fixture.slug, id: pulseID, pulse: pulse, teamNames: ["Billing", "Architecture", "Field crews"], results: results,
                   comments: [items[2].id: ["Fewer transfers <please>", "Tell us about changes first"]], focusTeam: focus.flatMap { id in results?.teams.first { $0.id == id } }, canManage: true, today: today)
    }

    static let sent = Pulse(title: "Spring pulse", teamIDs: [billing, small, crews], sets: [.fourC, .custom], closesOn: CalendarDate(year: 2026, month: 12, day: 20)!,
                            sentOn: CalendarDate(year: 2026, month: 12, day: 1)!)

    @Test func resultsWithholdSmallTeamsAndTheirComplements() throws {
        try assertSnapshot(PulseView.render(Self.model(Self.sent, results: Self.results, focus: Self.crews), shell: Fixture.shell("Spring pulse", current: "pulses")),
                           named: "results", suite: "PulseView")
    }

    @Test func aDraftOffersToSendEditOrDelete() throws {
        let draft = Pulse(title: "Draft pulse", teamIDs: [Self.billing], sets: [.strategy], closesOn: CalendarDate(year: 2026, month: 12, day: 20)!)
        let html = PulseView.render(Self.model(draft, results: nil), shell: Fixture.shell("Draft pulse", current: "pulses"))
        #expect(html.contains("Send it now") && html.contains("Draft: not sent yet.") && html.contains("Results appear here once the pulse is sent"))
        #expect(!html.contains("Download the links"))
        try assertSnapshot(html, named: "draft", suite: "PulseView")
    }

    @Test func theAnswerFormNamesWhatIsMissing() throws {
        let model = PulseAnswerModel(token: "tok", organization: "Riverbend Water", title: "Spring pulse", closesOn: Self.today, questions: Self.items, threshold: 5,
                                     values: .from([("q2", "7"), ("q3", "  as typed <b>  ")]),
                                     errors: [FieldError(field: "q1", message: "Question 1 is required.")])
        let html = PulseAnswerView.render(model, shell: PageShell(title: "Spring pulse"))
        #expect(html.contains("value=\"7\" checked=\"checked\"") && html.contains("  as typed &lt;b&gt;  ") && html.contains("href=\"#q1-legend\""))
        try assertSnapshot(html, named: "answer-errors", suite: "PulseAnswerView")
    }

    @Test func builtInQuestionsSayWhichAreInTheLibrary() throws {
        let questions = PulseQuestion.builtIn.enumerated().map { ($1, $0 < 5) }
        let html = BuiltInQuestionsView.render(BuiltInQuestionsModel(slug: Fixture.slug, questions: questions, canAdd: true),
                                               shell: Fixture.shell("Built-in pulse questions", current: "pulses"))
        #expect(html.contains("Add the 13 missing questions"))
        try assertSnapshot(html, named: "some-held", suite: "BuiltInQuestionsView")
    }
}
