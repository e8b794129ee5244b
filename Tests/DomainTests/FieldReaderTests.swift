import Foundation
import Testing
import Domain

private func reader(_ fields: [String: String]) -> FieldReader {
    FieldReader(FormInput(single: fields))
}

@Suite("FieldReader")
struct FieldReaderTests {
    @Test("Required text that is missing or blank names its label", arguments: [nil, "", "   ", "\n\t"] as [String?])
    func requiredTextMissing(value: String?) {
        var r = reader(value.map { ["name": $0] } ?? [:])
        let text = r.text("name", "Name")
        #expect(text == "")
        #expect(r.errors == [FieldError(field: "name", message: "Name is required.")])
    }

    @Test func requiredTextIsTrimmed() {
        var r = reader(["name": "  Ada  "])
        #expect(r.text("name", "Name") == "Ada")
        #expect(r.errors.isEmpty)
    }

    @Test func textLongerThanMaxLengthIsRejected() {
        var r = reader(["name": "abcdef", "short": "abcde"])
        _ = r.text("name", "Name", maxLength: 5)
        _ = r.text("short", "Short", maxLength: 5)
        #expect(r.errors == [FieldError(field: "name", message: "Name must be at most 5 characters (it has 6).")])
    }

    @Test func optionalTextMayBeAbsentButNotTooLong() {
        var r = reader(["notes": String(repeating: "x", count: 11)])
        #expect(r.optionalText("missing", "Missing") == "")
        _ = r.optionalText("notes", "Notes", maxLength: 10)
        #expect(r.errors.map(\.field) == ["notes"])
        #expect(r.errors.first?.message == "Notes must be at most 10 characters (it has 11).")
    }

    @Test func choiceAcceptsRawValue() {
        var r = reader(["function": "customer-service"])
        #expect(r.choice("function", "Function", as: TeamFunction.self) == .customerService)
        #expect(r.errors.isEmpty)
    }

    @Test func choiceWithBadValueListsAllowedValues() {
        var r = reader(["status": "done"])
        #expect(r.choice("status", "Status", as: FrictionStatus.self) == nil)
        #expect(r.errors == [FieldError(field: "status", message: "Status must be one of: open, addressed, closed.")])
    }

    @Test func choiceMissingIsRequired() {
        var r = reader([:])
        #expect(r.choice("kind", "Kind", as: ProcessKind.self) == nil)
        #expect(r.errors.first?.message == "Kind is required.")
    }

    @Test(arguments: ["-1", "11", "abc", "2.5", "1e3"])
    func optionalIntRejectsOutOfRangeOrNonNumeric(value: String) {
        var r = reader(["n": value])
        #expect(r.optionalInt("n", "Count", in: 0...10) == nil)
        #expect(r.errors == [FieldError(field: "n", message: "Count must be a whole number from 0 to 10.")])
    }

    @Test(arguments: [("0", 0), ("10", 10), (" 7 ", 7)])
    func optionalIntAcceptsBounds(value: String, expected: Int) {
        var r = reader(["n": value])
        #expect(r.optionalInt("n", "Count", in: 0...10) == expected)
        #expect(r.errors.isEmpty)
    }

    @Test func optionalIntAbsentIsNil() {
        var r = reader([:])
        #expect(r.optionalInt("n", "Count", in: 0...10) == nil)
        #expect(r.errors.isEmpty)
    }

    @Test func intMissingIsRequiredAndFallsBackToLowerBound() {
        var r = reader([:])
        #expect(r.int("severity", "Severity", in: 1...5) == 1)
        #expect(r.errors.first?.message == "Severity is required.")
    }

    @Test func idWithMalformedUUID() {
        var r = reader(["journey_id": "not-a-uuid"])
        #expect(r.id("journey_id", "Journey") == nil)
        #expect(r.errors == [FieldError(field: "journey_id", message: "Journey is not a known record.")])
    }

    @Test func idMissingIsRequiredButOptionalIDIsNot() {
        var r = reader([:])
        #expect(r.optionalID("team_id", "Team") == nil)
        #expect(r.errors.isEmpty)
        #expect(r.id("journey_id", "Journey") == nil)
        #expect(r.errors == [FieldError(field: "journey_id", message: "Journey is required.")])
    }

    @Test func idParsesLowercaseUUID() throws {
        let id = UUID()
        var r = reader(["id": id.uuidString.lowercased()])
        #expect(r.id("id", "Thing") == id)
        #expect(r.errors.isEmpty)
    }

    @Test func idsDeduplicatesAndReportsBadEntries() {
        let a = UUID(), b = UUID()
        var r = FieldReader(FormInput(["ids": [a.uuidString, "bad", a.uuidString, "", b.uuidString, "worse"]]))
        #expect(r.ids("ids", "Touchpoints") == [a, b])
        #expect(r.errors == [FieldError(field: "ids", message: "Touchpoints contains an unknown record.")])
    }

    @Test func idsWithOnlyGoodEntriesHasNoErrors() {
        let a = UUID(), b = UUID()
        var r = FieldReader(FormInput(["ids": [b.uuidString, " \(a.uuidString) "]]))
        #expect(r.ids("ids", "Touchpoints") == [b, a])
        #expect(r.ids("absent", "Absent") == [])
        #expect(r.errors.isEmpty)
    }

    @Test(arguments: ["a@b", "no-at", "a b@c.de", "@y.org", "x@.org", "x@y.", "x@@y.org", "x@y@z.org"])
    func optionalEmailRejects(value: String) {
        var r = reader(["email": value])
        _ = r.optionalEmail("email", "Email")
        #expect(r.errors == [FieldError(field: "email", message: "Email must look like name@example.org.")])
    }

    @Test(arguments: ["x@y.org", "first.last@mail.example.com"])
    func optionalEmailAccepts(value: String) {
        var r = reader(["email": value])
        #expect(r.optionalEmail("email", "Email") == value)
        #expect(r.errors.isEmpty)
    }

    @Test func optionalEmailAbsentIsEmpty() {
        var r = reader([:])
        #expect(r.optionalEmail("email", "Email") == "")
        #expect(r.errors.isEmpty)
    }

    @Test(arguments: ["2024-02-30", "2024-2-1", "2023-02-29", "2024-13-01", "24-01-01", "2024/01/01", "yesterday"])
    func optionalDateRejects(value: String) {
        var r = reader(["d": value])
        #expect(r.optionalDate("d", "Last reviewed") == nil)
        #expect(r.errors == [FieldError(field: "d", message: "Last reviewed must be a date written as YYYY-MM-DD.")])
    }

    @Test func optionalDateAcceptsLeapDay() {
        var r = reader(["d": "2024-02-29"])
        #expect(r.optionalDate("d", "Date") == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(r.errors.isEmpty)
    }

    @Test(arguments: ["on", "true", "1", "yes", "ON", "True", " Yes "])
    func flagTrue(value: String) {
        #expect(reader(["f": value]).flag("f"))
    }

    @Test(arguments: ["off", "false", "0", "no", "", "y"])
    func flagFalse(value: String) {
        #expect(!reader(["f": value]).flag("f"))
    }

    @Test func flagAbsentIsFalse() {
        #expect(!reader([:]).flag("f"))
    }

    @Test func onlyTheFirstErrorPerFieldIsKept() {
        // An implausible address that is also too long: only the first problem is reported.
        var r = reader(["email": String(repeating: "x", count: 300)])
        _ = r.optionalEmail("email", "Email")
        r.fail("email", "Something else.")
        #expect(r.errors == [FieldError(field: "email", message: "Email must look like name@example.org.")])
    }

    @Test func finishThrowsAllErrorsAtOnce() {
        var r = reader(["function": "nope", "n": "99"])
        _ = r.text("name", "Name")
        _ = r.choice("function", "Function", as: ProcessKind.self)
        _ = r.optionalInt("n", "Number", in: 1...5)
        let failure = #expect(throws: ValidationFailure.self) { try r.finish() }
        #expect(failure?.errors.map(\.field) == ["name", "function", "n"])
        #expect(failure?.message(for: "function") == "Function must be one of: process, policy, practice.")
        #expect(failure?.message(for: "n") == "Number must be a whole number from 1 to 5.")
        #expect(failure?.message(for: "other") == nil)
    }

    @Test func finishReturnsWhenClean() throws {
        var r = reader(["name": "Ada"])
        _ = r.text("name", "Name")
        try r.finish()
    }
}
