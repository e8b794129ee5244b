import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Web

/// One customer's relationship over time: conversations, notes sent, check-ins with how things felt,
/// and the initiatives that answered what they said.
struct CustomerTimeline: Sendable {
    struct Entry: Encodable, Sendable {
        let date: CalendarDate
        let kind: String
        let title: String
        let detail: String
        let path: String
    }

    func register(api: any RoutesBuilder) {
        api.get("customers", ":id", "timeline", use: timelineAPI)
    }

    func timelineAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        guard let customer = try await ctx.store(CustomerRecord.self).find(try req.idParameter()) else { throw Abort(.notFound) }
        return try json(try await Self.entries(customer.id!, ctx))
    }

    /// Newest first.
    static func entries(_ customerID: UUID, _ ctx: OrgContext) async throws -> [Entry] {
        let slug = ctx.slug, filter = ListFilters(["customer_id": customerID.uuidString])
        var entries: [Entry] = []
        let conversations = try await ctx.store(ConversationRecord.self).all(filters: filter)
        for conversation in conversations {
            entries.append(Entry(date: conversation.date, kind: "conversation", title: "\(conversation.format.label) conversation",
                                 detail: conversation.doesNotWork.isEmpty ? conversation.worksWell : conversation.doesNotWork,
                                 path: Paths.item(slug, "conversations", conversation.id)))
        }
        for note in try await ctx.store(FollowUpNoteRecord.self).all(filters: filter) where note.status == .sent {
            entries.append(Entry(date: note.sentOn ?? .today, kind: "note-sent", title: "Follow-up note sent",
                                 detail: String(note.body.split(separator: "\n").dropFirst(2).first ?? ""), path: Paths.item(slug, "follow-up-notes", note.id)))
        }
        for checkIn in try await ctx.store(CheckInRecord.self).all(filters: filter) where checkIn.status != .cancelled {
            let done = checkIn.status == .done
            entries.append(Entry(date: done ? (checkIn.completedOn ?? checkIn.dueDate) : checkIn.dueDate, kind: done ? "check-in" : "check-in-due",
                                 title: done ? "Check-in: \(checkIn.feeling.map(CheckIn.feelingLabel) ?? "done")" : "Check-in due",
                                 detail: checkIn.comment, path: Paths.item(slug, "check-ins", checkIn.id)))
        }
        let initiatives = try await Lookups.load([.initiatives], ctx)
        for initiative in try await touching(customerID, conversations: conversations.map(\.id), initiatives: initiatives.initiatives, ctx) {
            let day = initiative.verifiedOn ?? initiative.doneOn ?? initiative.dueDate
            entries.append(Entry(date: day, kind: "initiative", title: "Initiative \(initiative.status.label.lowercased()): \(initiative.title)",
                                 detail: initiative.description, path: Paths.item(slug, "initiatives", initiative.id)))
        }
        let notes = try await ClosingNoteRecord.query(on: ctx.db).filter(\.$customerID == customerID).filter(\.$organizationID == ctx.id).all()
        for note in notes where note.status == .shared {
            guard let initiative = initiatives.initiative(note.initiativeID), let day = note.sharedOn.flatMap(CalendarDate.init) else { continue }
            entries.append(Entry(date: day, kind: "told-what-changed", title: "Told what changed: \(initiative.title)", detail: "",
                                 path: Paths.item(slug, "initiatives", initiative.id)))
        }
        return entries.sorted { ($0.date, $0.kind) > ($1.date, $1.kind) }
    }

    /// Initiatives answering anything this customer said, named on the feedback or in their conversations.
    static func touching(_ customerID: UUID, conversations: [UUID], initiatives: [Stored<Initiative>], _ ctx: OrgContext) async throws -> [Stored<Initiative>] {
        let items = try await FeedbackRecord.ofCustomer(customerID, conversations: conversations, organizationID: ctx.id, on: ctx.db).map(\.stored)
        return try await InitiativesAnswering.feedback(items, among: initiatives, ctx)
    }

    /// The timeline as a section of the customer's page, with how things felt at each check-in.
    static func section(_ customerID: UUID, _ ctx: OrgContext) async throws -> DetailSection {
        let entries = try await entries(customerID, ctx)
        let label: [String: String] = ["conversation": "Conversation", "note-sent": "Note sent", "check-in": "Check-in", "check-in-due": "Check-in due",
                                       "initiative": "Initiative", "told-what-changed": "Told what changed"]
        return DetailSection(title: "Timeline", columns: ["Date", "What", "Details"],
                             rows: entries.map { [.text($0.date.description), .link($0.title, url: $0.path),
                                                  $0.detail.isEmpty ? .muted(label[$0.kind] ?? "") : .text(String($0.detail.prefix(200)))] },
                             emptyMessage: "Nothing yet. Hold a listening conversation with this customer: notes, check-ins and the changes that follow appear here.",
                             action: ("Record a conversation", Paths.new(ctx.slug, "conversations", query: ["customer_id": customerID.uuidString])))
    }

    /// "How things feel", check-in by check-in, oldest first: the customer's trend in a line.
    static func feelingTrend(_ customerID: UUID, _ ctx: OrgContext) async throws -> String? {
        let held = try await ctx.store(CheckInRecord.self).all(filters: ListFilters(["customer_id": customerID.uuidString, "status": "done"]))
            .compactMap { checkIn in checkIn.feeling.map { (checkIn.completedOn ?? checkIn.dueDate, $0) } }.sorted { $0.0 < $1.0 }
        guard !held.isEmpty else { return nil }
        return held.map { "\($0.1) (\($0.0))" }.joined(separator: " → ") + " on a scale from 1 (much worse) to 5 (much better)"
    }
}
