import Domain
import Foundation
import Persistence
import Vapor
import Web

/// The Legitimize views, the review of proposed links, and their API.
struct LegitimizeController: Sendable {
    func register(_ router: Router) {
        router.page(.GET, .legitimize, use: page)
        router.page(.POST, .proposeLinks, use: propose)
        router.page(.GET, .links, use: linksPage)
        router.page(.POST, .link(.key), use: decide)
        router.api(.GET, .legitimize, use: apiBoard)
        router.api(.GET, .frictionLinks, use: apiLinks)
        router.api(.POST, .proposeFrictionLinks, use: apiPropose)
        router.api(.PATCH, .frictionLink(.key), use: apiDecide)
    }

    func page(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let view = try Self.view(req)
        let board = try await ctx.legitimize.board()
        let waiting = try await ctx.legitimize.waitingCount()
        let entries = board.entries(view)
        let page = Pagination.within(total: entries.count, page: req.queryValues["page"].flatMap(Int.init), per: Self.entriesPerPage)
        var model = LegitimizeModel(slug: ctx.slug, view: view,
                                    counts: Dictionary(uniqueKeysWithValues: LegitimizeView.allCases.map { ($0, board.entries($0).count) }),
                                    rows: entries.dropFirst(page.offset).prefix(page.per).map { Self.row($0, slug: ctx.slug) },
                                    waitingProposals: waiting, canCurate: ctx.access.allows(.curateFeedback))
        model.page = page.page
        model.pageCount = Paged(items: [Int](), request: page, total: entries.count).pageCount
        model.firstRank = page.offset + 1
        return req.page(LegitimizePage.render(model, shell: ctx.shell("Legitimize", current: "legitimize", notice: req.notice)))
    }

    /// Entries on one page of a view, highest priority first.
    static let entriesPerPage = 50

    static func view(_ req: Request) throws -> LegitimizeView {
        guard let value = req.queryValues["view"], !value.isEmpty else { return .confirmed }
        guard let view = LegitimizeView(rawValue: value) else {
            throw ValidationFailure(field: "view", message: "View must be one of: " + LegitimizeView.allCases.map(\.rawValue).joined(separator: ", ") + ".")
        }
        return view
    }

    static func row(_ entry: LegitimizeEntry, slug: String) -> LegitimizeRow {
        switch entry.subject {
        case .friction(let id, let severity, let status):
            return LegitimizeRow(title: entry.title, url: Paths.item(slug, .frictions, id), note: "Severity \(severity) · \(status.label.lowercased())",
                                 items: entry.evidence.count,
                                 itemsURL: entry.evidence.count > 0 ? Paths.page(slug, .links, query: ["status": "confirmed", "friction_id": id.uuidString]) : nil,
                                 score: entry.score, proposals: entry.openProposals,
                                 proposalsURL: Paths.page(slug, .links, query: ["status": "proposed", "friction_id": id.uuidString]))
        case .theme(let theme):
            let url = theme.map { Paths.theme(slug, $0) } ?? Paths.list(slug, .feedback, query: ["theme": ListFilters.noTheme])
            return LegitimizeRow(title: entry.title, url: url, note: theme == nil ? "Feedback in no theme" : "Theme",
                                 items: entry.evidence.count, itemsURL: theme.map { Paths.list(slug, .feedback, query: ["theme": $0]) },
                                 score: entry.score, proposals: entry.openProposals,
                                 proposalsURL: Paths.page(slug, .links, query: ["status": "proposed", "subject": "theme"]))
        }
    }

    func propose(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try await ctx.legitimize.proposeLinks()
        return redirect(Paths.page(ctx.slug, .legitimize), notice: .proposed)
    }

    func linksPage(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let (filter, kept) = try Self.filter(req)
        let paged = try await ctx.legitimize.links(filter, pagination(req.queryValues))
        let frictions = try await ctx.records(FrictionsResource.self).all()
        let options = frictions.map { ($0.id.uuidString, $0.description.count > 80 ? String($0.description.prefix(77)) + "…" : $0.description) }
        return req.page(LinksPage.render(LinksModel(slug: ctx.slug, lines: paged.map { Self.line($0, slug: ctx.slug) }, filters: kept,
                                         frictionOptions: options, canDecide: ctx.access.allows(.curateFeedback)), shell: ctx.shell("Links between feedback and friction", current: "legitimize", notice: req.notice)))
    }

    func decide(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let input = try req.formInput()
        try await ctx.legitimize.decide(try req.idParameter(), status: input.value("status"))
        let base = Paths.page(ctx.slug, .legitimize)
        let back = input.value("return_to").flatMap { $0.hasPrefix(base + "/links") && !$0.contains("//") ? $0 : nil } ?? base + "/links"
        return redirect(back, notice: .decided)
    }

    /// The list filter from the query, and the values to keep in links; a bad value is a 422 naming it.
    static func filter(_ req: Request) throws -> (LinkFilter, [String: String]) {
        let query = req.queryValues
        var filter = LinkFilter(), kept: [String: String] = [:]
        if let value = query["status"], !value.isEmpty {
            guard let status = LinkStatus(rawValue: value) else {
                throw ValidationFailure(field: "status", message: "Status must be one of: proposed, confirmed, rejected.")
            }
            filter.status = status
            kept["status"] = value
        }
        if let value = query["friction_id"], !value.isEmpty {
            guard let id = UUID(uuidString: value) else { throw ValidationFailure(field: "friction_id", message: "Friction must be a friction's id.") }
            filter.frictionID = id
            kept["friction_id"] = value
        }
        if let value = query["subject"], !value.isEmpty {
            guard let kind = LinkFilter.SubjectKind(rawValue: value) else {
                throw ValidationFailure(field: "subject", message: "Linked to must be item or theme.")
            }
            filter.subjectKind = kind
            kept["subject"] = value
        }
        return (filter, kept)
    }

    static func line(_ row: LinkRow, slug: String) -> LinkLine {
        let customer: (String, String, Bool) = switch row.subject {
        case .feedback(let id): (row.feedbackText ?? "", Paths.item(slug, .feedback, id), false)
        case .theme(let name): ("“\(name)”", Paths.theme(slug, name), true)
        }
        let format = Date.FormatStyle(date: .abbreviated, time: .omitted, timeZone: TimeZone(identifier: "UTC")!)
        let decision: String? = if let theme = row.viaTheme { "Brought in by the theme “\(theme)”" }
            else if let by = row.decidedBy { "\(row.status.label) by \(by)" + (row.decidedAt.map { ", " + $0.formatted(format) } ?? "") }
            else { nil }
        return LinkLine(id: row.id, status: row.status, frictionText: row.frictionText, frictionURL: Paths.item(slug, .frictions, row.frictionID),
                        customerText: customer.0, customerURL: customer.1, isTheme: customer.2,
                        similarityPercent: Int((row.similarity * 100).rounded()), sharedWords: row.sharedWords, decision: decision)
    }
}

extension OrgContext {
    /// Legitimize here, as the signed-in person curates it.
    var legitimize: Legitimize { Legitimize(scope) }
}
