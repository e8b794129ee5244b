import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Web

/// The Nurture overview (due this week, overdue, mine, notes to send) and marking a note sent.
struct NurtureController: Sendable {
    func register(web: any RoutesBuilder, api: any RoutesBuilder) {
        web.get("nurture", use: overview)
        web.post("follow-up-notes", ":id", "sent", use: markSentPage)
        api.get("nurture", use: overviewAPI)
        api.post("follow-up-notes", ":id", "sent", use: markSentAPI)
    }

    func overview(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let view = NurtureView(rawValue: req.queryValues["view"] ?? "") ?? .thisWeek
        let lookups = try await Lookups.load([.customers, .people, .conversations], ctx)
        var counts: [NurtureView: Int] = [:]
        for other in NurtureView.allCases {
            if let filters = try await Self.filters(other, ctx) { counts[other] = try await Self.count(other, filters, ctx) }
        }
        let rows: [[Cell]]
        let columns: [String]
        let page = Pagination(page: req.queryValues["page"].flatMap(Int.init), per: 50)
        var pageCount = 1
        if view == .drafts {
            columns = FollowUpNotesResource.columns
            let notes = try await ctx.store(FollowUpNoteRecord.self).list(filters: ListFilters(["status": NoteStatus.draft.rawValue]), page: page)
            pageCount = notes.pageCount
            rows = notes.items.map { FollowUpNotesResource.row($0, lookups, slug: ctx.slug) }
        } else {
            columns = CheckInsResource.columns
            let filters = try await Self.filters(view, ctx)
            let checkIns = filters == nil ? nil : try await ctx.store(CheckInRecord.self).list(filters: filters!, page: page)
            pageCount = checkIns?.pageCount ?? 1
            rows = checkIns?.items.map { CheckInsResource.row($0, lookups, slug: ctx.slug) } ?? []
        }
        let me = try await ctx.myPerson()
        let empty = switch view {
        case .thisWeek: "No check-ins due this week."
        case .overdue: "Nothing overdue: every check-in due so far was done or cancelled."
        case .mine: me == nil ? "Your account's email matches nobody on the People list, so no check-in is assigned to you." : "No check-ins are waiting for you."
        case .drafts: "Every follow-up note has been sent. Draft one from a conversation's page."
        }
        var model = NurtureModel(slug: ctx.slug, view: view, counts: counts, columns: columns, rows: rows, empty: empty,
                                 isAdmin: ctx.access.allows(.editOrganization), unreadInbox: try await Inbox.unreadCount(ctx))
        model.page = min(max(1, page.page), pageCount)
        model.pageCount = pageCount
        return req.page(NurturePage.render(model, shell: ctx.shell("Nurture", current: "nurture", notice: req.notice)))
    }

    /// The check-in filters behind a view; nil when the view has nothing (mine, for someone not on the People list).
    static func filters(_ view: NurtureView, _ ctx: OrgContext) async throws -> ListFilters? {
        switch view {
        case .thisWeek: return ListFilters(["when": "this-week"])
        case .overdue: return ListFilters(["when": "overdue"])
        case .mine:
            guard let me = try await ctx.myPerson() else { return nil }
            return ListFilters(["assignee_id": me.id.uuidString, "status": CheckInStatus.scheduled.rawValue])
        case .drafts: return ListFilters(["status": NoteStatus.draft.rawValue])
        }
    }

    static func count(_ view: NurtureView, _ filters: ListFilters, _ ctx: OrgContext) async throws -> Int {
        view == .drafts ? try await ctx.store(FollowUpNoteRecord.self).list(filters: filters, page: Pagination(page: 1, per: 1)).total
            : try await ctx.store(CheckInRecord.self).list(filters: filters, page: Pagination(page: 1, per: 1)).total
    }

    func overviewAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        guard let view = NurtureView(rawValue: req.queryValues["view"] ?? NurtureView.thisWeek.rawValue) else {
            throw ValidationFailure(field: "view", message: "View must be one of: \(NurtureView.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        let page = pagination(req.queryValues)
        guard let filters = try await Self.filters(view, ctx) else { return try json(Paged<Stored<CheckIn>>(items: [], request: page, total: 0)) }
        if view == .drafts { return try json(try await ctx.store(FollowUpNoteRecord.self).list(filters: filters, page: page)) }
        return try json(try await ctx.store(CheckInRecord.self).list(filters: filters, page: page))
    }

    func markSentPage(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let item = try await Self.markSent(req, ctx)
        return redirect(Paths.item(ctx.slug, "follow-up-notes", item.id) + "?notice=updated")
    }

    func markSentAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try json(try await Self.markSent(req, ctx))
    }

    static func markSent(_ req: Request, _ ctx: OrgContext) async throws -> Stored<FollowUpNote> {
        guard let record = try await ctx.store(FollowUpNoteRecord.self).find(try req.idParameter()) else { throw Abort(.notFound) }
        try ctx.authorize(.update, .followUpNotes)
        var content = record.content
        guard content.status == .draft else { return record.stored }
        let before = content.formInput
        content.status = .sent
        content.sentOn = .today
        let item = try await ctx.store(FollowUpNoteRecord.self).update(record, with: content)
        try await ctx.audit(.update, "follow-up-notes", id: item.id, before: before, after: item.content.formInput)
        return item
    }
}
