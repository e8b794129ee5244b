@testable import App
import Domain
import Foundation
@testable import Persistence
import FluentKit
import Testing
import VaporTesting

/// Planned changes through the API, their pages and the command line: the impact derived from the journey graph,
/// acknowledging, and launching with and without everyone told.
@Suite(.serialized) struct PlannedChangeTests {
    /// A phone platform behind the fault line; a handoff from it to the billing team's touchpoint; a customer heard there.
    struct World {
        let seed: Seed
        let billing: String, bill: String, handoff: String, system: String, customer: String, change: String
        var base: String { "/api/v1/organizations/\(seed.slug)" }
    }

    func world(_ t: TestApp) async throws -> World {
        let seed = try await t.seed()
        let billing = try await t.create(seed.slug, "teams", #"{"name":"Billing","function":"billing-finance"}"#)
        let bill = try await t.create(seed.slug, "touchpoints",
            #"{"stage_id":"\#(seed.stage)","name":"Bill","channel":"mail","owning_team_id":"\#(billing)"}"#)
        let handoff = try await t.create(seed.slug, "handoffs",
            #"{"from_touchpoint_id":"\#(seed.touchpoint)","to_touchpoint_id":"\#(bill)","accountable_team_id":"\#(billing)"}"#)
        let system = try await t.create(seed.slug, "systems",
            #"{"name":"Phone platform","owner_team_id":"\#(seed.team)","touchpoint_ids":["\#(seed.touchpoint)"]}"#)
        _ = try await t.create(seed.slug, "people", #"{"name":"Noor","team_id":"\#(seed.team)"}"#)
        let customer = try await t.create(seed.slug, "customers", #"{"account_name":"Bakery <Bros>","segment":"Small business","value_tier":"low"}"#)
        let today = CalendarDate.today.description
        _ = try await t.create(seed.slug, "feedback",
            #"{"customer_id":"\#(customer)","text":"Nobody answers at night","kind":"friction","date":"\#(today)","touchpoint_ids":["\#(seed.touchpoint)"]}"#)
        let change = try await t.create(seed.slug, "changes", #"""
            {"title":"Move the out-of-hours line to a partner","kind":"outsourcing","today":"Our agents answer at night",
             "tomorrow":"A partner answers at night","starts":"2027-02-01","ends":"2027-03-31","owner_team_id":"\#(seed.team)",
             "alters":["system:\#(system)"]}
            """#)
        return World(seed: seed, billing: billing, bill: bill, handoff: handoff, system: system, customer: customer, change: change)
    }

    @Test func theImpactReachesTouchpointsHandoffsTeamsPeopleAndRecentCustomers() async throws {
        try await TestApp.run { t in
            let w = try await world(t)
            let impact = try t.object(try await t.send(.GET, "\(w.base)/changes/\(w.change)/impact"))
            let parties = try #require(impact["parties"] as? [[String: Any]])
            #expect(parties.map { "\($0["name"]!) \($0["level"]!)" } .sorted() == ["Billing low", "Contact Centre high"])
            let centre = try #require(parties.first { $0["name"] as? String == "Contact Centre" })
            #expect((centre["gaps"] as? [[String: Any]])?.first?["tomorrow"] as? String == "A partner answers at night")
            #expect((centre["through"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Phone platform"])
            #expect((impact["touchpoints"] as? [[String: Any]])?.map { $0["level"] as? String } == ["medium"])
            #expect((impact["handoffs"] as? [[String: Any]])?.first?["id"] as? String == w.handoff)
            #expect((impact["people"] as? [[String: Any]])?.first { $0["team"] as? String == "Contact Centre" }?["names"] as? [String] == ["Noor"])
            let customers = try #require(impact["customers"] as? [String: Any])
            #expect(customers["count"] as? Int == 1)
            #expect((customers["segments"] as? [[String: Any]])?.first?["segment"] as? String == "Small business")
            #expect(impact["to_acknowledge"] as? Int == 2 && impact["acknowledged"] as? Int == 0)
            let page = try await t.send(.GET, "/orgs/\(w.seed.slug)/changes/\(w.change)").body.string
            #expect(page.contains("Who it touches (0 of 2 acknowledged)") && page.contains("Bakery &lt;Bros&gt;"))
            #expect(page.contains("Leaves Report a fault › Report it › Fault line") && page.contains(">Acknowledge</button>"))
        }
    }

    @Test func whatItAltersMustExistAndItsStatusMovesOnlyByLaunchingOrCancelling() async throws {
        try await TestApp.run { t in
            let w = try await world(t)
            let unknown = try await t.send(.POST, "\(w.base)/changes",
                json: #"{"title":"X","kind":"price","tomorrow":"Y","starts":"2027-01-01","alters":["process:\#(UUID())"]}"#)
            #expect(unknown.status == .unprocessableEntity && unknown.body.string.contains("alters"))
            let none = try await t.send(.POST, "\(w.base)/changes", json: #"{"title":"X","kind":"price","tomorrow":"Y","starts":"2027-01-01"}"#)
            #expect(none.status == .unprocessableEntity && none.body.string.contains("Name at least one"))
            let launched = try await t.send(.POST, "\(w.base)/changes",
                json: #"{"title":"X","kind":"price","tomorrow":"Y","starts":"2027-01-01","status":"launched","alters":["team:\#(w.billing)"]}"#)
            #expect(launched.status == .unprocessableEntity && launched.body.string.contains("launched or cancelled with its own action"))
        }
    }

    @Test func acknowledgingOnceCountsOnceAndOnlyForWhoItTouches() async throws {
        try await TestApp.run { t in
            let w = try await world(t)
            let path = "\(w.base)/changes/\(w.change)/acknowledge"
            let first = try t.object(try await t.send(.POST, path, json: #"{"party":"team:\#(w.seed.team)"}"#))
            #expect(first["acknowledged"] as? Int == 1 && first["to_acknowledge"] as? Int == 1)
            let again = try t.object(try await t.send(.POST, path, json: #"{"party":"team:\#(w.seed.team)"}"#))
            #expect(again["acknowledged"] as? Int == 1)
            let stranger = try await t.create(w.seed.slug, "teams", #"{"name":"Marketing","function":"marketing"}"#)
            let untouched = try await t.send(.POST, path, json: #"{"party":"team:\#(stranger)"}"#)
            #expect(untouched.status == .unprocessableEntity && untouched.body.string.contains("does not touch"))
            let lead = try await t.user("lead@example.org")
            try await t.join(w.seed.slug, lead, Access(role: .teamLead, ledTeams: [UUID(uuidString: stranger)!]))
            let notTheirs = try await t.send(.POST, path, json: #"{"party":"team:\#(w.billing)"}"#, as: lead)
            #expect(notTheirs.status == .forbidden)
            let page = try await t.send(.POST, "/orgs/\(w.seed.slug)/changes/\(w.change)/acknowledge", form: [("party", "team:\(w.billing)")])
            #expect(page.status == .seeOther)
            let after = try t.object(try await t.send(.GET, "\(w.base)/changes/\(w.change)/impact"))
            #expect(after["to_acknowledge"] as? Int == 0)
        }
    }

    @Test func launchingWhileSomeAreUntoldAsksWhyAndALaunchedChangeIsHistory() async throws {
        try await TestApp.run { t in
            let w = try await world(t)
            let form = try await t.send(.GET, "/orgs/\(w.seed.slug)/changes/\(w.change)/launch").body.string
            #expect(form.contains("Not acknowledged yet by Contact Centre, Billing") || form.contains("Not acknowledged yet by Billing, Contact Centre"))
            let bare = try await t.send(.POST, "\(w.base)/changes/\(w.change)/launch", json: "{}")
            #expect(bare.status == .unprocessableEntity && bare.body.string.contains("2 teams or people it touches have not acknowledged it yet"))
            let launched = try t.object(try await t.send(.POST, "\(w.base)/changes/\(w.change)/launch", json: #"{"reason":"The contract starts on the 1st"}"#))
            #expect(launched["status"] as? String == "launched" && launched["launch_reason"] as? String == "The contract starts on the 1st")
            #expect(launched["launched_on"] as? String == CalendarDate.today.description)
            let edit = try await t.send(.PUT, "\(w.base)/changes/\(w.change)",
                json: #"{"title":"Later","kind":"outsourcing","tomorrow":"Y","starts":"2027-02-01","alters":["system:\#(w.system)"],"status":"launched"}"#)
            #expect(edit.status == .unprocessableEntity && edit.body.string.contains("history now"))
            #expect(try await t.send(.POST, "\(w.base)/changes/\(w.change)/cancel").status == .conflict)
            let audit = try await t.send(.GET, "/orgs/\(w.seed.slug)/audit").body.string
            #expect(audit.contains("The contract starts on the 1st"))
        }
    }

    @Test func theCommandLineTellsTheSameImpact() async throws {
        try await TestApp.run { t in
            let w = try await world(t)
            let org = try #require(try await Organizations.find(slug: w.seed.slug, on: t.app.db)?.stored)
            let scope = AlignStore(t.app.db).scope(org, actor: Actor(userID: nil, name: "Test"), access: Access(role: .admin))
            let report = try await PlannedChanges(scope).impact(of: UUID(uuidString: w.change)!)
            let lines = AlignRunner.changeImpactLines(ChangeImpactResult(report, warnings: [], lookups: try await Lookups.forImpact(report, scope: scope)))
            #expect(lines.first == "Move the out-of-hours line to a partner (outsourcing, planned, 2027-02-01 – 2027-03-31)")
            #expect(lines.contains("  high · team Contact Centre · nobody with an account to ask · NOT YET ACKNOWLEDGED"))
            #expect(lines.contains("      Phone platform: Our agents answer at night → A partner answers at night"))
            #expect(lines.last?.hasPrefix("Customers heard on these touchpoints since ") == true && lines.last?.hasSuffix(": 1 (Small business 1)") == true)
        }
    }

    /// The whole graph is read column by column for the change load; tracing any change through it must find what its
    /// own neighbourhood, read record by record, finds.
    @Test func theWholeGraphTracesEveryChangeAsItsNeighbourhoodDoes() async throws {
        try await TestApp.run(demo: true) { t in
            let org = try #require(try await Organizations.find(slug: "riverbend-water", on: t.app.db)?.stored)
            let scope = AlignStore(t.app.db).scope(org, actor: Actor(userID: nil, name: "Test"))
            let whole = try await JourneyGraphLoader.whole(scope)
            #expect(whole.touchpoints.count == (try await scope.store(TouchpointRecord.self).all().count) && !whole.processes.isEmpty && !whole.systems.isEmpty)
            let changes = PlannedChanges(scope)
            let all = try await PlannedChangeRecord.query(on: t.app.db).filter(\.$organizationID == org.id).all()
            try await PlannedChangeRecord.loadRelations(all, on: t.app.db)
            #expect(all.count >= 2)
            for change in all.map(\.stored) {
                let subjects = try await changes.subjectsAndGaps(change).0
                let near = ChangeImpact.derive(subjects, in: try await JourneyGraphLoader.load(around: subjects, scope))
                #expect(ChangeImpact.derive(subjects, in: whole) == near, "\(change.title)")
            }
        }
    }

    @Test func riverbendsNightLineMoveReachesTheContactCentreAndFieldTeamsAndIsHalfAcknowledged() async throws {
        try await TestApp.run(demo: true) { t in
            let base = "/api/v1/organizations/riverbend-water"
            let list = try t.object(try await t.send(.GET, "\(base)/changes?kind=outsourcing"))
            let id = try #require((list["items"] as? [[String: Any]])?.first?["id"] as? String)
            let impact = try t.object(try await t.send(.GET, "\(base)/changes/\(id)/impact"))
            let parties = try #require(impact["parties"] as? [[String: Any]])
            #expect(Set(parties.compactMap { $0["name"] as? String }).isSuperset(of: ["Contact Centre", "Field Operations"]))
            #expect(impact["acknowledged"] as? Int == 2 && impact["to_acknowledge"] as? Int == 2)
            let renamed = (impact["handoffs"] as? [[String: Any]])?.filter { ($0["reasons"] as? [String])?.contains("The change names it") == true }
            #expect(renamed?.count == 3)
            let centre = try #require(parties.first { $0["name"] as? String == "Contact Centre" })
            #expect((centre["gaps"] as? [[String: Any]])?.filter { ($0["tomorrow"] as? String)?.hasPrefix("Becomes accountable") == true }.count == 3)
            #expect(((impact["customers"] as? [String: Any])?["count"] as? Int ?? 0) > 0)
        }
    }

    @Test func twoChangesOnOneTeamInAMonthPassALowerLimitAndTheChangeWarns() async throws {
        try await TestApp.run { t in
            let w = try await world(t)
            let second = try await t.create(w.seed.slug, "changes", #"""
                {"title":"Cloud telephony","kind":"system","tomorrow":"Calls routed in the cloud","starts":"2027-03-01","alters":["system:\#(w.system)"]}
                """#)
            let load = try t.object(try await t.send(.GET, "\(w.base)/changes/load?from=2027-02&months=3"))
            let centre = try #require((load["teams"] as? [[String: Any]])?.first { $0["team"] as? String == "Contact Centre" })
            #expect((centre["months"] as? [[String: Any]])?.map { $0["load"] as? Int } == [3, 6], "February, then March with both; the first ends in March")
            #expect((load["warnings"] as? [Any])?.isEmpty == true && load["limit"] as? Int == ChangeLoad.defaultLimit)
            let member = try await t.user("member@example.org")
            try await t.join(w.seed.slug, member, Access(role: .member))
            #expect(try await t.send(.POST, "\(w.base)/changes/load/limit", json: #"{"limit":5}"#, as: member).status == .forbidden)
            let bad = try await t.send(.POST, "\(w.base)/changes/load/limit", json: #"{"limit":0}"#)
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("limit"))
            #expect(try t.object(try await t.send(.POST, "\(w.base)/changes/load/limit", json: #"{"limit":5}"#))["limit"] as? Int == 5)
            let impact = try t.object(try await t.send(.GET, "\(w.base)/changes/\(second)/impact"))
            let warning = try #require((impact["capacity_warnings"] as? [[String: Any]])?.first)
            #expect(warning["team"] as? String == "Contact Centre" && warning["month"] as? String == "2027-03" && warning["load"] as? Int == 6)
            let page = try await t.send(.GET, "/orgs/\(w.seed.slug)/changes/load?from=2027-02&team=\(w.seed.team)&month=2027-03").body.string
            #expect(page.contains("6 (over the limit)") && page.contains("Contact Centre in Mar 2027: load 6 of 5") && page.contains("Cloud telephony"))
            let changePage = try await t.send(.GET, "/orgs/\(w.seed.slug)/changes/\(second)").body.string
            #expect(changePage.contains("6 of 5"))
            let month = try await t.send(.GET, "\(w.base)/changes/load?from=2027-13")
            #expect(month.status == .unprocessableEntity)
            try await pagesTheLoad(t, w)
        }
    }

    /// One team to a page, the most loaded first; the warnings listed are the page's, counted for all.
    private func pagesTheLoad(_ t: TestApp, _ w: World) async throws {
        let first = try t.object(try await t.send(.GET, "\(w.base)/changes/load?from=2027-02&months=3&per=1"))
        let total = try #require(first["total"] as? Int)
        #expect(total > 1 && first["per"] as? Int == 1 && first["page"] as? Int == 1 && first["total_warnings"] as? Int == 1)
        #expect((first["teams"] as? [[String: Any]])?.map { $0["team"] as? String } == ["Contact Centre"])
        #expect((first["warnings"] as? [[String: Any]])?.count == 1)
        let second = try t.object(try await t.send(.GET, "\(w.base)/changes/load?from=2027-02&months=3&per=1&page=2"))
        #expect((second["teams"] as? [[String: Any]])?.count == 1 && (second["teams"] as? [[String: Any]])?.first?["team"] as? String != "Contact Centre")
        #expect((second["warnings"] as? [Any])?.isEmpty == true && second["total_warnings"] as? Int == 1)
        let beyond = try t.object(try await t.send(.GET, "\(w.base)/changes/load?from=2027-02&months=3&per=1&page=\(total + 1)"))
        #expect((beyond["teams"] as? [Any])?.isEmpty == true && beyond["total"] as? Int == total)
    }

    @Test func customersHeardWhereItLandsGetADraftedNoteOnceAndTheChangeShowsWhoWasTold() async throws {
        try await TestApp.run { t in
            let w = try await world(t)
            let drafted = try t.object(try await t.send(.POST, "\(w.base)/changes/\(w.change)/notes"))
            #expect(drafted["drafted"] as? Int == 1 && drafted["already"] as? Int == 0 && drafted["remaining"] as? Int == 0)
            let again = try t.object(try await t.send(.POST, "\(w.base)/changes/\(w.change)/notes"))
            #expect(again["drafted"] as? Int == 0 && again["already"] as? Int == 1)
            let list = try t.object(try await t.send(.GET, "\(w.base)/change-notes?change_id=\(w.change)"))
            let note = try #require((list["items"] as? [[String: Any]])?.first)
            let body = try #require(note["body"] as? String)
            #expect(body.hasPrefix("Dear colleagues at Bakery <Bros>,") && body.contains("“Fault line”") && body.contains("From 1 February 2027"))
            let noteID = try #require(note["id"] as? String)
            let unsent = try await t.send(.PATCH, "\(w.base)/change-notes/\(noteID)", json: #"{"status":"sent"}"#)
            #expect(unsent.status == .unprocessableEntity && unsent.body.string.contains("sent_on"))
            let sent = try await t.send(.PATCH, "\(w.base)/change-notes/\(noteID)", json: #"{"status":"sent","sent_on":"2027-01-10"}"#)
            #expect(sent.status == .ok)
            let twice = try await t.send(.POST, "\(w.base)/change-notes", json: #"{"change_id":"\#(w.change)","customer_id":"\#(w.customer)","body":"Again"}"#)
            #expect(twice.status == .unprocessableEntity && twice.body.string.contains("has a note about this change already"))
            let page = try await t.send(.GET, "/orgs/\(w.seed.slug)/changes/\(w.change)").body.string
            #expect(page.contains("Customers told (1 of 1 note sent; 1 heard recently)") && page.contains("2027-01-10"))
            let form = try await t.send(.GET, "/orgs/\(w.seed.slug)/changes/\(w.change)/notes").body.string
            #expect(form.contains("1 customer was heard on the touchpoints it reaches") && form.contains("1 has a note already"))
        }
    }

    @Test func cancellingAsksFirstThenTakesTheChangeOutOfEveryTeamsLoad() async throws {
        try await TestApp.run { t in
            let w = try await world(t)
            let page = try await t.send(.GET, "/orgs/\(w.seed.slug)/changes/\(w.change)").body.string
            #expect(page.contains("Cancel this change…"))
            let confirm = try await t.send(.GET, "/orgs/\(w.seed.slug)/changes/\(w.change)/cancel").body.string
            #expect(confirm.contains("Cancel “Move the out-of-hours line to a partner”?") && confirm.contains("stops counting in any team"))
            #expect(try await t.send(.POST, "/orgs/\(w.seed.slug)/changes/\(w.change)/cancel", form: []).status == .seeOther)
            let change = try t.object(try await t.send(.GET, "\(w.base)/changes/\(w.change)"))
            #expect(change["status"] as? String == "cancelled")
            let load = try t.object(try await t.send(.GET, "\(w.base)/changes/load?from=2027-02&months=2"))
            #expect((load["teams"] as? [Any])?.isEmpty == true)
            let after = try await t.send(.GET, "/orgs/\(w.seed.slug)/changes/\(w.change)").body.string
            #expect(!after.contains("Cancel this change…") && after.contains("Cancelled"))
        }
    }
}
