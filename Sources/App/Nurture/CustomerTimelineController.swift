import Domain
import Foundation
import Persistence
import Vapor
import Web

/// A customer's timeline, in the API and as a section of the customer's page.
struct CustomerTimelineController: Sendable {
    struct Entry: Encodable, Sendable {
        let date: CalendarDate
        let kind: String
        let title: String
        let detail: String
        let path: String
    }

    func register(_ router: Router) {
        router.api(.GET, .recordStep(.customers, .key, .timeline), use: timelineAPI)
    }

    func timelineAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let entries = try await CustomerTimeline(ctx.scope).entries(try req.idParameter())
        return try json(entries.map { Self.entry($0, slug: ctx.slug) })
    }

    static func entry(_ entry: TimelineEntry, slug: String) -> Entry {
        Entry(date: entry.date, kind: entry.kind, title: entry.title, detail: entry.detail, path: Paths.item(slug, entry.recordKind, entry.recordID))
    }

    /// The timeline as a section of the customer's page, with how things felt at each check-in.
    static func section(_ customerID: UUID, _ ctx: OrgContext) async throws -> DetailSection {
        let entries = try await CustomerTimeline(ctx.scope).entries(customerID)
        let label: [String: String] = ["conversation": "Conversation", "note-sent": "Note sent", "check-in": "Check-in", "check-in-due": "Check-in due",
                                       "initiative": "Initiative", "told-what-changed": "Told what changed"]
        return DetailSection(title: "Timeline", columns: ["Date", "What", "Details"],
                             rows: entries.map { [.text($0.date.description), .link($0.title, url: Paths.item(ctx.slug, $0.recordKind, $0.recordID)),
                                                  $0.detail.isEmpty ? .muted(label[$0.kind] ?? "") : .text(String($0.detail.prefix(200)))] },
                             emptyMessage: "Nothing yet. Hold a listening conversation with this customer: notes, check-ins and the changes that follow appear here.",
                             action: ("Record a conversation", Paths.new(ctx.slug, .conversations, query: ["customer_id": customerID.uuidString])))
    }
}
