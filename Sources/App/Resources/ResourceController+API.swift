import Domain
import Persistence
import Vapor
import Web

/// The JSON endpoints of one kind of record: the same service as its pages.
extension ResourceController {
    func apiList(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let query = req.queryValues
        return try json(try await ctx.records(R.self).list(filters: Self.filters(query), page: pagination(query)))
    }

    func apiCreate(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try json(try await ctx.records(R.self).create(try req.formInput()), status: .created)
    }

    func apiShow(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try json(try await ctx.records(R.self).find(try req.idParameter()))
    }

    func apiReplace(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        return try json(try await ctx.records(R.self).update(try req.idParameter(), with: try req.formInput()))
    }

    /// Applies only the fields given, keeping the rest as stored.
    func apiPatch(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let existing = try await ctx.records(R.self).find(try req.idParameter())
        var merged = existing.content.formInput
        for (key, values) in try req.formInput().fields { merged.fields[key] = values }
        return try json(try await ctx.records(R.self).update(existing.id, with: merged))
    }

    func apiDelete(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try await ctx.records(R.self).delete(try req.idParameter())
        return Response(status: .noContent)
    }
}
