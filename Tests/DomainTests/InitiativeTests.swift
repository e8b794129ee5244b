import Foundation
import Testing
@testable import Domain

// `failure(_:_:)` and `IDs` come from RecordContentRoundTripTests.swift.

@Suite("Initiative, change and capability parsing")
struct InitiativeParsingTests {
    let valid = ["title": "Read meters on the day promised", "due_date": "2027-03-31", "owner_team_id": IDs.a.uuidString]

    func with(_ changes: [String: String]) -> [String: String] { valid.merging(changes) { $1 } }

    @Test func aValidInitiativeStartsProposed() throws {
        let initiative = try Initiative.parse(FormInput(single: valid))
        #expect(initiative.title == "Read meters on the day promised")
        #expect(initiative.dueDate == CalendarDate(year: 2027, month: 3, day: 31))
        #expect(initiative.ownerTeamID == IDs.a)
        #expect(initiative.ownerPersonID == nil)
        #expect(initiative.status == .proposed)
        #expect(initiative.themes.isEmpty && initiative.frictionIDs.isEmpty)
    }

    @Test func emptyInputNamesTitleOwnerAndDueDate() {
        #expect(failure(Initiative.self, [:])?.errors.map(\.field) == ["title", "owner_team_id", "due_date"])
        #expect(failure(Initiative.self, [:])?.message(for: "due_date") == "Due date is required.")
    }

    @Test func aPersonAloneOrBothMayOwnIt() throws {
        var personOnly = valid
        personOnly["owner_team_id"] = nil
        personOnly["owner_person_id"] = IDs.b.uuidString
        let byPerson = try Initiative.parse(FormInput(single: personOnly))
        #expect(byPerson.ownerPersonID == IDs.b && byPerson.ownerTeamID == nil)
        let byBoth = try Initiative.parse(FormInput(single: with(["owner_person_id": IDs.b.uuidString])))
        #expect(byBoth.ownerTeamID == IDs.a && byBoth.ownerPersonID == IDs.b)
    }

    @Test func anUnknownOwnerIsReportedOnce() {
        let errors = failure(Initiative.self, with(["owner_team_id": "not-an-id"]))?.errors
        #expect(errors == [FieldError(field: "owner_team_id", message: "Owner team is not a known record.")])
    }

    @Test func aBadDueDateIsRefused() {
        let failed = failure(Initiative.self, with(["due_date": "2027-02-30"]))
        #expect(failed?.errors.map(\.field) == ["due_date"])
        #expect(failed?.message(for: "due_date") == "Due date must be a date written as YYYY-MM-DD.")
    }

    @Test func statusInInputIsRefusedEvenWhenValid() {
        #expect(failure(Initiative.self, with(["status": "done"]))?.errors.map(\.field) == ["status"])
        #expect(failure(Initiative.self, with(["status": "proposed"]))?.errors.map(\.field) == ["status"])
    }

    @Test func aTitleOver160CharactersIsRefused() {
        #expect(failure(Initiative.self, with(["title": String(repeating: "x", count: 161)]))?.errors.map(\.field) == ["title"])
        #expect(failure(Initiative.self, with(["title": String(repeating: "x", count: 160)])) == nil)
    }

    @Test func themesAreTrimmedAndDedupedIgnoringCase() throws {
        var input = FormInput(single: valid)
        input.fields["themes"] = ["Billing", " billing ", "", "Meter reads", "BILLING", "meter READS", "Visits"]
        #expect(try Initiative.parse(input).themes == ["Billing", "Meter reads", "Visits"])
    }

    @Test func tooManyOrTooLongThemesAreRefused() {
        var many = FormInput(single: valid)
        many.fields["themes"] = (1...51).map { "Theme \($0)" }
        #expect(failure(Initiative.self, many)?.errors.map(\.field) == ["themes"])
        var long = FormInput(single: valid)
        long.fields["themes"] = [String(repeating: "y", count: 121)]
        #expect(failure(Initiative.self, long)?.errors.map(\.field) == ["themes"])
    }

    @Test func frictionIDsAreDedupedAndCheckedFor() throws {
        var input = FormInput(single: valid)
        input.fields["friction_ids"] = [IDs.c.uuidString, IDs.d.uuidString, IDs.c.uuidString]
        #expect(try Initiative.parse(input).frictionIDs == [IDs.c, IDs.d])
        input.fields["friction_ids"] = ["nope"]
        #expect(failure(Initiative.self, input)?.errors.map(\.field) == ["friction_ids"])
    }

    @Test func formInputRoundTrips() throws {
        let initiative = Initiative(title: "New route", description: "Two visits", ownerTeamID: IDs.a, ownerPersonID: IDs.b,
                                    dueDate: CalendarDate(year: 2027, month: 1, day: 15)!, frictionIDs: [IDs.c], themes: ["Visits"])
        #expect(try Initiative.parse(initiative.formInput) == initiative)
    }

    @Test func onlyOpenWorkPastItsDueDateIsOverdue() {
        let due = CalendarDate(year: 2026, month: 11, day: 20)!
        let dayAfter = CalendarDate(year: 2026, month: 11, day: 21)!
        for status in [InitiativeStatus.proposed, .approved, .inProgress] {
            #expect(Initiative(title: "T", dueDate: due, status: status).isOverdue(today: dayAfter))
            #expect(!Initiative(title: "T", dueDate: due, status: status).isOverdue(today: due), "due today is not overdue")
        }
        #expect(!Initiative(title: "T", dueDate: due, status: .done).isOverdue(today: dayAfter))
        #expect(!Initiative(title: "T", dueDate: due, status: .verified).isOverdue(today: dayAfter))
    }

    // MARK: InitiativeChange

    func change(_ fields: [String: String]) -> [String: String] {
        ["initiative_id": IDs.a.uuidString, "tomorrow": "Book a two-hour window"].merging(fields) { $1 }
    }

    @Test func changeTargetsParseFromTheFormValue() throws {
        let process = try InitiativeChange.parse(FormInput(single: change(["target": "process:\(IDs.b.uuidString)"])))
        #expect(process.target == .process(IDs.b) && !process.changesOwner)
        let handoff = try InitiativeChange.parse(FormInput(single: change(["target": "handoff:\(IDs.c.uuidString)",
                                                                           "new_accountable_team_id": IDs.d.uuidString])))
        #expect(handoff.target == .handoff(IDs.c))
        #expect(handoff.newAccountableTeamID == IDs.d && handoff.changesOwner)
    }

    @Test func changeTargetsParseFromExactlyOneAPIField() throws {
        #expect(try InitiativeChange.parse(FormInput(single: change(["process_id": IDs.b.uuidString]))).target == .process(IDs.b))
        #expect(try InitiativeChange.parse(FormInput(single: change(["handoff_id": IDs.c.uuidString]))).target == .handoff(IDs.c))
        #expect(failure(InitiativeChange.self, change(["process_id": IDs.b.uuidString, "handoff_id": IDs.c.uuidString]))?
            .errors.map(\.field) == ["target"])
        #expect(failure(InitiativeChange.self, change([:]))?.errors.map(\.field) == ["target"])
        #expect(failure(InitiativeChange.self, change(["process_id": "zzz"]))?.errors.map(\.field) == ["process_id"])
    }

    @Test(arguments: ["team:00000000-0000-0000-0000-00000000000A", "process:not-an-id", "process", "handoff:"])
    func badTargetsAreRefused(value: String) {
        #expect(failure(InitiativeChange.self, change(["target": value]))?.errors.map(\.field) == ["target"])
        #expect(ChangeTarget(formValue: value) == nil)
    }

    @Test func changeTargetFormValueRoundTrips() {
        for target in [ChangeTarget.process(IDs.a), .handoff(IDs.b)] {
            #expect(ChangeTarget(formValue: target.formValue) == target)
        }
        #expect(ChangeTarget.process(IDs.a).processID == IDs.a && ChangeTarget.process(IDs.a).handoffID == nil)
        #expect(ChangeTarget.handoff(IDs.b).handoffID == IDs.b && ChangeTarget.handoff(IDs.b).processID == nil)
    }

    @Test func onlyAHandoffTakesANewOwner() {
        let process = "process:\(IDs.b.uuidString)"
        #expect(failure(InitiativeChange.self, change(["target": process, "new_accountable_team_id": IDs.c.uuidString]))?
            .errors.map(\.field) == ["new_accountable_team_id"])
        #expect(failure(InitiativeChange.self, change(["target": process, "new_accountable_person_id": IDs.c.uuidString]))?
            .errors.map(\.field) == ["new_accountable_person_id"])
    }

    @Test func aHandoffTakesATeamOrAPersonNotBoth() throws {
        let both = change(["target": "handoff:\(IDs.b.uuidString)", "new_accountable_team_id": IDs.c.uuidString,
                           "new_accountable_person_id": IDs.d.uuidString])
        #expect(failure(InitiativeChange.self, both)?.errors.map(\.field) == ["new_accountable_person_id"])
        var person = both
        person["new_accountable_team_id"] = nil
        #expect(try InitiativeChange.parse(FormInput(single: person)).newAccountablePersonID == IDs.d)
    }

    @Test func aChangeNeedsItsInitiativeAndTomorrow() {
        let failed = failure(InitiativeChange.self, ["target": "process:\(IDs.b.uuidString)"])
        #expect(failed?.errors.map(\.field) == ["initiative_id", "tomorrow"])
    }

    // MARK: CapabilityNeed

    func need(_ fields: [String: String]) -> [String: String] {
        ["initiative_id": IDs.a.uuidString, "kind": "skill", "description": "Reading smart meters", "team_id": IDs.b.uuidString,
         "due_date": "2027-02-01"].merging(fields) { $1 }
    }

    @Test func aNeedDefaultsToOpen() throws {
        let parsed = try CapabilityNeed.parse(FormInput(single: need([:])))
        #expect(parsed.kind == .skill && parsed.teamID == IDs.b && parsed.status == .open && parsed.isOpen)
        #expect(try !CapabilityNeed.parse(FormInput(single: need(["status": "done"]))).isOpen)
    }

    @Test func aTeamIsRequiredUnlessItIsCustomerGuidance() throws {
        let failed = failure(CapabilityNeed.self, need(["team_id": "", "kind": "training"]))
        #expect(failed?.errors == [FieldError(field: "team_id", message: "Name the team that needs this training.")])
        let guidance = try CapabilityNeed.parse(FormInput(single: need(["team_id": "", "kind": "customer-guidance"])))
        #expect(guidance.kind == .customerGuidance && guidance.teamID == nil)
    }

    @Test func badKindStatusAndMissingDueDateAreRefused() {
        #expect(failure(CapabilityNeed.self, need(["kind": "magic"]))?.errors.map(\.field) == ["kind"])
        #expect(failure(CapabilityNeed.self, need(["status": "closed"]))?.errors.map(\.field) == ["status"])
        #expect(failure(CapabilityNeed.self, need(["due_date": " "]))?.errors.map(\.field) == ["due_date"])
    }
}

@Suite("Initiative workflow")
struct InitiativeWorkflowTests {
    func refusal(_ from: InitiativeStatus, _ to: InitiativeStatus, open: Int = 0, reason: String = "") -> InitiativeWorkflow.Refusal? {
        do {
            _ = try InitiativeWorkflow.move(from: from, to: to, openCapabilityNeeds: open, reason: reason)
            return nil
        } catch {
            return error
        }
    }

    @Test func statusesMoveOneStepForwardAndBackOnlyBeforeDone() {
        #expect(InitiativeWorkflow.moves(from: .proposed) == [.approved])
        #expect(InitiativeWorkflow.moves(from: .approved) == [.inProgress, .proposed])
        #expect(InitiativeWorkflow.moves(from: .inProgress) == [.done, .approved])
        #expect(InitiativeWorkflow.moves(from: .done) == [.verified])
        #expect(InitiativeWorkflow.moves(from: .verified).isEmpty)
    }

    @Test func ordinaryStepsSetNothingOff() throws {
        #expect(try InitiativeWorkflow.move(from: .proposed, to: .approved, openCapabilityNeeds: 3, reason: "").isEmpty)
        #expect(try InitiativeWorkflow.move(from: .approved, to: .inProgress, openCapabilityNeeds: 0, reason: "").isEmpty)
        #expect(try InitiativeWorkflow.move(from: .inProgress, to: .approved, openCapabilityNeeds: 0, reason: "").isEmpty)
    }

    @Test func doneAppliesChangesAndVerifiedQueuesClosingNotes() throws {
        #expect(try InitiativeWorkflow.move(from: .inProgress, to: .done, openCapabilityNeeds: 0, reason: "") == [.applyChanges])
        #expect(try InitiativeWorkflow.move(from: .done, to: .verified, openCapabilityNeeds: 2, reason: "") == [.queueClosingNotes])
    }

    @Test func skippingAStepIsRefusedNamingTheAllowedMoves() {
        #expect(refusal(.proposed, .inProgress)
            == InitiativeWorkflow.Refusal(field: "status", message: "From proposed an initiative moves to approved, one step at a time."))
        #expect(refusal(.approved, .done)?.message == "From approved an initiative moves to in progress or proposed, one step at a time.")
        #expect(refusal(.done, .inProgress)?.message == "From done an initiative moves to verified, one step at a time.")
    }

    @Test func stayingPutAndMovingOnFromVerifiedAreRefused() {
        #expect(refusal(.inProgress, .inProgress)?.message == "The initiative is already in progress.")
        #expect(refusal(.verified, .done) == InitiativeWorkflow.Refusal(field: "status", message: "A verified initiative does not move any more."))
    }

    @Test func doneWithOpenCapabilityNeedsNeedsAReason() throws {
        #expect(refusal(.inProgress, .done, open: 1, reason: "  \n")
            == InitiativeWorkflow.Refusal(field: "reason", message: "1 capability need is still open. Finish it first, or write why the initiative is done without it."))
        #expect(refusal(.inProgress, .done, open: 2)?.message
            == "2 capability needs are still open. Finish them first, or write why the initiative is done without them.")
        #expect(try InitiativeWorkflow.move(from: .inProgress, to: .done, openCapabilityNeeds: 2,
                                           reason: "Training runs next month") == [.applyChanges])
    }

    @Test func aReasonOver2000CharactersIsRefused() {
        #expect(refusal(.proposed, .approved, reason: String(repeating: "r", count: 2001))?.field == "reason")
        #expect(refusal(.proposed, .approved, reason: String(repeating: "r", count: 2000)) == nil)
    }
}
