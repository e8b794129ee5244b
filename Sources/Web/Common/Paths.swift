import Foundation

/// Every page address in one place, so views and controllers agree.
public enum Paths {
    public static let organizations = "/orgs"
    public static let newOrganization = "/orgs/new"
    public static let stylesheet = "/static/align.css"
    public static let signIn = "/sign-in"
    public static let signOut = "/sign-out"
    public static let setup = "/setup"
    public static let changePassword = "/account/password"

    public static func organization(_ slug: String) -> String { "/orgs/\(slug)" }
    public static func editOrganization(_ slug: String) -> String { "/orgs/\(slug)/edit" }
    public static func deleteOrganization(_ slug: String) -> String { "/orgs/\(slug)/delete" }

    public static func list(_ slug: String, _ segment: String, query: [String: String] = [:]) -> String {
        "/orgs/\(slug)/\(segment)" + queryString(query)
    }

    public static func new(_ slug: String, _ segment: String, query: [String: String] = [:]) -> String {
        "/orgs/\(slug)/\(segment)/new" + queryString(query)
    }

    public static func item(_ slug: String, _ segment: String, _ id: UUID) -> String {
        "/orgs/\(slug)/\(segment)/\(id.uuidString)"
    }

    public static func edit(_ slug: String, _ segment: String, _ id: UUID) -> String { item(slug, segment, id) + "/edit" }
    public static func delete(_ slug: String, _ segment: String, _ id: UUID) -> String { item(slug, segment, id) + "/delete" }
    public static func move(_ slug: String, _ segment: String, _ id: UUID) -> String { item(slug, segment, id) + "/move" }

    /// The journey map; `heat` opens its customer heat view, `touchpoint` its backstage panel.
    public static func journeyMap(_ slug: String, _ journeyID: UUID, touchpoint: UUID? = nil, heat: Bool = false) -> String {
        let query = (heat ? ["view=heat"] : []) + (touchpoint.map { ["touchpoint=\($0.uuidString)"] } ?? [])
        return item(slug, "journeys", journeyID) + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
            + (touchpoint == nil ? "" : "#backstage")
    }

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
