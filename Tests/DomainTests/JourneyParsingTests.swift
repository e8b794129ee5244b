import Foundation
import Testing
import Domain

@Suite("Stage, touchpoint and handoff parsing")
struct JourneyParsingTests {
    private func touchpointFields(_ extra: [String: String] = [:]) -> [String: String] {
        ["stage_id": IDs.a.uuidString, "name": "Call", "channel": "phone", "owning_team_id": IDs.b.uuidString]
            .merging(extra) { _, new in new }
    }

    @Test func stageNeedsAKnownJourney() {
        #expect(failure(Stage.self, ["name": "Apply"])?.errors
                == [FieldError(field: "journey_id", message: "Journey is required.")])
        #expect(failure(Stage.self, ["journey_id": "abc", "name": "Apply"])?.errors
                == [FieldError(field: "journey_id", message: "Journey is not a known record.")])
    }

    @Test func touchpointParsesEveryField() throws {
        let touchpoint = try Touchpoint.parse(FormInput(single: touchpointFields([
            "channel": "in-person", "expected_wait_minutes": "15", "effort_minutes": "5", "description": "Desk",
        ])))
        #expect(touchpoint == Touchpoint(stageID: IDs.a, name: "Call", channel: .inPerson, owningTeamID: IDs.b,
                                         expectedWaitMinutes: 15, effortMinutes: 5, description: "Desk"))
    }

    @Test(arguments: ["0", "43200"])
    func touchpointWaitAtTheBoundsIsAccepted(wait: String) throws {
        let touchpoint = try Touchpoint.parse(FormInput(single: touchpointFields(["expected_wait_minutes": wait])))
        #expect(touchpoint.expectedWaitMinutes == Int(wait))
    }

    @Test(arguments: ["43201", "-1", "soon"])
    func touchpointWaitOutsideTheRangeIsRejected(wait: String) {
        let error = failure(Touchpoint.self, touchpointFields(["expected_wait_minutes": wait]))
        #expect(error?.errors == [FieldError(field: "expected_wait_minutes",
                                             message: "Expected wait (minutes) must be a whole number from 0 to 43200.")])
    }

    @Test func touchpointEffortAboveAMonthIsRejected() {
        let error = failure(Touchpoint.self, touchpointFields(["effort_minutes": "50000"]))
        #expect(error?.message(for: "effort_minutes")
                == "Customer effort (minutes) must be a whole number from 0 to 43200.")
    }

    @Test func touchpointWithNothingReportsEachRequiredField() {
        let error = failure(Touchpoint.self, [:])
        #expect(error?.errors.map(\.field) == ["stage_id", "name", "channel", "owning_team_id"])
        #expect(error?.message(for: "owning_team_id") == "Owning team is required.")
    }

    @Test func touchpointRejectsUnknownChannel() {
        let error = failure(Touchpoint.self, touchpointFields(["channel": "fax"]))
        #expect(error?.message(for: "channel") == "Channel must be one of: phone, web, email, app, in-person, mail, chat, social.")
    }

    @Test func handoffFromEqualToIsRejected() {
        let error = failure(Handoff.self, ["from_touchpoint_id": IDs.a.uuidString,
                                           "to_touchpoint_id": IDs.a.uuidString.lowercased()])
        #expect(error?.errors == [FieldError(
            field: "to_touchpoint_id",
            message: "To touchpoint must differ from the touchpoint the handoff starts at.")])
    }

    @Test func handoffWithBothTeamAndPersonIsRejected() {
        let error = failure(Handoff.self, ["from_touchpoint_id": IDs.a.uuidString,
                                           "to_touchpoint_id": IDs.b.uuidString,
                                           "accountable_team_id": IDs.c.uuidString,
                                           "accountable_person_id": IDs.d.uuidString])
        #expect(error?.errors == [FieldError(
            field: "accountable_person_id",
            message: "Choose one accountable owner: a team or a person, not both.")])
    }

    @Test func handoffWithNeitherOwnerIsValidAndUnowned() throws {
        let handoff = try Handoff.parse(FormInput(single: ["from_touchpoint_id": IDs.a.uuidString,
                                                           "to_touchpoint_id": IDs.b.uuidString]))
        #expect(handoff.isUnowned)
        #expect(handoff.accountableTeamID == nil)
        #expect(handoff.accountablePersonID == nil)
        #expect(!handoff.customerRepeats)
    }

    @Test func handoffWithOneOwnerIsOwned() throws {
        let byTeam = try Handoff.parse(FormInput(single: ["from_touchpoint_id": IDs.a.uuidString,
                                                          "to_touchpoint_id": IDs.b.uuidString,
                                                          "accountable_team_id": IDs.c.uuidString]))
        let byPerson = try Handoff.parse(FormInput(single: ["from_touchpoint_id": IDs.a.uuidString,
                                                            "to_touchpoint_id": IDs.b.uuidString,
                                                            "accountable_person_id": IDs.d.uuidString,
                                                            "customer_repeats": "on"]))
        #expect(!byTeam.isUnowned)
        #expect(byTeam.accountableTeamID == IDs.c)
        #expect(!byPerson.isUnowned)
        #expect(byPerson.accountablePersonID == IDs.d)
        #expect(byPerson.customerRepeats)
    }

    @Test func handoffNeedsBothEnds() {
        let error = failure(Handoff.self, ["accountable_team_id": "nope"])
        #expect(error?.errors.map(\.field) == ["from_touchpoint_id", "to_touchpoint_id", "accountable_team_id"])
        #expect(error?.message(for: "from_touchpoint_id") == "From touchpoint is required.")
        #expect(error?.message(for: "accountable_team_id") == "Accountable team is not a known record.")
    }
}
