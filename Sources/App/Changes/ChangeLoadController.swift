import Domain
import Foundation
import Persistence
import Vapor
import Web

/// Each team's change load, month by month, and the organization's limit on it, on a page and in the API.
struct ChangeLoadController: Sendable {
    static let months = 12, teamsPerPage = 25

    func register(_ router: Router) {
        router.page(.GET, .changeLoad, use: page)
        router.page(.POST, .changeLoadLimit, use: setLimitPage)
        router.api(.GET, .changeLoad, use: api)
        router.api(.POST, .changeLoadLimit, use: setLimitAPI)
    }

    func page(req: Request) async throws -> Response {
        try await render(req, try await req.orgContext(), errors: [], value: nil)
    }

    private func render(_ req: Request, _ ctx: OrgContext, errors: [FieldError], value: String?) async throws -> Response {
        let query = req.queryValues
        let from = try Self.month(query["from"]) ?? CalendarDate.today.firstOfMonth
        let changes = PlannedChanges(ctx.scope)
        let map = try await changes.load(from: from, months: Self.months)
        let teams = try await ctx.records(TeamsResource.self).some(Set(map.teamIDs))
        let rows = ChangeLoadModel.rows(map, names: Dictionary(teams.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }))
        let pageCount = max(1, (rows.count + Self.teamsPerPage - 1) / Self.teamsPerPage)
        let page = min(max(Int(query["page"] ?? "") ?? 1, 1), pageCount)
        var model = ChangeLoadModel(slug: ctx.slug, months: map.months, limit: map.limit,
                                    rows: Array(rows.dropFirst((page - 1) * Self.teamsPerPage).prefix(Self.teamsPerPage)),
                                    canEdit: ctx.scope.access.allows(.update, .changes))
        (model.page, model.pageCount, model.teamCount, model.limitErrors, model.limitValue) = (page, pageCount, rows.count, errors, value)
        if let team = query["team"].flatMap(UUID.init(uuidString:)), let month = try Self.month(query["month"]), let cell = map.cell(team, month) {
            model.detail = try await detail(changes, team: team, name: rows.first { $0.teamID == team }?.name ?? "", month: month, cell: cell)
        }
        return req.page(ChangeLoadView.render(model, shell: ctx.shell("Change load", current: "changes", notice: req.notice)),
                        status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    private func detail(_ changes: PlannedChanges, team: UUID, name: String, month: CalendarDate, cell: ChangeLoad.Cell) async throws -> ChangeLoadModel.Detail {
        var listed: [(id: UUID, title: String, level: ImpactLevel)] = []
        for id in cell.changeIDs {
            let report = try await changes.impact(of: id)
            listed.append((id, report.change.title, report.impact.level(ofTeam: team) ?? .low))
        }
        return ChangeLoadModel.Detail(teamName: name, month: month, load: cell.load, changes: listed)
    }

    func setLimitPage(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let value = try req.formInput().value("limit")
        do {
            _ = try await PlannedChanges(ctx.scope).setLoadLimit(value)
            return redirect(Paths.page(ctx.slug, .changeLoad), notice: .updated)
        } catch let failure as ValidationFailure {
            return try await render(req, ctx, errors: failure.errors, value: value)
        }
    }

    func api(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let query = req.queryValues
        let from = try Self.month(query["from"]) ?? CalendarDate.today.firstOfMonth
        guard let months = Int(query["months"] ?? "12"), (1...24).contains(months) else {
            throw ValidationFailure(field: "months", message: "Months must be a whole number from 1 to 24.")
        }
        let map = try await PlannedChanges(ctx.scope).load(from: from, months: months)
        let teams = try await ctx.records(TeamsResource.self).some(Set(map.teamIDs))
        let names = Dictionary(teams.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let paging = Pagination(page: query["page"].flatMap(Int.init), per: query["per"].flatMap(Int.init))
        return try json(ChangeLoadResult(map, names: names, paging: paging))
    }

    func setLimitAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let limit = try await PlannedChanges(ctx.scope).setLoadLimit(try req.formInput().value("limit"))
        return try json(["limit": limit])
    }

    /// `YYYY-MM`, the first of that month; nil when not given.
    static func month(_ value: String?) throws -> CalendarDate? {
        guard let value, !value.isEmpty else { return nil }
        guard value.count == 7, let date = CalendarDate(value + "-01") else {
            throw ValidationFailure(field: "from", message: "A month is written YYYY-MM, like 2027-02; “\(value)” is not one.")
        }
        return date
    }
}

/// A page of teams' change load in the API, the most loaded first, with the warnings of those teams.
struct ChangeLoadResult: Encodable {
    struct Month: Encodable { let month: String, load: Int, changeIDs: [UUID] }
    struct Team: Encodable { let teamID: UUID, team: String, months: [Month] }
    struct Warning: Encodable { let teamID: UUID, month: String, load: Int, limit: Int }
    let months: [String]
    let limit: Int
    let teams: [Team]
    let warnings: [Warning]
    let page: Int, per: Int, total: Int, totalWarnings: Int

    init(_ map: ChangeLoad.HeatMap, names: [UUID: String], paging: Pagination) {
        months = map.months.map { String($0.description.prefix(7)) }
        limit = map.limit
        let rows = ChangeLoadModel.rows(map, names: names), all = map.warnings
        (page, per, total, totalWarnings) = (paging.page, paging.per, rows.count, all.count)
        teams = rows.dropFirst(paging.offset).prefix(paging.per).map { row in
            Team(teamID: row.teamID, team: row.name, months: zip(map.months, row.cells).compactMap { month, cell in
                cell.map { Month(month: String(month.description.prefix(7)), load: $0.load, changeIDs: $0.changeIDs) }
            })
        }
        let listed = Set(teams.map(\.teamID))
        warnings = all.filter { listed.contains($0.teamID) }
            .map { Warning(teamID: $0.teamID, month: String($0.month.description.prefix(7)), load: $0.load, limit: $0.limit) }
    }
}
