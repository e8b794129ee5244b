import Domain
import Foundation
import Persistence
import Vapor
import Web

/// Each person's private iCalendar feed of the check-ins assigned to them: made, replaced and turned
/// off from their page; read by calendar apps at an unguessable address that needs no sign-in.
struct CalendarController: Sendable {
    func register(_ router: Router) {
        router.page(.GET, .calendar, use: page)
        router.page(.POST, .calendar, use: issue)
        router.page(.POST, .revokeCalendar, use: revoke)
        router.site(.GET, .calendarFeed(.key), use: feed)
    }

    func page(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try await Self.render(req, ctx, newAddress: nil)
    }

    static func render(_ req: Request, _ ctx: OrgContext, newAddress: String?) async throws -> Response {
        let current = try await ctx.calendarFeed.current()
        let me = try await ctx.myPerson()
        return req.page(CalendarFeedPage.render(CalendarFeedModel(slug: ctx.slug, hasFeed: current != nil, prefix: current?.prefix, lastUsed: current?.lastUsedAt,
                                                newAddress: newAddress, personName: me?.name), shell: ctx.shell("My calendar feed", current: "nurture", notice: req.notice)))
    }

    func issue(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let secret = try await ctx.calendarFeed.issue()
        return try await Self.render(req, ctx, newAddress: req.absoluteURL(SiteURL.calendarFeed(.value(secret + ".ics")).path))
    }

    func revoke(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try await ctx.calendarFeed.revoke()
        return redirect(Paths.page(ctx.slug, .calendar), notice: .updated)
    }

    /// The feed itself. An unknown or revoked address is simply not found.
    func feed(req: Request) async throws -> Response {
        guard let file = req.parameters.get("file"), file.hasSuffix(".ics"),
              let content = try await req.store.calendarFeed(secret: String(file.dropLast(4)))
        else { throw Abort(.notFound) }
        let org = content.organization
        let events = content.checkIns.map { checkIn, customer in
            let done = checkIn.status == .done
            return ICalendar.Event(
                uid: "check-in-\(checkIn.id.uuidString.lowercased())@align", date: checkIn.dueDate,
                summary: (done ? "Done: " : "") + "Check in with \(customer ?? "a customer")",
                description: done ? "Recorded: \(checkIn.feeling.map(CheckIn.feelingLabel) ?? "—"). \(checkIn.comment)"
                    : "Ask how things feel now (1–5) and what they say, and record it in Align.",
                url: req.absoluteURL(Paths.item(org.slug, .checkIns, checkIn.id)), cancelled: checkIn.status == .cancelled)
        }
        let body = ICalendar.feed(name: "Align check-ins · \(org.name)", events: events, stamp: Date())
        let response = Response(status: .ok, body: .init(string: body))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, max-age=300")
        return response
    }
}

extension OrgContext {
    /// The signed-in person's calendar feed here.
    var calendarFeed: CalendarFeed { CalendarFeed(scope, userID: signedIn.userID) }
}
