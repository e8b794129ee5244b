import Foundation

/// A TheyDo insights file read whole (such files list tens or hundreds of insights), each insight with
/// the line it starts on, or every problem found (up to `limit`), each naming its line and property.
public enum TheyDoInsightsFile {
    public static let format = "THEYDO_INSIGHTS_V1"
    public static let limit = 20

    public struct Problem: Error, Sendable, Equatable {
        public let line: Int
        public let property: String
        public let reason: String

        public init(line: Int, property: String, reason: String) {
            (self.line, self.property, self.reason) = (line, property, reason)
        }

        /// "line 4, insights[2].title: …"
        public var description: String { "line \(line)" + (property.isEmpty ? "" : ", \(property)") + ": \(reason)" }
    }

    /// Every problem of a refused file, up to `limit`.
    public struct Refusal: Error, Sendable, Equatable {
        public let problems: [Problem]
    }

    public static func read(_ bytes: [UInt8]) throws(Refusal) -> [(line: Int, insight: TheyDoInsight)] {
        var splitter = JSONMemberSplitter(streamKey: "insights")
        var insights: [(line: Int, insight: TheyDoInsight)] = [], problems: [Problem] = []
        var sawFormat = false, sawList = false
        do {
            for piece in try splitter.feed(bytes) {
                switch piece {
                case .member(let key, let line, let value):
                    guard key == "format" else { problems.append(Problem(line: line, property: key, reason: "“\(key)” is not a property of a TheyDo insights file (format, insights)")); continue }
                    sawFormat = true
                    if (try? JSONSerialization.jsonObject(with: Data(value), options: .fragmentsAllowed)) as? String != format {
                        problems.append(Problem(line: line, property: "format", reason: "must be \(format)"))
                    }
                case .element(let index, let line, let value):
                    sawList = true
                    do { insights.append((line, try insight(value, at: "insights[\(index)]"))) } catch {
                        problems.append(Problem(line: line, property: error.property, reason: error.reason))
                    }
                }
                if problems.count >= limit { break }
            }
            try splitter.finish()
        } catch {
            problems.append(Problem(line: error.line, property: "", reason: error.message))
        }
        if problems.isEmpty, !sawFormat { problems.append(Problem(line: 1, property: "format", reason: "is required: \(format)")) }
        if problems.isEmpty, !sawList { problems.append(Problem(line: 1, property: "insights", reason: "is required, as a list of insights")) }
        guard problems.isEmpty else { throw Refusal(problems: Array(problems.prefix(limit))) }
        return insights
    }

    static let allowed: Set<String> = ["importKey", "title", "description", "icon", "empathyScore", "externalLinks", "type", "status", "tags",
                                       "groups", "groupTags", "weight", "ownerEmail"]

    static func insight(_ value: [UInt8], at path: String) throws(TheyDoProblem) -> TheyDoInsight {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(value))) as? [String: Any] else { throw TheyDoProblem(path, "is not a valid JSON object") }
        try TheyDoProblem.refuseUnknown(object, allowed: allowed, at: path)
        var insight = TheyDoInsight(importKey: try TheyDoProblem.string(object, "importKey", at: path), title: try TheyDoProblem.string(object, "title", at: path))
        if insight.importKey.isEmpty { throw TheyDoProblem("\(path).importKey", "must not be empty") }
        for (key, text) in [("importKey", insight.importKey), ("title", insight.title)] where text.contains("\u{0}") {
            throw TheyDoProblem("\(path).\(key)", "holds a NUL character")
        }
        let reader = SettingReader(object: object, path: path)
        insight.description = try reader.text("description")
        insight.icon = try reader.text("icon")
        insight.type = try reader.text("type")
        insight.status = try reader.text("status")
        insight.ownerEmail = try reader.text("ownerEmail")
        if let email = insight.ownerEmail.value, email.wholeMatch(of: /[A-Za-z0-9_'+\-.]*[A-Za-z0-9_+\-]@([A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}/) == nil
            || email.hasPrefix(".") || email.contains("..") {
            throw TheyDoProblem("\(path).ownerEmail", "“\(email)” is not an email address")
        }
        insight.empathyScore = try reader.number("empathyScore")
        insight.weight = try reader.number("weight")
        insight.externalLinks = try reader.texts("externalLinks")
        insight.tags = try reader.texts("tags")
        insight.groups = try reader.texts("groups")
        insight.groupTags = try reader.groupTags()
        return insight
    }
}

/// Reads one property of an insight as left out, null or a value of its type.
private struct SettingReader {
    let object: [String: Any]
    let path: String

    func setting<T>(_ key: String, _ what: String, _ read: (Any) -> T?) throws(TheyDoProblem) -> ImportSetting<T> {
        guard let raw = object[key] else { return .omitted }
        if raw is NSNull { return .cleared }
        guard let value = read(raw) else { throw TheyDoProblem("\(path).\(key)", "must be \(what) or null") }
        return .set(value)
    }

    func text(_ key: String) throws(TheyDoProblem) -> ImportSetting<String> {
        let read = try setting(key, "text") { $0 as? String }
        if read.value?.contains("\u{0}") == true { throw TheyDoProblem("\(path).\(key)", "holds a NUL character") }
        return read
    }

    func number(_ key: String) throws(TheyDoProblem) -> ImportSetting<Double> {
        try setting(key, "a number") { raw in HubRecord.isBoolean(raw) ? nil : (raw as? NSNumber)?.doubleValue }
    }

    func texts(_ key: String) throws(TheyDoProblem) -> ImportSetting<[String]> {
        try setting(key, "a list of texts") { raw in
            guard let list = raw as? [Any] else { return nil }
            let texts = list.compactMap { $0 as? String }
            return texts.count == list.count ? texts : nil
        }
    }

    func groupTags() throws(TheyDoProblem) -> ImportSetting<[TheyDoInsight.GroupTag]> {
        try setting("groupTags", "a list of {\"tagGroup\": …, \"tag\": …} objects") { raw in
            guard let list = raw as? [Any] else { return nil }
            let tags = list.compactMap { element -> TheyDoInsight.GroupTag? in
                guard let entry = element as? [String: Any], Set(entry.keys) == ["tagGroup", "tag"],
                      let group = entry["tagGroup"] as? String, let tag = entry["tag"] as? String else { return nil }
                return TheyDoInsight.GroupTag(tagGroup: group, tag: tag)
            }
            return tags.count == list.count ? tags : nil
        }
    }
}
