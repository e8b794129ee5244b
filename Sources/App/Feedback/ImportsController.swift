import Domain
import Fluent
import Foundation
import Persistence
import Vapor
import Web

/// Bulk feedback imports from the web: upload, map columns with a preview, run in the background,
/// follow progress, download rejected rows.
struct ImportsController: Sendable {
    func register(web: any RoutesBuilder, api: any RoutesBuilder) {
        web.get("imports", use: list)
        web.get("imports", "new", use: newForm)
        web.on(.POST, "imports", body: .stream, use: upload)
        web.get("imports", ":id", use: show)
        web.post("imports", ":id", use: start)
        web.post("imports", ":id", "preview", use: preview)
        web.post("imports", ":id", "discard", use: discard)
        web.get("imports", ":id", "rejections.csv", use: rejectionsCSV)
        ImportsAPI().register(api)
    }

    func list(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let page = try await FeedbackImportRecord.list(organizationID: ctx.id, page: pagination(req.queryValues), on: ctx.db)
        return req.page(ImportsView.list(page.items.map(Self.summary), slug: ctx.slug, page: page.page, pageCount: page.pageCount,
                                         total: page.total, canImport: ctx.access.allows(.importFeedback),
                                         shell: ctx.shell("Feedback imports", current: "feedback", notice: req.notice)))
    }

    func newForm(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.importFeedback)
        return req.page(ImportsView.upload(slug: ctx.slug, format: .csv, error: nil, shell: ctx.shell("Import feedback", current: "feedback")))
    }

    func upload(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.importFeedback)
        let (fields, received) = try await req.receiveMultipartUpload(csrfToken: req.session.data[CSRFMiddleware.field])
        let format = fields["format"].flatMap(ImportFormat.init) ?? .csv
        func refuse(_ message: String) -> Response {
            if let received { try? FileManager.default.removeItem(atPath: received.path) }
            return req.page(ImportsView.upload(slug: ctx.slug, format: format, error: message, shell: ctx.shell("Import feedback", current: "feedback")),
                            status: .unprocessableEntity)
        }
        guard let received, received.bytes > 0 else { return refuse("Choose a file to import; the one sent was empty.") }
        // The first check needs no mapping: is this text in the chosen format at all?
        var settings = ImportSettings(format: format)
        settings.columns["text"] = ""
        do { _ = try await ImportRun.preview(path: received.path, settings: settings, organizationID: ctx.id, on: ctx.db, rows: 1) }
        catch let failure as ImportFailure { return refuse(failure.description) }
        let record = FeedbackImportRecord(organizationID: ctx.id, fileName: String(received.name.prefix(200)), settings: settings,
                                          filePath: received.path, totalBytes: received.bytes, createdBy: ctx.signedIn.userID)
        record.statusValue = ImportStatus.draft.rawValue
        try await record.create(on: ctx.db)
        return redirect(Paths.item(ctx.slug, "imports", record.id!))
    }

    func show(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let record = try await ctx.importRecord(req)
        if record.status == .draft {
            try ctx.authorize(.importFeedback)
            let settings = record.settings ?? ImportSettings()
            return try await mapping(req, ctx, record, values: Self.formValues(settings, guessingFrom: nil), errors: [])
        }
        var rejections: [[Cell]] = []
        if record.rejected > 0 {
            try await ImportRejectionRecord.forEach(importID: record.id!, on: ctx.db) { page in
                if rejections.count < 50 { rejections += page.prefix(50 - rejections.count).map { [.text("\($0.line)"), .text($0.column), .text($0.reason)] } }
            }
        }
        return req.page(ImportDetailView.status(Self.summary(record), slug: ctx.slug, rejections: rejections,
                                                shell: ctx.shell("Import of \(record.fileName)", current: "feedback", notice: req.notice)))
    }

    func preview(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.importFeedback)
        let record = try await draft(req, ctx)
        let input = try req.formInput()
        do throws(ValidationFailure) {
            _ = try ImportSettings.parse(input)
        } catch {
            return try await mapping(req, ctx, record, values: input, errors: error.errors, status: .unprocessableEntity)
        }
        return try await mapping(req, ctx, record, values: input, errors: [])
    }

    func start(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.importFeedback)
        let record = try await draft(req, ctx)
        let input = try req.formInput()
        let settings: ImportSettings
        do throws(ValidationFailure) { settings = try ImportSettings.parse(input) } catch {
            return try await mapping(req, ctx, record, values: input, errors: error.errors, status: .unprocessableEntity)
        }
        guard let path = record.filePath else { throw Abort(.conflict, reason: "This upload has already been imported.") }
        do { _ = try await ImportRun.preview(path: path, settings: settings, organizationID: ctx.id, on: ctx.db, rows: 1) }
        catch let failure as ImportFailure {
            return try await mapping(req, ctx, record, values: input, errors: [], status: .unprocessableEntity, fileError: failure.description)
        }
        try await Self.launch(record, settings: settings, path: path, app: req.application)
        try await ctx.audit(.create, "imports", id: record.id!, before: nil, after: FormInput(single: ["name": record.fileName]))
        return redirect(Paths.item(ctx.slug, "imports", record.id!))
    }

    func discard(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.importFeedback)
        let record = try await draft(req, ctx)
        if let path = record.filePath { try? FileManager.default.removeItem(atPath: path) }
        try await record.delete(on: ctx.db)
        return redirect(Paths.list(ctx.slug, "imports") + "?notice=deleted")
    }

    func rejectionsCSV(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let record = try await ctx.importRecord(req)
        var csv = CSVWriter.line(["line", "column", "reason"])
        try await ImportRejectionRecord.forEach(importID: record.id!, on: ctx.db) { page in
            csv += page.map { CSVWriter.line(["\($0.line)", CSVExport.neutralised($0.column), CSVExport.neutralised($0.reason)]) }.joined()
        }
        let response = Response(status: .ok, body: .init(string: csv))
        response.headers.contentType = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        response.headers.contentDisposition = .init(.attachment, filename: "rejected-rows.csv")
        return response
    }

    // MARK: Helpers

    /// Starts the import in the background; the page follows it through the import record.
    static func launch(_ record: FeedbackImportRecord, settings: ImportSettings, path: String, app: Application) async throws {
        record.settingsJSON(settings)
        record.statusValue = ImportStatus.queued.rawValue
        try await record.update(on: app.db)
        let id = record.id!, db = app.db
        app.background.start(app.logger) { try await ImportRun.execute(id, path: path, deleteFileAfter: true, on: db) }
    }

    private func mapping(_ req: Request, _ ctx: OrgContext, _ record: FeedbackImportRecord, values: FormInput, errors: [FieldError],
                         status: HTTPResponseStatus = .ok, fileError: String? = nil) async throws -> Response {
        let settings = (try? ImportSettings.parse(values)) ?? ImportSettings.lenient(values, format: ImportFormat(rawValue: record.format) ?? .csv)
        var columns: [String] = []
        var rows: [[Cell]] = []
        var problem = fileError
        if let path = record.filePath {
            do {
                let preview = try await ImportRun.preview(path: path, settings: settings, organizationID: ctx.id, on: ctx.db)
                columns = preview.columns
                rows = preview.rows.map(Self.previewRow)
            } catch let failure as ImportFailure { problem = problem ?? failure.description }
        } else {
            problem = "The uploaded file is gone (Align was restarted or the upload was discarded). Upload it again."
        }
        var values = values
        if values.value("column_text") == nil, errors.isEmpty { values = Self.formValues(settings, guessingFrom: columns) }
        return req.page(ImportDetailView.mapping(Self.summary(record), slug: ctx.slug, columns: columns, values: values, errors: errors,
                                                 fileError: problem, preview: rows, shell: ctx.shell("Map columns", current: "feedback")),
                        status: status)
    }


    private func draft(_ req: Request, _ ctx: OrgContext) async throws -> FeedbackImportRecord {
        let record = try await ctx.importRecord(req)
        guard record.status == .draft else { throw Abort(.conflict, reason: "This import has already started; its settings cannot change.") }
        return record
    }
}

extension OrgContext {
    /// The import named by the `:id` parameter, in this organization only.
    func importRecord(_ req: Request) async throws -> FeedbackImportRecord {
        guard let record = try await FeedbackImportRecord.find(try req.idParameter(), organizationID: id, on: db) else { throw Abort(.notFound) }
        return record
    }
}
