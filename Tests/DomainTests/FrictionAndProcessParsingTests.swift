import Foundation
import Testing
import Domain

@Suite("Friction point and process/policy parsing")
struct FrictionAndProcessParsingTests {
    private func frictionFields(_ extra: [String: String]) -> [String: String] {
        ["kind": "wait", "description": "Long queue", "severity": "3", "source": "customer"]
            .merging(extra) { _, new in new }
    }

    @Test func frictionTargetFromFormField() throws {
        let point = try FrictionPoint.parse(FormInput(single: frictionFields(["target": "touchpoint:\(IDs.a.uuidString)"])))
        #expect(point.target == .touchpoint(IDs.a))
        #expect(point.target.touchpointID == IDs.a)
        #expect(point.target.handoffID == nil)
        #expect(point.kind == .wait)
        #expect(point.severity == 3)
        #expect(point.source == .customer)
    }

    @Test(arguments: ["touchpoint", "handoff", "process"])
    func frictionTargetFromExactlyOneAPIField(kind: String) throws {
        let point = try FrictionPoint.parse(FormInput(single: frictionFields(["\(kind)_id": IDs.b.uuidString])))
        let expected: FrictionTarget = switch kind {
        case "touchpoint": .touchpoint(IDs.b)
        case "handoff": .handoff(IDs.b)
        default: .process(IDs.b)
        }
        #expect(point.target == expected)
        #expect(point.target.formValue == "\(kind):\(IDs.b.uuidString)")
    }

    @Test func frictionFormTargetWinsOverAPIFields() throws {
        let point = try FrictionPoint.parse(FormInput(single: frictionFields([
            "target": "process:\(IDs.c.uuidString)", "touchpoint_id": IDs.a.uuidString,
            "handoff_id": IDs.b.uuidString,
        ])))
        #expect(point.target == .process(IDs.c))
    }

    @Test(arguments: [
        [:],
        ["touchpoint_id": IDs.a.uuidString, "handoff_id": IDs.b.uuidString],
        ["handoff_id": IDs.b.uuidString, "process_id": IDs.c.uuidString],
    ] as [[String: String]])
    func frictionWithZeroOrTwoTargetsIsRejected(targets: [String: String]) {
        let error = failure(FrictionPoint.self, frictionFields(targets))
        #expect(error?.errors == [FieldError(
            field: "target",
            message: "Attach the friction point to exactly one touchpoint, handoff or process/policy.")])
    }

    @Test(arguments: ["stage:\(IDs.a.uuidString)", "touchpoint:nope", "touchpoint", IDs.a.uuidString])
    func frictionWithBadFormTargetIsRejected(target: String) {
        let error = failure(FrictionPoint.self, frictionFields(["target": target]))
        #expect(error?.errors == [FieldError(
            field: "target", message: "Attached to must be a touchpoint, handoff or process/policy.")])
    }

    @Test func frictionWithMalformedAPIIdIsRejectedOnThatField() {
        let error = failure(FrictionPoint.self, frictionFields(["handoff_id": "h-1"]))
        #expect(error?.errors == [FieldError(field: "handoff_id", message: "Attached to is not a known record.")])
    }

    @Test(arguments: ["0", "6", "-2", "high"])
    func frictionSeverityOutsideOneToFiveIsRejected(severity: String) {
        let error = failure(FrictionPoint.self, frictionFields(["target": "handoff:\(IDs.a.uuidString)",
                                                                "severity": severity]))
        #expect(error?.errors == [FieldError(field: "severity", message: "Severity must be a whole number from 1 to 5.")])
    }

    @Test(arguments: [1, 5])
    func frictionSeverityBoundsAreAccepted(severity: Int) throws {
        let point = try FrictionPoint.parse(FormInput(single: frictionFields([
            "target": "handoff:\(IDs.a.uuidString)", "severity": String(severity),
        ])))
        #expect(point.severity == severity)
    }

    @Test func frictionStatusDefaultsToOpen() throws {
        let point = try FrictionPoint.parse(FormInput(single: frictionFields(["process_id": IDs.c.uuidString,
                                                                               "status": " "])))
        #expect(point.status == .open)
    }

    @Test func frictionStatusIsReadWhenGiven() throws {
        let point = try FrictionPoint.parse(FormInput(single: frictionFields(["process_id": IDs.c.uuidString,
                                                                               "status": "addressed"])))
        #expect(point.status == .addressed)
        #expect(failure(FrictionPoint.self, frictionFields(["process_id": IDs.c.uuidString, "status": "fixed"]))?
            .message(for: "status") == "Status must be one of: open, addressed, closed.")
    }

    @Test func frictionWithNothingReportsEachField() {
        let error = failure(FrictionPoint.self, [:])
        #expect(error?.errors.map(\.field) == ["target", "kind", "description", "severity", "source"])
    }

    @Test func processStepsSplitOnNewlinesDroppingBlankLines() throws {
        let process = try ProcessPolicy.parse(FormInput(single: [
            "kind": "process", "name": "Connect", "steps": "  Check address \n\n   \r\nBook crew\r\n\tVisit\t\n",
        ]))
        #expect(process.steps == ["Check address", "Book crew", "Visit"])
    }

    @Test func processWithoutStepsHasNone() throws {
        let process = try ProcessPolicy.parse(FormInput(single: ["kind": "policy", "name": "Refunds"]))
        #expect(process.steps == [])
        #expect(process.lastReviewed == nil)
        #expect(process.touchpointIDs == [])
        #expect(process.ownerTeamID == nil)
    }

    @Test(arguments: [(100, true), (101, false)])
    func processStepCountIsLimited(count: Int, accepted: Bool) {
        let steps = (1...count).map { "Step \($0)" }.joined(separator: "\n") + "\n\n\n"
        let error = failure(ProcessPolicy.self, ["kind": "process", "name": "Long", "steps": steps])
        if accepted {
            #expect(error == nil)
        } else {
            #expect(error?.errors == [FieldError(field: "steps", message: "Documented steps may have at most 100 lines.")])
        }
    }

    @Test func processTouchpointsAreDeduplicatedAndBadOnesReported() throws {
        let good = FormInput(["kind": ["practice"], "name": ["Greet"],
                              "touchpoint_ids": [IDs.b.uuidString, IDs.a.uuidString, IDs.b.uuidString]])
        #expect(try ProcessPolicy.parse(good).touchpointIDs == [IDs.b, IDs.a])
        let bad = FormInput(["kind": ["practice"], "name": ["Greet"], "touchpoint_ids": [IDs.a.uuidString, "tp-2"]])
        #expect(failure(ProcessPolicy.self, bad)?.errors
                == [FieldError(field: "touchpoint_ids", message: "Touchpoints contains an unknown record.")])
    }

    @Test func processReviewDateAndKindAreChecked() {
        let error = failure(ProcessPolicy.self, ["kind": "rule", "name": "X", "last_reviewed": "2023-02-29",
                                                 "owner_team_id": "ops"])
        #expect(error?.errors.map(\.field) == ["kind", "owner_team_id", "last_reviewed"])
        #expect(error?.message(for: "last_reviewed") == "Last reviewed must be a date written as YYYY-MM-DD.")
        #expect(error?.message(for: "owner_team_id") == "Owner team is not a known record.")
    }
}
