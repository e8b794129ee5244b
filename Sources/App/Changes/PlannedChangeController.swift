import Domain
import Foundation
import Persistence
import Vapor
import Web

/// What a planned change does beyond its record: its impact, acknowledging it, launching it (asking why while some
/// it touches have not acknowledged it) and cancelling it, on pages and in the API.
struct PlannedChangeController: Sendable {
    func register(_ router: Router) {
        router.page(.POST, .recordStep(.changes, .key, .acknowledge), use: acknowledgePage)
        router.page(.GET, .recordStep(.changes, .key, .launch), use: launchForm)
        router.page(.POST, .recordStep(.changes, .key, .launch), use: launchPage)
        router.page(.GET, .recordStep(.changes, .key, .cancel), use: cancelForm)
        router.page(.POST, .recordStep(.changes, .key, .cancel), use: cancelPage)
        router.page(.GET, .recordStep(.changes, .key, .notes), use: notesForm)
        router.page(.POST, .recordStep(.changes, .key, .notes), use: draftNotesPage)
        router.api(.POST, .recordStep(.changes, .key, .notes), use: draftNotesAPI)
        router.api(.GET, .recordStep(.changes, .key, .impact), use: impactAPI)
        router.api(.POST, .recordStep(.changes, .key, .acknowledge), use: acknowledgeAPI)
        router.api(.POST, .recordStep(.changes, .key, .launch), use: launchAPI)
        router.api(.POST, .recordStep(.changes, .key, .cancel), use: cancelAPI)
    }

    func acknowledgePage(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        try await PlannedChanges(ctx.scope).acknowledge(id, party: try req.formInput().value("party"))
        return redirect(Paths.item(ctx.slug, .changes, id), notice: .acknowledged)
    }

    func launchForm(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try await launchPage(try req.idParameter(), ctx, req, reason: "", errors: [])
    }

    func launchPage(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        let reason = try req.formInput().value("reason") ?? ""
        do {
            _ = try await PlannedChanges(ctx.scope).launch(id, reason: reason)
            return redirect(Paths.item(ctx.slug, .changes, id), notice: .launched)
        } catch let failure as ValidationFailure {
            return try await launchPage(id, ctx, req, reason: reason, errors: failure.errors)
        }
    }

    /// The launch form: who has not acknowledged it yet, and a reason to launch anyway.
    private func launchPage(_ id: UUID, _ ctx: OrgContext, _ req: Request, reason: String, errors: [FieldError]) async throws -> Response {
        let report = try await PlannedChanges(ctx.scope).impact(of: id)
        let lookups = try await Lookups.forImpact(report, scope: ctx.scope)
        let missing = report.unacknowledged.map { lookups.partyLabel($0.party) }
        let warnings = try await PlannedChanges(ctx.scope).capacityWarnings(report)
        let capacity = warnings.isEmpty ? "" : " Capacity: " + warnings.map {
            "\(lookups.team($0.teamID) ?? "a team") carries \($0.load) in \(ChangeLoadModel.monthLabel($0.month)), past the limit of \($0.limit)."
        }.joined(separator: " ")
        let lead = (missing.isEmpty ? "Everyone it touches has acknowledged it."
            : "Not acknowledged yet by \(missing.joined(separator: ", ")). Launching now asks for a reason, which is kept with the change.") + capacity
        var model = FormModel(title: "Launch “\(report.change.title)”", lead: lead, action: Paths.step(ctx.slug, .changes, id, .launch),
                              submitLabel: "Launch", cancelURL: Paths.item(ctx.slug, .changes, id),
                              fields: missing.isEmpty ? [] : [FormField("reason", "Why it launches anyway", .textarea(rows: 3), required: true)],
                              values: FormInput.from([("reason", reason)]), errors: errors)
        model.hiddenFields = missing.isEmpty ? ["reason": ""] : [:]
        return req.page(FormView.render(model, shell: ctx.shell(model.title, current: "changes")), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    /// Cancelling asks first: it cannot be undone, and the change stops counting in every team's load.
    func cancelForm(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        let change = try await PlannedChanges(ctx.scope).find(id)
        let model = FormModel(title: "Cancel “\(change.title)”?",
                              lead: "It stays here for the record, marked cancelled, and stops counting in any team's change load. It cannot be planned again; plan a new change instead.",
                              action: Paths.step(ctx.slug, .changes, id, .cancel), submitLabel: "Cancel the change",
                              cancelURL: Paths.item(ctx.slug, .changes, id), fields: [], values: FormInput())
        return req.page(FormView.render(model, shell: ctx.shell(model.title, current: "changes")))
    }

    func cancelPage(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        _ = try await PlannedChanges(ctx.scope).cancel(id)
        return redirect(Paths.item(ctx.slug, .changes, id), notice: .cancelled)
    }

    /// What drafting will do: how many customers were heard on the touchpoints it reaches, and how many have a note already.
    func notesForm(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        let changes = PlannedChanges(ctx.scope)
        let report = try await changes.impact(of: id)
        let notes = try await changes.notes(for: id)
        let lead = "\(counted(report.customers.count, "customer was", "customers were")) heard on the touchpoints it reaches since \(report.customers.since); "
            + "\(counted(notes.total, "has a note", "have notes")) already. Each new note is a draft, written from the change's today and tomorrow, "
            + "to edit and mark sent."
        let model = FormModel(title: "Draft notes to customers about “\(report.change.title)”", lead: lead,
                              action: Paths.step(ctx.slug, .changes, id, .notes), submitLabel: "Draft the notes",
                              cancelURL: Paths.item(ctx.slug, .changes, id), fields: [], values: FormInput())
        return req.page(FormView.render(model, shell: ctx.shell(model.title, current: "changes")))
    }

    func draftNotesPage(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        _ = try await PlannedChanges(ctx.scope).draftNotes(for: id)
        return redirect(Paths.list(ctx.slug, .changeNotes, query: ["change_id": id.uuidString]), notice: .created)
    }

    func draftNotesAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try json(try await PlannedChanges(ctx.scope).draftNotes(for: try req.idParameter()))
    }

    func impactAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try json(try await Self.result(try req.idParameter(), ctx))
    }

    func acknowledgeAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        try await PlannedChanges(ctx.scope).acknowledge(id, party: try req.formInput().value("party"))
        return try json(try await Self.result(id, ctx))
    }

    static func result(_ id: UUID, _ ctx: OrgContext) async throws -> ChangeImpactResult {
        let changes = PlannedChanges(ctx.scope)
        let report = try await changes.impact(of: id)
        return ChangeImpactResult(report, warnings: try await changes.capacityWarnings(report), lookups: try await Lookups.forImpact(report, scope: ctx.scope))
    }

    func launchAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try json(try await PlannedChanges(ctx.scope).launch(try req.idParameter(), reason: try req.formInput().value("reason") ?? ""))
    }

    func cancelAPI(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try json(try await PlannedChanges(ctx.scope).cancel(try req.idParameter()))
    }
}
