import Foundation
import Testing
@testable import Domain

// `failure(_:_:)` and `IDs` come from RecordContentRoundTripTests.swift.

@Suite("Nurture parsing")
struct NurtureParsingTests {
    func note(_ fields: [String: String]) -> [String: String] {
        ["conversation_id": IDs.a.uuidString, "body": "Thank you for lunch."].merging(fields) { $1 }
    }

    func checkIn(_ fields: [String: String]) -> [String: String] {
        ["customer_id": IDs.a.uuidString, "due_date": "2027-03-01"].merging(fields) { $1 }
    }

    func settings(_ fields: [String: String]) -> [String: String] {
        ["check_in_months": "3, 6", "reminder_days_before": "2", "fatigue_limit": "3", "fatigue_window_days": "90"]
            .merging(fields) { $1 }
    }

    /// NurtureSettings is not a RecordContent, so it has its own failure helper.
    func settingsFailure(_ fields: [String: String]) -> ValidationFailure? {
        do {
            _ = try NurtureSettings.parse(FormInput(single: fields))
            return nil
        } catch {
            return error
        }
    }

    @Test func aNoteIsADraftUntilSent() throws {
        let draft = try FollowUpNote.parse(FormInput(single: note(["sent_on": "2026-12-01"])))
        #expect(draft.status == .draft)
        #expect(draft.sentOn == nil, "a draft keeps no sent date")
        let sent = try FollowUpNote.parse(FormInput(single: note(["status": "sent", "sent_on": "2026-12-01"])))
        #expect(sent.status == .sent && sent.sentOn == CalendarDate(year: 2026, month: 12, day: 1))
    }

    @Test func aSentNoteNeedsItsDateAndANoteNeedsABody() {
        #expect(failure(FollowUpNote.self, note(["status": "sent"]))?.errors.map(\.field) == ["sent_on"])
        #expect(failure(FollowUpNote.self, note(["status": "posted"]))?.errors.map(\.field) == ["status"])
        #expect(failure(FollowUpNote.self, [:])?.errors.map(\.field) == ["conversation_id", "body"])
    }

    @Test func aCheckInIsScheduledByDefault() throws {
        let parsed = try CheckIn.parse(FormInput(single: checkIn([:])))
        #expect(parsed.status == .scheduled && parsed.feeling == nil && parsed.completedOn == nil && parsed.offsetMonths == nil)
        #expect(failure(CheckIn.self, checkIn(["due_date": ""]))?.errors.map(\.field) == ["due_date"])
    }

    @Test func aDoneCheckInNeedsAFeelingAndADate() throws {
        #expect(failure(CheckIn.self, checkIn(["status": "done"]))?.errors.map(\.field) == ["feeling", "completed_on"])
        let done = try CheckIn.parse(FormInput(single: checkIn(["status": "done", "feeling": "4", "completed_on": "2027-03-02"])))
        #expect(done.feeling == 4)
        #expect(done.completedOn == CalendarDate(year: 2027, month: 3, day: 2))
    }

    @Test func feelingAndDateAreDroppedUnlessDone() throws {
        for status in ["scheduled", "cancelled"] {
            let parsed = try CheckIn.parse(FormInput(single: checkIn(["status": status, "feeling": "2", "completed_on": "2027-03-02"])))
            #expect(parsed.feeling == nil && parsed.completedOn == nil, "\(status)")
        }
    }

    @Test(arguments: [["feeling": "0"], ["feeling": "6"], ["offset_months": "37"], ["offset_months": "0"], ["status": "late"]])
    func outOfRangeCheckInValuesAreRefused(fields: [String: String]) {
        #expect(failure(CheckIn.self, checkIn(fields))?.errors.map(\.field) == Array(fields.keys))
    }

    @Test func checkInsAreOverdueOnlyWhileScheduled() {
        let due = CalendarDate(year: 2027, month: 3, day: 1)!, after = CalendarDate(year: 2027, month: 3, day: 2)!
        #expect(CheckIn(customerID: IDs.a, dueDate: due).isOverdue(today: after))
        #expect(!CheckIn(customerID: IDs.a, dueDate: due).isOverdue(today: due))
        #expect(!CheckIn(customerID: IDs.a, dueDate: due, status: .done).isOverdue(today: after))
        #expect(CheckIn.feelingLabel(3) == "3 – about the same")
    }

    @Test(arguments: [("3, 6", [3, 6]), ("3 6", [3, 6]), ("12;1", [1, 12]), ("6, 3, 6", [3, 6]), ("", []), ("36", [36])] as [(String, [Int])])
    func checkInMonthsParse(text: String, months: [Int]) throws {
        #expect(try NurtureSettings.parse(FormInput(single: settings(["check_in_months": text]))).checkInMonths == months)
    }

    @Test(arguments: ["0", "37", "three", "3, 6.5", "1,2,3,4,5,6,7"])
    func badCheckInMonthsAreRefused(text: String) {
        #expect(settingsFailure(settings(["check_in_months": text]))?.errors.map(\.field) == ["check_in_months"])
    }

    @Test func settingsNeedEveryNumberInRange() {
        #expect(settingsFailure(["check_in_months": "3"])?.errors.map(\.field)
                == ["reminder_days_before", "fatigue_limit", "fatigue_window_days"])
        #expect(settingsFailure(settings(["fatigue_window_days": "6"]))?.errors.map(\.field) == ["fatigue_window_days"])
        #expect(settingsFailure(settings(["reminder_days_before": "31"]))?.errors.map(\.field) == ["reminder_days_before"])
    }

    @Test(arguments: ["https://hooks.example.org/align", "http://localhost:8080/hook", "HTTPS://example.org"])
    func webAddressesAreAccepted(url: String) throws {
        #expect(try NurtureSettings.parse(FormInput(single: settings(["webhook_url": url]))).webhookURL == url)
    }

    @Test(arguments: ["ftp://example.org/hook", "hooks.example.org", "https://", "mailto:ops@example.org", "https://exa mple.org"])
    func otherWebhookURLsAreRefused(url: String) {
        #expect(settingsFailure(settings(["webhook_url": url]))?.errors.map(\.field) == ["webhook_url"])
    }

    @Test func settingsRoundTripAndABlankWebhookIsNone() throws {
        let parsed = try NurtureSettings.parse(FormInput(single: settings(["webhook_url": "  "])))
        #expect(parsed == NurtureSettings.default)
        let custom = NurtureSettings(checkInMonths: [1, 12], reminderDaysBefore: 0, fatigueLimit: 5, fatigueWindowDays: 7,
                                     webhookURL: "https://example.org/h")
        #expect(try NurtureSettings.parse(custom.formInput) == custom)
    }

    @Test func checkInsFallDueMonthsLaterKeptWithinTheMonth() {
        let settings = NurtureSettings(checkInMonths: [1, 3, 13])
        let dues = settings.checkIns(after: CalendarDate(year: 2026, month: 1, day: 31)!)
        #expect(dues.map { $0.months } == [1, 3, 13])
        #expect(dues.map { $0.due.description } == ["2026-02-28", "2026-04-30", "2027-02-28"])
        #expect(NurtureSettings(checkInMonths: []).checkIns(after: CalendarDate(year: 2026, month: 1, day: 1)!).isEmpty)
    }
}

@Suite("Follow-up drafter")
struct FollowUpDrafterTests {
    let date = CalendarDate(year: 2026, month: 11, day: 29)!

    func input(names: [String] = ["Dana Reyes"], format: ConversationFormat = .lunch, heard: [FollowUpDrafter.Heard] = [],
               planned: [FollowUpDrafter.Planned] = [], next: CalendarDate? = nil, signature: String = "Sam, Customer Care") -> FollowUpDrafter.Input {
        FollowUpDrafter.Input(greetingNames: names, accountName: "Hillside Farm", date: date, format: format, heard: heard,
                              planned: planned, nextCheckIn: next, signature: signature)
    }

    @Test func greetingsUseFirstNames() {
        #expect(FollowUpDrafter.greeting(["Dana Reyes"], account: "X") == "Dana")
        #expect(FollowUpDrafter.greeting(["Dana Reyes", "Lee"], account: "X") == "Dana and Lee")
        #expect(FollowUpDrafter.greeting(["Ana Lima", "Ben Ng", "Cy Oduya"], account: "X") == "Ana, Ben and Cy")
        #expect(FollowUpDrafter.greeting([], account: "Hillside Farm") == "colleagues at Hillside Farm")
        #expect(FollowUpDrafter.greeting([""], account: "Hillside Farm") == "colleagues at Hillside Farm")
    }

    @Test func theDraftOpensWithTheGreetingAndTheOccasion() {
        let text = FollowUpDrafter.draft(input(names: ["Dana Reyes", "Lee Park"], format: .siteVisit))
        #expect(text.hasPrefix("Dear Dana and Lee,\n\nThank you for welcoming us on site on 29 November 2026."))
        #expect(FollowUpDrafter.draft(input(names: [])).hasPrefix("Dear colleagues at Hillside Farm,"))
    }

    @Test func theCustomersWordsAreQuotedUnderTheirHeadings() {
        let text = FollowUpDrafter.draft(input(heard: [.init(text: "The reader always knocks", kind: .worksWell),
                                                       .init(text: "Bills arrive\nlate", kind: .friction)]))
        #expect(text.contains("What you told us works well:\n- “The reader always knocks”"))
        #expect(text.contains("What you asked us to look at:\n- “Bills arrive late”"))
    }

    @Test func emptySectionsAreLeftOutAndLongWordsShortened() {
        let text = FollowUpDrafter.draft(input(heard: [.init(text: String(repeating: "a", count: 320), kind: .question)]))
        #expect(!text.contains("works well:"))
        #expect(text.contains("- “" + String(repeating: "a", count: 297) + "…”"))
        #expect(FollowUpDrafter.draft(input(heard: (1...10).map { FollowUpDrafter.Heard(text: "Item \($0)", kind: .suggestion) }))
            .split(separator: "\n").filter { $0.hasPrefix("- “") }.count == 8)
    }

    @Test func withNothingPlannedItPromisesToWriteAgain() {
        let text = FollowUpDrafter.draft(input())
        #expect(text.contains("we will write to you again with what we plan to change."))
        #expect(!text.contains("What we are doing about it:"))
    }

    @Test func plannedInitiativesAreListedWithStageAndDate() {
        let planned = FollowUpDrafter.Planned(title: "Two-hour visit windows", status: .inProgress,
                                              dueDate: CalendarDate(year: 2027, month: 1, day: 15)!)
        let text = FollowUpDrafter.draft(input(planned: [planned]))
        #expect(text.contains("What we are doing about it:\n- Two-hour visit windows (under way, planned by 15 January 2027)"))
        #expect(!text.contains("write to you again"))
    }

    @Test func theCheckInDateAndSignatureClose() {
        let text = FollowUpDrafter.draft(input(next: CalendarDate(year: 2027, month: 3, day: 1)!, signature: ""))
        #expect(text.contains("We will get in touch around 1 March 2027 to ask how things feel then."))
        #expect(text.hasSuffix("\n\nWith thanks,\nThe team"))
        #expect(!FollowUpDrafter.draft(input()).contains("get in touch"))
        #expect(FollowUpDrafter.draft(input()).hasSuffix("With thanks,\nSam, Customer Care"))
    }

    @Test func alignNeverDefendsOrExplains() {
        let heard = FeedbackKind.allCases.map { FollowUpDrafter.Heard(text: "Something about the \($0.label) side", kind: $0) }
        for format in ConversationFormat.allCases {
            for status in InitiativeStatus.allCases {
                for planned: [FollowUpDrafter.Planned] in [[], [FollowUpDrafter.Planned(title: "New route", status: status, dueDate: date)]] {
                    let text = FollowUpDrafter.draft(input(names: ["Dana Reyes", "Lee"], format: format, heard: heard, planned: planned,
                                                           next: date.adding(months: 3)))
                    let words = Set(text.lowercased().split { !$0.isLetter }.map(String.init))
                    #expect(words.isDisjoint(with: ["but", "because", "unfortunately", "however"]), "\(format) \(status)")
                }
            }
        }
    }
}
