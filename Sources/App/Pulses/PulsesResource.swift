import Domain
import Foundation
import Persistence
import Vapor
import Web

/// Pulses: short anonymous surveys to the people of chosen teams.
struct PulsesResource: Resource {
    typealias Rules = PulseRules
    static let singular = "pulse", plural = "Pulses"
    static let emptyMessage = "No pulses yet. A pulse asks the people of chosen teams a few questions, anonymously: start with the built-in Strategy understanding and 4C questions."
    static let needs: Set<Lookups.Need> = [.teams]
    static let columns = ["Pulse", "Status", "Teams asked", "Closes on"]

    static func listActions(slug: String) -> [(label: String, url: String)] {
        [("4C health", Paths.page(slug, .health)), ("Questions", Paths.list(slug, .pulseQuestions))]
    }

    static var defaults: FormInput {
        var input = FormInput.from([("closes_on", CalendarDate.today.adding(days: 14).description)])
        input.fields["sets"] = [PulseQuestionSet.strategy.rawValue, PulseQuestionSet.fourC.rawValue]
        return input
    }

    static func title(_ item: Item, _ lookups: Lookups) -> String { item.title }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("title", "Title", hint: "e.g. Spring pulse 2027", required: true),
         FormField("team_ids", "Teams asked", .checkboxes(lookups.teamOptions), hint: "Everyone now in these teams gets a link.", required: true),
         FormField("sets", "Questions", .checkboxes(option(PulseQuestionSet.self)), hint: "From the organization's question library.", required: true),
         FormField("closes_on", "Closes on", .date, hint: "The last day its links take answers.", required: true)]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("status", "Status", options: [.init("draft", "Draft"), .init("sent", "Sent")], selected: current["status"]),
         FilterControl("team_id", "Team asked", options: lookups.teamOptions, selected: current["team_id"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(item.title, url: Paths.item(slug, kind, item.id)), .text(item.sentOn.map { "Sent on \($0)" } ?? "Draft"),
         .text(item.teamIDs.compactMap { lookups.team($0) }.joined(separator: ", ")), .text(item.closesOn.description)]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Status", .text(item.sentOn.map { "Sent on \($0)" } ?? "Draft")),
         Fact("Teams asked", .text(item.teamIDs.compactMap { lookups.team($0) }.joined(separator: ", "))),
         Fact("Questions", .text(item.sets.map(\.label).joined(separator: "; "))),
         Fact("Closes on", .text(item.closesOn.description))]
    }

    static func customShow(_ item: Item, _ ctx: OrgContext, _ req: Request) async throws -> Response? {
        try await PulseController.show(item.id, ctx, req)
    }
}

/// The organization's library of pulse questions: the built-in sets as it changed them, and its own.
struct PulseQuestionsResource: Resource {
    typealias Rules = PulseQuestionRules
    static let singular = "pulse question", plural = "Pulse questions"
    static let navSection = "pulses"
    static let emptyMessage = "No questions yet. Add the built-in Strategy understanding and 4C questions, then change them as you wish."
    static let needs: Set<Lookups.Need> = []
    static let columns = ["Question", "Set", "What it tells about", "Answered as"]

    static func listActions(slug: String) -> [(label: String, url: String)] {
        [("Add the built-in questions", Paths.page(slug, .builtInQuestions)), ("Pulses", Paths.list(slug, .pulses))]
    }

    static var defaults: FormInput { .from([("set", PulseQuestionSet.custom.rawValue), ("kind", PulseAnswerKind.agreement.rawValue)]) }

    static func title(_ item: Item, _ lookups: Lookups) -> String { item.text }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField.choice("set", "Set", PulseQuestionSet.self),
         FormField.choice("topic", "What it tells about", PulseTopic.self, hint: "The 4C scores and strategy understanding are made from these."),
         FormField.choice("kind", "Answered as", PulseAnswerKind.self),
         FormField("text", "Question", .textarea(rows: 2), hint: "Write it as a statement to agree with, e.g. “I know which of our goals my work serves.”", required: true),
         FormField("position", "Position in its set", .number)]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("set", "Set", options: option(PulseQuestionSet.self), selected: current["set"]),
         FilterControl("topic", "What it tells about", options: option(PulseTopic.self), selected: current["topic"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(item.text, url: Paths.item(slug, kind, item.id)), .text(item.set.label), .text(item.topic.label), .text(item.kind.label)]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Set", .text(item.set.label)), Fact("What it tells about", .text(item.topic.label)), Fact("Answered as", .text(item.kind.label)),
         Fact("Position in its set", .text(String(item.position)))]
    }
}
