import Foundation
import Testing
@testable import Domain

/// "What is changing" notes: parsed by field, drafted from the change in the customer's terms.
@Suite struct ChangeNoteTests {
    static let change = PlannedChange(title: "Night line to a partner", kind: .outsourcing, today: "Our advisors answer at night.",
                                      tomorrow: "A partner answers from 8 pm,\nwith our script.", starts: CalendarDate(year: 2027, month: 2, day: 1)!,
                                      ends: CalendarDate(year: 2027, month: 4, day: 30)!, alters: [.team(UUID())])

    @Test func theDraftSaysWhenWhereAndWhatChangesAndWhoSigns() {
        let text = ChangeNoteDrafter.draft(.init(accountName: "Bakery", change: Self.change, touchpoints: ["Leaks line", "Triage call-back"],
                                                 signature: "Casey, Riverbend Water"))
        #expect(text.hasPrefix("Dear colleagues at Bakery,\n\nFrom 1 February 2027, something changes where you deal with us: “Leaks line” and “Triage call-back”."))
        #expect(text.contains("Until then: Our advisors answer at night.") && text.contains("From then on: A partner answers from 8 pm, with our script."))
        #expect(text.contains("under way until 30 April 2027") && text.hasSuffix("With thanks,\nCasey, Riverbend Water"))
    }

    @Test func withoutTouchpointsTodayOrAnEndItSaysLess() {
        var change = Self.change
        (change.today, change.ends) = ("", nil)
        let text = ChangeNoteDrafter.draft(.init(accountName: "Bakery", change: change, touchpoints: [], signature: ""))
        #expect(text.contains("something changes in how we serve you.") && !text.contains("Until then") && !text.contains("under way until"))
        #expect(text.hasSuffix("The team"))
    }

    @Test(arguments: [
        ([("customer_id", UUID().uuidString), ("body", "Hello")] as [(String, String?)], "change_id"),
        ([("change_id", UUID().uuidString), ("customer_id", UUID().uuidString), ("body", "Hello"), ("status", "sent")], "sent_on"),
        ([("change_id", UUID().uuidString), ("customer_id", UUID().uuidString), ("body", "")], "body"),
    ])
    func eachProblemIsNamedByItsField(_ pairs: [(String, String?)], _ field: String) {
        #expect(throws: ValidationFailure.self) { try ChangeNote.parse(.from(pairs)) }
        do { _ = try ChangeNote.parse(.from(pairs)) } catch { #expect(error.errors.map(\.field).contains(field)) }
    }

    @Test func aSentNoteKeepsItsDayAndADraftForgetsIt() throws {
        let ids = (UUID().uuidString, UUID().uuidString)
        let sent = try ChangeNote.parse(.from([("change_id", ids.0), ("customer_id", ids.1), ("body", "Hi"), ("status", "sent"), ("sent_on", "2027-01-10")]))
        #expect(sent.sentOn == CalendarDate(year: 2027, month: 1, day: 10))
        let draft = try ChangeNote.parse(.from([("change_id", ids.0), ("customer_id", ids.1), ("body", "Hi"), ("sent_on", "2027-01-10")]))
        #expect(draft.status == .draft && draft.sentOn == nil)
    }
}
