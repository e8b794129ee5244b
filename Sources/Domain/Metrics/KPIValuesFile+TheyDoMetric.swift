import Foundation

/// One metric of a `THEYDO_METRICS_V1` file, checked as `MetricsFile.schema.json` checks it (types,
/// required and unknown properties, enums, ISO dates, integer ranges, the email pattern), and turned
/// into one KPI value per data point:
///
/// - CES: `score` as given.
/// - CSAT: the % of answers satisfied or very satisfied, as `Scores.csat` counts 4–5 of 1–5.
/// - NPS: % promoters − % detractors, as `Scores.nps`.
/// - RATIO: numerator ÷ denominator as a percentage (TheyDo's own example sets 740 of 1000 against a
///   target of 75).
/// - OTHER: `value` as given.
///
/// A value needs a little more than the schema asks, so these are refused too: a blank title, a CSAT or
/// NPS point with no answers, a RATIO denominator of 0, a dimension key given twice in one point, and
/// two points of one metric with the same date and dimensions. Dimensions are written "key: value",
/// joined by ", " and sorted by key, so one slice reads the same whatever order an export lists it in.
enum TheyDoMetricReader {
    enum Kind: String, CaseIterable {
        case ces = "CES", csat = "CSAT", nps = "NPS", other = "OTHER", ratio = "RATIO"

        /// A data point's measurements, besides `dateOfMeasurement` and `dimensions`.
        var measures: [String] {
            switch self {
            case .ces: ["score", "respondents"]
            case .csat: ["veryUnsatisfied", "unsatisfied", "neutral", "satisfied", "verySatisfied"]
            case .nps: ["detractors", "passives", "promoters"]
            case .other: ["value"]
            case .ratio: ["numerator", "denominator"]
            }
        }
    }

    static let properties: Set<String> = ["type", "importKey", "title", "description", "unit", "ownerEmail",
                                          "targetComparisonOperator", "target", "groups", "groupTags", "dataPoints"]
    /// The schema's `Count` and `Int`: 32-bit, as TheyDo stores them.
    static let count = 0...2_147_483_647, int = -2_147_483_648...2_147_483_647

    private struct PointKey: Hashable {
        let date: CalendarDate, dimension: String?
    }

    /// The metric and its values, with the first problem of its own properties and of each data point,
    /// so one upload shows every broken point. A metric of no known type is not read further.
    static func read(_ object: [String: Any], at path: String) -> (metric: KPIValuesFile.Metric?, rows: [KPIValuesFile.Row], problems: [TheyDoProblem]) {
        guard let kind = (object["type"] as? String).flatMap(Kind.init(rawValue:)) else {
            let reason = object["type"] == nil ? "is required, as" : "must be"
            return (nil, [], [TheyDoProblem("\(path).type", "\(reason) one of CES, CSAT, NPS, OTHER or RATIO")])
        }
        var problems: [TheyDoProblem] = []
        var metric: KPIValuesFile.Metric?
        do { metric = try header(object, kind: kind, at: path) } catch { problems.append(error) }
        guard let list = object["dataPoints"] as? [Any] else {
            return (metric, [], problems + [TheyDoProblem("\(path).dataPoints", "is required, as a list of data points")])
        }
        var rows: [KPIValuesFile.Row] = [], seen: [PointKey: String] = [:]
        for (index, element) in list.enumerated() {
            let at = "\(path).dataPoints[\(index)]"
            let point: (date: CalendarDate, value: Double, dimension: String?)
            do { point = try Self.point(element, kind: kind, at: at) } catch {
                problems.append(error)
                continue
            }
            let key = PointKey(date: point.date, dimension: point.dimension)
            if let earlier = seen[key] {
                problems.append(TheyDoProblem(at, "has the same dateOfMeasurement and dimensions as \(earlier)"))
                continue
            }
            seen[key] = at
            rows.append(KPIValuesFile.Row(kpi: metric?.name ?? "", period: point.date, value: point.value, dimension: point.dimension, path: at))
        }
        return (metric, rows, problems)
    }

    /// The metric's own properties; only its title, type and unit are kept, the rest are TheyDo's.
    static func header(_ object: [String: Any], kind: Kind, at path: String) throws(TheyDoProblem) -> KPIValuesFile.Metric {
        try TheyDoProblem.refuseUnknown(object, allowed: kind == .other ? properties.union(["aggregationMethod"]) : properties, at: path)
        _ = try TheyDoProblem.string(object, "importKey", at: path)
        let title = try TheyDoProblem.string(object, "title", at: path)
        if title.trimmedWhitespace.isEmpty { throw TheyDoProblem("\(path).title", "must not be blank: it names the KPI") }
        let unit = try TheyDoProblem.string(object, "unit", at: path)
        try nullable(object, "description", at: path, "text") { $0 as? String != nil }
        try nullable(object, "ownerEmail", at: path, "an email address") { ($0 as? String).map(isEmail) ?? false }
        try nullable(object, "targetComparisonOperator", at: path, "LESS_THAN_OR_EQUAL_TO or MORE_THAN_OR_EQUAL_TO") {
            ["LESS_THAN_OR_EQUAL_TO", "MORE_THAN_OR_EQUAL_TO"].contains($0 as? String)
        }
        try nullable(object, "target", at: path, "a number") { numeric($0) != nil }
        try nullable(object, "groups", at: path, "a list of texts") { ($0 as? [Any])?.allSatisfy { $0 as? String != nil } ?? false }
        try nullable(object, "groupTags", at: path, "a list of {\"tagGroup\": …, \"tag\": …} objects", isGroupTags)
        if kind == .other, !["SUM", "AVERAGE"].contains(object["aggregationMethod"] as? String) {
            throw TheyDoProblem("\(path).aggregationMethod", "is required for an OTHER metric, as SUM or AVERAGE")
        }
        return KPIValuesFile.Metric(name: title, type: kind.rawValue, unit: unit.isEmpty ? nil : unit)
    }

    /// A property the schema lets be left out or null, or else be what `accepts` takes.
    private static func nullable(_ object: [String: Any], _ key: String, at path: String, _ what: String,
                                 _ accepts: (Any) -> Bool) throws(TheyDoProblem) {
        guard let raw = object[key], !(raw is NSNull), !accepts(raw) else { return }
        throw TheyDoProblem("\(path).\(key)", "must be \(what) or null")
    }

    /// One data point's day, value and dimension.
    static func point(_ element: Any, kind: Kind, at path: String) throws(TheyDoProblem) -> (date: CalendarDate, value: Double, dimension: String?) {
        guard let object = element as? [String: Any] else { throw TheyDoProblem(path, "must be an object") }
        try TheyDoProblem.refuseUnknown(object, allowed: Set(["dateOfMeasurement", "dimensions"] + kind.measures), at: path)
        let text = try TheyDoProblem.string(object, "dateOfMeasurement", at: path)
        guard let date = KPIValuesFile.day(text) else {
            throw TheyDoProblem("\(path).dateOfMeasurement", "“\(text)” is not a date written YYYY-MM-DD")
        }
        let dimension = try dimensionText(object["dimensions"], at: "\(path).dimensions")
        let measured = try value(object, kind: kind, at: path)
        return (date, measured, dimension)
    }

    static func value(_ object: [String: Any], kind: Kind, at path: String) throws(TheyDoProblem) -> Double {
        switch kind {
        case .ces:
            _ = try whole(object, "respondents", in: count, at: path)
            return try real(object, "score", at: path)
        case .other:
            return try real(object, "value", at: path)
        case .ratio:
            let numerator = try whole(object, "numerator", in: int, at: path)
            let denominator = try whole(object, "denominator", in: int, at: path)
            guard denominator != 0 else { throw TheyDoProblem("\(path).denominator", "is 0, so the ratio has no value") }
            return Double(numerator) / Double(denominator) * 100
        case .nps, .csat:
            var counts: [String: Int] = [:]
            for key in kind.measures { counts[key] = try whole(object, key, in: count, at: path) }
            let total = counts.values.reduce(0, +)
            guard total > 0 else {
                throw TheyDoProblem(path, "counts no answers (\(kind.measures.joined(separator: ", ")) are all 0), so it has no \(kind.rawValue)")
            }
            let net = kind == .nps ? (counts["promoters"] ?? 0) - (counts["detractors"] ?? 0)
                : (counts["satisfied"] ?? 0) + (counts["verySatisfied"] ?? 0)
            return Double(net) / Double(total) * 100
        }
    }

    /// "key: value, key: value", sorted by key; nil for none.
    static func dimensionText(_ raw: Any?, at path: String) throws(TheyDoProblem) -> String? {
        guard let raw else { return nil }
        guard let list = raw as? [Any] else { throw TheyDoProblem(path, "must be a list of {\"key\": …, \"value\": …} objects") }
        var pairs: [(key: String, value: String)] = []
        for (index, element) in list.enumerated() {
            let at = "\(path)[\(index)]"
            guard let entry = element as? [String: Any] else { throw TheyDoProblem(at, "must be an object") }
            try TheyDoProblem.refuseUnknown(entry, allowed: ["key", "value"], at: at)
            let key = try TheyDoProblem.string(entry, "key", at: at)
            let value = try TheyDoProblem.string(entry, "value", at: at)
            if pairs.contains(where: { $0.key == key }) { throw TheyDoProblem("\(at).key", "“\(key)” is given twice in this data point") }
            pairs.append((key, value))
        }
        if pairs.isEmpty { return nil }
        return pairs.sorted(by: { $0.key < $1.key }).map { "\($0.key): \($0.value)" }.joined(separator: ", ")
    }

    /// A JSON number; true and false are not, though JSONSerialization hands them over as numbers.
    static func numeric(_ raw: Any?) -> Double? {
        guard let raw, !HubRecord.isBoolean(raw), let number = raw as? NSNumber else { return nil }
        return number.doubleValue
    }

    private static func real(_ object: [String: Any], _ key: String, at path: String) throws(TheyDoProblem) -> Double {
        guard let number = numeric(object[key]) else { throw TheyDoProblem("\(path).\(key)", "is required, as a number") }
        return number
    }

    /// A JSON Schema integer: any number with no fraction (5.0 counts), within `range`.
    private static func whole(_ object: [String: Any], _ key: String, in range: ClosedRange<Int>, at path: String) throws(TheyDoProblem) -> Int {
        guard let number = numeric(object[key]), number.rounded() == number,
              number >= Double(range.lowerBound), number <= Double(range.upperBound) else {
            throw TheyDoProblem("\(path).\(key)", "is required, as a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return Int(number)
    }

    private static func isGroupTags(_ raw: Any) -> Bool {
        guard let list = raw as? [Any] else { return false }
        return list.allSatisfy { element in
            guard let entry = element as? [String: Any] else { return false }
            return Set(entry.keys) == ["tagGroup", "tag"] && entry["tagGroup"] as? String != nil && entry["tag"] as? String != nil
        }
    }

    /// The schema's `Email` pattern, as `TheyDoInsightsFile` checks `ownerEmail`.
    static func isEmail(_ text: String) -> Bool {
        !text.hasPrefix(".") && !text.contains("..")
            && text.wholeMatch(of: /[A-Za-z0-9_'+\-.]*[A-Za-z0-9_+\-]@([A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}/) != nil
    }
}
