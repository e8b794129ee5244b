import Foundation

/// One competency of the organization's customer-centricity model, with five levels described concretely.
/// Every organization starts from Align's six (`builtIn`) and may reword them.
public struct Competency: RecordContent {
    /// Stable across rewording: evidence checks find their competency by it.
    public var key: String
    public var name: String
    public var description: String
    /// What level 1 to 5 look like, in order.
    public var levels: [String]
    public var position: Int

    public static let levelCount = 5

    public init(key: String, name: String, description: String, levels: [String], position: Int) {
        (self.key, self.name, self.description, self.levels, self.position) = (key, name, description, levels, position)
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> Competency {
        var reader = FieldReader(input)
        let key = reader.text("key", "Key", maxLength: 60)
        if !key.isEmpty, !key.allSatisfy({ ($0.isLowercase && $0.isASCII) || $0.isNumber || $0 == "-" }) {
            reader.fail("key", "Key is lower-case letters, digits and hyphens, such as customer-insight.")
        }
        let name = reader.text("name", "Name", maxLength: 200)
        let description = reader.optionalText("description", "What it is", maxLength: 2000)
        let levels = (1...levelCount).map { reader.text("level_\($0)", "Level \($0)", maxLength: 1000) }
        let position = reader.optionalInt("position", "Position", in: 1...100) ?? 1
        try reader.finish()
        return Competency(key: key, name: name, description: description, levels: levels, position: position)
    }

    /// Written as the form and the API read it: one field per level.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: LevelKey.self)
        for (name, value) in [("key", key), ("name", name), ("description", description)] { try container.encode(value, forKey: LevelKey(name)) }
        for (index, level) in levels.enumerated() { try container.encode(level, forKey: LevelKey("level_\(index + 1)")) }
        try container.encode(position, forKey: LevelKey("position"))
    }

    struct LevelKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public var formInput: FormInput {
        .from([("key", key), ("name", name), ("description", description), ("position", String(position))]
              + levels.enumerated().map { ("level_\($0 + 1)", $1) })
    }
}
