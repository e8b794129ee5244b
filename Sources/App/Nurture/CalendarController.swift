import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Web

/// Each person's private iCalendar feed of the check-ins assigned to them: made, replaced and turned
/// off from their page; read by calendar apps at an unguessable address that needs no sign-in.
struct CalendarController: Sendable {
    func register(_ app: Application, web: any RoutesBuilder) {
        web.get("calendar", use: page)
        web.post("calendar", use: issue)
        web.post("calendar", "revoke", use: revoke)
        app.get("calendar", ":file", use: feed)
    }

    func page(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try await Self.render(req, ctx, newAddress: nil)
    }

    static func render(_ req: Request, _ ctx: OrgContext, newAddress: String?) async throws -> Response {
        let current = try await CalendarFeeds.current(userID: ctx.signedIn.userID, organizationID: ctx.id, on: ctx.db)
        let me = try await ctx.myPerson()
        return req.page(CalendarFeedPage.render(slug: ctx.slug, hasFeed: current != nil, prefix: current?.prefix, lastUsed: current?.lastUsedAt,
                                                newAddress: newAddress, personName: me?.name,
                                                shell: ctx.shell("My calendar feed", current: "nurture", notice: req.notice)))
    }

    func issue(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let secret = try await CalendarFeeds.issue(userID: ctx.signedIn.userID, organizationID: ctx.id, on: ctx.db)
        return try await Self.render(req, ctx, newAddress: req.absoluteURL("/calendar/\(secret).ics"))
    }

    func revoke(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try await CalendarFeeds.revoke(userID: ctx.signedIn.userID, organizationID: ctx.id, on: ctx.db)
        return redirect(Paths.list(ctx.slug, "calendar") + "?notice=updated")
    }

    /// The feed itself. An unknown or revoked address is simply not found.
    func feed(req: Request) async throws -> Response {
        guard let file = req.parameters.get("file"), file.hasSuffix(".ics"),
              let feed = try await CalendarFeeds.find(secret: String(file.dropLast(4)), on: req.db),
              let user = try await Accounts.user(id: feed.userID, on: req.db),
              try await Accounts.membership(userID: feed.userID, organizationID: feed.organizationID, on: req.db) != nil,
              let org = try await OrganizationRecord.query(on: req.db).filter(\.$id == feed.organizationID).first()?.stored
        else { throw Abort(.notFound) }
        let today = CalendarDate.today
        var events: [ICalendar.Event] = []
        if let me = try await PersonRecord.find(email: user.email, organizationID: org.id, on: req.db) {
            let store = RecordStore<CheckInRecord>(db: req.db, organizationID: org.id)
            let customers = try await RecordStore<CustomerRecord>(db: req.db, organizationID: org.id).all()
            let names = Dictionary(customers.map { ($0.id, $0.accountName) }, uniquingKeysWith: { a, _ in a })
            for checkIn in try await store.all(filters: ListFilters(["assignee_id": me.id.uuidString]))
                where checkIn.dueDate >= today.adding(days: -180) && checkIn.dueDate <= today.adding(days: 400) {
                let customer = names[checkIn.customerID] ?? "a customer"
                let done = checkIn.status == .done
                events.append(ICalendar.Event(
                    uid: "check-in-\(checkIn.id.uuidString.lowercased())@align", date: checkIn.dueDate,
                    summary: (done ? "Done: " : "") + "Check in with \(customer)",
                    description: done ? "Recorded: \(checkIn.feeling.map(CheckIn.feelingLabel) ?? "—"). \(checkIn.comment)"
                        : "Ask how things feel now (1–5) and what they say, and record it in Align.",
                    url: req.absoluteURL(Paths.item(org.slug, "check-ins", checkIn.id)), cancelled: checkIn.status == .cancelled))
            }
        }
        let body = ICalendar.feed(name: "Align check-ins · \(org.name)", events: events, stamp: Date())
        let response = Response(status: .ok, body: .init(string: body))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, max-age=300")
        return response
    }
}
