import Foundation

/// A "what is changing" note to a customer who used the touchpoints a planned change reaches: Align drafts it from the
/// change, like the follow-up notes; someone edits it and marks it sent, so the change shows which customers were told.
public struct ChangeNote: RecordContent {
    public var changeID: UUID
    public var customerID: UUID
    public var body: String
    public var status: NoteStatus
    public var sentOn: CalendarDate?

    public init(changeID: UUID, customerID: UUID, body: String, status: NoteStatus = .draft, sentOn: CalendarDate? = nil) {
        (self.changeID, self.customerID, self.body, self.status, self.sentOn) = (changeID, customerID, body, status, sentOn)
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> ChangeNote {
        var reader = FieldReader(input)
        let change = reader.id("change_id", "Planned change")
        let customer = reader.id("customer_id", "Customer")
        let body = reader.text("body", "Note", maxLength: 20_000)
        let (status, sentOn) = NoteStatus.read(&reader)
        try reader.finish()
        return ChangeNote(changeID: change!, customerID: customer!, body: body, status: status!, sentOn: sentOn)
    }

    public var formInput: FormInput {
        .from([("change_id", changeID.uuidString), ("customer_id", customerID.uuidString), ("body", body), ("status", status.rawValue),
               ("sent_on", sentOn?.description)])
    }
}

/// Drafts the note that tells a customer, before it happens, what is changing where they meet the organization.
public enum ChangeNoteDrafter {
    public struct Input: Sendable {
        public var accountName: String
        public var change: PlannedChange
        /// The affected touchpoints this customer was heard on, by name.
        public var touchpoints: [String]
        public var signature: String

        public init(accountName: String, change: PlannedChange, touchpoints: [String], signature: String) {
            (self.accountName, self.change, self.touchpoints, self.signature) = (accountName, change, touchpoints, signature)
        }
    }

    public static func draft(_ input: Input) -> String {
        let change = input.change
        var lines = ["Dear colleagues at \(input.accountName),", ""]
        let places = input.touchpoints.prefix(4).map { "“\($0)”" }
        lines.append("From \(FollowUpDrafter.longDate(change.starts)), something changes "
            + (places.isEmpty ? "in how we serve you." : "where you deal with us: \(list(places))."))
        if !change.today.isEmpty {
            lines += ["", "Until then: " + oneLine(change.today)]
        }
        lines += ["", "From then on: " + oneLine(change.tomorrow)]
        if let ends = change.ends, ends != change.starts {
            lines += ["", "The change is under way until \(FollowUpDrafter.longDate(ends)); we will tell you if anything in it moves."]
        }
        lines += ["", "If this causes you any difficulty, reply to this note and we will talk it through before it happens.", "",
                  "With thanks,", input.signature.isEmpty ? "The team" : input.signature]
        return lines.joined(separator: "\n")
    }

    static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    }
}
