import Domain
import Fluent
import Persistence
import Vapor
import Web

/// Organizations themselves: the start page, their list, overview, create, edit and delete; and their API.
struct OrganizationController: Sendable {
    func register(_ app: Application) throws {
        app.get(use: start)
        app.get("orgs", use: list)
        app.get("orgs", "new", use: newForm)
        app.post("orgs", use: create)
        app.get("orgs", ":org", use: overview)
        app.get("orgs", ":org", "edit", use: editForm)
        app.post("orgs", ":org", "edit", use: update)
        app.get("orgs", ":org", "delete", use: confirmDelete)
        app.post("orgs", ":org", "delete", use: delete)

        let api = app.grouped("api", "v1", "organizations")
        api.get { req in try json(try await Organizations.all(on: req.db)) }
        api.post { req in try json(try await save(try req.formInput(), existing: nil, on: req.db), status: .created) }
        api.get(":org") { req in try json(try await req.orgContext().organization) }
        api.get(":org", "overview") { req in
            let ctx = try await req.orgContext()
            return try json(OverviewFigures(try await OrganizationFigures.load(organizationID: ctx.id, on: ctx.db)))
        }
        api.put(":org") { req in
            try json(try await save(try req.formInput(), existing: try await record(req), on: req.db))
        }
        api.patch(":org") { req in
            let existing = try await record(req)
            var merged = existing.content.formInput
            for (key, values) in try req.formInput().fields { merged.fields[key] = values }
            return try json(try await save(merged, existing: existing, on: req.db))
        }
        api.delete(":org") { req in
            try await record(req).delete(on: req.db)
            return Response(status: .noContent)
        }
    }

    /// One organization: go straight to it; otherwise the list (with its empty state).
    func start(req: Request) async throws -> Response {
        let all = try await Organizations.all(on: req.db)
        return redirect(all.count == 1 ? Paths.organization(all[0].slug) : Paths.organizations)
    }

    func list(req: Request) async throws -> Response {
        let all = try await Organizations.all(on: req.db)
        let model = ListModel(
            title: "Organizations", basePath: Paths.organizations, newURL: Paths.newOrganization, newLabel: "New organization",
            filters: [], columns: ["Organization", "Purpose"],
            rows: all.map { [.link($0.name, url: Paths.organization($0.slug)), .text($0.purpose)] },
            page: 1, pageCount: 1, total: all.count,
            emptyMessage: "No organization yet. Create yours, or run `align demo` to explore Riverbend Water.")
        return html(ListView.render(model, shell: PageShell(title: "Organizations", notice: req.notice)))
    }

    func overview(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let figures = try await OrganizationFigures.load(organizationID: ctx.id, on: ctx.db)
        let model = OverviewModel(
            organization: ctx.organization,
            teams: figures.teams.map { .init(id: $0.team.id, name: $0.team.name, function: $0.team.function, touchpoints: $0.touchpoints) },
            journeys: figures.journeys.map { .init(id: $0.journey.id, name: $0.journey.name, segment: $0.journey.segment,
                                                   stages: $0.stages, touchpoints: $0.touchpoints) },
            goals: figures.goals, unownedHandoffs: figures.unownedHandoffs, repeatHandoffs: figures.repeatHandoffs,
            openFrictionsByKind: figures.openFrictionsByKind, people: figures.people, customers: figures.customers,
            processes: figures.processes)
        return html(OverviewView.render(model, shell: ctx.shell(ctx.organization.name, current: "", notice: req.notice)))
    }

    func newForm(req: Request) async throws -> Response {
        form(values: FormInput(), errors: [], editing: nil)
    }

    func create(req: Request) async throws -> Response {
        let input = try req.formInput()
        do {
            let org = try await save(input, existing: nil, on: req.db)
            return redirect(Paths.organization(org.slug) + "?notice=created")
        } catch let failure as ValidationFailure {
            return form(values: input, errors: failure.errors, editing: nil)
        }
    }

    func editForm(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return form(values: ctx.organization.content.formInput, errors: [], editing: ctx)
    }

    func update(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let input = try req.formInput()
        do {
            let org = try await save(input, existing: try await record(req), on: req.db)
            return redirect(Paths.organization(org.slug) + "?notice=updated")
        } catch let failure as ValidationFailure {
            return form(values: input, errors: failure.errors, editing: ctx)
        }
    }

    func confirmDelete(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let figures = try await OrganizationFigures.load(organizationID: ctx.id, on: ctx.db)
        let model = ConfirmDeleteModel(
            title: "Delete organization “\(ctx.organization.name)”?",
            consequences: ["Everything in it is deleted: \(counted(figures.teams.count, "team")), \(counted(figures.people, "person", "people")), "
                           + "\(counted(figures.journeys.count, "journey")), \(counted(figures.customers, "customer")), "
                           + "\(counted(figures.processes, "process", "processes")) and all friction points."],
            blocker: nil, action: Paths.deleteOrganization(ctx.slug), cancelURL: Paths.organization(ctx.slug))
        return html(ConfirmDeleteView.render(model, shell: ctx.shell("Delete organization", current: "")))
    }

    func delete(req: Request) async throws -> Response {
        try await record(req).delete(on: req.db)
        return redirect(Paths.organizations + "?notice=deleted")
    }

    func record(_ req: Request) async throws -> OrganizationRecord {
        guard let slug = req.parameters.get("org"), Slug.isValid(slug), let record = try await Organizations.find(slug: slug, on: req.db) else {
            throw Abort(.notFound)
        }
        return record
    }

    func save(_ input: FormInput, existing: OrganizationRecord?, on db: any Database) async throws -> Stored<Organization> {
        let content = try Organization.parse(input)
        try await Organizations.checkSlugFree(content.slug, except: existing?.id, on: db)
        let record = existing ?? OrganizationRecord()
        record.apply(content)
        try await record.save(on: db)
        return record.stored
    }

    func form(values: FormInput, errors: [FieldError], editing: OrgContext?) -> Response {
        let model = FormModel(
            title: editing.map { "Edit organization “\($0.organization.name)”" } ?? "New organization",
            action: editing.map { Paths.editOrganization($0.slug) } ?? Paths.organizations,
            submitLabel: editing == nil ? "Create organization" : "Save changes",
            cancelURL: editing.map { Paths.organization($0.slug) } ?? Paths.organizations,
            fields: [FormField("name", "Name", required: true),
                     FormField("slug", "Short name (used in addresses)", hint: "Lowercase letters, digits and hyphens. Made from the name when left empty."),
                     FormField("purpose", "Purpose", .textarea(rows: 3), hint: "Why the organization exists, in a sentence or two."),
                     FormField("brand_promise", "Brand promise", .textarea(rows: 3), hint: "What customers are promised.")],
            values: values, errors: errors)
        let shell = editing.map { $0.shell(model.title, current: "") } ?? PageShell(title: model.title)
        return html(FormView.render(model, shell: shell), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}

/// The overview figures as the API returns them.
struct OverviewFigures: Encodable {
    struct TeamCount: Encodable { let id: UUID, name: String, touchpoints: Int }
    struct JourneyCount: Encodable { let id: UUID, name: String, stages: Int, touchpoints: Int }
    let teams: [TeamCount]
    let journeys: [JourneyCount]
    let unownedHandoffs: Int
    let repeatHandoffs: Int
    let openFrictionsByKind: [String: Int]
    let people: Int, customers: Int, processes: Int

    init(_ figures: OrganizationFigures) {
        teams = figures.teams.map { .init(id: $0.team.id, name: $0.team.name, touchpoints: $0.touchpoints) }
        journeys = figures.journeys.map { .init(id: $0.journey.id, name: $0.journey.name, stages: $0.stages, touchpoints: $0.touchpoints) }
        unownedHandoffs = figures.unownedHandoffs
        repeatHandoffs = figures.repeatHandoffs
        openFrictionsByKind = Dictionary(uniqueKeysWithValues: figures.openFrictionsByKind.map { ($0.key.rawValue, $0.value) })
        people = figures.people
        customers = figures.customers
        processes = figures.processes
    }
}
