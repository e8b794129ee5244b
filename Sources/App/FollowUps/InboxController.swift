import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Web

/// Each person's in-app inbox of reminders, in one organization.
struct InboxController: Sendable {
    static let perPage = 25

    func register(web: any RoutesBuilder, api: any RoutesBuilder) {
        web.get("inbox", use: page)
        web.post("inbox", "read-all", use: readAll)
        web.post("inbox", ":id", "read", use: readPage)
        api.get("inbox", use: listAPI)
        api.post("inbox", ":id", "read", use: readAPI)
    }

    func page(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let (entries, page, count) = try await Self.entries(req, ctx)
        return req.page(InboxPage.render(slug: ctx.slug, entries: entries, page: page, pageCount: count,
                                         shell: ctx.shell("Inbox", current: "nurture", notice: req.notice)))
    }

    func listAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let (entries, page, count) = try await Self.entries(req, ctx)
        return try json(InboxList(items: entries, page: page, pageCount: count, unread: try await Inbox.unreadCount(ctx)))
    }

    struct InboxList: Encodable {
        let items: [InboxEntry]
        let page: Int
        let pageCount: Int
        let unread: Int
    }

    func readPage(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try await Self.markRead(try req.idParameter(), ctx)
        return redirect(Paths.list(ctx.slug, "inbox"))
    }

    func readAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try await Self.markRead(try req.idParameter(), ctx)
        return Response(status: .noContent)
    }

    func readAll(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try await Self.mine(ctx).filter(\.$readAt == nil).set(\.$readAt, to: Date()).update()
        return redirect(Paths.list(ctx.slug, "inbox"))
    }

    static func mine(_ ctx: OrgContext) -> QueryBuilder<InboxMessageRecord> {
        InboxMessageRecord.query(on: ctx.db).filter(\.$organizationID == ctx.id).filter(\.$userID == ctx.signedIn.userID)
    }

    static func markRead(_ id: UUID, _ ctx: OrgContext) async throws {
        guard let message = try await mine(ctx).filter(\.$id == id).first() else { throw Abort(.notFound) }
        if message.readAt == nil {
            message.readAt = Date()
            try await message.update(on: ctx.db)
        }
    }

    static func entries(_ req: Request, _ ctx: OrgContext) async throws -> ([InboxEntry], Int, Int) {
        let total = try await mine(ctx).count()
        let page = pagination(req.queryValues, total: total, per: perPage)
        let records = try await mine(ctx).sort(\.$createdAt, .descending).sort(\.$id).range(page.offset..<(page.offset + page.per)).all()
        return (records.map { InboxEntry(id: $0.id!, title: $0.title, body: $0.body, url: $0.url, createdAt: $0.createdAt ?? Date(),
                                         read: $0.readAt != nil) }, page.page, Paged(items: records, request: page, total: total).pageCount)
    }
}

enum Inbox {
    static func unreadCount(_ ctx: OrgContext) async throws -> Int {
        try await InboxController.mine(ctx).filter(\.$readAt == nil).count()
    }
}
