import Persistence
import Vapor

/// Answers a GET from `PageCache` when the database is where it was when the answer was computed; otherwise
/// computes it (sessions, authentication, the page) and keeps it. A kept answer costs one read of the
/// database's version and no session, no query, no rendering.
struct PageCacheMiddleware: AsyncMiddleware {
    let cache: PageCache
    let version: any DataVersion
    let mode: PageCacheMode
    let cookieName: String

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let key = PageCache.key(for: request, cookieName: cookieName),
              let version = try? await version.current(request.db) else {
            return try await next.respond(to: request)
        }
        if let kept = cache.response(for: key, version: version) {
            return mode == .verify ? try await verified(kept, at: version, request: request, next: next) : kept
        }
        // Many requests for an answer nobody has yet (a page opened by a whole team after an import) would
        // each compute it; the first does, the others wait for it and take what it keeps.
        guard cache.beginComputing(key, version: version) else {
            await cache.awaitComputing(key, version: version)
            if let kept = cache.response(for: key, version: version) { return kept }
            return try await next.respond(to: request)
        }
        defer { cache.endComputing(key, version: version) }
        let response = try await next.respond(to: request)
        cache.keep(response, for: key, version: version)
        return response
    }

    /// The page computed again beside the kept one; a difference means something changed the database
    /// without changing its version, and is refused so that tests fail on it.
    private func verified(_ kept: Response, at versionRead: String, request: Request, next: any AsyncResponder) async throws -> Response {
        let fresh = try await next.respond(to: request)
        guard fresh.status != kept.status || fresh.body.buffer != kept.body.buffer else { return kept }
        // A write that committed while the page was computed again explains the difference by itself.
        guard try await version.current(request.db) == versionRead else { return fresh }
        request.logger.error("A kept answer differs from the one computed now", metadata: ["url": .string(request.url.string)])
        let refused = Response(status: .internalServerError,
                               body: .init(string: "The page cache kept an answer to \(request.url.path) that is no longer right."))
        refused.headers.contentType = .plainText
        return refused
    }
}
