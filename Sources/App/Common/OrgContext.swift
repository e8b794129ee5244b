import Domain
import Persistence
import Vapor
import Web

/// The organization a request is about, resolved from the `:org` slug in its path, with what
/// the signed-in person may do there.
struct OrgContext: Sendable {
    let organization: Stored<Organization>
    let store: AlignStore
    let signedIn: SignedIn
    let access: Access
    /// Reminders waiting unread in the signed-in person's inbox here, for the page header.
    var unreadInbox = 0

    var id: UUID { organization.id }
    var slug: String { organization.slug }

    /// The organization's data as the signed-in person acts in it, for the feature services.
    var scope: OrgScope {
        store.scope(organization, actor: Actor(userID: signedIn.userID, name: signedIn.name), access: access)
    }

    func nav(_ current: String) -> OrganizationNav {
        OrganizationNav(name: organization.name, slug: slug, current: current, canSeeAudit: access.allows(.viewAuditLog), unreadInbox: unreadInbox)
    }

    func shell(_ title: String, current: String, notice: String? = nil) -> PageShell {
        PageShell(title: title, organization: nav(current), account: AccountNav(name: signedIn.name), notice: notice)
    }

    /// Refuses, with 403 and a reason naming the role, what this membership may not do.
    func authorize(_ operation: RecordOperation, _ kind: RecordKind, owningTeams: Set<UUID> = []) throws {
        try scope.authorize(operation, kind, owningTeams: owningTeams)
    }

    func authorize(_ action: OrganizationAction) throws {
        try scope.authorize(action)
    }
}

extension Request {
    /// The organization in the path, if the signed-in person belongs to it; otherwise 404, so
    /// other organizations' existence is not revealed.
    func orgContext() async throws -> OrgContext {
        let signedIn = try requireSignedIn()
        guard let slug = parameters.get("org"), Slug.isValid(slug),
              let entry = try await store.entry(slug: slug, accountID: signedIn.userID, countingUnread: !isAPI) else {
            throw Abort(.notFound)
        }
        if case .token(let tokenOrg) = signedIn.via, tokenOrg != entry.organization.id { throw Abort(.notFound) }
        var ctx = OrgContext(organization: entry.organization, store: store, signedIn: signedIn, access: entry.access)
        ctx.unreadInbox = entry.unreadInbox ?? 0
        return ctx
    }

    /// The page frame for pages outside any organization.
    func shell(_ title: String, notice: String? = nil) -> PageShell {
        PageShell(title: title, account: signedIn.map { AccountNav(name: $0.name) }, notice: notice)
    }

    /// The `:id` path parameter; a malformed id is simply not found.
    func idParameter(_ name: String = "id") throws -> UUID {
        guard let text = parameters.get(name), let id = UUID(uuidString: text) else { throw Abort(.notFound) }
        return id
    }

    /// A full address on this server, as someone outside it types it: the request's host, https when cookies are Secure.
    func absoluteURL(_ path: String) -> String {
        guard let host = headers.first(name: .host), !host.isEmpty, !host.contains(where: { $0 == "/" || $0 == "\\" || $0.isWhitespace }) else {
            return path
        }
        let scheme = application.storage[SecureCookiesKey.self] == true ? "https" : "http"
        return "\(scheme)://\(host)\(path)"
    }

    /// Query parameters as plain strings (repeated keys keep the last).
    var queryValues: [String: String] {
        guard let query = url.query else { return [:] }
        return Request.parseURLEncoded(query).fields.compactMapValues(\.last)
    }

    /// A fixed confirmation chosen by a query flag; never echoes user text.
    var notice: String? {
        queryValues["notice"].flatMap(Notice.init(rawValue:))?.message
    }
}
