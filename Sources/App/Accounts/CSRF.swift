import Foundation
import Vapor
import Web

/// Every state-changing form carries the session's CSRF token; requests without it are refused.
/// The API is exempt because it accepts only bearer tokens, never cookies.
struct CSRFMiddleware: AsyncMiddleware {
    static let field = "_csrf"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if ![.GET, .HEAD, .OPTIONS].contains(request.method) && !request.isAPI && !Self.isStreamedUpload(request) {
            let body = try await request.body.collect(max: 2 * 1024 * 1024).get()
            let sent = Request.parseURLEncoded(body.map { String(buffer: $0) } ?? "").value(Self.field)
            guard let expected = request.session.data[Self.field], let sent,
                  Self.constantTimeEqual(Array(expected.utf8), Array(sent.utf8)) else {
                throw Abort(.forbidden, reason: "This form has expired or did not come from Align. Go back, reload the page and try again.")
            }
        }
        return try await next.respond(to: request)
    }

    /// A file upload checks the token itself as the form streams in, before the file part is written.
    static func isStreamedUpload(_ request: Request) -> Bool {
        request.method == .POST && request.headers.contentType?.type == "multipart" && request.headers.contentType?.subType == "form-data"
            && SiteURL.isUpload(request.url.path)
    }

    /// Adds the hidden token field right after the opening tag of every `method="post"` form.
    /// The markup is Align's own: user text cannot contain an unescaped `<form`.
    static func insertToken(_ token: String, into html: String) -> String {
        let hidden = "<input type=\"hidden\" name=\"\(field)\" value=\"\(token)\">"
        var result = ""
        var rest = html[...]
        while let open = rest.range(of: "<form") {
            guard let close = rest[open.upperBound...].firstIndex(of: ">") else { break }
            let tag = rest[open.lowerBound...close]
            result += rest[..<open.lowerBound] + tag
            if tag.contains("method=\"post\"") { result += hidden }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
