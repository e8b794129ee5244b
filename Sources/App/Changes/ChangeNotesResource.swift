import Domain
import Foundation
import Persistence
import Web

/// "What is changing" notes to the customers a planned change reaches: drafted from the change, edited, marked sent.
struct ChangeNotesResource: Resource {
    typealias Rules = ChangeNoteRules
    static let singular = "note about a change", plural = "Notes about changes"
    static let navSection = "changes"
    static let emptyMessage = "No notes to customers about changes yet. Open a planned change and draft notes for the customers it reaches."
    static let needs: Set<Lookups.Need> = [.customers, .changes]
    static let namesReferencedOnly = true
    static let filterNeeds: Set<Lookups.Need> = [.customers, .changes]

    static let columns = ["Customer", "Change", "Status", "Sent on"]

    static func title(_ item: Item, _ lookups: Lookups) -> String {
        "\(lookups.customer(item.customerID) ?? "Customer") · \(lookups.change(item.changeID)?.title ?? "change")"
    }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("change_id", "Planned change", .select(lookups.changeOptions, blank: "Choose a change"), required: true),
         FormField("customer_id", "Customer", .select(lookups.customerOptions, blank: "Choose a customer"), required: true),
         FormField("body", "Note", .textarea(rows: 12), required: true),
         FormField("status", "Status", .select(option(NoteStatus.self), blank: nil)),
         FormField("sent_on", "Sent on", .date, hint: "Required once the note is sent.")]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("change_id", "Planned change", options: lookups.changeOptions, selected: current["change_id"]),
         FilterControl("customer_id", "Customer", options: lookups.customerOptions, selected: current["customer_id"]),
         FilterControl("status", "Status", options: option(NoteStatus.self), selected: current["status"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(lookups.customer(item.customerID) ?? "—", url: Paths.item(slug, kind, item.id)),
         .link(lookups.change(item.changeID)?.title ?? "—", url: Paths.item(slug, .changes, item.changeID)),
         statusBadge(item.status), item.sentOn.map { .text($0.description) } ?? .muted("—")]
    }

    static func statusBadge(_ status: NoteStatus) -> Cell { .badge(status.label, tone: status == .sent ? .good : .warn) }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Planned change", .link(lookups.change(item.changeID)?.title ?? "—", url: Paths.item(slug, .changes, item.changeID))),
         Fact("Customer", .link(lookups.customer(item.customerID) ?? "—", url: Paths.item(slug, .customers, item.customerID))),
         Fact("Status", statusBadge(item.status)), Fact("Sent on", item.sentOn.map { .text($0.description) } ?? .muted("Not sent yet")),
         Fact("Note", .prose(item.body))]
    }
}
