import Domain
import Persistence
import Vapor
import Web

/// Organizations themselves: the start page, their list, overview, create, edit and delete; and their API.
struct OrganizationController: Sendable {
    func register(_ router: Router) {
        router.site(.GET, .home, use: start)
        router.site(.GET, .organizations, use: list)
        router.site(.GET, .newOrganization, use: newForm)
        router.site(.POST, .organizations, use: create)
        router.page(.GET, .root, use: overview)
        router.page(.GET, .edit, use: editForm)
        router.page(.POST, .edit, use: update)
        router.page(.GET, .delete, use: confirmDelete)
        router.page(.POST, .delete, use: delete)
        registerAPI(router)
    }

    func registerAPI(_ router: Router) {
        router.site(.GET, .apiOrganizations) { req in try json(try await visibleOrganizations(req)) }
        router.site(.POST, .apiOrganizations) { req in try json(try await create(try req.formInput(), req), status: .created) }
        router.api(.GET, .root) { req in try json(try await req.orgContext().organization) }
        router.api(.GET, .overview) { req in
            let ctx = try await req.orgContext()
            return try json(OverviewFigures(try await ctx.scope.figures()))
        }
        router.api(.PUT, .root) { req in
            let ctx = try await req.orgContext()
            try ctx.authorize(.editOrganization)
            return try json(try await update(try req.formInput(), ctx, req))
        }
        router.api(.PATCH, .root) { req in
            let ctx = try await req.orgContext()
            try ctx.authorize(.editOrganization)
            var merged = ctx.organization.content.formInput
            for (key, values) in try req.formInput().fields { merged.fields[key] = values }
            return try json(try await update(merged, ctx, req))
        }
        router.api(.DELETE, .root) { req in
            try await req.orgContext().scope.deleteOrganization()
            return Response(status: .noContent)
        }
    }

    /// First run goes to set-up, strangers to sign-in; a member of one organization goes
    /// straight to it, others to the list of theirs.
    func start(req: Request) async throws -> Response {
        guard try await req.store.anyAccountExists() else { return redirect(Paths.setup) }
        guard req.signedIn != nil else { return redirect(Paths.signIn) }
        let mine = try await visibleOrganizations(req)
        return redirect(mine.count == 1 ? Paths.organization(mine[0].slug) : Paths.organizations)
    }

    /// The organizations the signed-in person belongs to (for a token: its one organization).
    func visibleOrganizations(_ req: Request) async throws -> [Stored<Organization>] {
        let signedIn = try req.requireSignedIn()
        let mine = try await req.store.organizations(of: signedIn.userID)
        if case .token(let orgID) = signedIn.via { return mine.filter { $0.id == orgID } }
        return mine
    }

    func list(req: Request) async throws -> Response {
        let all = try await visibleOrganizations(req)
        let model = ListModel(
            title: "Organizations", basePath: Paths.organizations, newURL: Paths.newOrganization, newLabel: "New organization",
            filters: [], columns: ["Organization", "Purpose"],
            rows: all.map { [.link($0.name, url: Paths.organization($0.slug)), .text($0.purpose)] },
            page: 1, pageCount: 1, total: all.count,
            emptyMessage: "You do not belong to any organization yet. Create one, or ask an administrator for an invitation.")
        return req.page(ListView.render(model, shell: req.shell("Organizations", notice: req.notice)))
    }

    func overview(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let figures = try await ctx.scope.figures()
        var model = OverviewModel(
            organization: ctx.organization,
            teams: figures.teams.map { .init(id: $0.team.id, name: $0.team.name, function: $0.team.function, touchpoints: $0.touchpoints) },
            journeys: figures.journeys.map { .init(id: $0.journey.id, name: $0.journey.name, segment: $0.journey.segment,
                                                   stages: $0.stages, touchpoints: $0.touchpoints) },
            goals: figures.goals, unownedHandoffs: figures.unownedHandoffs, repeatHandoffs: figures.repeatHandoffs,
            openFrictionsByKind: figures.openFrictionsByKind, people: figures.people, customers: figures.customers,
            processes: figures.processes)
        model.teamCount = figures.teamCount
        model.journeyCount = figures.journeyCount
        model.alignment = try await AlignmentController.panel(ctx)
        return req.page(OverviewView.render(model, shell: ctx.shell(ctx.organization.name, current: "", notice: req.notice)))
    }

    func newForm(req: Request) async throws -> Response {
        form(req, values: FormInput(), errors: [], editing: nil)
    }

    func create(req: Request) async throws -> Response {
        let input = try req.formInput()
        do {
            let org = try await create(input, req)
            return redirect(Paths.organization(org.slug), notice: .created)
        } catch let failure as ValidationFailure {
            return form(req, values: input, errors: failure.errors, editing: nil)
        }
    }

    /// Creates an organization with the signed-in person as its first administrator.
    func create(_ input: FormInput, _ req: Request) async throws -> Stored<Organization> {
        let signedIn = try req.requireSignedIn()
        return try await req.store.createOrganization(input, creator: Actor(userID: signedIn.userID, name: signedIn.name))
    }

    func editForm(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.editOrganization)
        return form(req, values: ctx.organization.content.formInput, errors: [], editing: ctx)
    }

    func update(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.editOrganization)
        let input = try req.formInput()
        do {
            let org = try await update(input, ctx, req)
            return redirect(Paths.organization(org.slug), notice: .updated)
        } catch let failure as ValidationFailure {
            return form(req, values: input, errors: failure.errors, editing: ctx)
        }
    }

    /// Saves changed organization settings and logs which fields changed.
    func update(_ input: FormInput, _ ctx: OrgContext, _ req: Request) async throws -> Stored<Organization> {
        try await ctx.scope.updateOrganization(input)
    }

    func confirmDelete(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.editOrganization)
        let figures = try await ctx.scope.figures()
        let model = ConfirmDeleteModel(
            title: "Delete organization “\(ctx.organization.name)”?",
            consequences: ["Everything in it is deleted: \(counted(figures.teams.count, "team")), \(counted(figures.people, "person", "people")), "
                           + "\(counted(figures.journeys.count, "journey")), \(counted(figures.customers, "customer")), "
                           + "\(counted(figures.processes, "process", "processes")) and all friction points."],
            blocker: nil, action: Paths.deleteOrganization(ctx.slug), cancelURL: Paths.organization(ctx.slug))
        return req.page(ConfirmDeleteView.render(model, shell: ctx.shell("Delete organization", current: "")))
    }

    func delete(req: Request) async throws -> Response {
        try await req.orgContext().scope.deleteOrganization()
        return redirect(Paths.organizations, notice: .deleted)
    }

    func form(_ req: Request, values: FormInput, errors: [FieldError], editing: OrgContext?) -> Response {
        let model = FormModel(
            title: editing.map { "Edit organization “\($0.organization.name)”" } ?? "New organization",
            action: editing.map { Paths.editOrganization($0.slug) } ?? Paths.organizations,
            submitLabel: editing == nil ? "Create organization" : "Save changes",
            cancelURL: editing.map { Paths.organization($0.slug) } ?? Paths.organizations,
            fields: [FormField("name", "Name", required: true),
                     FormField("slug", "Short name (used in addresses)", hint: "Lowercase letters, digits and hyphens. Made from the name when left empty."),
                     FormField("purpose", "Purpose", .textarea(rows: 3), hint: "Why the organization exists, in a sentence or two."),
                     FormField("brand_promise", "Brand promise", .textarea(rows: 3), hint: "What customers are promised."),
                     FormField("anonymity_threshold", "Anonymity threshold for pulses", .number, hint: "The fewest answers a team needs before any pulse figure of it is shown; at least 3, 5 unless you choose otherwise.")],
            values: values, errors: errors)
        let shell = editing.map { $0.shell(model.title, current: "") } ?? req.shell(model.title)
        return req.page(FormView.render(model, shell: shell), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}

/// The overview figures as the API returns them.
struct OverviewFigures: Encodable {
    struct TeamCount: Encodable { let id: UUID, name: String, touchpoints: Int }
    struct JourneyCount: Encodable { let id: UUID, name: String, stages: Int, touchpoints: Int }
    /// The first teams and journeys, with how many there are in all.
    let teams: [TeamCount]
    let journeys: [JourneyCount]
    let teamCount: Int, journeyCount: Int
    let unownedHandoffs: Int
    let repeatHandoffs: Int
    let openFrictionsByKind: [String: Int]
    let people: Int, customers: Int, processes: Int

    init(_ figures: OrganizationFigures) {
        teams = figures.teams.map { .init(id: $0.team.id, name: $0.team.name, touchpoints: $0.touchpoints) }
        journeys = figures.journeys.map { .init(id: $0.journey.id, name: $0.journey.name, stages: $0.stages, touchpoints: $0.touchpoints) }
        teamCount = figures.teamCount
        journeyCount = figures.journeyCount
        unownedHandoffs = figures.unownedHandoffs
        repeatHandoffs = figures.repeatHandoffs
        openFrictionsByKind = Dictionary(uniqueKeysWithValues: figures.openFrictionsByKind.map { ($0.key.rawValue, $0.value) })
        people = figures.people
        customers = figures.customers
        processes = figures.processes
    }
}
