import Domain
import Foundation
import Persistence
import Vapor
import Web

/// Bulk feedback imports from the web: upload, map columns with a preview, run in the background,
/// follow progress, download rejected rows.
struct ImportsController: Sendable {
    func register(_ router: Router) {
        router.page(.GET, .imports, use: list)
        router.page(.GET, .newImport, use: newForm)
        router.page(.POST, .imports, body: .stream, use: upload)
        router.page(.GET, .feedbackImport(.key, .show), use: show)
        router.page(.POST, .feedbackImport(.key, .show), use: start)
        router.page(.POST, .feedbackImport(.key, .preview), use: preview)
        router.page(.POST, .feedbackImport(.key, .discard), use: discard)
        router.page(.POST, .feedbackImport(.key, .resume), use: resume)
        router.page(.GET, .feedbackImport(.key, .rejectionsCSV), use: rejectionsCSV)
        ImportsAPI().register(router)
    }

    func list(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let page = try await ctx.imports.list(pagination(req.queryValues))
        return req.page(ImportsView.list(ImportsListModel(page.items.map(Self.summary), slug: ctx.slug, page: page.page, pageCount: page.pageCount,
                                         total: page.total, canImport: ctx.access.allows(.importFeedback)), shell: ctx.shell("Feedback imports", current: "feedback", notice: req.notice)))
    }

    func newForm(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.importFeedback)
        return req.page(ImportsView.upload(ImportUploadModel(slug: ctx.slug, format: .csv, error: nil), shell: ctx.shell("Import feedback", current: "feedback")))
    }

    func upload(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.importFeedback)
        let (fields, received) = try await req.receiveMultipartUpload(csrfToken: req.session.data[CSRFMiddleware.field])
        let format = fields["format"].flatMap(ImportFormat.init) ?? .csv
        guard let received, received.bytes > 0 else {
            if let received { try? FileManager.default.removeItem(atPath: received.path) }
            return refuseUpload(req, ctx, format: format, "Choose a file to import; the one sent was empty.")
        }
        do {
            let draft = try await ctx.imports.draft(received, format: format)
            return redirect(Paths.feedbackImport(ctx.slug, draft.id))
        } catch let failure as ImportFailure {
            return refuseUpload(req, ctx, format: format, failure.description)
        }
    }

    func show(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let feedbackImport = try await ctx.imports.find(try req.idParameter())
        if feedbackImport.status == .draft {
            try ctx.authorize(.importFeedback)
            let settings = feedbackImport.settings ?? ImportSettings()
            return try await mapping(req, ctx, feedbackImport, values: Self.formValues(settings, guessingFrom: nil), errors: [],
                                     guessing: ImportField.allCases.allSatisfy { settings.column($0) == nil })
        }
        var rejections: [[Cell]] = []
        if feedbackImport.rejected > 0 {
            rejections = try await ctx.imports.rejections(feedbackImport.id, page: Pagination(page: 1, per: 50)).items
                .map { [.text("\($0.line)"), .text($0.columnLabel), .text($0.reason)] }
        }
        var duplicates: [[Cell]] = []
        if feedbackImport.duplicates > 0 {
            duplicates = try await ctx.imports.duplicates(feedbackImport.id, page: Pagination(page: 1, per: 50)).items
                .map { Self.duplicateRow($0, importID: feedbackImport.id, slug: ctx.slug) }
        }
        var model = ImportStatusModel(Self.summary(feedbackImport), slug: ctx.slug, rejections: rejections, duplicates: duplicates)
        if feedbackImport.imported > 0 {
            let insights = ctx.feedbackInsights, id = feedbackImport.id
            model.scores = ScoresController().line(try await insights.scores(ofImport: id), label: feedbackImport.fileName, url: nil)
            model.themes = try await insights.themes(ofImport: id).prefix(10).map { theme in
                (theme.theme, theme.items, Paths.list(ctx.slug, .feedback, query: ["import_id": id.uuidString, "theme": theme.theme]))
            }
        }
        return req.page(ImportDetailView.status(model, shell: ctx.shell("Import of \(feedbackImport.fileName)", current: "feedback", notice: req.notice)))
    }

    func resume(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.importFeedback)
        let record = try await ctx.imports.resume(try req.idParameter(), in: req.application.background, logger: req.application.logger)
        return redirect(Paths.feedbackImport(ctx.slug, record.id), notice: .resumed)
    }

    func preview(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.importFeedback)
        let draft = try await draft(req, ctx)
        let input = try req.formInput()
        do throws(ValidationFailure) {
            _ = try ImportSettings.parse(input)
        } catch {
            return try await mapping(req, ctx, draft, values: input, errors: error.errors, status: .unprocessableEntity)
        }
        return try await mapping(req, ctx, draft, values: input, errors: [])
    }

    func start(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.importFeedback)
        let draft = try await draft(req, ctx)
        let input = try req.formInput()
        let settings: ImportSettings
        do throws(ValidationFailure) { settings = try ImportSettings.parse(input) } catch {
            return try await mapping(req, ctx, draft, values: input, errors: error.errors, status: .unprocessableEntity)
        }
        do {
            _ = try await ctx.imports.start(draft.id, settings: settings, in: req.application.background, logger: req.application.logger)
        } catch let failure as ImportFailure {
            return try await mapping(req, ctx, draft, values: input, errors: [], status: .unprocessableEntity, fileError: failure.description)
        }
        return redirect(Paths.feedbackImport(ctx.slug, draft.id))
    }

    func discard(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.importFeedback)
        try await ctx.imports.discard(try req.idParameter())
        return redirect(Paths.page(ctx.slug, .imports), notice: .deleted)
    }

    func rejectionsCSV(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        var csv = CSVWriter.line(["line", "column", "reason"])
        try await ctx.imports.forEachRejection(try req.idParameter()) { page in
            csv += page.map { CSVWriter.line(["\($0.line)", CSVExport.neutralised($0.column), CSVExport.neutralised($0.reason)]) }.joined()
        }
        let response = Response(status: .ok, body: .init(string: csv))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        response.headers.contentDisposition = .init(.attachment, filename: "rejected-rows.csv")
        return response
    }

    // MARK: Helpers

    private func refuseUpload(_ req: Request, _ ctx: OrgContext, format: ImportFormat, _ message: String) -> Response {
        req.page(ImportsView.upload(ImportUploadModel(slug: ctx.slug, format: format, error: message), shell: ctx.shell("Import feedback", current: "feedback")),
                 status: .unprocessableEntity)
    }

    private func mapping(_ req: Request, _ ctx: OrgContext, _ draft: FeedbackImport, values: FormInput, errors: [FieldError],
                         status: HTTPResponseStatus = .ok, fileError: String? = nil, guessing: Bool = false) async throws -> Response {
        var values = values
        let layout = draft.format == .csv ? draft.filePath.flatMap { ctx.imports.layout(of: $0) } : nil
        var read = try await preview(ctx, draft, values)
        if guessing {
            // The first visit proposes a Qualtrics export's rows and guesses the columns from their names; the rows
            // shown are read with that guess, not with the empty mapping, which would reject every row.
            var settings = read.settings
            if let layout { (settings.headerRow, settings.firstDataRow, settings.timeZone) = (layout.headerRow, layout.firstDataRow, layout.timeZone) }
            read = try await preview(ctx, draft, Self.formValues(settings, guessingFrom: nil))
            values = Self.formValues(settings, guessingFrom: read.columns)
            read = try await preview(ctx, draft, values)
        }
        var model = ImportMappingModel(Self.summary(draft), slug: ctx.slug, columns: read.columns, values: values, errors: errors,
                                       fileError: fileError ?? read.problem, preview: read.rows)
        model.layoutNote = layout.map { Self.layoutNote($0, settings: read.settings) }
        return req.page(ImportDetailView.mapping(model,
                                                 shell: ctx.shell("Map columns", current: "feedback")),
                        status: status)
    }

    /// The file's columns and first rows as `values` would read them, or why they cannot be read.
    private func preview(_ ctx: OrgContext, _ draft: FeedbackImport, _ values: FormInput) async throws
        -> (settings: ImportSettings, columns: [String], rows: [[Cell]], problem: String?) {
        let settings = (try? ImportSettings.parse(values)) ?? ImportSettings.lenient(values, format: draft.format)
        guard let path = draft.filePath else {
            return (settings, [], [], "The uploaded file is gone (Align was restarted or the upload was discarded). Upload it again.")
        }
        do {
            let preview = try await ctx.imports.preview(path, settings: settings)
            return (settings, preview.columns, preview.rows.map { Self.previewRow($0, duplicate: preview.duplicates[$0.line]) }, nil)
        } catch let failure as ImportFailure { return (settings, [], [], failure.description) }
    }

    private func draft(_ req: Request, _ ctx: OrgContext) async throws -> FeedbackImport {
        try await ctx.imports.findDraft(try req.idParameter())
    }
}

extension OrgContext {
    /// Feedback imports in this organization, as the signed-in person starts them.
    var imports: FeedbackImports { FeedbackImports(scope) }
}
