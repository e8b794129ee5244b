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
        let filters = Self.filters(query)
        let page = try await ctx.records(R.self).list(filters: filters, page: pagination(query))
        let lookups = try await Self.names(of: page.items, ctx)
        let filterLookups = R.namesReferencedOnly
            ? try await Lookups.forFilters(R.filterNeeds, ctx, selected: Set(filters.values.values.compactMap(UUID.init(uuidString:)))) : lookups
        var model = ListModel(
            title: R.plural, basePath: Paths.list(ctx.slug, R.kind),
            newURL: Paths.new(ctx.slug, R.kind, query: filters.values), newLabel: "New \(R.singular)",
            filters: R.filters(filterLookups, filters), columns: R.columns,
            rows: page.items.map { R.row($0, lookups, slug: ctx.slug) },
            page: page.page, pageCount: page.pageCount, total: page.total, emptyMessage: R.emptyMessage,
            exportURL: Paths.export(ctx.slug, R.kind, query: filters.values))
        model.extraActions = R.listActions(slug: ctx.slug)
        if let first = page.items.first, let last = page.items.last { model.anchors = (first.id, last.id) }
        return req.page(ListView.render(model, shell: ctx.shell(R.plural, current: R.navSection, notice: req.notice)))
    }

    /// The whole filtered list as CSV, for spreadsheets.
    func export(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let items = try await ctx.records(R.self).all(filters: Self.filters(req.queryValues))
        let lookups = try await Lookups.load(R.needs, ctx)
        let csv = CSVExport.render(columns: R.columns, rows: items.map { R.row($0, lookups, slug: ctx.slug) })
        let response = Response(status: .ok, body: .init(string: csv))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(ctx.slug)-\(R.segment).csv\"")
        return response
    }

    func newForm(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try await ctx.records(R.self).authorize(.create, nil)
        var values = R.defaults
        for (key, value) in req.queryValues where !value.isEmpty { values[key] = value }
        values = try await R.prefill(values, ctx)
        return try await form(req, ctx, values: values, errors: [], editing: nil)
    }

    func create(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let input = try req.formInput()
        do {
            let item = try await ctx.records(R.self).create(input)
            return redirect(R.afterSave(item, slug: ctx.slug), notice: .created)
        } catch let failure as ValidationFailure {
            return try await form(req, ctx, values: input, errors: failure.errors, editing: nil)
        }
    }

    func show(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let item = try await ctx.records(R.self).find(try req.idParameter())
        if let custom = try await R.customShow(item, ctx, req) { return custom }
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
        let item = try await ctx.records(R.self).find(try req.idParameter())
        try await ctx.records(R.self).authorize(.update, item.content)
        return try await form(req, ctx, values: item.content.formInput, errors: [], editing: item)
    }

    func update(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let existing = try await ctx.records(R.self).find(try req.idParameter())
        let input = try req.formInput()
        do {
            let item = try await ctx.records(R.self).update(existing.id, with: input)
            return redirect(R.afterSave(item, slug: ctx.slug), notice: .updated)
        } catch let failure as ValidationFailure {
            return try await form(req, ctx, values: input, errors: failure.errors, editing: existing)
        }
    }

    func confirmDelete(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let item = try await ctx.records(R.self).find(try req.idParameter())
        let deletion = try await ctx.records(R.self).deletion(item.id)
        let lookups = try await Lookups.load(R.needs, ctx)
        let model = ConfirmDeleteModel(
            title: "Delete \(R.singular) “\(R.title(item, lookups))”?", consequences: deletion.consequences, blocker: deletion.blocker,
            action: Paths.delete(ctx.slug, R.kind, item.id), cancelURL: Paths.item(ctx.slug, R.kind, item.id))
        return req.page(ConfirmDeleteView.render(model, shell: ctx.shell("Delete \(R.singular)", current: R.navSection)),
                        status: model.blocker == nil ? .ok : .conflict)
    }

    func delete(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let item = try await ctx.records(R.self).find(try req.idParameter())
        do {
            try await ctx.records(R.self).delete(item.id)
        } catch is Conflict {
            return try await confirmDelete(req: req)  // something still needs it: say what, as the confirmation does
        }
        return redirect(R.afterDelete(item, slug: ctx.slug), notice: .deleted)
    }

    // MARK: Shared steps

    /// The names the items' rows show: only what they refer to when the kind allows it.
    static func names(of items: [R.Item], _ ctx: OrgContext) async throws -> Lookups {
        guard R.namesReferencedOnly else { return try await Lookups.load(R.needs, ctx) }
        return try await Lookups.load(R.needs, ctx, only: Lookups.referencedIDs(items.map(\.content.formInput)))
    }

    static func filters(_ query: [String: String]) -> ListFilters {
        ListFilters(query.filter { R.filterNames.contains($0.key) })
    }

    func form(_ req: Request, _ ctx: OrgContext, values: FormInput, errors: [FieldError], editing: R.Item?) async throws -> Response {
        let lookups = try await Lookups.load(R.formNeeds, ctx)
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

extension OrgContext {
    /// One kind of record here, with its rules, as the signed-in person changes it.
    func records<R: Resource>(_ resource: R.Type) -> Records<R.Rules> { Records(scope) }
}
