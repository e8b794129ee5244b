@testable import App
import Domain
import Persistence
import Foundation
import Testing
import VaporTesting

/// Every state-changing route, tried by every role: refused with 403 exactly where the
/// permission matrix in the README says so.
@Suite struct RoleTests {
    /// Routes open to anyone signed in, whatever their role.
    static let personal: Set<String> = [
        "POST /sign-in", "POST /setup", "POST /sign-out", "POST /account/password", "POST /orgs", "POST /api/v1/organizations",
        "POST /orgs/:org/tokens", "POST /orgs/:org/tokens/:id/revoke", "POST /invitations/:token",
        "POST /orgs/:org/inbox/read-all", "POST /orgs/:org/inbox/:id/read", "POST /api/v1/organizations/:org/inbox/:id/read",
        "POST /orgs/:org/calendar", "POST /orgs/:org/calendar/revoke", "POST /pulse/:token",
    ]

    struct World {
        let seed: Seed
        /// An existing record for each path segment, to put in `:id`.
        let ids: [String: String]
    }

    /// A seeded organization with one record of every kind, made by `admin` (default: the test's own user).
    static func world(_ t: TestApp, slug: String = "acme", admin: Identity? = nil) async throws -> World {
        let who: Identity?? = admin.map { .some($0) } ?? .none
        if let admin {
            try await OrganizationRecord(content: Organization(name: "Other", slug: slug)).create(on: t.app.db)
            try await t.join(slug, admin, Access(role: .admin))
        }
        let seed = admin == nil ? try await t.seed(slug: slug) : try await seedAs(t, slug: slug, who: who)
        let acme = slug
        let other = try await t.create(acme, "teams", #"{"name":"Billing","function":"billing-finance"}"#, as: who)
        let otherTouchpoint = try await t.create(acme, "touchpoints",
            #"{"stage_id":"\#(seed.stage)","name":"Bill","channel":"mail","owning_team_id":"\#(other)"}"#, as: who)
        var ids = ["teams": other, "journeys": seed.journey, "stages": seed.stage, "touchpoints": seed.touchpoint]
        ids["people"] = try await t.create(acme, "people", #"{"name":"Ada"}"#, as: who)
        ids["goals"] = try await t.create(acme, "goals", #"{"title":"Fix it first time"}"#, as: who)
        ids["commitments"] = try await t.create(acme, "commitments",
            #"{"team_id":"\#(seed.team)","text":"We call back within the slot we offered","goal_ids":["\#(ids["goals"]!)"],"touchpoint_ids":["\#(seed.touchpoint)"]}"#, as: who)
        ids["handoffs"] = try await t.create(acme, "handoffs",
            #"{"from_touchpoint_id":"\#(seed.touchpoint)","to_touchpoint_id":"\#(otherTouchpoint)","accountable_team_id":"\#(seed.team)"}"#, as: who)
        ids["processes"] = try await t.create(acme, "processes", #"{"kind":"policy","name":"Refunds","owner_team_id":"\#(seed.team)"}"#, as: who)
        ids["systems"] = try await t.create(acme, "systems",
            #"{"name":"Scheduling","owner_team_id":"\#(seed.team)","touchpoint_ids":["\#(seed.touchpoint)"]}"#, as: who)
        ids["changes"] = try await t.create(acme, "changes",
            #"{"title":"New refunds rule","kind":"policy","tomorrow":"Refunds in a day","starts":"2027-01-04","owner_team_id":"\#(seed.team)","alters":["process:\#(ids["processes"]!)"]}"#, as: who)
        ids["customers"] = try await t.create(acme, "customers", #"{"account_name":"Bakery","value_tier":"low"}"#, as: who)
        ids["change-notes"] = try await t.create(acme, "change-notes",
            #"{"change_id":"\#(ids["changes"]!)","customer_id":"\#(ids["customers"]!)","body":"From January, refunds take a day."}"#, as: who)
        ids["contacts"] = try await t.create(acme, "contacts", #"{"customer_id":"\#(ids["customers"]!)","name":"Ines"}"#, as: who)
        ids["frictions"] = try await t.create(acme, "frictions",
            #"{"touchpoint_id":"\#(seed.touchpoint)","kind":"wait","description":"Long hold","severity":3,"source":"customer"}"#, as: who)
        ids["conversations"] = try await t.create(acme, "conversations",
            #"{"customer_id":"\#(ids["customers"]!)","date":"2026-03-02","format":"coffee","does_not_work":"Bills arrive late"}"#, as: who)
        ids["feedback"] = try await t.create(acme, "feedback",
            #"{"conversation_id":"\#(ids["conversations"]!)","text":"Bills arrive late","kind":"friction","touchpoint_ids":["\#(seed.touchpoint)"]}"#, as: who)
        ids["initiatives"] = try await t.create(acme, "initiatives",
            #"{"title":"Shorter holds","owner_team_id":"\#(seed.team)","due_date":"2026-12-31","friction_ids":["\#(ids["frictions"]!)"]}"#, as: who)
        ids["initiative-changes"] = try await t.create(acme, "initiative-changes",
            #"{"initiative_id":"\#(ids["initiatives"]!)","process_id":"\#(ids["processes"]!)","tomorrow":"Refund in a day"}"#, as: who)
        ids["capability-needs"] = try await t.create(acme, "capability-needs",
            #"{"initiative_id":"\#(ids["initiatives"]!)","kind":"training","description":"Refund tool","team_id":"\#(seed.team)","due_date":"2026-12-01"}"#, as: who)
        ids["follow-up-notes"] = try await t.create(acme, "follow-up-notes",
            #"{"conversation_id":"\#(ids["conversations"]!)","body":"Thank you"}"#, as: who)
        ids["check-ins"] = try await t.create(acme, "check-ins",
            #"{"customer_id":"\#(ids["customers"]!)","due_date":"2026-06-02"}"#, as: who)
        ids["pulse-questions"] = try await t.create(acme, "pulse-questions", #"{"set":"custom","topic":"other","kind":"text","text":"What gets in the way?"}"#, as: who)
        ids["pulses"] = try await t.create(acme, "pulses", #"{"title":"Spring","team_ids":["\#(seed.team)"],"sets":["custom"],"closes_on":"2099-01-31"}"#, as: who)
        ids["escalations"] = try await t.create(acme, "escalations",
            #"{"from_team_id":"\#(seed.team)","to_team_id":"\#(other)","date":"2026-11-02"}"#, as: who)
        ids["walks"] = try await t.create(acme, "walks", #"{"journey_id":"\#(seed.journey)","date":"2026-10-06","mode":"internal-walk","participants":"Sofia"}"#, as: who)
        ids["kpis"] = try await t.create(acme, "kpis", #"{"team_id":"\#(seed.team)","name":"Average handle time","rewarded":"down"}"#, as: who)
        ids["kpi-values"] = try await t.create(acme, "kpi-values", #"{"kpi_id":"\#(ids["kpis"]!)","period":"2026-11-01","value":"312"}"#, as: who)
        ids["outcomes"] = try await t.create(acme, "outcomes", #"{"name":"One contact to resolve","touchpoint_ids":["\#(seed.touchpoint)"]}"#, as: who)
        ids["kpi-effects"] = try await t.create(acme, "kpi-effects",
            #"{"kpi_id":"\#(ids["kpis"]!)","outcome_id":"\#(ids["outcomes"]!)","sign":"lowers","reason":"Short calls end before the fault is solved"}"#, as: who)
        ids["competencies"] = try await t.create(acme, "competencies",
            #"{"key":"customer-insight","name":"Customer insight","level_1":"By chance","level_2":"One channel","level_3":"Two channels","level_4":"Confirmed","level_5":"Shared"}"#, as: who)
        ids["centricity-targets"] = try await t.create(acme, "centricity-targets",
            #"{"competency_id":"\#(ids["competencies"]!)","level":4,"reason":"Complaints start as feedback","kpi_ids":["\#(ids["kpis"]!)"]}"#, as: who)
        ids["centricity-assessments"] = try await t.create(acme, "centricity-assessments",
            #"{"competency_id":"\#(ids["competencies"]!)","assessor":"Ada","level":2,"date":"2026-11-20"}"#, as: who)
        ids["investments"] = try await t.create(acme, "investments",
            #"{"title":"Refund tool","kind":"operational","cost":"12000","currency":"EUR","change_ids":["\#(ids["changes"]!)"],"kpi_rewards":["none:\#(ids["kpis"]!)"]}"#, as: who)
        return World(seed: seed, ids: ids)
    }

    static func seedAs(_ t: TestApp, slug: String, who: Identity??) async throws -> Seed {
        let team = try await t.create(slug, "teams", #"{"name":"Contact Centre","function":"customer-service"}"#, as: who)
        let journey = try await t.create(slug, "journeys", #"{"name":"Report a fault"}"#, as: who)
        let stage = try await t.create(slug, "stages", #"{"journey_id":"\#(journey)","name":"Report it"}"#, as: who)
        let touchpoint = try await t.create(slug, "touchpoints",
            #"{"stage_id":"\#(stage)","name":"Fault line","channel":"phone","owning_team_id":"\#(team)"}"#, as: who)
        return Seed(slug: slug, team: team, journey: journey, stage: stage, touchpoint: touchpoint)
    }

    /// Sends every state-changing route as `who`; returns the routes that answered 403.
    static func forbiddenRoutes(_ t: TestApp, _ world: World, as who: Identity) async throws -> Set<String> {
        var forbidden: Set<String> = []
        for route in t.app.routes.all where [.POST, .PUT, .PATCH, .DELETE].contains(route.method) {
            let pattern = "\(route.method) /" + route.path.map(\.description).joined(separator: "/")
            if personal.contains(pattern) { continue }
            let segment = route.path.firstIndex(of: .parameter("id")).map { route.path[$0 - 1].description }
            let path = "/" + route.path.map { component -> String in
                switch component {
                case .parameter("org"): "acme"
                case .parameter("id"): world.ids[segment ?? ""] ?? UUID().uuidString
                default: component.description
                }
            }.joined(separator: "/")
            let isAPI = path.hasPrefix("/api/")
            let response = try await t.send(route.method, path, json: isAPI ? "{}" : nil, form: isAPI ? nil : [], as: .some(who))
            #expect(response.status != .internalServerError, "\(pattern) crashed for \(who.email)")
            if response.status == .forbidden { forbidden.insert(pattern) }
        }
        return forbidden
    }

    static func stateChangingRoutes(_ t: TestApp) -> Set<String> {
        Set(t.app.routes.all.filter { [.POST, .PUT, .PATCH, .DELETE].contains($0.method) }
            .map { "\($0.method) /" + $0.path.map(\.description).joined(separator: "/") }).subtracting(personal)
    }

    @Test func viewersMayChangeNothing() async throws {
        try await TestApp.run { t in
            let world = try await Self.world(t)
            let viewer = try await t.user("viewer@example.org")
            try await t.join("acme", viewer, Access(role: .viewer))
            let forbidden = try await Self.forbiddenRoutes(t, world, as: viewer)
            #expect(forbidden == Self.stateChangingRoutes(t))
        }
    }

    @Test func membersMayOnlyAddFrictionPoints() async throws {
        try await TestApp.run { t in
            let world = try await Self.world(t)
            let member = try await t.user("member@example.org")
            try await t.join("acme", member, Access(role: .member))
            let forbidden = try await Self.forbiddenRoutes(t, world, as: member)
            let allowed = ["frictions", "conversations", "feedback", "follow-up-notes", "check-ins", "walks", "centricity-assessments", "change-notes"]
                .flatMap { ["POST /orgs/:org/\($0)", "POST /api/v1/organizations/:org/\($0)"] }
            let listening = ["follow-up-notes", "check-ins", "walks", "change-notes"].flatMap {
                ["POST /orgs/:org/\($0)/:id/edit", "PUT /api/v1/organizations/:org/\($0)/:id", "PATCH /api/v1/organizations/:org/\($0)/:id"]
            } + ["POST /orgs/:org/follow-up-notes/:id/sent", "POST /api/v1/organizations/:org/follow-up-notes/:id/sent"]
                + ["step", "hypothesis"].flatMap { ["POST /orgs/:org/walks/:id/\($0)", "POST /api/v1/organizations/:org/walks/:id/\($0)"] }
            // Anyone named on a handoff a change touches acknowledges it for themselves.
            // …and anyone but a viewer drafts "what is changing" notes to customers, as they write follow-up notes.
            let acknowledging = ["acknowledge", "notes"].flatMap { ["POST /orgs/:org/changes/:id/\($0)", "POST /api/v1/organizations/:org/changes/:id/\($0)"] }
            #expect(forbidden == Self.stateChangingRoutes(t).subtracting(allowed).subtracting(listening).subtracting(acknowledging))
        }
    }

    @Test func cxLeadsChangeEveryRecordButNotTheOrganization() async throws {
        try await TestApp.run { t in
            let world = try await Self.world(t)
            let lead = try await t.user("cx@example.org")
            try await t.join("acme", lead, Access(role: .cxLead))
            let forbidden = try await Self.forbiddenRoutes(t, world, as: lead)
            #expect(forbidden == ["POST /orgs/:org/edit", "POST /orgs/:org/delete", "PUT /api/v1/organizations/:org",
                                  "PATCH /api/v1/organizations/:org", "DELETE /api/v1/organizations/:org",
                                  "POST /orgs/:org/members/invite", "POST /orgs/:org/members/:id/edit", "POST /orgs/:org/members/:id/delete",
                                  "POST /orgs/:org/invitations/:id/revoke",
                                  "POST /orgs/:org/nurture/settings", "POST /orgs/:org/nurture/settings/secret", "PUT /api/v1/organizations/:org/nurture/settings",
                                  // A charter is approved by its team's lead (or an administrator), not by the CX lead.
                                  "POST /orgs/:org/teams/:id/charter/approve", "POST /api/v1/organizations/:org/teams/:id/charter/approve"])
        }
    }

    @Test func administratorsAreNeverRefused() async throws {
        try await TestApp.run { t in
            let world = try await Self.world(t)
            let admin = try await t.user("admin@example.org")
            try await t.join("acme", admin, Access(role: .admin))
            #expect(try await Self.forbiddenRoutes(t, world, as: admin).isEmpty)
        }
    }

    @Test func teamLeadsChangeOnlyTheirOwnTeamsRecords() async throws {
        try await TestApp.run { t in
            let world = try await Self.world(t)
            let lead = try await t.user("lead@example.org")
            try await t.join("acme", lead, Access(role: .teamLead, ledTeams: [UUID(uuidString: world.seed.team)!]))
            let base = "/api/v1/organizations/acme"
            let own = try await t.send(.PATCH, "\(base)/touchpoints/\(world.seed.touchpoint)", json: #"{"name":"Fault line (24/7)"}"#, as: .some(lead))
            #expect(own.status == .ok)
            let moveAway = try await t.send(.PATCH, "\(base)/touchpoints/\(world.seed.touchpoint)",
                                            json: #"{"owning_team_id":"\#(world.ids["teams"]!)"}"#, as: .some(lead))
            #expect(moveAway.status == .forbidden)
            let othersTouchpoint = try await t.create("acme", "touchpoints",
                #"{"stage_id":"\#(world.seed.stage)","name":"Letter","channel":"mail","owning_team_id":"\#(world.ids["teams"]!)"}"#)
            #expect(try await t.send(.DELETE, "\(base)/touchpoints/\(othersTouchpoint)", as: .some(lead)).status == .forbidden)
            #expect(try await t.send(.PATCH, "\(base)/processes/\(world.ids["processes"]!)", json: #"{"name":"Refund rules"}"#, as: .some(lead)).status == .ok)
            #expect(try await t.send(.PATCH, "\(base)/handoffs/\(world.ids["handoffs"]!)", json: #"{"information":"Account number"}"#, as: .some(lead)).status == .ok)
            #expect(try await t.send(.PATCH, "\(base)/frictions/\(world.ids["frictions"]!)", json: #"{"status":"addressed"}"#, as: .some(lead)).status == .ok)
            #expect(try await t.send(.PATCH, "\(base)/teams/\(world.seed.team)", json: #"{"name":"Renamed"}"#, as: .some(lead)).status == .forbidden)
            #expect(try await t.send(.PATCH, "\(base)/journeys/\(world.seed.journey)", json: #"{"name":"Renamed"}"#, as: .some(lead)).status == .forbidden)
            let created = try await t.send(.POST, "\(base)/touchpoints",
                json: #"{"stage_id":"\#(world.seed.stage)","name":"Chat","channel":"chat","owning_team_id":"\#(world.seed.team)"}"#, as: .some(lead))
            #expect(created.status == .created)
            let elsewhere = try await t.send(.POST, "\(base)/touchpoints",
                json: #"{"stage_id":"\#(world.seed.stage)","name":"Chat","channel":"chat","owning_team_id":"\#(world.ids["teams"]!)"}"#, as: .some(lead))
            #expect(elsewhere.status == .forbidden)
            // Initiatives their team owns, and the capability their team needs.
            #expect(try await t.send(.PATCH, "\(base)/initiatives/\(world.ids["initiatives"]!)", json: #"{"title":"Holds under 2 minutes"}"#, as: .some(lead)).status == .ok)
            let othersInitiative = try await t.create("acme", "initiatives", #"{"title":"Bills","owner_team_id":"\#(world.ids["teams"]!)","due_date":"2026-12-31"}"#)
            #expect(try await t.send(.POST, "\(base)/initiatives/\(othersInitiative)/status", json: #"{"status":"approved"}"#, as: .some(lead)).status == .forbidden)
            #expect(try await t.send(.POST, "\(base)/initiatives/\(world.ids["initiatives"]!)/status", json: #"{"status":"approved"}"#, as: .some(lead)).status == .ok)
        }
    }
}
