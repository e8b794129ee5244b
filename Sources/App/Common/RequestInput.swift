import Domain
import Foundation
import Vapor

extension Request {
    /// The body as `FormInput`: a JSON object for the API, URL-encoded fields for forms.
    /// Malformed JSON, or JSON that is not an object, is a 400 naming the problem.
    func formInput() throws -> FormInput {
        let text = body.data.map { String(buffer: $0) } ?? ""
        if headers.contentType == .json || (isAPI && headers.contentType != .urlEncodedForm) {
            return try Self.parseJSONObject(text)
        }
        return Self.parseURLEncoded(text)
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

    static func parseJSONObject(_ text: String) throws -> FormInput {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw Abort(.badRequest, reason: "The request body is empty; send a JSON object.")
        }
        let object: [String: JSONValue]
        do {
            object = try JSONDecoder().decode([String: JSONValue].self, from: Data(text.utf8))
        } catch let error as JSONValue.Nested {
            throw Abort(.badRequest, reason: error.description)
        } catch {
            throw Abort(.badRequest, reason: "The request body is not a JSON object: \(Self.describe(error))")
        }
        return FormInput(object.mapValues { $0.strings.map(withoutNUL) })
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): context.debugDescription
        case DecodingError.typeMismatch(_, let context): context.debugDescription
        default: "malformed JSON."
        }
    }
}

/// A JSON value as the API accepts it: scalars, null, or arrays of scalars.
enum JSONValue: Decodable {
    case strings([String])

    struct Nested: Error, CustomStringConvertible {
        let description: String
    }

    var strings: [String] {
        switch self { case .strings(let values): values }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .strings([]); return }
        if let value = try? container.decode(Bool.self) { self = .strings([value ? "true" : "false"]); return }
        if let value = try? container.decode(Int.self) { self = .strings([String(value)]); return }
        if let value = try? container.decode(Double.self) { self = .strings([String(value)]); return }
        if let value = try? container.decode(String.self) { self = .strings([value]); return }
        if let values = try? container.decode([JSONValue].self) {
            self = .strings(values.flatMap(\.strings))
            return
        }
        let field = decoder.codingPath.first?.stringValue ?? "value"
        throw Nested(description: "Field \"\(field)\" must be a string, number, boolean, null or a list of those.")
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
