import Domain
import Foundation
import Vapor

extension Request {
    /// An API body as `FormInput`, refused unless it is exactly what the README promises: 415 unless
    /// it is sent as JSON, 400 naming the line and column of anything that is not strict JSON in UTF-8,
    /// and 400 naming the field when a value's JSON type is not the one the OpenAPI document declares
    /// for it (a number where text belongs would otherwise be stored as its digits).
    func apiJSONInput() throws -> FormInput {
        let bytes = try checkedJSONBody()
        return try Self.parseJSONObject(bytes, declared: APIBodyTypes.declared(method: method, route: route))
    }

    /// The body's bytes once they are known to be one strict JSON value sent as JSON.
    func checkedJSONBody() throws -> [UInt8] {
        let bytes = body.data.map { Array($0.readableBytesView) } ?? []
        guard !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
            throw Abort(.badRequest, reason: "The request body is empty; send a JSON object.")
        }
        guard let type = headers.contentType, type.type == "application", type.subType == "json" || type.subType.hasSuffix("+json") else {
            let sent = headers.first(name: .contentType).map { "was sent as \($0)" } ?? "has no Content-Type"
            throw Abort(.unsupportedMediaType, reason: "The request body \(sent); send it as application/json.")
        }
        if let charset = type.parameters["charset"], charset.lowercased() != "utf-8" {
            throw Abort(.unsupportedMediaType, reason: "The request body is in \(charset); send it in UTF-8.")
        }
        if let problem = StrictJSON.problem(in: bytes) {
            throw Abort(.badRequest, reason: "The request body is not strict JSON. \(problem.description).")
        }
        return bytes
    }

    static func parseJSONObject(_ bytes: [UInt8], declared: [String: APIBodyTypes.Declared]?) throws -> FormInput {
        guard !bytes.isEmpty else { throw Abort(.badRequest, reason: "The request body is empty; send a JSON object.") }
        let object: [String: JSONValue]
        do {
            object = try JSONDecoder().decode([String: JSONValue].self, from: Data(bytes))
        } catch let error as JSONValue.Nested {
            throw Abort(.badRequest, reason: error.description)
        } catch {
            throw Abort(.badRequest, reason: "The request body is not a JSON object: \(Self.describe(error))")
        }
        if let declared {
            for name in object.keys.sorted() {
                guard let expected = declared[name], let wrong = object[name]?.mismatch(expected) else { continue }
                throw Abort(.badRequest, reason: "Field \"\(name)\" must be \(expected.description); it is \(wrong).")
            }
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

/// A JSON value as the API accepts it: scalars, null, or lists of scalars, with the type it came as.
enum JSONValue: Decodable {
    case null
    case boolean(Bool)
    case number(String)
    case string(String)
    case list([JSONValue])

    struct Nested: Error, CustomStringConvertible {
        let description: String
    }

    var strings: [String] {
        switch self {
        case .null: []
        case .boolean(let value): [value ? "true" : "false"]
        case .number(let text), .string(let text): [text]
        case .list(let values): values.flatMap(\.strings)
        }
    }

    /// How the value came, for a message: "a number (42)".
    var kind: String {
        switch self {
        case .null: "null"
        case .boolean(let value): "a boolean (\(value))"
        case .number(let text): "a number (\(text))"
        case .string: "a string"
        case .list: "a list"
        }
    }

    /// How the value differs from what its field declares, or nil when it fits. Only text is held to
    /// its type: numbers and flags have always been accepted as text, and a list where one text
    /// belongs would keep its first item without a word.
    func mismatch(_ expected: APIBodyTypes.Declared) -> String? {
        switch self {
        case .null, .string: return nil
        case .boolean, .number: return expected.isTextOnly ? kind : nil
        case .list(let items):
            if expected.isTextOnly { return kind }
            guard expected.itemsAreTextOnly, let wrong = items.first(where: { $0.isBooleanOrNumber }) else { return nil }
            return "a list holding \(wrong.kind)"
        }
    }

    var isBooleanOrNumber: Bool {
        switch self {
        case .boolean, .number: true
        default: false
        }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null; return }
        if let value = try? container.decode(Bool.self) { self = .boolean(value); return }
        if let value = try? container.decode(Int.self) { self = .number(String(value)); return }
        if let value = try? container.decode(Double.self) { self = .number(String(value)); return }
        if let value = try? container.decode(String.self) { self = .string(value); return }
        if let values = try? container.decode([JSONValue].self), !values.contains(where: \.isList) {
            self = .list(values)
            return
        }
        let field = decoder.codingPath.first?.stringValue ?? "value"
        throw Nested(description: "Field \"\(field)\" must be a string, number, boolean, null or a list of those.")
    }

    var isList: Bool {
        if case .list = self { return true }
        return false
    }
}
