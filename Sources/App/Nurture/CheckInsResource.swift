import Domain
import Foundation
import Persistence
import Vapor
import Web

/// Nurture: going back to customers months after a conversation to ask how things feel now.
struct CheckInsResource: Resource {
    typealias Rules = CheckInRules
    static let singular = "check-in", plural = "Check-ins"
    static let navSection = "nurture"
    static let emptyMessage = "No check-ins yet. Align schedules them after each conversation (see the Nurture settings); add one by hand for any customer."
    static let needs: Set<Lookups.Need> = [.customers, .people, .conversations]
    static let columns = ["Customer", "Due", "Who checks in", "Status", "How it feels now", "Comment"]

    static var defaults: FormInput { FormInput(single: ["status": CheckInStatus.scheduled.rawValue]) }

    static func title(_ item: Item, _ lookups: Lookups) -> String {
        "Check-in with \(lookups.customer(item.customerID) ?? "customer") · \(item.dueDate)"
    }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("customer_id", "Customer", .select(lookups.customerOptions, blank: "Choose a customer"), required: true),
         FormField("conversation_id", "After the conversation", .select(lookups.conversationOptions, blank: "None")),
         FormField("due_date", "Due date", .date, hint: "YYYY-MM-DD", required: true),
         FormField("assignee_id", "Who checks in", .select(lookups.personOptions, blank: "Nobody yet")),
         .choice("status", "Status", CheckInStatus.self),
         FormField("feeling", "How do things feel now?", .select(CheckIn.feelings.map { .init("\($0)", CheckIn.feelingLabel($0)) }, blank: "Not asked yet"),
                   hint: "Their answer, from 1 (much worse) to 5 (much better); needed to mark it done."),
         FormField("comment", "Comment", .textarea(rows: 4), hint: "What they said, in their words."),
         FormField("completed_on", "Done on", .date, hint: "YYYY-MM-DD")]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("when", "When", options: [.init("overdue", "Overdue"), .init("this-week", "Due this week"), .init("upcoming", "Upcoming")],
                       selected: current["when"]),
         FilterControl("status", "Status", options: option(CheckInStatus.self), selected: current["status"]),
         FilterControl("assignee_id", "Who checks in", options: lookups.personOptions, selected: current["assignee_id"]),
         FilterControl("customer_id", "Customer", options: lookups.customerOptions, selected: current["customer_id"]),
         FilterControl("conversation_id", "Conversation", options: lookups.conversationOptions, selected: current["conversation_id"])]
    }

    static func statusBadge(_ item: Item) -> Cell {
        if item.content.isOverdue(today: .today) { return .badge("Overdue", tone: .bad) }
        return .badge(item.status.label, tone: item.status == .done ? .good : item.status == .cancelled ? .neutral : .warn)
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(lookups.customer(item.customerID) ?? "—", url: Paths.item(slug, kind, item.id)), .text(item.dueDate.description),
         item.assigneeID.map { .text(lookups.person($0) ?? "—") } ?? .muted("Nobody yet"), statusBadge(item),
         item.feeling.map { .text(CheckIn.feelingLabel($0)) } ?? .muted("—"), item.comment.isEmpty ? .muted("—") : .text(String(item.comment.prefix(140)))]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Customer", .link(lookups.customer(item.customerID) ?? "—", url: Paths.item(slug, .customers, item.customerID))),
         Fact("After the conversation", item.conversationID.map { id in
             .link(lookups.conversations.first { $0.id == id }.map { $0.date.description } ?? "conversation", url: Paths.item(slug, .conversations, id))
         } ?? .muted("None")),
         Fact("Due", .text(item.dueDate.description + (item.offsetMonths.map { " (\($0) months after the conversation)" } ?? ""))),
         Fact("Who checks in", item.assigneeID.map { .text(lookups.person($0) ?? "—") } ?? .muted("Nobody yet")),
         Fact("Status", statusBadge(item)),
         Fact("How things feel now", item.feeling.map { .text(CheckIn.feelingLabel($0)) } ?? .muted("Not asked yet")),
         Fact("Comment", item.comment.isEmpty ? .muted("—") : .prose(item.comment)),
         Fact("Done on", item.completedOn.map { .text($0.description) } ?? .muted("—"))]
    }

    /// What to tell the customer: initiatives verified since their feedback, queued for this check-in.
    static func sections(_ item: Item, _ lookups: Lookups, _ ctx: OrgContext) async throws -> [DetailSection] {
        let rows: [[Cell]] = try await ClosingNotes.toTell(at: item, ctx.scope).map { change in
            [.link(change.initiative.title, url: Paths.item(ctx.slug, .initiatives, change.initiative.id)),
             .lines(change.nowDone), .text(change.initiative.verifiedOn?.description ?? "—")]
        }
        return [DetailSection(title: item.status == .scheduled ? "Tell them what changed" : "What we told them had changed",
                              columns: ["Initiative", "What is done now", "Verified"], rows: rows,
                              emptyMessage: "No verified initiative answers this customer's feedback yet.")]
    }

}
