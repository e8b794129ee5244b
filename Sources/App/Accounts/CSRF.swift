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
    /// The markup is Align's own: user text cannot contain an unescaped `<form`. Searched as UTF-8 bytes:
    /// a search through `String` bridges the whole page to UTF-16 and took a tenth of a page's time.
    static func insertToken(_ token: String, into html: String) -> String {
        let hidden = Array("<input type=\"hidden\" name=\"\(field)\" value=\"\(token)\">".utf8)
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 4 * hidden.count)
        var rest = 0
        while let open = firstIndex(of: formOpen, in: bytes, from: rest),
              let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")) {
            result += bytes[rest...close]
            if firstIndex(of: postMethod, in: bytes[..<close], from: open) != nil { result += hidden }
            rest = close + 1
        }
        result += bytes[rest...]
        return String(decoding: result, as: UTF8.self)
    }

    private static let formOpen = Array("<form".utf8), postMethod = Array("method=\"post\"".utf8)

    /// Where `needle` first occurs in `haystack` at or after `start`.
    private static func firstIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= haystack.endIndex - start else { return nil }
        var index = start
        while let candidate = haystack[index...].firstIndex(of: first), candidate + needle.count <= haystack.endIndex {
            if haystack[candidate..<(candidate + needle.count)].elementsEqual(needle) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        firstIndex(of: needle, in: haystack[...], from: start)
    }

    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
