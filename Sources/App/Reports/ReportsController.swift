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
