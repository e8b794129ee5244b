import Domain
import Foundation

/// Links and form actions, built from the route table (`SiteURL`, `OrgPath`) so views and
/// controllers never write a path by hand.
public enum Paths {
    public static let organizations = SiteURL.organizations.path
    public static let newOrganization = SiteURL.newOrganization.path
    public static let stylesheet = SiteURL.stylesheet.path
    public static let uploadScript = SiteURL.uploadScript.path
    public static let signIn = SiteURL.signIn.path
    public static let signOut = SiteURL.signOut.path
    public static let setup = SiteURL.setup.path
    public static let changePassword = SiteURL.changePassword.path

    /// A page of the organization.
    public static func page(_ slug: String, _ path: OrgPath, query: [String: String] = [:]) -> String {
        SiteURL.page(.value(slug), path).path(query: query)
    }

    public static func organization(_ slug: String) -> String { page(slug, .root) }

    /// The same in the JSON API.
    public static func api(_ slug: String, _ path: OrgPath, query: [String: String] = [:]) -> String {
        SiteURL.api(.value(slug), path).path(query: query)
    }
    public static func editOrganization(_ slug: String) -> String { page(slug, .edit) }
    public static func deleteOrganization(_ slug: String) -> String { page(slug, .delete) }

    /// The list of one kind of record, filtered by `query`.
    public static func list(_ slug: String, _ kind: RecordKind, query: [String: String] = [:]) -> String {
        page(slug, .records(kind), query: query)
    }

    public static func new(_ slug: String, _ kind: RecordKind, query: [String: String] = [:]) -> String {
        page(slug, .newRecord(kind), query: query)
    }

    public static func export(_ slug: String, _ kind: RecordKind, query: [String: String] = [:]) -> String {
        page(slug, .exportRecords(kind), query: query)
    }

    public static func item(_ slug: String, _ kind: RecordKind, _ id: UUID) -> String { page(slug, .record(kind, .value(id))) }

    /// A step under one record: its edit or delete page, moving it, marking it sent…
    public static func step(_ slug: String, _ kind: RecordKind, _ id: UUID, _ step: RecordStep) -> String {
        page(slug, .recordStep(kind, .value(id), step))
    }

    public static func edit(_ slug: String, _ kind: RecordKind, _ id: UUID) -> String { step(slug, kind, id, .edit) }
    public static func delete(_ slug: String, _ kind: RecordKind, _ id: UUID) -> String { step(slug, kind, id, .delete) }
    public static func move(_ slug: String, _ kind: RecordKind, _ id: UUID) -> String { step(slug, kind, id, .move) }

    /// One feedback import's page, or a step under it.
    public static func feedbackImport(_ slug: String, _ id: UUID, _ step: ImportStep = .show) -> String {
        page(slug, .feedbackImport(.value(id), step))
    }

    /// The journey map; `heat` opens its customer heat view, `touchpoint` its backstage panel.
    public static func journeyMap(_ slug: String, _ journeyID: UUID, touchpoint: UUID? = nil, heat: Bool = false) -> String {
        let query = (heat ? ["view=heat"] : []) + (touchpoint.map { ["touchpoint=\($0.uuidString)"] } ?? [])
        return item(slug, .journeys, journeyID) + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
            + (touchpoint == nil ? "" : "#backstage")
    }

    /// The themes page, at one theme.
    public static func theme(_ slug: String, _ name: String) -> String { page(slug, .themes) + "#" + anchor(name) }

    /// A fragment id for a name, e.g. a theme: lowercase letters and digits joined by hyphens.
    public static func anchor(_ name: String) -> String {
        "theme-" + name.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: "-")
    }

    /// `?a=1&b=2` with keys sorted, values percent-encoded; empty when there is nothing to add.
    public static func queryString(_ query: [String: String]) -> String {
        let pairs = query.filter { !$0.value.isEmpty }.sorted { $0.key < $1.key }
        guard !pairs.isEmpty else { return "" }
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#")
        return "?" + pairs.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }
            .joined(separator: "&")
    }
}
