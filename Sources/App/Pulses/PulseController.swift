import Domain
import Foundation
import Persistence
import Vapor
import Web

/// What a pulse does beyond its record: sending, reminders, its links, its results; and the built-in questions.
struct PulseController: Sendable {
    func register(_ router: Router) {
        router.page(.POST, .pulseStep(.key, .send), use: send)
        router.page(.POST, .pulseStep(.key, .remind), use: remind)
        router.page(.GET, .pulseStep(.key, .linksCSV), use: linksCSV)
        router.page(.GET, .builtInQuestions, use: builtIn)
        router.page(.POST, .builtInQuestions, use: addBuiltIn)
        router.api(.POST, .pulseStep(.key, .send), use: apiSend)
        router.api(.POST, .pulseStep(.key, .remind), use: apiRemind)
        router.api(.GET, .pulseStep(.key, .linksCSV), use: linksCSV)
        router.api(.GET, .pulseStep(.key, .results), use: apiResults)
        router.api(.POST, .builtInQuestions, use: apiAddBuiltIn)
    }

    /// The pulse's page: its controls and results; `team_id` puts one team's answers per question beside the organization's.
    /// Teams a page of the heat table (and of the API's results) shows.
    static let teamsPerPage = 50

    static func show(_ id: UUID, _ ctx: OrgContext, _ req: Request) async throws -> Response {
        let pulses = Pulses(scope: ctx.scope)
        let found = try await pulses.results(id, page: req.queryValues["page"].flatMap(Int.init), per: teamsPerPage,
                                             focus: req.queryValues["team_id"].flatMap(UUID.init(uuidString:)))
        let pulse = found.pulse.content
        let names = try await pulses.teamNames(pulse.teamIDs)
        var model = PulseModel(slug: ctx.slug, id: id, pulse: pulse, teamNames: pulse.teamIDs.compactMap { names[$0] },
                               results: pulse.isSent ? found.results : nil, comments: found.comments,
                               focusTeam: found.focus, canManage: ctx.scope.access.allows(.update, .pulses), today: .today)
        (model.page, model.pageCount, model.teamCount) = (found.teams.page, found.teams.pageCount, found.teams.total)
        return req.page(PulseView.render(model, shell: ctx.shell(pulse.title, current: "pulses", notice: req.notice)))
    }

    func send(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        _ = try await Pulses(scope: ctx.scope).send(id)
        return redirect(Paths.item(ctx.slug, .pulses, id), notice: .pulseSent)
    }

    func remind(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        _ = try await Pulses(scope: ctx.scope).remind(id)
        return redirect(Paths.item(ctx.slug, .pulses, id), notice: .reminded)
    }

    func linksCSV(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let links = try await Pulses(scope: ctx.scope).links(try req.idParameter())
        let rows: [[Cell]] = links.map { link in
            [.text(link.person), .text(link.email), .text(link.team), .text(req.absoluteURL(SiteURL.pulseAnswer(.value(link.token)).path)),
             .text(link.used ? "yes" : "no")]
        }
        let response = Response(status: .ok, body: .init(string: CSVExport.render(columns: ["Name", "Email", "Team", "Link", "Answered"], rows: rows)))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(ctx.slug)-pulse-links.csv\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    func builtIn(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let held = Set(try await ctx.records(PulseQuestionsResource.self).all().map { "\($0.content.set.rawValue)|\($0.content.text)" })
        let model = BuiltInQuestionsModel(slug: ctx.slug, questions: PulseQuestion.builtIn.map { ($0, held.contains("\($0.set.rawValue)|\($0.text)")) },
                                          canAdd: ctx.scope.access.allows(.create, .pulseQuestions))
        return req.page(BuiltInQuestionsView.render(model, shell: ctx.shell("Built-in pulse questions", current: "pulses")))
    }

    func addBuiltIn(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try await Pulses(scope: ctx.scope).addBuiltInQuestions()
        return redirect(Paths.list(ctx.slug, .pulseQuestions), notice: .questionsAdded)
    }
}
