import Testing
@testable import Domain

@Suite("Synthetic feedback")
struct SyntheticFeedbackTests {
    static let touchpoints = ["Billing line call", "Emergencies and leaks line", "Online leak report form",
                              "Quote and terms letter", "Check the balance in the app", "Repair works and road closure",
                              "Satisfaction survey email"]
    static let end = CalendarDate(year: 2026, month: 11, day: 20)!
    static let generator = SyntheticFeedback(seed: 42, touchpoints: touchpoints, endDate: end)
    static let sample = (0..<5_000).map { generator.response($0) }

    @Test func theSameSeedAndIndexAlwaysGiveTheSameResponse() {
        let again = SyntheticFeedback(seed: 42, touchpoints: Self.touchpoints, endDate: Self.end)
        for index in [0, 1, 17, 4_999, 999_999] {
            #expect(again.response(index) == Self.generator.response(index))
        }
        #expect(Self.generator.response(17) == Self.sample[17], "a response does not depend on the ones generated before it")
        let otherSeed = SyntheticFeedback(seed: 43, touchpoints: Self.touchpoints, endDate: Self.end)
        #expect((0..<20).contains { otherSeed.response($0) != Self.generator.response($0) })
    }

    @Test func differentIndicesGiveDifferentResponses() {
        #expect(Self.generator.response(0).externalID == "R-000001")
        #expect(Self.generator.response(999_999).externalID == "R-1000000")
        #expect(Set(Self.sample.map(\.externalID)).count == Self.sample.count)
        let content = Set(Self.sample.prefix(200).map { "\($0.date)|\($0.touchpoint)|\($0.segment)|\($0.comment)" })
        #expect(content.count > 150)
        #expect(Set(Self.sample.map(\.comment)).count > 150)
    }

    @Test func scoresAreOnTheirScalesAndPresentAsOftenAsSurveysAnswerThem() {
        let rows = Self.sample
        #expect(rows.allSatisfy { row in row.nps.map { FeedbackItem.npsScale.contains($0) } ?? true })
        #expect(rows.allSatisfy { row in row.csat.map { FeedbackItem.csatScale.contains($0) } ?? true })
        #expect(rows.allSatisfy { row in row.ces.map { FeedbackItem.cesScale.contains($0) } ?? true })
        func share(_ count: Int) -> Double { Double(count) / Double(rows.count) }
        #expect((0.75...0.85).contains(share(rows.filter { $0.nps != nil }.count)))
        #expect((0.55...0.65).contains(share(rows.filter { $0.csat != nil }.count)))
        #expect((0.45...0.55).contains(share(rows.filter { $0.ces != nil }.count)))
        #expect((0.07...0.13).contains(share(rows.filter { $0.comment.isEmpty }.count)))
        #expect(Set(rows.map(\.segment)) == Set(SyntheticFeedback.segments))
        #expect(Set(rows.map(\.channel)) == Set(SyntheticFeedback.channels))
        #expect(Set(rows.map(\.touchpoint)) == Set(Self.touchpoints))
    }

    @Test func scoresFollowTheToneOfTheComment() throws {
        let analyzer = SentimentAnalyzer()
        func meanNPS(_ label: SentimentLabel) -> Double {
            let scores = Self.sample.filter { analyzer.score($0.comment).label == label }.compactMap(\.nps)
            return Double(scores.reduce(0, +)) / Double(max(1, scores.count))
        }
        #expect(meanNPS(.positive) > meanNPS(.negative) + 3)
    }

    @Test func datesSpreadOverTheYearEndingOnTheEndDate() throws {
        let first = try #require(SyntheticFeedback.date(dayNumber: SyntheticFeedback.dayNumber(Self.end) - 364))
        #expect(first == CalendarDate(year: 2025, month: 11, day: 21))
        #expect(Self.sample.allSatisfy { $0.date >= first && $0.date <= Self.end })
        #expect(Set(Self.sample.map(\.date.month)).count == 12)
    }

    @Test func dayArithmeticMatchesTheCalendar() throws {
        #expect(SyntheticFeedback.dayNumber(CalendarDate(year: 1970, month: 1, day: 1)!) == 0)
        let leap = try #require(CalendarDate(year: 2024, month: 2, day: 28))
        #expect(SyntheticFeedback.date(dayNumber: SyntheticFeedback.dayNumber(leap) + 1) == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(SyntheticFeedback.date(dayNumber: SyntheticFeedback.dayNumber(leap) + 2) == CalendarDate(year: 2024, month: 3, day: 1))
        let newYear = try #require(CalendarDate(year: 2026, month: 1, day: 1))
        #expect(SyntheticFeedback.date(dayNumber: SyntheticFeedback.dayNumber(newYear) - 1) == CalendarDate(year: 2025, month: 12, day: 31))
    }

    @Test func csvFieldsFollowTheHeader() {
        let generator = Self.generator
        #expect(Self.sample.allSatisfy { generator.csvFields($0).count == SyntheticFeedback.csvHeader.count })
        let row = Self.sample[0]
        let fields = generator.csvFields(row)
        #expect(fields[0] == row.externalID)
        #expect(fields[1] == row.date.description)
        #expect(fields[5] == (row.nps.map(String.init) ?? ""))
        #expect(fields[8] == row.comment)
    }

    @Test func recurringPhrasesBecomeThemes() {
        var counter = ThemeEngine.Counter()
        for row in Self.sample { counter.add(row.comment) }
        let names = ThemeEngine().themes(from: counter).map(\.name)
        #expect(names.count >= 5)
        for phrase in ["account number", "estimated bill", "transferred between departments", "visit window", "leak allowance"] {
            #expect(names.contains(phrase), "\(phrase) should be a theme; found \(names)")
        }
    }

    @Test func somePatternsGrowOverTheYear() {
        let start = SyntheticFeedback.dayNumber(Self.end) - 364
        func mentions(_ phrase: String, inDays days: Range<Int>) -> Int {
            Self.sample.filter {
                days.contains(SyntheticFeedback.dayNumber($0.date) - start) && $0.comment.lowercased().contains(phrase)
            }.count
        }
        #expect(mentions("app login", inDays: 273..<365) > 2 * mentions("app login", inDays: 0..<92))
        #expect(mentions("estimated bill", inDays: 273..<365) < mentions("estimated bill", inDays: 0..<92))
    }
}
