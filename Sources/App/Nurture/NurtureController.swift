import Domain
import Foundation
import Persistence
import Vapor
import Web

/// The Nurture overview (due this week, overdue, mine, notes to send) and marking a note sent.
struct NurtureController: Sendable {
    func register(_ router: Router) {
        router.page(.GET, .nurture, use: overview)
        router.page(.POST, .recordStep(.followUpNotes, .key, .sent), use: markSentPage)
        router.api(.GET, .nurture, use: overviewAPI)
        router.api(.POST, .recordStep(.followUpNotes, .key, .sent), use: markSentAPI)
    }

    func overview(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let view = NurtureView(rawValue: req.queryValues["view"] ?? "") ?? .thisWeek
        let me = try await ctx.myPerson()
        var counts: [NurtureView: Int] = [:]
        for other in NurtureView.allCases where other != view {
            counts[other] = try await Self.rows(other, me: me, Pagination(page: 1, per: 1), ctx).total
        }
        let shown = try await Self.rows(view, me: me, Pagination(page: req.queryValues["page"].flatMap(Int.init), per: 50), ctx)
        counts[view] = shown.total
        let empty = switch view {
        case .thisWeek: "No check-ins due this week."
        case .overdue: "Nothing overdue: every check-in due so far was done or cancelled."
        case .mine: me == nil ? "Your account's email matches nobody on the People list, so no check-in is assigned to you." : "No check-ins are waiting for you."
        case .drafts: "Every follow-up note has been sent. Draft one from a conversation's page."
        }
        var model = NurtureModel(slug: ctx.slug, view: view, counts: counts,
                                 columns: view == .drafts ? FollowUpNotesResource.columns : CheckInsResource.columns, rows: shown.items,
                                 empty: empty, isAdmin: ctx.access.allows(.editOrganization), unreadInbox: ctx.unreadInbox)
        model.page = min(shown.page, shown.pageCount)
        model.pageCount = shown.pageCount
        return req.page(NurturePage.render(model, shell: ctx.shell("Nurture", current: "nurture", notice: req.notice)))
    }

    /// One page of a view, as table rows, with the view's total.
    static func rows(_ view: NurtureView, me: Stored<Person>?, _ page: Pagination, _ ctx: OrgContext) async throws -> Paged<[Cell]> {
        guard let filters = filters(view, me: me) else { return Paged(items: [], request: page, total: 0) }
        if view == .drafts {
            let notes = try await ctx.records(FollowUpNotesResource.self).list(filters: filters, page: page)
            let lookups = try await names(notes.items.map(\.content.formInput), ctx)
            return notes.map { FollowUpNotesResource.row($0, lookups, slug: ctx.slug) }
        }
        let checkIns = try await ctx.records(CheckInsResource.self).list(filters: filters, page: page)
        let lookups = try await names(checkIns.items.map(\.content.formInput), ctx)
        return checkIns.map { CheckInsResource.row($0, lookups, slug: ctx.slug) }
    }

    /// The people, conversations and customers the rows name, and no others.
    static func names(_ inputs: [FormInput], _ ctx: OrgContext) async throws -> Lookups {
        let ids = Lookups.referencedIDs(inputs)
        var lookups = try await Lookups.load([.people, .conversations], ctx, only: ids)
        lookups.customers = try await ctx.records(CustomersResource.self).some(ids.union(lookups.conversations.map(\.customerID)))
        return lookups
    }

    /// The filters behind a view; nil when the view has nothing (mine, for someone not on the People list).
    static func filters(_ view: NurtureView, me: Stored<Person>?) -> ListFilters? {
        switch view {
        case .thisWeek: ListFilters(["when": "this-week"])
        case .overdue: ListFilters(["when": "overdue"])
        case .mine: me.map { ListFilters(["assignee_id": $0.id.uuidString, "status": CheckInStatus.scheduled.rawValue]) }
        case .drafts: ListFilters(["status": NoteStatus.draft.rawValue])
        }
    }

    func overviewAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        guard let view = NurtureView(rawValue: req.queryValues["view"] ?? NurtureView.thisWeek.rawValue) else {
            throw ValidationFailure(field: "view", message: "View must be one of: \(NurtureView.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        let page = pagination(req.queryValues)
        guard let filters = Self.filters(view, me: try await ctx.myPerson()) else { return try json(Paged<Stored<CheckIn>>(items: [], request: page, total: 0)) }
        if view == .drafts { return try json(try await ctx.records(FollowUpNotesResource.self).list(filters: filters, page: page)) }
        return try json(try await ctx.records(CheckInsResource.self).list(filters: filters, page: page))
    }

    func markSentPage(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let item = try await Self.markSent(req, ctx)
        return redirect(Paths.item(ctx.slug, .followUpNotes, item.id), notice: .updated)
    }

    func markSentAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try json(try await Self.markSent(req, ctx))
    }

    static func markSent(_ req: Request, _ ctx: OrgContext) async throws -> Stored<FollowUpNote> {
        try await ctx.records(FollowUpNotesResource.self).markSent(try req.idParameter())
    }
}
