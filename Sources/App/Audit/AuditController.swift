import Domain
import Foundation
import Persistence
import Vapor
import Web

/// The audit log page of an organization, for its administrators: filtered by person, kind and period, exported as CSV.
struct AuditController: Sendable {
    static let periods: [(value: String, label: String, days: Int)] = [
        ("1", "Last 24 hours", 1), ("7", "Last 7 days", 7), ("30", "Last 30 days", 30), ("90", "Last 90 days", 90), ("365", "Last year", 365),
    ]
    static let columns = ["When (UTC)", "Who", "Action", "Kind", "Record", "Changed fields"]

    func register(_ router: Router) {
        router.page(.GET, .audit, use: list)
        router.page(.GET, .exportAudit, use: export)
    }

    func filter(_ req: Request) -> (AuditLog.Filter, ListFilters) {
        let query = req.queryValues
        let chosen = ListFilters(query.filter { ["user_id", "kind", "period"].contains($0.key) })
        let days = Self.periods.first { $0.value == chosen["period"] }?.days
        return (AuditLog.Filter(userID: chosen.id("user_id"), kind: chosen["kind"],
                                since: days.map { Date().addingTimeInterval(-Double($0) * 86_400) }), chosen)
    }

    func list(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.viewAuditLog)
        let (filter, chosen) = filter(req)
        let page = try await AuditLog.page(filter, pagination(req.queryValues), ctx.scope)
        let actors = try await AuditLog.actors(ctx.scope)
        let kinds = ["organization", "members", "invitations", "tokens"] + RecordKind.allCases.map(\.rawValue)
        let model = ListModel(
            title: "Audit log", lead: "Every change to \(ctx.organization.name)'s records: who, when, what, and the fields that changed.",
            basePath: Paths.page(ctx.slug, .audit), newURL: nil, newLabel: "",
            filters: [FilterControl("user_id", "Person", options: actors.map { .init($0.0.uuidString, $0.1) }, selected: chosen["user_id"]),
                      FilterControl("kind", "Kind of record", options: kinds.map { .init($0, $0) }, selected: chosen["kind"]),
                      FilterControl("period", "Period", options: Self.periods.map { .init($0.value, $0.label) }, selected: chosen["period"])],
            columns: Self.columns, rows: page.items.map { row($0, slug: ctx.slug) },
            page: page.page, pageCount: page.pageCount, total: page.total,
            emptyMessage: "Nothing has been changed yet. Every create, change and delete will be listed here.",
            exportURL: Paths.page(ctx.slug, .exportAudit, query: chosen.values))
        return req.page(ListView.render(model, shell: ctx.shell("Audit log", current: "audit")))
    }

    func export(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.viewAuditLog)
        let entries = try await AuditLog.all(filter(req).0, ctx.scope)
        let response = Response(status: .ok, body: .init(string: CSVExport.render(columns: Self.columns,
                                                                                   rows: entries.map { row($0, slug: ctx.slug) })))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(ctx.slug)-audit.csv\"")
        return response
    }

    func row(_ entry: AuditEntry, slug: String) -> [Cell] {
        let when = entry.at.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false).dateTimeSeparator(.space))
        let record: Cell = if entry.action != AuditAction.delete.rawValue, let kind = RecordKind(rawValue: entry.kind) {
            .link(entry.recordTitle.isEmpty ? "(untitled)" : entry.recordTitle, url: Paths.item(slug, kind, entry.recordID))
        } else {
            .text(entry.recordTitle)
        }
        return [.text(when), .text(entry.actorName), .text(AuditAction(rawValue: entry.action)?.label ?? entry.action),
                .text(entry.kind), record, .lines(entry.changes.map(\.summary))]
    }
}
