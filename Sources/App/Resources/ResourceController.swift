import Domain
import Persistence
import Vapor
import Web

/// Pages and JSON endpoints for one kind of organization-owned record.
struct ResourceController<R: Resource>: Sendable {
    func register(_ router: Router) {
        let kind = R.kind
        router.page(.GET, .records(kind), use: list)
        router.page(.GET, .newRecord(kind), use: newForm)
        router.page(.GET, .exportRecords(kind), use: export)
        router.page(.POST, .records(kind), use: create)
        router.page(.GET, .record(kind, .key), use: show)
        router.page(.GET, .recordStep(kind, .key, .edit), use: editForm)
        router.page(.POST, .recordStep(kind, .key, .edit), use: update)
        router.page(.GET, .recordStep(kind, .key, .delete), use: confirmDelete)
        router.page(.POST, .recordStep(kind, .key, .delete), use: delete)

        router.api(.GET, .records(kind), use: apiList)
        router.api(.POST, .records(kind), use: apiCreate)
        router.api(.GET, .record(kind, .key), use: apiShow)
        router.api(.PUT, .record(kind, .key), use: apiReplace)
        router.api(.PATCH, .record(kind, .key), use: apiPatch)
        router.api(.DELETE, .record(kind, .key), use: apiDelete)
    }

    // MARK: Pages

    func list(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let query = req.queryValues
        let filters = ListFilters(query.filter { R.filterNames.contains($0.key) })
        let page = try await ctx.store(R.Record.self).list(filters: filters, page: pagination(query))
        let lookups = try await Lookups.load(R.needs, ctx)
        var model = ListModel(
            title: R.plural, basePath: Paths.list(ctx.slug, R.kind),
            newURL: Paths.new(ctx.slug, R.kind, query: filters.values), newLabel: "New \(R.singular)",
            filters: R.filters(lookups, filters), columns: R.columns,
            rows: page.items.map { R.row($0, lookups, slug: ctx.slug) },
            page: page.page, pageCount: page.pageCount, total: page.total, emptyMessage: R.emptyMessage,
            exportURL: Paths.export(ctx.slug, R.kind, query: filters.values))
        model.extraActions = R.listActions(slug: ctx.slug)
        return req.page(ListView.render(model, shell: ctx.shell(R.plural, current: R.navSection, notice: req.notice)))
    }

    /// The whole filtered list as CSV, for spreadsheets.
    func export(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let filters = ListFilters(req.queryValues.filter { R.filterNames.contains($0.key) })
        let items = try await ctx.store(R.Record.self).all(filters: filters)
        let lookups = try await Lookups.load(R.needs, ctx)
        let csv = CSVExport.render(columns: R.columns, rows: items.map { R.row($0, lookups, slug: ctx.slug) })
        let response = Response(status: .ok, body: .init(string: csv))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(ctx.slug)-\(R.segment).csv\"")
        return response
    }

    func newForm(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.create, R.kind, owningTeams: ctx.access.ledTeams)
        var values = R.defaults
        for (key, value) in req.queryValues where !value.isEmpty { values[key] = value }
        values = try await R.prefill(values, ctx)
        return try await form(req, ctx, values: values, errors: [], editing: nil)
    }

    func create(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let input = try req.formInput()
        do {
            let item = try await save(input, existing: nil, ctx)
            return redirect(R.afterSave(item, slug: ctx.slug), notice: .created)
        } catch let failure as ValidationFailure {
            return try await form(req, ctx, values: input, errors: failure.errors, editing: nil)
        }
    }

    func show(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let record = try await find(req, ctx)
        if let custom = try await R.customShow(record, ctx, req) { return custom }
        let item = record.stored
        let lookups = try await Lookups.load(R.needs, ctx)
        let title = R.title(item, lookups)
        let model = DetailModel(
            title: title, kindLabel: R.singular.prefix(1).uppercased() + R.singular.dropFirst(),
            facts: R.facts(item, lookups, slug: ctx.slug), sections: try await R.sections(item, lookups, ctx),
            editURL: Paths.edit(ctx.slug, R.kind, item.id), deleteURL: Paths.delete(ctx.slug, R.kind, item.id),
            backLink: ("All \(R.plural.lowercased())", Paths.list(ctx.slug, R.kind)))
        return req.page(DetailView.render(model, shell: ctx.shell(title, current: R.navSection, notice: req.notice)))
    }

    func editForm(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let record = try await find(req, ctx)
        try ctx.authorize(.update, R.kind, owningTeams: try await R.owningTeams(record.content, ctx))
        return try await form(req, ctx, values: record.content.formInput, errors: [], editing: record.stored)
    }

    func update(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let record = try await find(req, ctx)
        let input = try req.formInput()
        do {
            let item = try await save(input, existing: record, ctx)
            return redirect(R.afterSave(item, slug: ctx.slug), notice: .updated)
        } catch let failure as ValidationFailure {
            return try await form(req, ctx, values: input, errors: failure.errors, editing: record.stored)
        }
    }

    func confirmDelete(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let record = try await find(req, ctx)
        try ctx.authorize(.delete, R.kind, owningTeams: try await R.owningTeams(record.content, ctx))
        let lookups = try await Lookups.load(R.needs, ctx)
        let title = R.title(record.stored, lookups)
        let model = ConfirmDeleteModel(
            title: "Delete \(R.singular) “\(title)”?",
            consequences: try await R.deletionConsequences(record, ctx),
            blocker: try await R.deletionBlocker(record, ctx),
            action: Paths.delete(ctx.slug, R.kind, record.stored.id),
            cancelURL: Paths.item(ctx.slug, R.kind, record.stored.id))
        return req.page(ConfirmDeleteView.render(model, shell: ctx.shell("Delete \(R.singular)", current: R.navSection)),
                    status: model.blocker == nil ? .ok : .conflict)
    }

    func delete(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let record = try await find(req, ctx)
        try ctx.authorize(.delete, R.kind, owningTeams: try await R.owningTeams(record.content, ctx))
        if try await R.deletionBlocker(record, ctx) != nil { return try await confirmDelete(req: req) }
        let item = record.stored
        try await remove(record, ctx)
        return redirect(R.afterDelete(item, slug: ctx.slug), notice: .deleted)
    }

    // MARK: API

    func apiList(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let query = req.queryValues
        let filters = ListFilters(query.filter { R.filterNames.contains($0.key) })
        return try json(try await ctx.store(R.Record.self).list(filters: filters, page: pagination(query)))
    }

    func apiCreate(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try json(try await save(try req.formInput(), existing: nil, ctx), status: .created)
    }

    func apiShow(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try json(try await find(req, ctx).stored)
    }

    func apiReplace(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let record = try await find(req, ctx)
        return try json(try await save(try req.formInput(), existing: record, ctx))
    }

    /// Applies only the fields given, keeping the rest as stored.
    func apiPatch(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let record = try await find(req, ctx)
        var merged = record.content.formInput
        for (key, values) in try req.formInput().fields { merged.fields[key] = values }
        return try json(try await save(merged, existing: record, ctx))
    }

    func apiDelete(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let record = try await find(req, ctx)
        try ctx.authorize(.delete, R.kind, owningTeams: try await R.owningTeams(record.content, ctx))
        if let blocker = try await R.deletionBlocker(record, ctx) { throw Abort(.conflict, reason: blocker) }
        try await remove(record, ctx)
        return Response(status: .noContent)
    }

    // MARK: Shared steps

    func remove(_ record: R.Record, _ ctx: OrgContext) async throws {
        let item = record.stored
        try await ctx.store(R.Record.self).delete(record)
        try await ctx.audit(.delete, R.segment, id: item.id, before: item.content.formInput, after: nil)
    }

    func find(_ req: Request, _ ctx: OrgContext) async throws -> R.Record {
        guard let record = try await ctx.store(R.Record.self).find(try req.idParameter()) else { throw Abort(.notFound) }
        return record
    }

    /// Checks permission, validates, then creates or updates. A team lead must lead a team the
    /// record belongs to both before and after the change.
    func save(_ input: FormInput, existing: R.Record?, _ ctx: OrgContext) async throws -> R.Item {
        if let existing {
            try ctx.authorize(.update, R.kind, owningTeams: try await R.owningTeams(existing.content, ctx))
        } else {
            try ctx.authorize(.create, R.kind, owningTeams: ctx.access.ledTeams)
        }
        let content = try R.Content.parse(input)
        try ctx.authorize(existing == nil ? .create : .update, R.kind, owningTeams: try await R.owningTeams(content, ctx))
        try await ctx.checkReferences(R.references(content))
        try await R.validate(content, existing: existing, ctx)
        if let existing {
            let before = existing.content.formInput
            let item = try await ctx.store(R.Record.self).update(existing, with: content)
            try await ctx.audit(.update, R.segment, id: item.id, before: before, after: item.content.formInput)
            try await R.didSave(item, isNew: false, ctx)
            return item
        }
        let item = try await ctx.store(R.Record.self).create(content)
        try await ctx.audit(.create, R.segment, id: item.id, before: nil, after: item.content.formInput)
        try await R.didSave(item, isNew: true, ctx)
        return item
    }

    func form(_ req: Request, _ ctx: OrgContext, values: FormInput, errors: [FieldError], editing: R.Item?) async throws -> Response {
        let lookups = try await Lookups.load(R.needs, ctx)
        let model = FormModel(
            title: editing.map { "Edit \(R.singular) “\(R.title($0, lookups))”" } ?? "New \(R.singular)",
            action: editing.map { Paths.edit(ctx.slug, R.kind, $0.id) } ?? Paths.list(ctx.slug, R.kind),
            submitLabel: editing == nil ? "Create \(R.singular)" : "Save changes",
            cancelURL: editing.map { Paths.item(ctx.slug, R.kind, $0.id) } ?? Paths.list(ctx.slug, R.kind),
            fields: R.fields(lookups), values: values, errors: errors)
        return req.page(FormView.render(model, shell: ctx.shell(model.title, current: R.navSection)),
                    status: errors.isEmpty ? .ok : .unprocessableEntity)
    }
}
