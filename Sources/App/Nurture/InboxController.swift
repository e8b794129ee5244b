import Domain
import Foundation
import Persistence
import Vapor
import Web

/// Each person's in-app inbox of reminders, in one organization.
struct InboxController: Sendable {
    func register(_ router: Router) {
        router.page(.GET, .inbox, use: page)
        router.page(.POST, .readAllInbox, use: readAll)
        router.page(.POST, .inboxMessage(.key, .read), use: readPage)
        router.api(.GET, .inbox, use: listAPI)
        router.api(.POST, .inboxMessage(.key, .read), use: readAPI)
    }

    func page(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let page = try await ctx.inbox.page(req.queryValues["page"].flatMap(Int.init))
        return req.page(InboxPage.render(InboxModel(slug: ctx.slug, entries: page.items, page: page.page, pageCount: page.pageCount), shell: ctx.shell("Inbox", current: "nurture", notice: req.notice)))
    }

    func listAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let page = try await ctx.inbox.page(req.queryValues["page"].flatMap(Int.init))
        return try json(InboxList(items: page.items, page: page.page, pageCount: page.pageCount,
                                  unread: try await ctx.inbox.unreadCount()))
    }

    struct InboxList: Encodable {
        let items: [InboxMessage]
        let page: Int
        let pageCount: Int
        let unread: Int
    }

    func readPage(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try await ctx.inbox.markRead(try req.idParameter())
        return redirect(Paths.page(ctx.slug, .inbox))
    }

    func readAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try await ctx.inbox.markRead(try req.idParameter())
        return Response(status: .noContent)
    }

    func readAll(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try await ctx.inbox.markAllRead()
        return redirect(Paths.page(ctx.slug, .inbox))
    }
}

extension OrgContext {
    /// The signed-in person's inbox here.
    var inbox: Inbox { Inbox(scope, userID: signedIn.userID) }
}
