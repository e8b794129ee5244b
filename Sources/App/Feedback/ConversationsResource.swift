import Domain
import Foundation
import Persistence
import Vapor
import Web

/// Listening conversations: what customers said, in their words, before anyone explains or defends.
struct ConversationsResource: Resource {
    typealias Rules = ConversationRules
    static let singular = "conversation", plural = "Conversations"
    static let emptyMessage = "No conversations yet. Sit down with a customer, ask what works, what doesn't and what matters most, and record it here."
    static let needs: Set<Lookups.Need> = [.customers, .contacts, .people]
    static let columns = ["Date", "Customer", "Format", "What doesn't work"]

    static var defaults: FormInput { FormInput(single: ["format": ConversationFormat.coffee.rawValue]) }

    static func title(_ item: Item, _ lookups: Lookups) -> String {
        "\(lookups.customer(item.customerID) ?? "Customer") · \(item.date)"
    }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("customer_id", "Customer", .select(lookups.customerOptions, blank: "Choose a customer"), required: true),
         FormField("contact_ids", "Who from the customer took part", .checkboxes(lookups.contactOptions)),
         FormField("date", "Date", .date, hint: "YYYY-MM-DD", required: true),
         .choice("format", "Format", ConversationFormat.self),
         FormField("attendee_ids", "Who from your organization took part", .checkboxes(lookups.personOptions)),
         FormField("works_well", "What works for you?", .textarea(rows: 4), hint: "Their words, not a summary. No defending or explaining."),
         FormField("does_not_work", "What doesn't work?", .textarea(rows: 4)),
         FormField("matters_most", "What matters most to your business?", .textarea(rows: 3)),
         FormField("improvements", "Which improvements would make the biggest difference?", .textarea(rows: 3))]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("customer_id", "Customer", options: lookups.customerOptions, selected: current["customer_id"]),
         FilterControl("format", "Format", options: option(ConversationFormat.self), selected: current["format"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(item.date.description, url: Paths.item(slug, kind, item.id)),
         .link(lookups.customer(item.customerID) ?? "—", url: Paths.item(slug, .customers, item.customerID)),
         .text(item.format.label), item.doesNotWork.isEmpty ? .muted("—") : .text(String(item.doesNotWork.prefix(120)))]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        func said(_ text: String) -> Cell { text.isEmpty ? .muted("not recorded") : .text(text) }
        return [Fact("Customer", .link(lookups.customer(item.customerID) ?? "—", url: Paths.item(slug, .customers, item.customerID))),
                Fact("Date", .text(item.date.description)), Fact("Format", .text(item.format.label)),
                Fact("Their people", said(item.contactIDs.compactMap(lookups.contact).joined(separator: ", "))),
                Fact("Our people", said(item.attendeeIDs.compactMap { lookups.person($0) }.joined(separator: ", "))),
                Fact("What works for them", said(item.worksWell)), Fact("What doesn't work", said(item.doesNotWork)),
                Fact("What matters most to their business", said(item.mattersMost)),
                Fact("Improvements that would make the biggest difference", said(item.improvements))]
    }

    /// Its feedback items, and what the team had already found on the same touchpoints, so the
    /// listener can say "we see that too".
    static func sections(_ item: Item, _ lookups: Lookups, _ ctx: OrgContext) async throws -> [DetailSection] {
        let slug = ctx.slug
        let feedback = try await ctx.records(FeedbackResource.self).all(filters: ListFilters(["conversation_id": item.id.uuidString]))
        let touchpoints = Set(feedback.flatMap(\.touchpointIDs))
        let touchpointNames = try await Lookups.load([.touchpoints], ctx)
        var known: [Stored<FrictionPoint>] = []
        for touchpoint in touchpoints {
            known += try await ctx.records(FrictionsResource.self).all(filters: ListFilters(["touchpoint_id": touchpoint.uuidString]))
        }
        let query = ["conversation_id": item.id.uuidString, "customer_id": item.customerID.uuidString, "date": item.date.description]
        return try await nurtureSections(item, ctx) + [
            DetailSection(title: "What we heard, item by item", columns: ["Feedback", "Kind", "Touchpoints", "Their priority"],
                          rows: feedback.map { entry in
                              [.link(entry.text, url: Paths.item(slug, .feedback, entry.id)), .text(entry.kind.label),
                               .text(entry.touchpointIDs.compactMap { touchpointNames.touchpoint($0)?.name }.joined(separator: ", ")),
                               entry.priority.map { .text("\($0) of 5") } ?? .muted("—")]
                          },
                          emptyMessage: "Split the notes into feedback items: one thing said, on the touchpoint it concerns, with the customer's own priority.",
                          action: ("Add feedback item", Paths.new(slug, .feedback, query: query))),
            DetailSection(title: "What the team had already identified on these touchpoints", columns: ["Friction", "Source", "Severity", "Status"],
                          rows: known.sorted { $0.severity > $1.severity }.map {
                              [.link($0.description, url: Paths.item(slug, .frictions, $0.id)), .text($0.source.label),
                               .text("\($0.severity)"), .text($0.status.label)]
                          },
                          emptyMessage: touchpoints.isEmpty ? "Link feedback items to touchpoints to see what the team already knew about them."
                              : "Nothing was recorded on these touchpoints before: what the customer said may be a blind spot."),
        ]
    }

    /// The follow-up note (or the button that drafts it) and the check-ins after this conversation.
    static func nurtureSections(_ item: Item, _ ctx: OrgContext) async throws -> [DetailSection] {
        let slug = ctx.slug, filter = ListFilters(["conversation_id": item.id.uuidString])
        let note = try await ctx.records(FollowUpNotesResource.self).all(filters: filter).first
        let checkIns = try await ctx.records(CheckInsResource.self).all(filters: filter)
        let people = try await Lookups.load([.people], ctx)
        return [
            DetailSection(title: "Follow-up note", columns: ["Note", "Status", "Sent on"],
                          rows: note.map { [[.link("Read and edit the note", url: Paths.item(slug, .followUpNotes, $0.id)),
                                              .badge($0.status.label, tone: $0.status == .sent ? .good : .warn),
                                              $0.sentOn.map { .text($0.description) } ?? .muted("—")]] } ?? [],
                          emptyMessage: "No note yet. Align drafts one from what was heard and what is planned, for you to edit and send.",
                          action: note == nil ? ("Draft follow-up note", Paths.new(slug, .followUpNotes, query: ["conversation_id": item.id.uuidString])) : nil),
            DetailSection(title: "Check-ins after this conversation", columns: ["Due", "Who checks in", "Status", "How it feels now"],
                          rows: checkIns.map { checkIn in
                              [.link(checkIn.dueDate.description, url: Paths.item(slug, .checkIns, checkIn.id)),
                               checkIn.assigneeID.map { .text(people.person($0) ?? "—") } ?? .muted("Nobody yet"),
                               CheckInsResource.statusBadge(checkIn), checkIn.feeling.map { .text(CheckIn.feelingLabel($0)) } ?? .muted("—")]
                          },
                          emptyMessage: "No check-ins: the organization's Nurture settings schedule none, or their dates had passed when the conversation was recorded.",
                          action: ("Add a check-in", Paths.new(slug, .checkIns, query: ["customer_id": item.customerID.uuidString,
                                                                                           "conversation_id": item.id.uuidString]))),
        ]
    }
}
