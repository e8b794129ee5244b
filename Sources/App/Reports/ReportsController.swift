import Domain
import Foundation
import Persistence
import Vapor
import Web

/// The executive alignment report on a page and in the API, and each team's monthly one-pager.
struct ReportsController: Sendable {
    func register(_ router: Router) {
        router.page(.GET, .executiveReport, use: executivePage)
        router.api(.GET, .executiveReport, use: executiveAPI)
        router.page(.GET, .teamOnePager(.key), use: onePagerPage)
        router.api(.GET, .teamOnePager(.key), use: onePagerAPI)
    }

    func onePagerPage(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        let pagers = TeamOnePagers(ctx.scope)
        let page = try await pagers.page(team: id, month: req.queryValues["month"])
        return req.page(TeamOnePagerView.render(page, slug: ctx.slug, months: try await pagers.months(team: id),
                                                shell: ctx.shell("\(page.teamName): one-pager \(page.month)", current: "teams")))
    }

    func onePagerAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try json(try await TeamOnePagers(ctx.scope).page(team: try req.idParameter(), month: req.queryValues["month"]))
    }

    func executivePage(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let model = try await ExecutiveReportBuilder(scope: ctx.scope, slug: ctx.slug, today: .today).build()
        return req.page(ExecutiveReportView.render(model, shell: ctx.shell("Executive alignment report", current: "")))
    }

    func executiveAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try json(try await ExecutiveReportBuilder(scope: ctx.scope, slug: ctx.slug, today: .today).build())
    }
}
