import Domain
import Foundation
import Persistence
import Vapor
import Web

/// The initiative board (by status or by owner team), "my initiatives", and the board in the API.
struct InitiativeBoardController: Sendable {
    func register(_ router: Router) {
        router.page(.GET, .board, use: board)
        router.page(.GET, .myInitiatives, use: mine)
        router.api(.GET, .board, use: boardAPI)
        router.api(.GET, .fatigue, use: fatigueAPI)
    }

    func board(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let grouping = InitiativeBoardModel.Grouping(rawValue: req.queryValues["by"] ?? "") ?? .status
        let (cards, lookups) = try await Self.cards(ctx)
        let columns: [(title: String, cards: [InitiativeCard])]
        switch grouping {
        case .status:
            columns = InitiativeStatus.allCases.map { status in (status.label, cards.filter { $0.status == status }) }
        case .team:
            let byTeam = Dictionary(grouping: cards) { card in lookups.initiative(card.id)?.ownerTeamID.flatMap { lookups.team($0) } ?? "No owner team" }
            columns = byTeam.keys.sorted { ($0 == "No owner team" ? 1 : 0, $0) < ($1 == "No owner team" ? 1 : 0, $1) }.map { ($0, byTeam[$0]!) }
        }
        let model = InitiativeBoardModel(slug: ctx.slug, grouping: grouping, columns: columns, fatigue: try await Self.fatigue(ctx, lookups),
                                         canCreate: ctx.access.allows(.create, .initiatives, owningTeams: ctx.access.ledTeams))
        return req.page(InitiativeBoard.render(model, shell: ctx.shell("Initiative board", current: "initiatives", notice: req.notice)))
    }

    func boardAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let (cards, _) = try await Self.cards(ctx)
        return try json(Dictionary(grouping: cards, by: \.status.rawValue).merging(InitiativeStatus.allCases.map { ($0.rawValue, []) }) { a, _ in a })
    }

    func mine(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let me = try await ctx.myPerson()
        var teams = ctx.access.ledTeams
        if let team = me?.teamID { teams.insert(team) }
        let lookups = try await Lookups.load([.teams, .people, .initiatives], ctx)
        let initiatives = lookups.initiatives.filter { item in
            (me != nil && item.ownerPersonID == me?.id) || item.ownerTeamID.map(teams.contains) == true
        }.sorted { ($0.dueDate, $0.title) < ($1.dueDate, $1.title) }
        var needs: [Stored<CapabilityNeed>] = []
        for team in teams.sorted(by: { $0.uuidString < $1.uuidString }) {
            needs += try await ctx.records(CapabilityNeedsResource.self).all(filters: ListFilters(["team_id": team.uuidString, "status": "open"]))
        }
        let model = MyInitiativesModel(slug: ctx.slug, personName: me?.name, teamNames: teams.compactMap { lookups.team($0) }.sorted(),
                                       initiatives: initiatives.map { InitiativesResource.row($0, lookups, slug: ctx.slug) },
                                       needs: needs.sorted { $0.dueDate < $1.dueDate }.map { CapabilityNeedsResource.row($0, lookups, slug: ctx.slug) })
        return req.page(MyInitiativesPage.render(model, shell: ctx.shell("My initiatives", current: "initiatives")))
    }

    static func cards(_ ctx: OrgContext) async throws -> ([InitiativeCard], Lookups) {
        var lookups = try await Lookups.load([.initiatives], ctx)
        let owners = Set(lookups.initiatives.flatMap { [$0.ownerTeamID, $0.ownerPersonID].compactMap { $0 } })
        let names = try await Lookups.load([.teams, .people], ctx, only: owners)
        lookups.teams = names.teams
        lookups.people = names.people
        let open = try await ctx.initiatives.openNeedCounts()
        let today = CalendarDate.today
        let cards = lookups.initiatives.sorted { ($0.dueDate, $0.title) < ($1.dueDate, $1.title) }.map { item in
            InitiativeCard(id: item.id, title: item.title, url: Paths.item(ctx.slug, .initiatives, item.id), status: item.status,
                           owner: lookups.owner(team: item.ownerTeamID, person: item.ownerPersonID), dueDate: item.dueDate,
                           overdue: item.content.isOverdue(today: today), openNeeds: open[item.id] ?? 0, frictions: item.frictionIDs.count)
        }
        return (cards, lookups)
    }

    /// Standing change-fatigue warnings for the organization, in words.
    static func fatigue(_ ctx: OrgContext, _ lookups: Lookups) async throws -> [String] {
        try await fatigueWarnings(ctx).map(\.message)
    }

    /// A standing change-fatigue warning, for the API.
    struct FatigueWarning: Encodable {
        let touchpointID: UUID?
        let segment: String?
        let count: Int
        let since: CalendarDate
        let limit: Int
        let windowDays: Int
        let changeIds: [UUID]
        let message: String
    }

    static func fatigueWarnings(_ ctx: OrgContext) async throws -> [FatigueWarning] {
        let (settings, warnings) = try await ctx.initiatives.fatigueWarnings()
        guard !warnings.isEmpty else { return [] }
        let places: [UUID] = warnings.compactMap { if case .touchpoint(let id) = $0.subject { id } else { nil } }
        let names = try await Lookups.load([.touchpoints, .stages, .journeys], ctx, only: Set(places))
        return warnings.map { warning in
            var touchpoint: UUID?, segment: String?
            switch warning.subject {
            case .touchpoint(let id): touchpoint = id
            case .segment(let name): segment = name
            }
            return FatigueWarning(touchpointID: touchpoint, segment: segment, count: warning.count, since: warning.since, limit: settings.fatigueLimit,
                                  windowDays: settings.fatigueWindowDays, changeIds: warning.changeIDs,
                                  message: FatigueText.describe(warning, lookups: names, settings: settings))
        }
    }

    func fatigueAPI(req: Request) async throws -> Response {
        try json(try await Self.fatigueWarnings(try await req.orgContext()))
    }
}

extension OrgContext {
    /// The person on the People list whose email is the signed-in account's.
    func myPerson() async throws -> Stored<Person>? {
        try await scope.person(email: signedIn.email)
    }
}
