import NIOConcurrencyHelpers
import Persistence
import Vapor

/// Notes an API token's use, at most once a minute per token in this process, before the page cache reads the
/// database's version. The note is a write: made after that read, it would leave the answer kept at a version
/// already gone, and the next requests for it would all wait while it is computed again.
struct APITokenUseMiddleware: AsyncMiddleware {
    /// When this process last noted each token (by hash); emptied when it holds more than this many.
    static let remembered = 1024
    private let noted = NIOLockedValueBox<[String: Date]>([:])

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.isAPI, let secret = request.headers.bearerAuthorization?.token {
            let hash = APITokenSecret.hash(secret), now = Date()
            // A note that fails is left for the next minute; the request goes on to the answer, or to the error
            // page the database's trouble brings it further on.
            if due(hash, now) { try? await request.store.noteTokenUse(hash: hash, at: now) }
        }
        return try await next.respond(to: request)
    }

    private func due(_ hash: String, _ now: Date) -> Bool {
        noted.withLockedValue { noted in
            if let last = noted[hash], now.timeIntervalSince(last) < AlignStore.useNotedEvery { return false }
            if noted.count >= Self.remembered { noted.removeAll() }
            noted[hash] = now
            return true
        }
    }
}
