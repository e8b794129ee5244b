import Domain
import Foundation
import Persistence
import Web

/// Single pieces of feedback: what one customer said about one part of the journey.
struct FeedbackResource: Resource {
    typealias Rules = FeedbackRules
    static let singular = "feedback item", plural = "Feedback"
    static let emptyMessage = "No feedback yet. Record a conversation with a customer and split what they said into feedback items."
    static let needs: Set<Lookups.Need> = [.customers, .conversations, .journeys, .stages, .touchpoints, .themes]
    static let namesReferencedOnly = true
    static let filterNeeds: Set<Lookups.Need> = [.journeys, .themes, .customers, .touchpoints, .channels, .imports]
    static let columns = ["Feedback", "Kind", "Sentiment", "Customer", "Touchpoints", "Priority", "Source"]

    static var defaults: FormInput { FormInput(single: ["kind": FeedbackKind.friction.rawValue, "source": FeedbackSource.conversation.rawValue]) }

    static func title(_ item: Item, _ lookups: Lookups) -> String {
        if item.text.isEmpty {
            let scores = [item.nps.map { "NPS \($0)" }, item.csat.map { "CSAT \($0)" }, item.ces.map { "CES \($0)" }].compactMap { $0 }
            return "No comment (" + scores.joined(separator: ", ") + ")"
        }
        return item.text.count > 80 ? String(item.text.prefix(77)) + "…" : item.text
    }

    static func listActions(slug: String) -> [(label: String, url: String)] {
        [("Import feedback", Paths.page(slug, .imports)), ("Scores", Paths.page(slug, .scores)), ("Themes", Paths.page(slug, .themes)),
         ("Download as Formbricks Hub records", Paths.page(slug, .hubExport))]
    }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("text", "What the customer said", .textarea(rows: 4), hint: "One thing, in their words.", required: true),
         .choice("kind", "Kind", FeedbackKind.self),
         FormField("touchpoint_ids", "Touchpoints it concerns", .checkboxes(lookups.touchpointOptions)),
         FormField("stage_id", "Or the stage it concerns", .select(lookups.stageOptions, blank: "No particular stage")),
         FormField("priority", "The customer's own priority", .select(FeedbackItem.priorities.map { .init("\($0)", priorityLabel($0)) },
                                                                       blank: "Not asked")),
         FormField("customer_id", "Customer", .select(lookups.customerOptions, blank: "Unknown customer")),
         FormField("conversation_id", "From the conversation", .select(lookups.conversationOptions, blank: "Not from a conversation")),
         FormField("date", "Date", .date, hint: "YYYY-MM-DD"),
         FormField("occurred_at", "Time it was given", hint: "YYYY-MM-DD HH:MM:SS, in UTC or with an offset such as +02:00. Leave empty when not known."),
         .choice("source", "Source", FeedbackSource.self)]
            + scoreFields + [
         FormField("channel", "Channel", hint: "Where it was said, e.g. email survey, web chat."),
         FormField("segment", "Segment", hint: "The customer segment it speaks for."),
         FormField("external_id", "External id", hint: "Its id in the system it came from; a second item with the same id is refused.")]
    }

    /// Every stored score is on the form, so an edit keeps what an import brought.
    static var scoreFields: [FormField] {
        [("nps", "NPS answer", FeedbackItem.npsScale), ("csat", "CSAT answer", FeedbackItem.csatScale), ("ces", "CES answer", FeedbackItem.cesScale)]
            .map { name, label, scale in
                FormField(name, "\(label) (\(scale.lowerBound)–\(scale.upperBound))", .select(scale.map { .init("\($0)", "\($0)") }, blank: "Not answered"))
            }
    }

    static func priorityLabel(_ priority: Int) -> String {
        ["1 – nice to have", "2", "3 – matters", "4", "5 – matters most"][priority - 1]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("journey_id", "Journey", options: lookups.journeyOptions, selected: current["journey_id"]),
         FilterControl("kind", "Kind", options: option(FeedbackKind.self), selected: current["kind"]),
         FilterControl("source", "Source", options: option(FeedbackSource.self), selected: current["source"]),
         FilterControl("sentiment", "Sentiment", options: option(SentimentLabel.self), selected: current["sentiment"]),
         FilterControl("theme", "Theme", options: lookups.themeOptions, selected: current["theme"]),
         FilterControl("customer_id", "Customer", options: lookups.customerOptions, selected: current["customer_id"]),
         FilterControl("touchpoint_id", "Touchpoint", options: lookups.touchpointOptions, selected: current["touchpoint_id"]),
         FilterControl("channel", "Channel", options: lookups.channelOptions, selected: current["channel"]),
         FilterControl("import_id", "Import", options: lookups.importOptions, selected: current["import_id"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(title(item, lookups), url: Paths.item(slug, kind, item.id)), .text(item.kind.label), sentiment(item),
         item.customerID.map { .link(lookups.customer($0) ?? "—", url: Paths.item(slug, .customers, $0)) } ?? .muted("—"),
         .text(item.touchpointIDs.compactMap { lookups.touchpoint($0)?.name }.joined(separator: ", ")),
         item.priority.map { .text("\($0)") } ?? .muted("—"), .text(item.source.label)]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("What the customer said", .text(item.text)), Fact("Kind", kindCell(item)),
         Fact("Sentiment", .group([sentiment(item)] + SentimentAnalyzer().score(item.text).reasons.map { .muted($0) })),
         Fact("Touchpoints", item.touchpointIDs.isEmpty ? .muted("none chosen")
              : .group(item.touchpointIDs.map { id in
                  let journey = lookups.stage(lookups.touchpoint(id)?.stageID)?.journeyID
                  return journey.map { .link(lookups.touchpointPath(id), url: Paths.journeyMap(slug, $0, touchpoint: id)) } ?? .muted("—")
              })),
         Fact("Stage", item.stageID.flatMap { lookups.stage($0) }.map { .text($0.name) } ?? .muted("—")),
         Fact("Customer's priority", item.priority.map { .text(priorityLabel($0)) } ?? .muted("not asked")),
         Fact("Customer", item.customerID.map { .link(lookups.customer($0) ?? "—", url: Paths.item(slug, .customers, $0)) } ?? .muted("unknown")),
         Fact("Conversation", item.conversationID.map { .link("Open the conversation", url: Paths.item(slug, .conversations, $0)) }
              ?? .muted("not from a conversation")),
         Fact("Date", item.date.map { .text($0.description) } ?? .muted("—")),
         Fact("Time it was given", item.occurredAt.map { .text(MomentText.utc($0)) } ?? .muted("not known")), Fact("Source", .text(item.source.label)),
         Fact("Theme", item.theme.map { .link($0, url: Paths.theme(slug, $0)) } ?? .muted("none yet")),
         Fact("Survey scores", .text([item.nps.map { "NPS answer \($0)" }, item.csat.map { "CSAT \($0)" }, item.ces.map { "CES \($0)" }]
                                      .compactMap { $0 }.joined(separator: " · ").nilIfEmpty ?? "—")),
         Fact("Channel", item.channel.map { .text($0) } ?? .muted("—")), Fact("Segment", item.segment.map { .text($0) } ?? .muted("—")),
         Fact("External id", item.externalID.map { .text($0) } ?? .muted("—"))]
    }

    /// For feedback on no touchpoint: the touchpoint its words point to, for a person to confirm.
    static func sections(_ item: Item, _ lookups: Lookups, _ ctx: OrgContext) async throws -> [DetailSection] {
        guard item.touchpointIDs.isEmpty else { return [] }
        let candidates = lookups.touchpoints.map { TouchpointSuggester.Candidate(id: $0.id, name: $0.name, description: $0.description) }
        let suggestion = TouchpointSuggester(candidates).suggest(for: item.text)
        return [DetailSection(
            title: "Suggested touchpoint", columns: ["Touchpoint", "Why", ""],
            rows: suggestion.map { suggestion in
                [[.text(lookups.touchpointPath(suggestion.touchpointID)),
                  .text("shares the words " + suggestion.sharedWords.map { "“\($0)”" }.joined(separator: ", ")),
                  .button("Confirm", url: Paths.step(ctx.slug, kind, item.id, .confirmTouchpoint),
                          fields: ["touchpoint_id": suggestion.touchpointID.uuidString])]]
            } ?? [],
            emptyMessage: "This feedback is on no touchpoint, and its words match none. Edit it to choose one.")]
    }

    /// The kind, and when the words alone give it (as an import guesses a row that does not say), why.
    static func kindCell(_ item: Item) -> Cell {
        let guess = ImportRowMapper.kindGuess(of: item.text)
        guard !item.text.isEmpty, guess.kind == item.kind else { return .text(item.kind.label) }
        return .group([.text(item.kind.label), .muted("as its words give it: " + guess.reason)])
    }

    /// The stored sentiment as a badge: its label and score.
    static func sentiment(_ item: Item) -> Cell {
        guard let label = item.sentimentLabel, let score = item.sentimentScore else { return .muted("—") }
        return .badge("\(label.label) \(String(format: "%+.2f", score))", tone: label == .negative ? .bad : label == .positive ? .good : .neutral)
    }

    static func afterSave(_ item: Item, slug: String) -> String {
        item.conversationID.map { Paths.item(slug, .conversations, $0) } ?? Paths.item(slug, kind, item.id)
    }
}
