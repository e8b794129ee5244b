@testable import App
import Domain
import Fluent
import Foundation
@testable import Persistence
import Testing
import VaporTesting

/// The alignment index: kept once a month, read by the Overview, the API and the command line, each component linked.
@Suite(.serialized) struct AlignmentTests {
    @Test func riverbendsIndexIsKeptForTheMonthWithEveryComponentLinkedToItsRecords() async throws {
        try await TestApp.run(demo: true) { t in
            let base = "/api/v1/organizations/riverbend-water"
            let index = try t.object(try await t.send(.GET, "\(base)/alignment-index"))
            let components = try #require(index["components"] as? [[String: Any]])
            #expect(components.count == AlignmentMeasure.allCases.count && index["coverage"] as? Int == 100)
            #expect(components.allSatisfy { ($0["url"] as? String)?.hasPrefix("/orgs/riverbend-water/") == true && $0["formula"] is String })
            let value = try #require(index["value"] as? Int)
            let weighted = components.reduce(0.0) { $0 + ($1["value"] as! Double) * Double($1["weight"] as! Int) } / 100
            #expect(abs(Double(value) - weighted) <= 1, "the index is the weighted mean of its components")
            let changes = try #require(components.first { $0["key"] as? String == "changes-acknowledged" })
            #expect((changes["detail"] as? String)?.hasPrefix("2 of ") == true, "the night-line move's two acknowledgements count")
            _ = try await t.send(.GET, "\(base)/alignment-index")
            #expect(try await Self.kept(t) == 1, "read twice, kept once")
            let overview = try await t.send(.GET, "/orgs/riverbend-water").body.string
            #expect(overview.contains("Alignment index") && overview.contains("Where it is weakest") && overview.contains(">\(value)</span>"))
            let viewer = try await t.user("viewer@example.org")
            try await t.join("riverbend-water", viewer, Access(role: .viewer))
            #expect(try await t.send(.POST, "\(base)/alignment-index/recompute", as: viewer).status == .forbidden)
            #expect(try await t.send(.POST, "\(base)/alignment-index/recompute").status == .ok)
            #expect(try await Self.kept(t) == 1, "computing again replaces the month's figure")
        }
    }

    @Test func anOrganizationWithNothingRecordedHasNoIndexYetAndSaysWhatToDo() async throws {
        try await TestApp.run { t in
            try await t.organization("Empty Co", slug: "empty-co")
            let index = try t.object(try await t.send(.GET, "/api/v1/organizations/empty-co/alignment-index"))
            #expect(index["value"] == nil && index["coverage"] as? Int == 0)
            let overview = try await t.send(.GET, "/orgs/empty-co").body.string
            #expect(overview.contains("Nothing to measure yet"))
        }
    }

    @Test func theMonthlyJobKeepsEachOrganizationsIndexOnce() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let first = try await JobRunner(app: t.app, worker: "one").runOnce()
            #expect(first.indexes == 1)
            #expect(try await JobRunner(app: t.app, worker: "two").runOnce().indexes == 0)
            let nextMonth = try await JobRunner(app: t.app, worker: "one").runOnce(today: CalendarDate.today.adding(months: 1))
            #expect(nextMonth.indexes == 1)
            let history = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/alignment-index"))["history"] as? [[String: Any]]
            #expect(history?.count == 2)
            let org = try #require(try await Organizations.find(slug: "acme", on: t.app.db)?.stored)
            let lines = AlignRunner.alignmentLines(try await Alignment(scope: AlignStore(t.app.db).scope(org, actor: Actor(userID: nil, name: "Test"))).current(),
                                                   history: [])
            #expect(lines.first?.hasPrefix("Alignment index \(String(CalendarDate.today.description.prefix(7)))") == true)
            #expect(lines.contains { $0.hasPrefix("  Structure · Handoffs with an owner (weight 10): –") })
        }
    }

    @Test func eachTeamHasItsIndexAndTheOverviewNamesTheLowestOnceTheMonthIsKept() async throws {
        try await TestApp.run(demo: true) { t in
            let base = "/api/v1/organizations/riverbend-water"
            let before = try await t.send(.GET, "/orgs/riverbend-water").body.string
            #expect(before.contains("appears here once the month's job has run"))
            let page = try t.object(try await t.send(.GET, "\(base)/alignment-index?by=team&per=5"))
            let items = try #require(page["items"] as? [[String: Any]])
            #expect(page["total"] as? Int == 11 && items.count == 5 && page["by"] as? String == "team")
            let centre = try #require(items.first { $0["name"] as? String == "Contact Centre" })
            let changes = (centre["components"] as? [[String: Any]])?.first { $0["key"] as? String == "changes-acknowledged" }
            #expect(changes?["detail"] as? String == "1 of 2 asked have acknowledged" && changes?["value"] as? Double == 50)
            let org = try #require(try await Organizations.find(slug: "riverbend-water", on: t.app.db)?.stored)
            let teams = try await Alignment(scope: AlignStore(t.app.db).scope(org, actor: Actor(userID: nil, name: "Test"))).teams(page: 1, per: 5)
            #expect(AlignRunner.scopedLines(teams.items.map { ($0.team.name, $0.index) }).contains { $0.hasPrefix("Contact Centre: ") && $0.contains("% of the weight)") })
            let wrong = try await t.send(.GET, "\(base)/alignment-index?by=region")
            #expect(wrong.status == .unprocessableEntity && wrong.body.string.contains("by"))
            #expect(try await JobRunner(app: t.app, worker: "one").runOnce().indexes == 2, "Riverbend's and Harbour Gas's")
            #expect(try await Self.kept(t) == 15, "the organization's, each of its eleven teams' and its three journeys'")
            let journeys = try t.object(try await t.send(.GET, "\(base)/alignment-index?by=journey"))
            let leaks = try #require((journeys["items"] as? [[String: Any]])?.first { $0["name"] as? String == "Report a leak" })
            let handoffs = (leaks["components"] as? [[String: Any]])?.first { $0["key"] as? String == "owned-handoffs" }
            #expect(handoffs?["sample"] as? Int == 8 && (handoffs?["detail"] as? String)?.hasPrefix("1 of 8 handoffs") == true, "the web form's handoff to triage has no owner yet")
            #expect((leaks["components"] as? [[String: Any]])?.first { $0["key"] as? String == "4c-health" }?["value"] == nil, "a journey has no pulse")
            let overview = try await t.send(.GET, "/orgs/riverbend-water").body.string
            let lowest = try #require(overview.range(of: "Teams where it is lowest"))
            #expect(overview[lowest.upperBound...].components(separatedBy: "<li>").count > 5, "five teams are named")
        }
    }

    /// Indexes kept for Riverbend (the demo loads a second organization too).
    static func kept(_ t: TestApp) async throws -> Int {
        let org = try #require(try await Organizations.find(slug: "riverbend-water", on: t.app.db)?.id)
        return try await AlignmentSnapshotRecord.query(on: t.app.db).filter(\.$organizationID == org).count()
    }
}
