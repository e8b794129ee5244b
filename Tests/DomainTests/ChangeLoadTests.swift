import Foundation
import Testing
@testable import Domain

@Suite("Change load")
struct ChangeLoadTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    let team = id(1), other = id(2)
    func day(_ month: Int, _ day: Int = 15, year: Int = 2027) -> CalendarDate { CalendarDate(year: year, month: month, day: day)! }

    func change(_ n: Int, _ starts: CalendarDate, ends: CalendarDate? = nil, _ levels: [UUID: ImpactLevel]) -> ChangeLoad.Change {
        ChangeLoad.Change(id: Self.id(100 + n), starts: starts, ends: ends, levels: levels)
    }

    @Test func aChangeCountsInEveryMonthItRunsWithItsLevelsWeight() throws {
        let map = ChangeLoad.heatMap([change(1, day(1, 20), ends: day(3, 2), [team: .high, other: .low])], from: day(1), months: 4, limit: 5)
        #expect(map.months == [day(1, 1), day(2, 1), day(3, 1), day(4, 1)])
        #expect(map.cell(team, day(1, 1))?.load == 3)
        #expect(map.cell(team, day(3, 1))?.load == 3)
        #expect(map.cell(team, day(4, 1)) == nil)
        #expect(map.cell(other, day(2, 1))?.load == 1)
    }

    @Test func aChangeWithoutAnEndCountsInItsStartMonthOnly() {
        let map = ChangeLoad.heatMap([change(1, day(2), [team: .medium])], from: day(1), months: 3, limit: 5)
        #expect(map.cell(team, day(1, 1)) == nil)
        #expect(map.cell(team, day(2, 1))?.load == 2)
        #expect(map.cell(team, day(3, 1)) == nil)
    }

    @Test func concurrentChangesAddUpAndNameTheChangesBehindTheLoad() {
        let map = ChangeLoad.heatMap([change(2, day(5), [team: .high]), change(1, day(5, 1), [team: .medium])], from: day(5), months: 1, limit: 4)
        #expect(map.cell(team, day(5, 1)) == ChangeLoad.Cell(load: 5, changeIDs: [Self.id(101), Self.id(102)]))
        #expect(map.warnings == [ChangeLoad.Warning(teamID: team, month: day(5, 1), load: 5, limit: 4)])
    }

    @Test func loadAtTheLimitDoesNotWarn() {
        let map = ChangeLoad.heatMap([change(1, day(5), [team: .high]), change(2, day(5), [team: .low])], from: day(5), months: 1, limit: 4)
        #expect(map.warnings.isEmpty)
    }

    @Test func monthsOutsideTheMapAreLeftOut() {
        let map = ChangeLoad.heatMap([change(1, day(1), ends: day(12), [team: .low])], from: day(6), months: 2, limit: 1)
        #expect(map.cells[team]?.keys.sorted() == [day(6, 1), day(7, 1)])
        #expect(ChangeLoad.heatMap([], from: day(1), months: 0, limit: 1).months.isEmpty)
    }

    @Test func anEndBeforeTheStartIsReadAsTheStartMonth() {
        #expect(change(1, day(6), ends: day(2), [team: .low]).months == [day(6, 1)])
    }

    @Test func aForecastNamesOnlyTheWarningsThePlannedChangeAddsOrWorsens() {
        let standing = [change(1, day(3), ends: day(4), [team: .high, other: .high]), change(2, day(3), [other: .high])]
        let planned = change(3, day(3), ends: day(4), [team: .high])
        let warnings = ChangeLoad.forecast(planned, others: standing, limit: 5)
        #expect(warnings == [ChangeLoad.Warning(teamID: team, month: day(3, 1), load: 6, limit: 5),
                             ChangeLoad.Warning(teamID: team, month: day(4, 1), load: 6, limit: 5)])
        // The other team is over the limit in March already, and the planned change does not touch it.
        #expect(ChangeLoad.forecast(change(4, day(3), [team: .low]), others: standing, limit: 5).isEmpty)
    }

    @Test func aForecastDoesNotCountTheChangeTwiceWhenItIsAlreadyPlanned() {
        let planned = change(1, day(3), [team: .high])
        #expect(ChangeLoad.forecast(planned, others: [planned], limit: 3).isEmpty)
        #expect(ChangeLoad.forecast(planned, others: [planned], limit: 2).count == 1)
    }
}
