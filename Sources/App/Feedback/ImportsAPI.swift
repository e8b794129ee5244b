import Domain
import Foundation
import Persistence
import Vapor
import Web

/// The import API: send the file as the request body, with the mapping in the query string.
struct ImportsAPI: Sendable {
    func register(_ router: Router) {
        router.api(.GET, .imports, use: list)
        router.api(.GET, .hubExport, use: Self.hubExport)
        router.page(.GET, .hubExport, use: Self.hubExport)
        router.api(.POST, .imports, body: .stream, use: create)
        router.api(.GET, .feedbackImport(.key, .show), use: show)
        router.api(.GET, .feedbackImport(.key, .rejections), use: rejections)
        router.api(.POST, .feedbackImport(.key, .resume), use: resume)
        router.api(.GET, .feedbackImport(.key, .duplicates), use: duplicates)
    }

    struct ImportJSON: Content {
        let id: UUID
        let organizationId: UUID
        let fileName: String
        let format: String
        let status: String
        let percent: Int
        let rowsRead: Int
        let imported: Int
        let duplicates: Int
        let rejected: Int
        let error: String?
        let canResume: Bool
        /// ISO 8601, like every time in the API.
        let createdAt: String?
        let finishedAt: String?

        init(_ record: FeedbackImport) {
            id = record.id
            organizationId = record.organizationID
            fileName = record.fileName
            format = record.format.rawValue
            status = record.status.rawValue
            percent = record.percent
            rowsRead = record.rowsRead
            imported = record.imported
            duplicates = record.duplicates
            rejected = record.rejected
            error = record.error
            canResume = record.canResume
            createdAt = record.createdAt.map { $0.formatted(.iso8601) }
            finishedAt = record.finishedAt.map { $0.formatted(.iso8601) }
        }
    }

    struct PageJSON<Item: Content>: Content {
        let items: [Item]
        let page: Int
        let per: Int
        let total: Int
    }

    struct DuplicateJSON: Content {
        let line: Int
        let rule: String
        let externalId: String?
        let originalId: UUID?
        let originalImportId: UUID?
        let originalLine: Int?
        let explanation: String
    }

    struct RejectionJSON: Content {
        let line: Int
        let column: String
        let reason: String
    }

    func list(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let page = try await ctx.imports.list(pagination(req.queryValues))
        return try json(PageJSON(items: page.items.map(ImportJSON.init), page: page.page, per: page.per, total: page.total))
    }

    func show(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try json(ImportJSON(try await ctx.imports.find(try req.idParameter())))
    }

    /// Every feedback item as Formbricks Hub records, streamed as JSON Lines a page of items at a time.
    static func hubExport(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let export = FeedbackHubExport(ctx.scope), logger = req.logger
        let response = Response(status: .ok, body: .init(asyncStream: { writer in
            do {
                try await export.forEachPage { try await writer.writeBuffer(ByteBuffer(string: $0)) }
                try await writer.write(.end)
            } catch {
                logger.error("Formbricks Hub export stopped: \(String(reflecting: error))")
                try await writer.write(.error(error))
            }
        }))
        response.headers.contentType = HTTPMediaType(type: "application", subType: "x-ndjson", parameters: ["charset": "utf-8"])
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(ctx.slug)-formbricks-hub.jsonl\"")
        return response
    }

    /// Resumes an interrupted import in the background: 202 with the import to follow, 409 when it cannot be.
    func resume(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.importFeedback)
        let record = try await ctx.imports.resume(try req.idParameter(), in: req.application.background, logger: req.application.logger)
        let response = try json(ImportJSON(record), status: .accepted)
        response.headers.replaceOrAdd(name: .location, value: SiteURL.api(.value(ctx.slug), .feedbackImport(.value(record.id), .show)).path)
        return response
    }

    /// The rows an import skipped as already stored, in line order, each with its rule and the item it repeats.
    func duplicates(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let id = try req.idParameter()
        let page = try await ctx.imports.duplicates(id, page: pagination(req.queryValues))
        return try json(PageJSON(items: page.items.map {
            DuplicateJSON(line: $0.line, rule: $0.rule.rawValue, externalId: $0.externalID, originalId: $0.original?.feedbackID,
                          originalImportId: $0.original?.importID, originalLine: $0.original?.line, explanation: $0.explanation(in: id))
        }, page: page.page, per: page.per, total: page.total))
    }

    func rejections(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let page = try await ctx.imports.rejections(try req.idParameter(), page: pagination(req.queryValues))
        return try json(PageJSON(items: page.items.map { RejectionJSON(line: $0.line, column: $0.column, reason: $0.reason) },
                                 page: page.page, per: page.per, total: page.total))
    }

    /// Checks the mapping and the file's start, then imports in the background: 202 with the import to follow.
    func create(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.importFeedback)
        let query = Request.parseURLEncoded(req.url.query ?? "")
        let format = query.value("format") ?? "csv"
        guard let parsedFormat = ImportFormat(rawValue: format) else {
            throw ValidationFailure(field: "format", message: "Format must be csv, formbricks-hub or theydo-responses.")
        }
        guard let source = FeedbackSource(rawValue: query.value("source") ?? "survey"), source != .conversation else {
            throw ValidationFailure(field: "source", message: "Source must be survey or ticket.")
        }
        let headerRow = try intParameter(query, "header_row", default: 1)
        let firstDataRow = try query.value("first_data_row").map { _ in try intParameter(query, "first_data_row", default: 2) }
        let settings = try ImportSettings.fromArguments(format: parsedFormat, headerRow: headerRow, firstDataRow: firstDataRow,
                                                        maps: query.values("map"), labels: query.values("label"), source: source,
                                                        timeZone: query.value("time_zone"), dateOrder: query.value("date_order"))
        let name = query.value("file_name").map { String($0.prefix(200)) } ?? "upload.\(parsedFormat == .csv ? "csv" : "json")"
        let received = try await req.receiveRawBody(name: name)
        let record: FeedbackImport
        do {
            record = try await ctx.imports.start(received, settings: settings, rowsGiven: query.value("first_data_row") != nil,
                                                 in: req.application.background, logger: req.application.logger)
        } catch let failure as ImportFailure {
            throw ValidationFailure(field: "body", message: failure.description)
        }
        let response = try json(ImportJSON(record), status: .accepted)
        response.headers.replaceOrAdd(name: .location, value: SiteURL.api(.value(ctx.slug), .feedbackImport(.value(record.id), .show)).path)
        return response
    }

    private func intParameter(_ query: FormInput, _ name: String, default value: Int) throws -> Int {
        guard let raw = query.value(name) else { return value }
        guard let number = Int(raw), (1...(ImportSettings.maximumHeaderRow + 1)).contains(number) else {
            throw ValidationFailure(field: name, message: "\(name) must be a whole number from 1 to \(ImportSettings.maximumHeaderRow + 1).")
        }
        return number
    }

}
