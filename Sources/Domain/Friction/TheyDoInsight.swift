import Foundation

/// A property of an import as TheyDo's rules tell them apart: left out (kept as it was), null (cleared), or set.
public enum ImportSetting<Value: Sendable & Equatable & Codable>: Sendable, Equatable, Codable {
    case omitted, cleared, set(Value)

    public var value: Value? { if case .set(let value) = self { value } else { nil } }

    /// This setting laid over what an earlier import stored: left out keeps it, null and a value replace it.
    func over(_ earlier: ImportSetting) -> ImportSetting { self == .omitted ? earlier : self }
}

/// One insight of a TheyDo `THEYDO_INSIGHTS_V1` file (theydo/theydo-s3-integrations, `InsightsFile.schema.json`),
/// every property as the file gives it, so that importing it again follows TheyDo's rules: an unknown
/// `importKey` creates, a known one updates, a property left out keeps what the last import gave.
public struct TheyDoInsight: Sendable, Equatable, Codable {
    public struct GroupTag: Sendable, Equatable, Codable {
        public let tagGroup: String
        public let tag: String
    }

    public var importKey: String
    public var title: String
    public var description: ImportSetting<String> = .omitted
    public var icon: ImportSetting<String> = .omitted
    public var type: ImportSetting<String> = .omitted
    public var status: ImportSetting<String> = .omitted
    public var ownerEmail: ImportSetting<String> = .omitted
    public var empathyScore: ImportSetting<Double> = .omitted
    public var weight: ImportSetting<Double> = .omitted
    public var externalLinks: ImportSetting<[String]> = .omitted
    public var tags: ImportSetting<[String]> = .omitted
    public var groups: ImportSetting<[String]> = .omitted
    public var groupTags: ImportSetting<[GroupTag]> = .omitted

    public init(importKey: String, title: String) {
        self.importKey = importKey
        self.title = title
    }

    /// This import laid over the one stored for the same `importKey`.
    public func merged(over earlier: TheyDoInsight) -> TheyDoInsight {
        var merged = self
        merged.description = description.over(earlier.description)
        merged.icon = icon.over(earlier.icon)
        merged.type = type.over(earlier.type)
        merged.status = status.over(earlier.status)
        merged.ownerEmail = ownerEmail.over(earlier.ownerEmail)
        merged.empathyScore = empathyScore.over(earlier.empathyScore)
        merged.weight = weight.over(earlier.weight)
        merged.externalLinks = externalLinks.over(earlier.externalLinks)
        // TheyDo keeps tags and groupTags as one set: either one sent replaces both.
        if tags == .omitted, groupTags == .omitted { (merged.tags, merged.groupTags) = (earlier.tags, earlier.groupTags) }
        merged.groups = groups.over(earlier.groups)
        return merged
    }

    /// The tags of a tag group (named ignoring case), as the file gives them.
    public func tags(inGroup group: String) -> [String] {
        (groupTags.value ?? []).filter { $0.tagGroup.compare(group, options: .caseInsensitive) == .orderedSame }.map(\.tag)
    }
}
