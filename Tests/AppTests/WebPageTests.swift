@testable import App
import Foundation
import Testing
import VaporTesting

@Suite struct WebPageTests {
    @Test func invalidFormReRendersWith422AndAMessageOnEachBadField() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let response = try await t.send(.POST, "/orgs/acme/people", form: [("name", ""), ("email", "not-an-email")])
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("Please correct 2 fields"))
            #expect(html.contains("id=\"error-name\""))
            #expect(html.contains("Name is required."))
            #expect(html.contains("Email must look like name@example.org."))
            #expect(html.contains("value=\"not-an-email\""))
            let people = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/people"))
            #expect(people["total"] as? Int == 0)
        }
    }

    @Test func validFormCreatesAndRedirectsToTheRecord() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let response = try await t.send(.POST, "/orgs/acme/handoffs", form: [
                ("from_touchpoint_id", seed.touchpoint), ("to_touchpoint_id", seed.touchpoint), ("information", "Account number"),
            ])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("To touchpoint must differ"))
            let second = try await t.create("acme", "touchpoints",
                #"{"stage_id":"\#(seed.stage)","name":"Engineer visit","channel":"in-person","owning_team_id":"\#(seed.team)"}"#)
            let created = try await t.send(.POST, "/orgs/acme/handoffs", form: [
                ("from_touchpoint_id", seed.touchpoint), ("to_touchpoint_id", second), ("customer_repeats", "on"),
            ])
            #expect(created.status == .seeOther)
            let location = try #require(created.headers.first(name: .location))
            let page = try await t.send(.GET, String(location.prefix { $0 != "?" }))
            #expect(page.body.string.contains("Unowned handoff"))
            #expect(page.body.string.contains("Customer repeats information"))
        }
    }

    @Test func userTextIsEscapedEverywhereItIsShown() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let evil = #"<script>alert(1)</script>" onmouseover="x'&amp;"#
            let escapedJSON = evil.replacingOccurrences(of: "\"", with: "\\\"")
            _ = try await t.send(.PATCH, "/api/v1/organizations/acme/touchpoints/\(seed.touchpoint)", json: #"{"name":"\#(escapedJSON)"}"#)
            _ = try await t.send(.PATCH, "/api/v1/organizations/acme/teams/\(seed.team)", json: #"{"name":"\#(escapedJSON)"}"#)
            for path in ["/orgs/acme/journeys/\(seed.journey)?touchpoint=\(seed.touchpoint)", "/orgs/acme/touchpoints",
                         "/orgs/acme/touchpoints/\(seed.touchpoint)", "/orgs/acme/touchpoints/\(seed.touchpoint)/edit",
                         "/orgs/acme/teams", "/orgs/acme", "/orgs/acme/teams/\(seed.team)/delete"] {
                let html = try await t.send(.GET, path).body.string
                #expect(!html.contains("<script>alert"), "unescaped script on \(path)")
                #expect(!html.contains("\" onmouseover"), "attribute break-out on \(path)")
                #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped text missing on \(path)")
            }
        }
    }

    @Test func deleteAsksForConfirmationThenDeletes() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let goal = try await t.create("acme", "goals", #"{"title":"Fix it first time"}"#)
            let confirm = try await t.send(.GET, "/orgs/acme/goals/\(goal)/delete")
            #expect(confirm.status == .ok)
            #expect(confirm.body.string.contains("This cannot be undone."))
            #expect(try await t.send(.GET, "/api/v1/organizations/acme/goals/\(goal)").status == .ok)
            let deleted = try await t.send(.POST, "/orgs/acme/goals/\(goal)/delete")
            #expect(deleted.status == .seeOther)
            #expect(try await t.send(.GET, "/api/v1/organizations/acme/goals/\(goal)").status == .notFound)
            let journeyConfirm = try await t.send(.GET, "/orgs/acme/journeys/\(seed.journey)/delete")
            #expect(journeyConfirm.body.string.contains("1 stage, 1 touchpoint and 0 handoffs"))
        }
    }

    @Test func organizationFormRejectsATakenShortName() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let response = try await t.send(.POST, "/orgs", form: [("name", "Acme"), ("slug", "acme")])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("already used by another organization"))
            let created = try await t.send(.POST, "/orgs", form: [("name", "Zenith Energy")])
            #expect(created.headers.first(name: .location) == "/orgs/zenith-energy?notice=created")
        }
    }

    @Test func teamCannotBecomeItsOwnAncestor() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let child = try await t.create("acme", "teams", #"{"name":"Escalations","function":"customer-service","parent_team_id":"\#(seed.team)"}"#)
            let response = try await t.send(.PATCH, "/api/v1/organizations/acme/teams/\(seed.team)", json: #"{"parent_team_id":"\#(child)"}"#)
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("parent_team_id"))
        }
    }

    @Test func everyListPageHasAnEmptyStateSayingWhatToDoFirst() async throws {
        try await TestApp.run { t in
            try await t.organization("Empty Co", slug: "empty-co")
            for segment in ["teams", "people", "goals", "journeys", "stages", "touchpoints", "handoffs", "processes", "systems", "changes", "investments", "change-notes",
                            "customers", "contacts", "frictions"] {
                let page = try await t.send(.GET, "/orgs/empty-co/\(segment)")
                #expect(page.status == .ok)
                #expect(page.body.string.contains("class=\"empty-state\""), "\(segment) has no empty state")
            }
        }
    }

    @Test func listsExportAsCSVWithFiltersAndNeutralisedFormulas() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            _ = try await t.create("acme", "frictions", #"{"touchpoint_id":"\#(seed.touchpoint)","kind":"wait","description":"=HYPERLINK(\"http://x\",\"y\")","severity":4,"source":"customer"}"#)
            _ = try await t.create("acme", "frictions", #"{"touchpoint_id":"\#(seed.touchpoint)","kind":"effort","description":"Form asks twice, badly","severity":2,"source":"customer"}"#)
            let all = try await t.send(.GET, "/orgs/acme/frictions/export.csv")
            #expect(all.status == .ok)
            #expect(all.headers.contentType?.description.hasPrefix("text/csv") == true)
            let lines = all.body.string.split(separator: "\r\n")
            #expect(lines.count == 3)
            #expect(lines[0].hasSuffix("Friction,Attached to,Kind,Severity,Source,Status"))
            #expect(all.body.string.contains(#""'=HYPERLINK(""http://x"",""y"")""#))
            #expect(all.body.string.contains(#""Form asks twice, badly""#))
            let waits = try await t.send(.GET, "/orgs/acme/frictions/export.csv?kind=wait")
            #expect(waits.body.string.split(separator: "\r\n").count == 2)
            let page = try await t.send(.GET, "/orgs/acme/frictions?kind=wait")
            #expect(page.body.string.contains("/orgs/acme/frictions/export.csv?kind=wait"))
        }
    }
}
