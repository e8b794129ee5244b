import Domain
import Foundation
import Vapor

extension Request {
    /// The body as `FormInput`: a JSON object for the API (see `apiJSONInput`), URL-encoded fields for forms.
    func formInput() throws -> FormInput {
        if isAPI { return try apiJSONInput() }
        let bytes = body.data.map { Array($0.readableBytesView) } ?? []
        if headers.contentType == .json { return try Self.parseJSONObject(bytes, declared: nil) }
        return Self.parseURLEncoded(String(decoding: bytes, as: UTF8.self))
    }

    static func parseURLEncoded(_ text: String) -> FormInput {
        var fields: [String: [String]] = [:]
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                withoutNUL(String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(part))
            }
            var key = decode(parts[0])
            if key.hasSuffix("[]") { key.removeLast(2) }
            fields[key, default: []].append(parts.count > 1 ? decode(parts[1]) : "")
        }
        return FormInput(fields)
    }
}

/// NUL characters cannot be stored in PostgreSQL text and mean nothing in a form, so they are dropped.
func withoutNUL(_ text: String) -> String {
    text.contains("\u{0}") ? text.replacingOccurrences(of: "\u{0}", with: "") : text
}

func pagination(_ query: [String: String]) -> Pagination {
    let anchor = query["after"].flatMap(UUID.init(uuidString:)).map(PageAnchor.after)
        ?? query["before"].flatMap(UUID.init(uuidString:)).map(PageAnchor.before)
    return Pagination(page: query["page"].flatMap(Int.init), per: query["per"].flatMap(Int.init), anchor: anchor)
}

/// The page asked for in a list of `total` items, kept within the pages there are.
func pagination(_ query: [String: String], total: Int, per: Int) -> Pagination {
    Pagination.within(total: total, page: query["page"].flatMap(Int.init), per: per)
}
