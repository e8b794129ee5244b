@testable import Domain
import Foundation
import Testing

/// TheyDo insights files read as `InsightsFile.schema.json` and TheyDo's import rules define them, and
/// each insight turned into a friction point.
@Suite struct TheyDoInsightTests {
    static func file(_ insights: [String]) -> [UInt8] {
        Array(("{\n  \"format\": \"THEYDO_INSIGHTS_V1\",\n  \"insights\": [\n" + insights.joined(separator: ",\n") + "\n  ]\n}\n").utf8)
    }

    static func refusal(_ bytes: [UInt8]) -> [TheyDoInsightsFile.Problem] {
        do {
            _ = try TheyDoInsightsFile.read(bytes)
            return []
        } catch { return error.problems }
    }

    @Test func insightsAreReadWithTheirLinesAndWhatWasLeftOutNulledOrSet() throws {
        let read = try TheyDoInsightsFile.read(Self.file([
            #"{"importKey": "Id-1", "title": "Waits\tfor a callback\n", "description": null, "empathyScore": -1.5, "tags": ["billing"]}"#,
            #"{"importKey": "Id-2", "title": "Forms ask twice", "groupTags": [{"tagGroup": "touchpoint", "tag": "Web form"}], "weight": 3}"#,
        ]))
        #expect(read.map(\.line) == [4, 5])
        let first = read[0].insight
        #expect(first.title == "Waits\tfor a callback\n" && first.description == .cleared && first.icon == .omitted)
        #expect(first.empathyScore == .set(-1.5) && first.tags == .set(["billing"]))
        #expect(read[1].insight.tags(inGroup: "Touchpoint") == ["Web form"] && read[1].insight.weight == .set(3))
    }

    @Test(arguments: [
        (#"{"importKey": "Id-1"}"#, "insights[0].title", "is required, as text"),
        (#"{"importKey": "Id-1", "title": "T", "owner": "x"}"#, "insights[0].owner", "not a property"),
        (#"{"importKey": "Id-1", "title": "T", "empathyScore": "high"}"#, "insights[0].empathyScore", "a number or null"),
        (#"{"importKey": "Id-1", "title": "T", "empathyScore": true}"#, "insights[0].empathyScore", "a number or null"),
        (#"{"importKey": "Id-1", "title": "T", "tags": ["a", 2]}"#, "insights[0].tags", "a list of texts"),
        (#"{"importKey": "Id-1", "title": "T", "groupTags": [{"tagGroup": "Touchpoint"}]}"#, "insights[0].groupTags", "tagGroup"),
        (#"{"importKey": "Id-1", "title": "T", "ownerEmail": "ann@@example.org"}"#, "insights[0].ownerEmail", "not an email address"),
        (#"{"importKey": "", "title": "T"}"#, "insights[0].importKey", "must not be empty"),
        (#"{"importKey": "Id-1", "title": "T\u0000"}"#, "insights[0].title", "NUL"),
    ])
    func anInsightTheFormatRefusesIsNamedByLineAndProperty(insight: String, property: String, reason: String) {
        let problems = Self.refusal(Self.file([insight]))
        #expect(problems.count == 1 && problems.first?.line == 4, "\(problems)")
        #expect(problems.first?.property == property && problems.first?.reason.contains(reason) == true, "\(problems)")
    }

    @Test func everyProblemOfAFileIsListedUpToTwenty() {
        let bad = (0..<30).map { #"{"importKey": "Id-\#($0)"}"# }
        let problems = Self.refusal(Self.file(bad))
        #expect(problems.count == 20 && problems.map(\.line) == Array(4..<24))
        #expect(Self.refusal(Array(#"{"format": "THEYDO_SOLUTIONS_V1", "insights": []}"#.utf8)).first?.property == "format")
        #expect(Self.refusal(Array(#"{"format": "THEYDO_INSIGHTS_V1"}"#.utf8)).first?.property == "insights")
        #expect(Self.refusal(Array(#"{"format": "THEYDO_INSIGHTS_V1", "insights": [{"importKey": "a", "title": "b"}"#.utf8)).first?.reason.contains("ends before") == true)
    }

    @Test func aLaterImportKeepsWhatItLeavesOutAndClearsWhatItNulls() {
        var earlier = TheyDoInsight(importKey: "Id-1", title: "Old")
        (earlier.description, earlier.status, earlier.tags, earlier.groupTags) = (.set("Details"), .set("Open"), .set(["a"]), .set([.init(tagGroup: "Touchpoint", tag: "Shop")]))
        var later = TheyDoInsight(importKey: "Id-1", title: "New")
        later.status = .cleared
        let merged = later.merged(over: earlier)
        #expect(merged.title == "New" && merged.description == .set("Details") && merged.status == .cleared)
        #expect(merged.tags == .set(["a"]) && merged.tags(inGroup: "Touchpoint") == ["Shop"])
        later.tags = .set(["b"])
        #expect(later.merged(over: earlier).groupTags == .omitted, "sending tags replaces the whole merged set")
    }

    static let shop = UUID(), phone = UUID()
    static let touchpoints = ["shop": shop, "phone line": phone]

    static func convert(_ insight: TheyDoInsight, existing: FrictionPoint? = nil, defaultTouchpoint: UUID? = nil) throws(InsightProblem) -> InsightImport.Converted {
        try InsightImport.frictionPoint(insight, existing: existing, touchpoints: touchpoints,
                                        settings: InsightImportSettings(journeyID: UUID(), defaultTouchpointID: defaultTouchpoint, defaultKind: .wait),
                                        at: "insights[0]")
    }

    @Test func anInsightBecomesAFrictionPointOfTheTouchpointItsTagNames() throws {
        var insight = TheyDoInsight(importKey: "Id-1", title: "Waits for a callback")
        (insight.description, insight.groupTags, insight.type, insight.empathyScore) = (.set("Three days.\n"), .set([.init(tagGroup: "TOUCHPOINT", tag: " Phone line ")]), .set("Handoff"), .set(-2))
        let converted = try Self.convert(insight)
        #expect(converted.point == FrictionPoint(target: .touchpoint(Self.phone), kind: .handoff, description: "Waits for a callback\n\nThree days.\n",
                                                 severity: 5, source: .theyDoInsight, status: .open))
        #expect(converted.notes.isEmpty)
    }

    @Test(arguments: [(-2.0, 5), (-1.4, 4), (0.0, 3), (0.6, 2), (2.0, 1), (2.5, 3), (-7.0, 3)])
    func severityFollowsTheEmpathyScore(score: Double, severity: Int) throws {
        var insight = TheyDoInsight(importKey: "Id-1", title: "T")
        insight.empathyScore = .set(score)
        #expect(try Self.convert(insight, defaultTouchpoint: Self.shop).point.severity == severity)
    }

    @Test func whatTheInsightDoesNotSayComesFromTheFrictionOrTheDefaultsWithANote() throws {
        var insight = TheyDoInsight(importKey: "Id-1", title: "T")
        (insight.type, insight.status) = (.set("Pain point"), .set("Validated"))
        let fresh = try Self.convert(insight, defaultTouchpoint: Self.shop)
        #expect(fresh.point.target == .touchpoint(Self.shop) && fresh.point.kind == .wait && fresh.point.status == .open && fresh.point.severity == 3)
        #expect(fresh.notes.count == 2 && fresh.notes[0].contains("“Pain point” is not a kind of friction: took the default Wait"))
        let existing = FrictionPoint(target: .touchpoint(Self.phone), kind: .policy, description: "x", severity: 4, source: .theyDoInsight, status: .addressed)
        let kept = try Self.convert(insight, existing: existing)
        #expect(kept.point.target == .touchpoint(Self.phone) && kept.point.kind == .policy && kept.point.status == .addressed && kept.point.severity == 4)
    }

    @Test func anInsightThatNamesNoTouchpointOfTheJourneyIsRefused() {
        var insight = TheyDoInsight(importKey: "Id-1", title: "T")
        #expect(throws: InsightProblem(property: "insights[0].groupTags", reason: "no “Touchpoint” tag names where it happens, and no default touchpoint was chosen")) {
            try Self.convert(insight)
        }
        insight.groupTags = .set([.init(tagGroup: "Touchpoint", tag: "Kiosk")])
        #expect(throws: InsightProblem(property: "insights[0].groupTags", reason: "“Kiosk” names no touchpoint of the chosen journey")) {
            try Self.convert(insight, defaultTouchpoint: Self.shop)
        }
        insight.description = .set(String(repeating: "x", count: 4000))
        insight.groupTags = .omitted
        #expect(throws: InsightProblem.self) { try Self.convert(insight, defaultTouchpoint: Self.shop) }
    }
}
