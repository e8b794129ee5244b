import Domain
import Foundation
import Persistence
import Vapor
import Web

/// Who is making a request: a signed-in person (by session cookie on pages, by API token under /api).
struct SignedIn: Sendable {
    enum Via: Sendable, Equatable {
        case session
        /// An API token, valid for one organization only.
        case token(organizationID: UUID)
    }

    let userID: UUID
    let name: String
    let email: String
    let via: Via
}

/// Thrown where a page or endpoint needs someone signed in and nobody is.
struct SignInRequired: Error {}

extension Request {
    var signedIn: SignedIn? {
        get { storage[SignedInKey.self] }
        set { storage[SignedInKey.self] = newValue }
    }

    func requireSignedIn() throws -> SignedIn {
        guard let signedIn else { throw SignInRequired() }
        return signedIn
    }

    var isAPI: Bool { SiteURL.isAPI(url.path) }
}

private struct SignedInKey: StorageKey {
    typealias Value = SignedIn
}

/// Resolves the session or bearer token into `SignedIn`, and turns away anonymous requests
/// to anything but the public pages.
struct AuthenticationMiddleware: AsyncMiddleware {

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.isAPI {
            request.signedIn = try await bearer(request)
        } else if request.hasSession, let id = request.session.data["user"].flatMap(UUID.init(uuidString:)),
                  let user = try await request.store.signedInAccount(id: id) {
            request.signedIn = SignedIn(userID: id, name: user.name, email: user.email, via: .session)
        }
        if request.signedIn == nil && !SiteURL.isPublic(request.url.path) { throw SignInRequired() }
        return try await next.respond(to: request)
    }

    private func bearer(_ request: Request) async throws -> SignedIn? {
        guard let secret = request.headers.bearerAuthorization?.token else { return nil }
        guard let holder = try await request.store.tokenHolder(secret: secret) else {
            throw Abort(.unauthorized, reason: "The API token is unknown or has been revoked.")
        }
        let user = holder.account
        return SignedIn(userID: user.id, name: user.name, email: user.email, via: .token(organizationID: holder.organizationID))
    }
}
