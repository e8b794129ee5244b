@testable import Domain
import Foundation
import Testing

/// TheyDo's `THEYDO_METRICS_V1` files, checked as TheyDo's `MetricsFile.schema.json` checks them.
extension KPIValuesFileTests {
    /// Abridged from theydo/theydo-s3-integrations `examples/metrics.json`.
    static let example = #"""
    {
      "format": "THEYDO_METRICS_V1",
      "metrics": [
        {"type": "CES", "importKey": "CES", "title": "Customer Effort Score", "description": "Effort to get an issue resolved.", "unit": "score",
         "ownerEmail": "cx-team@example.com", "target": 5.5, "targetComparisonOperator": "LESS_THAN_OR_EQUAL_TO", "groups": ["Customer Experience"],
         "groupTags": [{"tagGroup": "Channel", "tag": "Support"}],
         "dataPoints": [{"dateOfMeasurement": "2025-01-31", "score": 4.8, "respondents": 320, "dimensions": [{"key": "region", "value": "APAC"}]}]},
        {"type": "CSAT", "importKey": "CSAT", "title": "Customer Satisfaction Score", "unit": "responses", "description": null, "ownerEmail": null,
         "dataPoints": [{"dateOfMeasurement": "2025-01-31", "veryUnsatisfied": 12, "unsatisfied": 28, "neutral": 45, "satisfied": 180, "verySatisfied": 95}]},
        {"type": "NPS", "importKey": "NPS", "title": "Net Promoter Score", "unit": "", "target": null, "groups": null, "groupTags": null,
         "dataPoints": [{"dateOfMeasurement": "2025-02-28", "detractors": 42, "passives": 88, "promoters": 230, "dimensions": [{"key": "segment", "value": "SMB"}]}]},
        {"type": "OTHER", "importKey": "OTHER", "title": "Average Handle Time", "unit": "seconds", "aggregationMethod": "AVERAGE",
         "dataPoints": [{"dateOfMeasurement": "2025-01-31", "value": 312.5, "dimensions": [{"key": "team", "value": "Tier 2"}, {"key": "region", "value": "EMEA"}]}]},
        {"type": "RATIO", "importKey": "RATIO", "title": "First Contact Resolution Rate", "unit": "cases",
         "dataPoints": [{"dateOfMeasurement": "2025-01-31", "numerator": 740, "denominator": 1000.0, "dimensions": []}]}
      ]
    }
    """#

    @Test func aTheyDoFileGivesItsMetricsAndAValuePerDataPoint() throws {
        let file = try Self.read(Self.example)
        #expect(file.format == .theyDo)
        #expect(file.metrics == [
            KPIValuesFile.Metric(name: "Customer Effort Score", type: "CES", unit: "score"),
            KPIValuesFile.Metric(name: "Customer Satisfaction Score", type: "CSAT", unit: "responses"),
            KPIValuesFile.Metric(name: "Net Promoter Score", type: "NPS", unit: nil),
            KPIValuesFile.Metric(name: "Average Handle Time", type: "OTHER", unit: "seconds"),
            KPIValuesFile.Metric(name: "First Contact Resolution Rate", type: "RATIO", unit: "cases"),
        ])
        #expect(file.rows == [
            Row(kpi: "Customer Effort Score", period: Self.day("2025-01-31"), value: 4.8, dimension: "region: APAC", path: "metrics[0].dataPoints[0]"),
            Row(kpi: "Customer Satisfaction Score", period: Self.day("2025-01-31"), value: Double(180 + 95) / Double(360) * 100, path: "metrics[1].dataPoints[0]"),
            Row(kpi: "Net Promoter Score", period: Self.day("2025-02-28"), value: Double(230 - 42) / Double(360) * 100, dimension: "segment: SMB", path: "metrics[2].dataPoints[0]"),
            Row(kpi: "Average Handle Time", period: Self.day("2025-01-31"), value: 312.5, dimension: "region: EMEA, team: Tier 2", path: "metrics[3].dataPoints[0]"),
            Row(kpi: "First Contact Resolution Rate", period: Self.day("2025-01-31"), value: Double(740) / Double(1000) * 100, path: "metrics[4].dataPoints[0]"),
        ])
    }

    @Test func theFormatIsTakenFromTheFirstCharacter() throws {
        #expect(try KPIValuesFile.read([0xEF, 0xBB, 0xBF] + Array(("\n  " + Self.example).utf8)).format == .theyDo)
        #expect(try KPIValuesFile.read([0xEF, 0xBB, 0xBF] + Array("kpi,period,value\nNPS,2026-01,1\n".utf8)).format == .csv)
        let other = Self.problems(#"{"format": "THEYDO_INSIGHTS_V1", "insights": []}"#)
        #expect(other.first?.path == "format" && other.first?.message.contains("“THEYDO_INSIGHTS_V1”") == true, "\(other)")
    }

    static let cesPoint = #"{"dateOfMeasurement": "2025-01-31", "score": 4.8, "respondents": 320}"#

    static func metric(_ type: String = "CES", _ extra: String = "", points: [String] = [KPIValuesFileTests.cesPoint]) -> String {
        #"{"type": "\#(type)", "importKey": "K-\#(type)", "title": "\#(type) metric", "unit": "u"\#(extra), "dataPoints": [\#(points.joined(separator: ", "))]}"#
    }

    static func file(_ metrics: [String]) -> String {
        "{\n  \"format\": \"THEYDO_METRICS_V1\",\n  \"metrics\": [\n" + metrics.joined(separator: ",\n") + "\n  ]\n}\n"
    }

    static let metricCases: [(String, String, String)] = [
        (#"{"importKey": "K", "title": "T", "unit": "u", "dataPoints": []}"#, "metrics[0].type", "is required"),
        (KPIValuesFileTests.metric("SCORE"), "metrics[0].type", "must be one of CES, CSAT, NPS, OTHER or RATIO"),
        (KPIValuesFileTests.metric("CES", #", "color": "red""#), "metrics[0].color", "not a property"),
        (KPIValuesFileTests.metric("CES", #", "aggregationMethod": "SUM""#), "metrics[0].aggregationMethod", "not a property"),
        (KPIValuesFileTests.metric("OTHER", points: [#"{"dateOfMeasurement": "2025-01-31", "value": 1}"#]), "metrics[0].aggregationMethod", "SUM or AVERAGE"),
        (KPIValuesFileTests.metric("OTHER", #", "aggregationMethod": "MEDIAN""#, points: []), "metrics[0].aggregationMethod", "SUM or AVERAGE"),
        (#"{"type": "CES", "importKey": "K", "title": "T", "dataPoints": []}"#, "metrics[0].unit", "is required, as text"),
        (#"{"type": "CES", "title": "T", "unit": "u", "dataPoints": []}"#, "metrics[0].importKey", "is required, as text"),
        (#"{"type": "CES", "importKey": "K", "title": " ", "unit": "u", "dataPoints": []}"#, "metrics[0].title", "must not be blank"),
        (KPIValuesFileTests.metric("CES", #", "ownerEmail": "ann@@example.org""#), "metrics[0].ownerEmail", "an email address or null"),
        (KPIValuesFileTests.metric("CES", #", "targetComparisonOperator": "EQUAL_TO""#), "metrics[0].targetComparisonOperator", "LESS_THAN_OR_EQUAL_TO or MORE_THAN_OR_EQUAL_TO"),
        (KPIValuesFileTests.metric("CES", #", "target": "80""#), "metrics[0].target", "a number or null"),
        (KPIValuesFileTests.metric("CES", #", "target": true"#), "metrics[0].target", "a number or null"),
        (KPIValuesFileTests.metric("CES", #", "groups": ["a", 2]"#), "metrics[0].groups", "a list of texts"),
        (KPIValuesFileTests.metric("CES", #", "groupTags": [{"tagGroup": "Channel"}]"#), "metrics[0].groupTags", "tagGroup"),
        (KPIValuesFileTests.metric("CES", #", "description": 5"#), "metrics[0].description", "text or null"),
        (#"{"type": "CES", "importKey": "K", "title": "T", "unit": "u"}"#, "metrics[0].dataPoints", "is required"),
    ]

    @Test(arguments: KPIValuesFileTests.metricCases)
    func aMetricTheSchemaRefusesIsNamedByLineAndPath(metric: String, path: String, reason: String) {
        let problems = Self.problems(Self.file([metric]))
        #expect(problems.count == 1 && problems.first?.line == 4 && problems.first?.column == nil, "\(problems)")
        #expect(problems.first?.path == path && problems.first?.message.contains(reason) == true, "\(problems)")
    }

    static let pointCases: [(String, String, String, String)] = [
        ("CES", #"{"dateOfMeasurement": "2025-02-30", "score": 1, "respondents": 1}"#, "dateOfMeasurement", "is not a date"),
        ("CES", #"{"dateOfMeasurement": "2025-1-31", "score": 1, "respondents": 1}"#, "dateOfMeasurement", "is not a date"),
        ("CES", #"{"score": 1, "respondents": 1}"#, "dateOfMeasurement", "is required"),
        ("CES", #"{"dateOfMeasurement": "2025-01-31", "score": "4.8", "respondents": 1}"#, "score", "is required, as a number"),
        ("CES", #"{"dateOfMeasurement": "2025-01-31", "score": 4.8}"#, "respondents", "whole number from 0"),
        ("CES", #"{"dateOfMeasurement": "2025-01-31", "score": 4.8, "respondents": -1}"#, "respondents", "whole number from 0"),
        ("CES", #"{"dateOfMeasurement": "2025-01-31", "score": 4.8, "respondents": 1.5}"#, "respondents", "whole number"),
        ("CES", #"{"dateOfMeasurement": "2025-01-31", "score": 4.8, "respondents": 1, "value": 2}"#, "value", "not a property"),
        ("CES", #"{"dateOfMeasurement": "2025-01-31", "score": 4.8, "respondents": 1, "dimensions": {"key": "a", "value": "b"}}"#, "dimensions", "must be a list"),
        ("CES", #"{"dateOfMeasurement": "2025-01-31", "score": 4.8, "respondents": 1, "dimensions": null}"#, "dimensions", "must be a list"),
        ("CES", #"{"dateOfMeasurement": "2025-01-31", "score": 4.8, "respondents": 1, "dimensions": [{"key": "a"}]}"#, "dimensions[0].value", "is required"),
        ("CES", #"{"dateOfMeasurement": "2025-01-31", "score": 4.8, "respondents": 1, "dimensions": [{"key": "a", "value": "b", "x": 1}]}"#, "dimensions[0].x", "not a property"),
        ("CES", #"{"dateOfMeasurement": "2025-01-31", "score": 4.8, "respondents": 1, "dimensions": [{"key": "a", "value": "b"}, {"key": "a", "value": "c"}]}"#, "dimensions[1].key", "given twice"),
        ("NPS", #"{"dateOfMeasurement": "2025-01-31", "detractors": 0, "passives": 0, "promoters": 0}"#, "", "no answers"),
        ("NPS", #"{"dateOfMeasurement": "2025-01-31", "detractors": 1, "passives": 2}"#, "promoters", "whole number"),
        ("CSAT", #"{"dateOfMeasurement": "2025-01-31", "veryUnsatisfied": 0, "unsatisfied": 0, "neutral": 0, "satisfied": 0, "verySatisfied": 0}"#, "", "no answers"),
        ("CSAT", #"{"dateOfMeasurement": "2025-01-31", "veryUnsatisfied": 1, "unsatisfied": 1, "neutral": 1, "satisfied": 2147483648, "verySatisfied": 1}"#, "satisfied", "2147483647"),
        ("RATIO", #"{"dateOfMeasurement": "2025-01-31", "numerator": 1, "denominator": 0}"#, "denominator", "is 0"),
        ("RATIO", #"{"dateOfMeasurement": "2025-01-31", "numerator": -2147483649, "denominator": 2}"#, "numerator", "-2147483648"),
        ("OTHER", #"{"dateOfMeasurement": "2025-01-31", "value": null}"#, "value", "is required, as a number"),
        ("OTHER", #"[1]"#, "", "must be an object"),
    ]

    @Test(arguments: KPIValuesFileTests.pointCases)
    func aDataPointTheSchemaRefusesIsNamedByPath(type: String, point: String, property: String, reason: String) {
        let extra = type == "OTHER" ? #", "aggregationMethod": "SUM""# : ""
        let problems = Self.problems(Self.file([Self.metric(type, extra, points: [point])]))
        let path = "metrics[0].dataPoints[0]" + (property.isEmpty ? "" : "." + property)
        #expect(problems.count == 1 && problems.first?.line == 4, "\(problems)")
        #expect(problems.first?.path == path && problems.first?.message.contains(reason) == true, "\(problems)")
    }

    @Test func aNegativeRatioAndAWholeNumberWrittenWithAPointAreTaken() throws {
        let rows = try Self.read(Self.file([Self.metric("RATIO", points: [#"{"dateOfMeasurement": "2025-01-31", "numerator": -1, "denominator": 4.0}"#])])).rows
        #expect(rows.map(\.value) == [-25])
    }

    @Test func everyBrokenDataPointIsListedNotOnlyTheFirst() {
        let bad = #"{"dateOfMeasurement": "2025-13-01", "score": 1, "respondents": 1}"#
        let problems = Self.problems(Self.file([Self.metric("CES", #", "ownerEmail": "nobody""#, points: [Self.cesPoint, bad, bad]), Self.metric("NPS", points: [bad])]))
        #expect(problems.map(\.path) == ["metrics[0].ownerEmail", "metrics[0].dataPoints[1].dateOfMeasurement", "metrics[0].dataPoints[2].dateOfMeasurement",
                                         "metrics[1].dataPoints[0].respondents"], "\(problems)")
        #expect(problems.map(\.line) == [4, 4, 4, 5])
        #expect(problems.dropFirst().first?.description == "Line 4, metrics[0].dataPoints[1].dateOfMeasurement: “2025-13-01” is not a date written YYYY-MM-DD")
    }

    @Test func theSameDateAndDimensionsTwiceInAMetricAreRefused() {
        let point = #"{"dateOfMeasurement": "2025-01-31", "value": 1, "dimensions": [{"key": "b", "value": "2"}, {"key": "a", "value": "1"}]}"#
        let same = #"{"dateOfMeasurement": "2025-01-31", "value": 2, "dimensions": [{"key": "a", "value": "1"}, {"key": "b", "value": "2"}]}"#
        let problems = Self.problems(Self.file([Self.metric("OTHER", #", "aggregationMethod": "SUM""#, points: [point, same])]))
        #expect(problems == [Problem(line: 4, path: "metrics[0].dataPoints[1]", message: "has the same dateOfMeasurement and dimensions as metrics[0].dataPoints[0]")])
    }

    @Test func twoMetricsOfOneTitleAreRefused() {
        let problems = Self.problems(Self.file([Self.metric("CES"), Self.metric("CES")]))
        #expect(problems.count == 1 && problems.first?.path == "metrics[1].title" && problems.first?.message.contains("metrics[0]") == true, "\(problems)")
    }

    @Test func theFileItselfIsCheckedToo() {
        let one = Self.metric()
        let missing = Self.problems(#"{"metrics": [\#(one)]}"#)
        #expect(missing.count == 1 && missing.first?.path == "format" && missing.first?.message == "is required: THEYDO_METRICS_V1", "\(missing)")
        #expect(Self.problems(#"{"metrics": [\#(one)], "format": "THEYDO_METRICS_V2", "extra": 1}"#).map(\.path) == ["format", "extra"])
        #expect(Self.problems(#"{"metrics": [{"type": "X"}], "format": "THEYDO_METRICS_V2"}"#).map(\.path) == ["format", "metrics[0].type"])
        #expect(Self.problems(#"{"format": "THEYDO_METRICS_V1", "metrics": []}"#).first?.message.contains("no data points") == true)
        #expect(Self.problems(#"{"format": "THEYDO_METRICS_V1", "metrics": {}}"#).first?.message == "must be a list of metrics")
        #expect(Self.problems(#"{"format": "THEYDO_METRICS_V1", "metrics": [\#(one)"#).first?.message.contains("ends before") == true)
        let notObject = Self.problems(#"{"format": "THEYDO_METRICS_V1", "metrics": [1]}"#)
        #expect(notObject.contains { $0.message.contains("metrics[0] to be an object") }, "\(notObject)")
    }
}
