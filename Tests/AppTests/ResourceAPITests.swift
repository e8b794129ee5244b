@testable import App
import Foundation
import Testing
import VaporTesting

@Suite struct ResourceAPITests {
    @Test func createShowUpdatePatchAndDeleteATeam() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let id = try await t.create(seed.slug, "teams", #"{"name":"Billing","function":"billing-finance","parent_team_id":"\#(seed.team)"}"#)
            let shown = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/teams/\(id)"))
            #expect(shown["name"] as? String == "Billing")
            #expect(shown["parent_team_id"] as? String == seed.team)
            let replaced = try await t.send(.PUT, "/api/v1/organizations/acme/teams/\(id)", json: #"{"name":"Billing & Payments","function":"billing-finance"}"#)
            #expect(replaced.status == .ok)
            #expect(try t.object(replaced)["parent_team_id"] == nil)
            let patched = try await t.send(.PATCH, "/api/v1/organizations/acme/teams/\(id)", json: #"{"function":"operations"}"#)
            #expect(try t.object(patched)["name"] as? String == "Billing & Payments")
            #expect(try t.object(patched)["function"] as? String == "operations")
            #expect(try await t.send(.DELETE, "/api/v1/organizations/acme/teams/\(id)").status == .noContent)
            #expect(try await t.send(.GET, "/api/v1/organizations/acme/teams/\(id)").status == .notFound)
        }
    }

    @Test func invalidInputGets422NamingEachFieldAndSavesNothing() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let response = try await t.send(.POST, "/api/v1/organizations/acme/touchpoints",
                                             json: #"{"stage_id":"\#(seed.stage)","name":"","channel":"fax","expected_wait_minutes":-4}"#)
            #expect(response.status == .unprocessableEntity)
            #expect(response.headers.contentType?.description.contains("problem+json") == true)
            let errors = try #require(try t.object(response)["errors"] as? [[String: String]])
            #expect(Set(errors.compactMap { $0["field"] }) == ["name", "channel", "owning_team_id", "expected_wait_minutes"])
            let list = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/touchpoints"))
            #expect(list["total"] as? Int == 1)
        }
    }

    @Test(arguments: ["{not json", "[1,2]", "", #"{"name":{"nested":true}}"#])
    func malformedJSONGets400Problem(body: String) async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let response = try await t.send(.POST, "/api/v1/organizations/acme/teams", json: body)
            #expect(response.status == .badRequest)
            #expect(try t.object(response)["status"] as? Int == 400)
        }
    }

    @Test func referencesToAnotherOrganizationsRecordsAreRejected() async throws {
        try await TestApp.run { t in
            let acme = try await t.seed(slug: "acme")
            _ = try await t.seed(slug: "other")
            let response = try await t.send(.POST, "/api/v1/organizations/other/people",
                                             json: #"{"name":"Ada","team_id":"\#(acme.team)"}"#)
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("team_id"))
            #expect(try await t.send(.GET, "/api/v1/organizations/other/teams/\(acme.team)").status == .notFound)
        }
    }

    @Test func deletingATeamThatOwnsTouchpointsIsRefusedWithAnExplanation() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let api = try await t.send(.DELETE, "/api/v1/organizations/acme/teams/\(seed.team)")
            #expect(api.status == .conflict)
            #expect(api.body.string.contains("Fault line"))
            let page = try await t.send(.POST, "/orgs/acme/teams/\(seed.team)/delete")
            #expect(page.status == .conflict)
            #expect(page.body.string.contains("still owns 1 touchpoint"))
            #expect(try await t.send(.GET, "/api/v1/organizations/acme/teams/\(seed.team)").status == .ok)
        }
    }

    @Test func listsArePaginatedAndFiltered() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            for index in 1...7 {
                _ = try await t.create("acme", "frictions", #"{"touchpoint_id":"\#(seed.touchpoint)","kind":"\#(index.isMultiple(of: 2) ? "wait" : "handoff")","description":"Friction \#(index)","severity":\#(index % 5 + 1),"source":"internal-walk"}"#)
            }
            let page = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/frictions?per=3&page=3"))
            #expect(page["total"] as? Int == 7)
            #expect((page["items"] as? [Any])?.count == 1)
            let waits = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/frictions?kind=wait"))
            #expect(waits["total"] as? Int == 3)
            let byJourney = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/frictions?journey_id=\(seed.journey)&severity=4"))
            #expect(byJourney["total"] as? Int == 2)
            let html = try await t.send(.GET, "/orgs/acme/frictions?per=3&kind=handoff")
            #expect(html.body.string.contains("Page 1 of 2"))
            #expect(html.body.string.contains("kind=handoff&amp;page=2"))
        }
    }

    @Test func stagesAndTouchpointsCanBeReordered() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let second = try await t.create("acme", "stages", #"{"journey_id":"\#(seed.journey)","name":"Wait for repair"}"#)
            let moved = try await t.send(.POST, "/api/v1/organizations/acme/stages/\(second)/move", json: #"{"direction":"up"}"#)
            #expect(try t.object(moved)["stage_ids"] as? [String] == [second, seed.stage])
            let page = try await t.send(.POST, "/orgs/acme/stages/\(second)/move", form: [("direction", "down")])
            #expect(page.status == .seeOther)
            let map = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/journeys/\(seed.journey)/map"))
            let names = (map["stages"] as? [[String: Any]])?.compactMap { ($0["stage"] as? [String: Any])?["name"] as? String }
            #expect(names == ["Report it", "Wait for repair"])
            let bad = try await t.send(.POST, "/api/v1/organizations/acme/stages/\(second)/move", json: #"{"direction":"sideways"}"#)
            #expect(bad.status == .unprocessableEntity)
        }
    }

    @Test func processesKeepTheirTouchpointLinks() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let id = try await t.create("acme", "processes", #"{"kind":"policy","name":"Callback promise","steps":"Log call\n\nPromise callback","touchpoint_ids":["\#(seed.touchpoint)"],"last_reviewed":"2025-03-01"}"#)
            let process = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/processes/\(id)"))
            #expect(process["touchpoint_ids"] as? [String] == [seed.touchpoint])
            #expect(process["steps"] as? [String] == ["Log call", "Promise callback"])
            let filtered = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/processes?touchpoint_id=\(seed.touchpoint)"))
            #expect(filtered["total"] as? Int == 1)
        }
    }

    @Test func systemsKeepTheirTouchpointsInOrderAndLoseThemWithTheTouchpoint() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let other = try await t.create("acme", "touchpoints", #"{"stage_id":"\#(seed.stage)","name":"Engineer visit","channel":"in-person","owning_team_id":"\#(seed.team)"}"#)
            let id = try await t.create("acme", "systems", #"{"name":"Scheduling","owner_team_id":"\#(seed.team)","touchpoint_ids":["\#(other)","\#(seed.touchpoint)"]}"#)
            let system = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/systems/\(id)"))
            #expect(system["touchpoint_ids"] as? [String] == [other, seed.touchpoint])
            #expect(system["owner_team_id"] as? String == seed.team)
            let filtered = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/systems?touchpoint_id=\(seed.touchpoint)"))
            #expect(filtered["total"] as? Int == 1)
            let unknown = try await t.send(.POST, "/api/v1/organizations/acme/systems", json: #"{"name":"Billing","touchpoint_ids":["\#(UUID())"]}"#)
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.body.string.contains("touchpoint_ids"))
            #expect(try await t.send(.DELETE, "/api/v1/organizations/acme/touchpoints/\(other)").status == .noContent)
            let after = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/systems/\(id)"))
            #expect(after["touchpoint_ids"] as? [String] == [seed.touchpoint])
            let page = try await t.send(.GET, "/orgs/acme/systems/\(id)")
            #expect(page.status == .ok && page.body.string.contains("Touchpoints it stands behind") && page.body.string.contains("Fault line"))
        }
    }

    @Test func deletingAnOrganizationRemovesEverythingInIt() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            _ = try await t.create("acme", "frictions", #"{"touchpoint_id":"\#(seed.touchpoint)","kind":"wait","description":"Long hold","severity":3,"source":"customer"}"#)
            let other = try await t.seed(slug: "other")
            #expect(try await t.send(.DELETE, "/api/v1/organizations/acme").status == .noContent)
            // The organization's API tokens went with it.
            #expect(try await t.send(.GET, "/api/v1/organizations/acme/teams").status == .unauthorized)
            #expect(try await t.send(.GET, "/orgs/acme/teams").status == .notFound)
            let remaining = try t.object(try await t.send(.GET, "/api/v1/organizations/other/touchpoints"))
            #expect(remaining["total"] as? Int == 1)
            #expect(try await t.send(.GET, "/api/v1/organizations/other/teams/\(other.team)").status == .ok)
        }
    }

    @Test func nulCharactersInInputAreDroppedNotFatal() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let id = try await t.create("acme", "teams", #"{"name":"Field\u0000 Ops","function":"operations"}"#)
            #expect(try t.object(try await t.send(.GET, "/api/v1/organizations/acme/teams/\(id)"))["name"] as? String == "Field Ops")
            #expect(try await t.send(.GET, "/orgs/acme/journeys?segment=%00x").status == .ok)
            #expect(try await t.send(.POST, "/orgs/acme/goals", form: [("title", "Grow\u{0}th")]).status == .seeOther)
        }
    }

    @Test func deletingATeamLeavesItsPeopleTeamlessAndItsHandoffsUnowned() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let billing = try await t.create("acme", "teams", #"{"name":"Billing","function":"billing-finance"}"#)
            let person = try await t.create("acme", "people", #"{"name":"Ada Obi","team_id":"\#(billing)"}"#)
            let second = try await t.create("acme", "touchpoints",
                #"{"stage_id":"\#(seed.stage)","name":"Bill adjusted","channel":"email","owning_team_id":"\#(seed.team)"}"#)
            let handoff = try await t.create("acme", "handoffs",
                #"{"from_touchpoint_id":"\#(seed.touchpoint)","to_touchpoint_id":"\#(second)","accountable_team_id":"\#(billing)"}"#)
            let confirm = try await t.send(.GET, "/orgs/acme/teams/\(billing)/delete")
            #expect(confirm.body.string.contains("1 person will no longer belong to a team."))
            #expect(confirm.body.string.contains("1 handoff this team is accountable for will become unowned."))
            #expect(try await t.send(.DELETE, "/api/v1/organizations/acme/teams/\(billing)").status == .noContent)
            #expect(try t.object(try await t.send(.GET, "/api/v1/organizations/acme/people/\(person)"))["team_id"] == nil)
            #expect(try t.object(try await t.send(.GET, "/api/v1/organizations/acme/handoffs/\(handoff)"))["accountable_team_id"] == nil)
            let unowned = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/handoffs?owner=none"))
            #expect(unowned["total"] as? Int == 1)
        }
    }
}

/// The API takes strict JSON sent as JSON, and holds text fields to their declared type.
@Suite struct StrictAPIBodyTests {
    static let team = #"{"name":"Billing","function":"billing-finance"}"#

    static func bearer(_ t: TestApp) async throws -> HTTPHeaders {
        var headers: HTTPHeaders = ["Host": "align.test"]
        headers.bearerAuthorization = .init(token: try #require(try await t.token(for: t.me, path: "/api/v1/organizations/acme/teams")))
        return headers
    }

    @Test(arguments: [
        (#"{"name":"Billing","function":"billing-finance",}"#, "Line 1, column 48: a comma must not come before }"),
        (#"{"name":"Billing","name":"Payments","function":"billing-finance"}"#, "member name is given twice"),
        (#"{"name":42,"function":"billing-finance"}"#, #"Field "name" must be a string; it is a number (42)."#),
        (#"{"name":true,"function":"billing-finance"}"#, #"Field "name" must be a string; it is a boolean (true)."#),
        (#"{"name":["Billing","Payments"],"function":"billing-finance"}"#, #"Field "name" must be a string; it is a list."#),
    ])
    func refusedWith400NamingWhy(body: String, reason: String) async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let response = try await t.send(.POST, "/api/v1/organizations/acme/teams", json: body)
            #expect(response.status == .badRequest)
            #expect(response.headers.contentType?.description.contains("problem+json") == true)
            #expect((try t.object(response)["detail"] as? String)?.contains(reason) == true, "\(response.body.string)")
            #expect(try t.object(try await t.send(.GET, "/api/v1/organizations/acme/teams"))["total"] as? Int == 1)
        }
    }

    @Test func invalidUTF8IsRefusedNotReplaced() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            var body = ByteBuffer(string: #"{"name":"Caf"#)
            body.writeBytes([0xE9])
            body.writeString(#"","function":"billing-finance"}"#)
            var headers = try await Self.bearer(t)
            headers.contentType = .json
            let response = try await t.app.testing().sendRequest(.POST, "/api/v1/organizations/acme/teams", headers: headers, body: body)
            #expect(response.status == .badRequest)
            #expect(response.body.string.contains("byte 0xE9 is not UTF-8"))
        }
    }

    @Test(arguments: [("text/plain", team), ("application/x-www-form-urlencoded", "name=Billing&function=billing-finance"),
                      ("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nBilling\r\n--x--\r\n"),
                      ("application/json; charset=latin1", team)])
    func bodiesNotSentAsJSONGet415(contentType: String, body: String) async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            var headers = try await Self.bearer(t)
            headers.replaceOrAdd(name: .contentType, value: contentType)
            let response = try await t.app.testing().sendRequest(.POST, "/api/v1/organizations/acme/teams", headers: headers, body: ByteBuffer(string: body))
            #expect(response.status == .unsupportedMediaType)
            #expect(response.headers.contentType?.description.contains("problem+json") == true)
            #expect(try t.object(try await t.send(.GET, "/api/v1/organizations/acme/teams"))["total"] as? Int == 1)
        }
    }

    @Test func numbersStillFillNumberFieldsAndListsOfIdsStayLists() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let response = try await t.send(.POST, "/api/v1/organizations/acme/frictions", json: """
                {"touchpoint_id":"\(seed.touchpoint)","kind":"wait","description":"Queue","severity":4,"source":"internal-walk"}
                """)
            #expect(response.status == .created, "\(response.body.string)")
            let wrong = try await t.send(.POST, "/api/v1/organizations/acme/commitments",
                                         json: #"{"team_id":"\#(seed.team)","text":"Answer","goal_ids":[7]}"#)
            #expect(wrong.status == .badRequest)
            #expect(wrong.body.string.contains(#"Field \"goal_ids\" must be a list of strings; it is a list holding a number (7)."#))
        }
    }

    @Test func theSchemaOfEveryJSONBodyIsReadFromTheDocument() {
        #expect(APIBodyTypes.byOperation["post /api/v1/organizations/{org}/teams"]?["name"]?.isTextOnly == true)
        #expect(APIBodyTypes.byOperation["patch /api/v1/organizations/{org}/frictions/{id}"]?["severity"]?.types == ["integer"])
        #expect(APIBodyTypes.byOperation.count > 80)
    }
}
