import Vapor

/// The JSON types each API operation's body declares for its fields, read once from the OpenAPI
/// document, so what a request may send is the document's word and nothing kept beside it.
enum APIBodyTypes {
    /// The types a field's schema allows ("string", "integer", "array", "null"…) and, for a list, its items'.
    struct Declared: Sendable, Equatable, CustomStringConvertible {
        let types: Set<String>
        let itemTypes: Set<String>

        var isTextOnly: Bool { types.subtracting(["null"]) == ["string"] }
        var itemsAreTextOnly: Bool { itemTypes.subtracting(["null"]) == ["string"] }

        var description: String {
            if isTextOnly { return types.contains("null") ? "a string or null" : "a string" }
            if types.contains("array") && itemsAreTextOnly { return "a list of strings" }
            return types.sorted().joined(separator: " or ")
        }
    }

    /// The declared fields of the body of `method` on `route`, or nil when its body has no declared fields.
    static func declared(method: HTTPMethod, route: Route?) -> [String: Declared]? {
        guard let route else { return nil }
        let path = "/" + route.path.map { component in
            if case .parameter(let name) = component { return "{\(name)}" }
            return component.description
        }.joined(separator: "/")
        return byOperation["\(method.rawValue.lowercased()) \(path)"]
    }

    /// "post /api/v1/organizations/{org}/teams" → its body's fields.
    static let byOperation: [String: [String: Declared]] = {
        let document = OpenAPIDocument.document
        let schemas = document["components"]?["schemas"]
        var result: [String: [String: Declared]] = [:]
        for (path, operations) in document["paths"]?.members ?? [] {
            for (method, operation) in operations.members {
                guard var schema = operation["requestBody"]?["content"]?["application/json"]?["schema"] else { continue }
                if let name = schema.referencedName, let named = schemas?[name] { schema = named }
                let fields = (schema["properties"]?.members ?? []).map { ($0.0, declared($0.1)) }
                if !fields.isEmpty { result["\(method) \(path)"] = Dictionary(fields) { first, _ in first } }
            }
        }
        return result
    }()

    static func declared(_ schema: JSONDocument) -> Declared {
        Declared(types: schema["type"]?.strings ?? [], itemTypes: schema["items"]?["type"]?.strings ?? [])
    }
}

extension JSONDocument {
    var members: [(String, JSONDocument)] {
        if case .object(let pairs) = self { return pairs }
        return []
    }

    /// A type written as one name or a list of names.
    var strings: Set<String> {
        switch self {
        case .string(let name): [name]
        case .array(let items): Set(items.compactMap { if case .string(let name) = $0 { name } else { nil } })
        default: []
        }
    }

    /// "Teams" for `{"$ref": "#/components/schemas/Teams"}`.
    var referencedName: String? {
        guard case .string(let reference)? = self["$ref"] else { return nil }
        return reference.split(separator: "/").last.map(String.init)
    }
}
