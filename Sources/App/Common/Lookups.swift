import Domain
import Foundation
import Persistence
import Web

/// The other records a page needs to show names and offer choices, loaded once per request.
struct Lookups: Sendable {
    enum Need: Sendable { case teams, people, goals, walks, journeys, stages, touchpoints, handoffs, processes, customers, contacts, conversations, themes, initiatives, frictions, channels, imports, kpis, outcomes, commitments, competencies, systems, changes }

    var teams: [Stored<Team>] = []
    var people: [Stored<Person>] = []
    var goals: [Stored<StrategyGoal>] = []
    var walks: [Stored<JourneyWalk>] = []
    var journeys: [Stored<Journey>] = []
    var stages: [Stored<Stage>] = []
    var touchpoints: [Stored<Touchpoint>] = []
    var themes: [String] = []
    /// The channels feedback came through, as stored.
    var channels: [String] = []
    var handoffs: [Stored<Handoff>] = []
    var processes: [Stored<ProcessPolicy>] = []
    var systems: [Stored<BusinessSystem>] = []
    var changes: [Stored<PlannedChange>] = []
    var customers: [Stored<Customer>] = []
    var contacts: [Stored<Contact>] = []
    var conversations: [Stored<Conversation>] = []
    var initiatives: [Stored<Initiative>] = []
    var frictions: [Stored<FrictionPoint>] = []
    var kpis: [Stored<KPI>] = []
    var outcomes: [Stored<CustomerOutcome>] = []
    var commitments: [Stored<CharterCommitment>] = []
    var competencies: [Stored<Competency>] = []
    /// The most recent imports, newest first, for the feedback list's import filter.
    var imports: [FeedbackImport] = []

    static func load(_ needs: Set<Need>, _ ctx: OrgContext) async throws -> Lookups { try await load(needs, scope: ctx.scope) }

    /// The same for work outside a request, such as the command line.
    static func load(_ needs: Set<Need>, scope: OrgScope) async throws -> Lookups {
        var lookups = Lookups()
        if needs.contains(.teams) { lookups.teams = try await Records<TeamsResource.Rules>(scope).all() }
        if needs.contains(.people) { lookups.people = try await Records<PeopleResource.Rules>(scope).all() }
        if needs.contains(.goals) { lookups.goals = try await Records<GoalsResource.Rules>(scope).all() }
        if needs.contains(.walks) { lookups.walks = try await Records<WalksResource.Rules>(scope).all() }
        if needs.contains(.journeys) { lookups.journeys = try await Records<JourneysResource.Rules>(scope).all() }
        if needs.contains(.stages) { lookups.stages = try await Records<StagesResource.Rules>(scope).all() }
        if needs.contains(.touchpoints) { lookups.touchpoints = try await Records<TouchpointsResource.Rules>(scope).all() }
        if needs.contains(.handoffs) { lookups.handoffs = try await Records<HandoffsResource.Rules>(scope).all() }
        if needs.contains(.processes) { lookups.processes = try await Records<ProcessesResource.Rules>(scope).all() }
        if needs.contains(.systems) { lookups.systems = try await Records<SystemsResource.Rules>(scope).all() }
        if needs.contains(.changes) { lookups.changes = try await Records<PlannedChangesResource.Rules>(scope).all() }
        if needs.contains(.customers) { lookups.customers = try await Records<CustomersResource.Rules>(scope).all() }
        if needs.contains(.contacts) { lookups.contacts = try await Records<ContactsResource.Rules>(scope).all() }
        if needs.contains(.conversations) { lookups.conversations = try await Records<ConversationsResource.Rules>(scope).all() }
        if needs.contains(.initiatives) { lookups.initiatives = try await Records<InitiativesResource.Rules>(scope).all() }
        if needs.contains(.frictions) { lookups.frictions = try await Records<FrictionsResource.Rules>(scope).all() }
        if needs.contains(.kpis) { lookups.kpis = try await Records<KPIsResource.Rules>(scope).all() }
        if needs.contains(.outcomes) { lookups.outcomes = try await Records<CustomerOutcomesResource.Rules>(scope).all() }
        if needs.contains(.commitments) { lookups.commitments = try await Records<CommitmentsResource.Rules>(scope).all() }
        if needs.contains(.competencies) { lookups.competencies = try await Records<CompetenciesResource.Rules>(scope).all() }
        if needs.contains(.themes) { lookups.themes = try await FeedbackInsights(scope).themeNames() }
        if needs.contains(.channels) { lookups.channels = try await FeedbackInsights(scope).channels() }
        if needs.contains(.imports) { lookups.imports = try await FeedbackImports(scope).list(Pagination(page: 1, per: 50)).items }
        return lookups
    }

    var channelOptions: [FormField.Option] { channels.map { FormField.Option($0, $0) } }

    var themeOptions: [FormField.Option] { [FormField.Option(ListFilters.noTheme, "No theme yet")] + themes.map { FormField.Option($0, $0) } }
    var importOptions: [FormField.Option] { imports.map { FormField.Option($0.id.uuidString, $0.fileName) } }

    func team(_ id: UUID?) -> String? { id.flatMap { id in teams.first { $0.id == id }?.name } }
    func person(_ id: UUID?) -> String? { id.flatMap { id in people.first { $0.id == id }?.name } }
    func journey(_ id: UUID?) -> String? { id.flatMap { id in journeys.first { $0.id == id }?.name } }
    func stage(_ id: UUID?) -> Stored<Stage>? { id.flatMap { id in stages.first { $0.id == id } } }
    func touchpoint(_ id: UUID?) -> Stored<Touchpoint>? { id.flatMap { id in touchpoints.first { $0.id == id } } }
    func customer(_ id: UUID?) -> String? { id.flatMap { id in customers.first { $0.id == id }?.accountName } }
    func contact(_ id: UUID?) -> String? { id.flatMap { id in contacts.first { $0.id == id }?.name } }
    func process(_ id: UUID?) -> String? { id.flatMap { id in processes.first { $0.id == id }?.name } }
    func initiative(_ id: UUID?) -> Stored<Initiative>? { id.flatMap { id in initiatives.first { $0.id == id } } }
    func friction(_ id: UUID?) -> Stored<FrictionPoint>? { id.flatMap { id in frictions.first { $0.id == id } } }
    func kpi(_ id: UUID?) -> Stored<KPI>? { id.flatMap { id in kpis.first { $0.id == id } } }
    /// KPIs grouped by team, for choosing among many teams' measures.
    var kpiOptions: [FormField.Option] { kpis.map { .init($0.id.uuidString, $0.name, group: team($0.teamID)) } }
    /// Commitments grouped by their team.
    var commitmentOptions: [FormField.Option] { commitments.map { .init($0.id.uuidString, $0.text, group: team($0.teamID)) } }
    var competencyOptions: [FormField.Option] { competencies.map { .init($0.id.uuidString, $0.name) } }
    func competency(_ id: UUID?) -> Stored<Competency>? { id.flatMap { id in competencies.first { $0.id == id } } }
    var initiativeOptions: [FormField.Option] { initiatives.map { .init($0.id.uuidString, $0.title, group: $0.status.label) } }

    /// "Owner team · Owner person", whichever are set.
    func owner(team: UUID?, person: UUID?) -> String {
        [self.team(team), self.person(person)].compactMap { $0 }.joined(separator: " · ")
    }

    /// "Journey › Stage › Touchpoint", for choosing among touchpoints of many journeys.
    func touchpointPath(_ id: UUID?) -> String {
        guard let touchpoint = touchpoint(id) else { return "Unknown touchpoint" }
        let stage = stage(touchpoint.stageID)
        return [journey(stage?.journeyID), stage?.name, touchpoint.name].compactMap { $0 }.joined(separator: " › ")
    }

    func handoffLabel(_ handoff: Stored<Handoff>) -> String {
        "\(touchpoint(handoff.fromTouchpointID)?.name ?? "?") → \(touchpoint(handoff.toTouchpointID)?.name ?? "?")"
    }

    var teamOptions: [FormField.Option] { teams.map { .init($0.id.uuidString, $0.name) } }
    var personOptions: [FormField.Option] { people.map { .init($0.id.uuidString, $0.name) } }
    var journeyOptions: [FormField.Option] { journeys.map { .init($0.id.uuidString, $0.name) } }
    var customerOptions: [FormField.Option] { customers.map { .init($0.id.uuidString, $0.accountName) } }
    var contactOptions: [FormField.Option] {
        contacts.map { .init($0.id.uuidString, $0.role.isEmpty ? $0.name : "\($0.name) (\($0.role))", group: customer($0.customerID)) }
    }
    var conversationOptions: [FormField.Option] {
        conversations.map { .init($0.id.uuidString, "\($0.date) · \(customer($0.customerID) ?? "customer")") }
    }

    var stageOptions: [FormField.Option] {
        stages.map { .init($0.id.uuidString, $0.name, group: journey($0.journeyID)) }
    }

    var touchpointOptions: [FormField.Option] {
        orderedTouchpoints.map { touchpoint in
            let stage = stage(touchpoint.stageID)
            return .init(touchpoint.id.uuidString, touchpoint.name,
                         group: [journey(stage?.journeyID), stage?.name].compactMap { $0 }.joined(separator: " › "))
        }
    }

    /// Touchpoints in map order: journey, then stage position, then position in the stage.
    var orderedTouchpoints: [Stored<Touchpoint>] {
        let stagePosition = Dictionary(stages.map { ($0.id, ($0.journeyID.uuidString, $0.position)) }, uniquingKeysWith: { a, _ in a })
        return touchpoints.sorted {
            let a = stagePosition[$0.stageID] ?? ("", 0), b = stagePosition[$1.stageID] ?? ("", 0)
            return (journey(UUID(uuidString: a.0)) ?? "", a.1, $0.position) < (journey(UUID(uuidString: b.0)) ?? "", b.1, $1.position)
        }
    }
}
