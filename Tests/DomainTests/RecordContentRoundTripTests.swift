import Foundation
import Testing
import Domain

/// Fixed ids so parameterized cases are stable between runs.
enum IDs {
    static let a = UUID(uuidString: "00000000-0000-0000-0000-00000000000A")!
    static let b = UUID(uuidString: "00000000-0000-0000-0000-00000000000B")!
    static let c = UUID(uuidString: "00000000-0000-0000-0000-00000000000C")!
    static let d = UUID(uuidString: "00000000-0000-0000-0000-00000000000D")!
}

/// Parses `input` as `T`, returning the validation failure (nil when it parsed).
func failure<T: RecordContent>(_ type: T.Type, _ input: FormInput) -> ValidationFailure? {
    do {
        _ = try T.parse(input)
        return nil
    } catch {
        return error
    }
}

func failure<T: RecordContent>(_ type: T.Type, _ fields: [String: String]) -> ValidationFailure? {
    failure(type, FormInput(single: fields))
}

private func reparsed<T: RecordContent>(_ value: T) throws -> T {
    try T.parse(value.formInput)
}

@Suite("Record content round trips")
struct RecordContentRoundTripTests {
    static let samples: [any RecordContent] = [
        Organization(name: "Riverbend Water", purpose: "Clean water", brandPromise: "Always on"),
        Organization(name: "Acme", slug: "acme-co"),
        Team(name: "Billing", function: .billingFinance, parentTeamID: IDs.a),
        Team(name: "Leadership", function: .leadership),
        Person(name: "Dana Reyes", email: "dana@example.org", teamID: IDs.b, jobTitle: "Lead"),
        Person(name: "Sam"),
        StrategyGoal(title: "Fewer repeat calls", description: "Halve them", measure: "Calls per account"),
        Journey(name: "New connection", segment: "Households", description: "From apply to first bill"),
        Stage(journeyID: IDs.a, name: "Apply", description: "Fill in the form"),
        Touchpoint(stageID: IDs.a, name: "Online form", channel: .inPerson, owningTeamID: IDs.b,
                   expectedWaitMinutes: 30, effortMinutes: 0, description: "The long one"),
        Touchpoint(stageID: IDs.a, name: "Call", channel: .phone, owningTeamID: IDs.b),
        Handoff(fromTouchpointID: IDs.a, toTouchpointID: IDs.b, accountableTeamID: IDs.c,
                information: "Account number", customerRepeats: true),
        Handoff(fromTouchpointID: IDs.a, toTouchpointID: IDs.b, accountablePersonID: IDs.d),
        Handoff(fromTouchpointID: IDs.b, toTouchpointID: IDs.a),
        ProcessPolicy(kind: .policy, name: "Credit check", ownerTeamID: IDs.a, description: "Before connecting",
                      steps: ["Ask for ID", "Run the check"],
                      lastReviewed: CalendarDate(year: 2024, month: 2, day: 29), touchpointIDs: [IDs.b, IDs.c]),
        ProcessPolicy(kind: .practice, name: "Greeting"),
        Customer(accountName: "Hillside Farm", segment: "Agriculture", valueTier: .strategic),
        Customer(accountName: "Corner Shop"),
        Contact(customerID: IDs.a, name: "Lee", role: "Owner", email: "lee@farm.example"),
        FrictionPoint(target: .touchpoint(IDs.a), kind: .wait, description: "Long queue", severity: 4,
                      source: .secretShopper),
        FrictionPoint(target: .handoff(IDs.b), kind: .repeatInformation, description: "Asked twice",
                      severity: 1, source: .customer, status: .addressed),
        FrictionPoint(target: .process(IDs.c), kind: .policy, description: "Too strict", severity: 5,
                      source: .internalWalk, status: .closed),
    ]

    @Test("parse(x.formInput) == x", arguments: samples)
    func roundTrips(sample: any RecordContent) throws {
        func check<T: RecordContent>(_ value: T) throws {
            let again = try reparsed(value)
            #expect(again == value)
        }
        try check(sample)
    }

    @Test func stageAndTouchpointPositionsAreNotReadFromInput() throws {
        let stage = try Stage.parse(FormInput(single: ["journey_id": IDs.a.uuidString, "name": "Apply",
                                                        "position": "7"]))
        #expect(stage.position == 0)
        let touchpoint = try Touchpoint.parse(FormInput(single: [
            "stage_id": IDs.a.uuidString, "name": "Call", "channel": "phone",
            "owning_team_id": IDs.b.uuidString, "position": "3",
        ]))
        #expect(touchpoint.position == 0)
        #expect(touchpoint.expectedWaitMinutes == nil)
        #expect(touchpoint.effortMinutes == nil)
    }

    @Test func handoffFormInputMarksRepeatsOnlyWhenTrue() {
        let repeats = Handoff(fromTouchpointID: IDs.a, toTouchpointID: IDs.b, customerRepeats: true).formInput
        let quiet = Handoff(fromTouchpointID: IDs.a, toTouchpointID: IDs.b).formInput
        #expect(repeats.value("customer_repeats") == "on")
        #expect(quiet.value("customer_repeats") == nil)
    }

    @Test func processFormInputJoinsStepsAndListsTouchpoints() {
        let input = ProcessPolicy(kind: .process, name: "P", steps: ["One", "Two"],
                                  lastReviewed: CalendarDate(year: 2023, month: 1, day: 9),
                                  touchpointIDs: [IDs.a, IDs.b]).formInput
        #expect(input["steps"] == "One\nTwo")
        #expect(input["last_reviewed"] == "2023-01-09")
        #expect(input.values("touchpoint_ids") == [IDs.a.uuidString, IDs.b.uuidString])
    }

    @Test func frictionFormInputUsesTargetField() {
        let input = FrictionPoint(target: .handoff(IDs.b), kind: .effort, description: "d", severity: 3,
                                  source: .customer).formInput
        #expect(input["target"] == "handoff:\(IDs.b.uuidString)")
        #expect(input["status"] == "open")
        #expect(input["severity"] == "3")
    }
}
