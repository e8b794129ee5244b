import Foundation
import Testing
@testable import Domain

@Suite("Change fatigue")
struct ChangeFatigueTests {
    let asOf = CalendarDate(year: 2026, month: 6, day: 30)!
    let touchpoint = UUID(uuidString: "00000000-0000-0000-0000-0000000000F1")!
    let otherTouchpoint = UUID(uuidString: "00000000-0000-0000-0000-0000000000F2")!

    func changeID(_ n: Int) -> UUID { UUID(uuidString: "00000000-0000-0000-0000-\(String(repeating: "0", count: 10))\(10 + n)")! }

    func change(_ n: Int, on day: Int, month: Int = 6, touchpoints: [UUID] = [], segments: [String] = []) -> ChangeFatigue.Change {
        ChangeFatigue.Change(id: changeID(n), on: CalendarDate(year: 2026, month: month, day: day)!,
                             touchpointIDs: Set(touchpoints), segments: Set(segments))
    }

    func warnings(_ changes: [ChangeFatigue.Change], limit: Int = 2) -> [ChangeFatigue.Warning] {
        ChangeFatigue.warnings(changes, limit: limit, windowDays: 30, asOf: asOf)
    }

    @Test func moreChangesThanTheLimitOnATouchpointWarn() throws {
        let result = warnings([change(1, on: 3, touchpoints: [touchpoint]), change(2, on: 10, touchpoints: [touchpoint]),
                               change(3, on: 20, touchpoints: [touchpoint])])
        let warning = try #require(result.first)
        #expect(result.count == 1)
        #expect(warning.subject == .touchpoint(touchpoint))
        #expect(warning.count == 3)
        #expect(warning.since == CalendarDate(year: 2026, month: 6, day: 1))
    }

    @Test func exactlyTheLimitDoesNotWarn() {
        #expect(warnings([change(1, on: 3, touchpoints: [touchpoint]), change(2, on: 10, touchpoints: [touchpoint])]).isEmpty)
    }

    @Test func theWindowIncludesItsFirstDayAndAsOf() {
        let inside = [change(1, on: 1, touchpoints: [touchpoint]), change(2, on: 30, touchpoints: [touchpoint]),
                      change(3, on: 15, touchpoints: [touchpoint])]
        #expect(warnings(inside).first?.count == 3)
    }

    @Test func changesOutsideTheWindowDoNotCount() {
        let changes = [change(1, on: 31, month: 5, touchpoints: [touchpoint]), change(2, on: 1, month: 7, touchpoints: [touchpoint]),
                       change(3, on: 15, touchpoints: [touchpoint]), change(4, on: 16, touchpoints: [touchpoint])]
        #expect(warnings(changes).isEmpty, "31 May is a day before the window, 1 July a day after")
    }

    @Test func aWindowOfOneDayIsJustAsOf() {
        let changes = [change(1, on: 30, touchpoints: [touchpoint]), change(2, on: 30, touchpoints: [touchpoint]),
                       change(3, on: 29, touchpoints: [touchpoint])]
        let result = ChangeFatigue.warnings(changes, limit: 1, windowDays: 1, asOf: asOf)
        #expect(result.map(\.count) == [2])
        #expect(result.first?.since == asOf)
    }

    @Test func segmentsWarnAndBlankSegmentsAreIgnored() {
        let changes = (1...3).map { change($0, on: 10 + $0, segments: ["Households", ""]) }
        #expect(warnings(changes).map(\.subject) == [.segment("Households")])
    }

    @Test func aChangeOnTwoTouchpointsCountsForBoth() {
        let changes = (1...3).map { change($0, on: $0, touchpoints: [touchpoint, otherTouchpoint]) }
        let subjects = Set(warnings(changes).map(\.subject))
        #expect(subjects == [.touchpoint(touchpoint), .touchpoint(otherTouchpoint)])
    }

    @Test func changeIDsAreListedOldestFirst() {
        let changes = [change(1, on: 20, touchpoints: [touchpoint]), change(2, on: 5, touchpoints: [touchpoint]),
                       change(3, on: 12, touchpoints: [touchpoint])]
        #expect(warnings(changes).first?.changeIDs == [changeID(2), changeID(3), changeID(1)])
    }

    @Test func mostChangesComeFirstThenSegmentsBeforeTouchpoints() {
        let busy = (1...5).map { change($0, on: $0, touchpoints: [otherTouchpoint]) }
        let tied = (6...8).map { change($0, on: $0, touchpoints: [touchpoint], segments: ["Farms"]) }
        #expect(warnings(busy + tied).map(\.subject) == [.touchpoint(otherTouchpoint), .segment("Farms"), .touchpoint(touchpoint)])
        #expect(warnings(busy + tied).map(\.count) == [5, 3, 3])
    }

    @Test func forecastReportsAWarningThePlannedChangesCreate() {
        let applied = [change(1, on: 3, touchpoints: [touchpoint]), change(2, on: 9, touchpoints: [touchpoint])]
        let planned = [change(3, on: 30, touchpoints: [touchpoint])]
        let result = ChangeFatigue.forecast(applied: applied, planned: planned, limit: 2, windowDays: 30, today: asOf)
        #expect(result.map(\.subject) == [.touchpoint(touchpoint)])
        #expect(result.first?.changeIDs == [changeID(1), changeID(2), changeID(3)])
    }

    @Test func forecastReportsAWarningThePlannedChangesWorsen() {
        let applied = (1...3).map { change($0, on: $0, touchpoints: [touchpoint]) }
        let planned = [change(4, on: 30, touchpoints: [touchpoint])]
        let result = ChangeFatigue.forecast(applied: applied, planned: planned, limit: 2, windowDays: 30, today: asOf)
        #expect(result.map(\.count) == [4])
    }

    @Test func forecastLeavesOutWarningsAlreadyStanding() {
        let applied = (1...3).map { change($0, on: $0, touchpoints: [touchpoint]) }
        let planned = [change(4, on: 30, touchpoints: [otherTouchpoint])]
        #expect(ChangeFatigue.forecast(applied: applied, planned: planned, limit: 2, windowDays: 30, today: asOf).isEmpty)
        #expect(ChangeFatigue.forecast(applied: applied, planned: [], limit: 2, windowDays: 30, today: asOf).isEmpty)
        #expect(warnings(applied).count == 1, "the standing warning is still there for `warnings`")
    }
}
