import Domain
import Foundation
import Testing

/// Planned changes read from forms: what they alter, their dates, every problem named by field.
@Suite struct PlannedChangeParsingTests {
    static let process = UUID(uuidString: "00000000-0000-0000-0000-0000000000b1")!, team = UUID(uuidString: "00000000-0000-0000-0000-0000000000b2")!

    static var valid: [String: [String]] {
        ["title": ["Move the out-of-hours line to a partner"], "kind": ["outsourcing"], "tomorrow": ["A partner answers from 18:00"],
         "starts": ["2027-02-01"], "alters": ["process:\(process.uuidString)", "team:\(team.uuidString)"]]
    }

    static func fields(_ fields: [String: [String]]) -> [String] {
        do {
            _ = try PlannedChange.parse(FormInput(fields))
            return []
        } catch {
            return error.errors.map(\.field)
        }
    }

    @Test func aChangeReadsBackFromItsOwnFormValues() throws {
        let change = try PlannedChange.parse(FormInput(Self.valid))
        #expect(change.alters == [.process(Self.process), .team(Self.team)])
        #expect(change.status == .planned && change.ends == nil && change.kind == .outsourcing)
        #expect(try PlannedChange.parse(change.formInput) == change)
    }

    /// Markup, formulas and line breaks are kept as written (escaped and neutralised on the way out); like every
    /// record field, only the blank space around the whole text is dropped.
    @Test func textIsKeptAsWritten() throws {
        var input = Self.valid
        input["tomorrow"] = ["  A partner answers\n =SUM(A1) <b>from 18:00</b>  "]
        #expect(try PlannedChange.parse(FormInput(input)).tomorrow == "A partner answers\n =SUM(A1) <b>from 18:00</b>")
    }

    @Test func aChangeMustAlterSomething() {
        var input = Self.valid
        input["alters"] = []
        #expect(Self.fields(input) == ["alters"])
    }

    @Test func aSubjectThatIsNotKindColonIDIsNamed() throws {
        var input = Self.valid
        input["alters"] = ["process:\(Self.process.uuidString)", "queue:\(Self.team.uuidString)"]
        do {
            _ = try PlannedChange.parse(FormInput(input))
            Issue.record("a subject of an unknown kind was accepted")
        } catch {
            #expect(error.errors.map(\.field) == ["alters"])
            #expect(error.errors.first?.message.contains("queue:") == true)
        }
    }

    @Test func theSameSubjectTwiceIsKeptOnce() throws {
        var input = Self.valid
        input["alters"] = ["process:\(Self.process.uuidString)", "process:\(Self.process.uuidString)"]
        #expect(try PlannedChange.parse(FormInput(input)).alters == [.process(Self.process)])
    }

    @Test func theStartIsRequiredAndTheEndComesAfterIt() {
        var input = Self.valid
        input["starts"] = nil
        #expect(Self.fields(input) == ["starts"])
        input["starts"] = ["2027-02-01"]
        input["ends"] = ["2027-01-31"]
        #expect(Self.fields(input) == ["ends"])
        input["ends"] = ["2027-02-01"]
        #expect(Self.fields(input).isEmpty)
    }

    @Test func titleKindAndTomorrowAreRequired() {
        var input = Self.valid
        (input["title"], input["kind"], input["tomorrow"]) = (nil, ["merger"], nil)
        #expect(Set(Self.fields(input)) == ["title", "kind", "tomorrow"])
    }
}
