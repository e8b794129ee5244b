import Domain
import Foundation
import Testing
@testable import Web

/// The change load page from mock heat maps: teams near and past the limit, the changes behind one cell; none under way.
@Suite struct ChangeLoadPageTests {
    static let centre = UUID(uuidString: "00000000-0000-0000-0000-0000000000c1")!, billing = UUID(uuidString: "00000000-0000-0000-0000-0000000000c2")!
    static let night = UUID(uuidString: "00000000-0000-0000-0000-0000000000c3")!, cloud = UUID(uuidString: "00000000-0000-0000-0000-0000000000c4")!
    static let february = CalendarDate(year: 2027, month: 2, day: 1)!

    static func map() -> ChangeLoad.HeatMap {
        ChangeLoad.heatMap([.init(id: night, starts: february, ends: CalendarDate(year: 2027, month: 4, day: 30)!, levels: [centre: .high, billing: .low]),
                            .init(id: cloud, starts: CalendarDate(year: 2027, month: 3, day: 1)!, levels: [centre: .high])],
                           from: february, months: 4, limit: 5)
    }

    @Test func teamsPastTheLimitAreTintedNamedAndOpenTheChangesBehindThem() throws {
        let map = Self.map()
        var model = ChangeLoadModel(slug: Fixture.slug, months: map.months, limit: map.limit,
                                    rows: ChangeLoadModel.rows(map, names: [Self.centre: "Contact Centre " + Fixture.markup, Self.billing: "Billing"]), canEdit: true)
        model.detail = .init(teamName: "Contact Centre " + Fixture.markup, month: CalendarDate(year: 2027, month: 3, day: 1)!, load: 6,
                             changes: [(Self.night, "Night line to a partner", .high), (Self.cloud, "Cloud telephony", .high)])
        let html = ChangeLoadView.render(model, shell: Fixture.shell("Change load", current: "changes"))
        #expect(html.contains("6 (over the limit)") && html.contains("heat--weak") && html.contains("load 6 of 5"))
        #expect(model.rows.map(\.name).first == "Contact Centre " + Fixture.markup, "the highest peak comes first")
        try assertSnapshot(html, named: "over-limit", suite: "ChangeLoadView")
    }

    @Test func withNothingUnderWayItSaysWhatToDoFirst() throws {
        let model = ChangeLoadModel(slug: Fixture.slug, months: [Self.february], limit: 6, rows: [], canEdit: false)
        let html = ChangeLoadView.render(model, shell: Fixture.shell("Change load", current: "changes"))
        #expect(html.contains("Plan a change") && html.contains("administrators and CX leads set it") && !html.contains("Save limit"))
        try assertSnapshot(html, named: "empty", suite: "ChangeLoadView")
    }
}
