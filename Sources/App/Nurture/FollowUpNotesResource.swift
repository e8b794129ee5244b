import Domain
import Foundation
import Persistence
import Vapor
import Web

/// Nurture: the note back to a customer after a conversation, drafted by Align, edited and sent by the listener.
struct FollowUpNotesResource: Resource {
    typealias Rules = FollowUpNoteRules
    static let singular = "follow-up note", plural = "Follow-up notes"
    static let navSection = "nurture"
    static let emptyMessage = "No follow-up notes yet. Open a conversation and choose “Draft follow-up note”: Align writes the thanks and what was heard; you edit and send it."
    static let needs: Set<Lookups.Need> = [.conversations, .customers]
    static let columns = ["Conversation", "Customer", "Status", "Sent on"]

    static var defaults: FormInput { FormInput(single: ["status": NoteStatus.draft.rawValue]) }

    static func title(_ item: Item, _ lookups: Lookups) -> String {
        let conversation = lookups.conversations.first { $0.id == item.conversationID }
        return "Follow-up to \(conversation.flatMap { lookups.customer($0.customerID) } ?? "a customer")" + (conversation.map { " · \($0.date)" } ?? "")
    }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("conversation_id", "Conversation", .select(lookups.conversationOptions, blank: "Choose a conversation"), required: true),
         FormField("body", "Note", .textarea(rows: 16), hint: "Thank them, say what you heard in their words and what is planned. No defending, no explaining.",
                   required: true),
         .choice("status", "Status", NoteStatus.self),
         FormField("sent_on", "Sent on", .date, hint: "YYYY-MM-DD; required once sent.")]
    }

    /// A new note for a conversation starts as Align's draft.
    static func prefill(_ values: FormInput, _ ctx: OrgContext) async throws -> FormInput {
        guard values.value("body") == nil, let id = values.value("conversation_id").flatMap(UUID.init(uuidString:)),
              let conversation = try await ctx.records(ConversationsResource.self).findIfAny(id) else { return values }
        var values = values
        values["body"] = try await FollowUpDrafts.draft(for: conversation, ctx.scope)
        return values
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("status", "Status", options: option(NoteStatus.self), selected: current["status"]),
         FilterControl("customer_id", "Customer", options: lookups.customerOptions, selected: current["customer_id"]),
         FilterControl("conversation_id", "Conversation", options: lookups.conversationOptions, selected: current["conversation_id"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        let conversation = lookups.conversations.first { $0.id == item.conversationID }
        return [.link(title(item, lookups), url: Paths.item(slug, kind, item.id)),
                conversation.map { .link(lookups.customer($0.customerID) ?? "—", url: Paths.item(slug, .customers, $0.customerID)) } ?? .muted("—"),
                .badge(item.status.label, tone: item.status == .sent ? .good : .warn), item.sentOn.map { .text($0.description) } ?? .muted("—")]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Conversation", .link(lookups.conversations.first { $0.id == item.conversationID }.map { "\($0.date) · \(lookups.customer($0.customerID) ?? "")" } ?? "—",
                                    url: Paths.item(slug, .conversations, item.conversationID))),
         Fact("Status", .badge(item.status.label, tone: item.status == .sent ? .good : .warn)),
         Fact("Sent on", item.sentOn.map { .text($0.description) } ?? .muted("Not sent yet")),
         Fact("Note", .prose(item.body)),
         Fact("Send it", item.status == .sent ? .muted("Sent.")
              : .button("Mark as sent today", url: Paths.step(slug, kind, item.id, .sent), fields: [:]))]
    }

}
