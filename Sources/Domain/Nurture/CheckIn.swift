import Foundation

public enum CheckInStatus: String, Choice {
    case scheduled, done, cancelled

    public var label: String {
        switch self {
        case .scheduled: "Scheduled"
        case .done: "Done"
        case .cancelled: "Cancelled"
        }
    }
}

/// Nurture: going back to a customer some months after a conversation to ask how things feel now.
public struct CheckIn: RecordContent {
    public var customerID: UUID
    public var conversationID: UUID?
    public var dueDate: CalendarDate
    /// Who goes back to the customer: usually the person who listened.
    public var assigneeID: UUID?
    public var status: CheckInStatus
    /// "How do things feel now?" from 1 (much worse) to 5 (much better); recorded when done.
    public var feeling: Int?
    public var comment: String
    public var completedOn: CalendarDate?
    /// Months after the conversation, for check-ins Align scheduled itself; nil for ones added by hand.
    public var offsetMonths: Int?

    public init(customerID: UUID, conversationID: UUID? = nil, dueDate: CalendarDate, assigneeID: UUID? = nil,
                status: CheckInStatus = .scheduled, feeling: Int? = nil, comment: String = "", completedOn: CalendarDate? = nil,
                offsetMonths: Int? = nil) {
        self.customerID = customerID
        self.conversationID = conversationID
        self.dueDate = dueDate
        self.assigneeID = assigneeID
        self.status = status
        self.feeling = feeling
        self.comment = comment
        self.completedOn = completedOn
        self.offsetMonths = offsetMonths
    }

    public static let feelings = 1...5

    public static func feelingLabel(_ value: Int) -> String {
        ["1 – much worse", "2 – worse", "3 – about the same", "4 – better", "5 – much better"][value - 1]
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> CheckIn {
        var reader = FieldReader(input)
        let customer = reader.id("customer_id", "Customer")
        let conversation = reader.optionalID("conversation_id", "Conversation")
        let due = reader.optionalDate("due_date", "Due date")
        if input.value("due_date") == nil { reader.fail("due_date", "Due date is required.") }
        let assignee = reader.optionalID("assignee_id", "Who checks in")
        let status = input.value("status") == nil ? .scheduled : reader.choice("status", "Status", as: CheckInStatus.self)
        let feeling = reader.optionalInt("feeling", "How things feel now", in: feelings)
        let comment = reader.optionalText("comment", "Comment", maxLength: 10_000)
        let completed = reader.optionalDate("completed_on", "Done on")
        let offset = reader.optionalInt("offset_months", "Months after the conversation", in: 1...36)
        if status == .done {
            if feeling == nil && input.value("feeling") == nil { reader.fail("feeling", "Record how things feel now (1–5) to mark the check-in done.") }
            if completed == nil && input.value("completed_on") == nil { reader.fail("completed_on", "Done on is required once the check-in is done.") }
        }
        try reader.finish()
        let done = status == .done
        return CheckIn(customerID: customer!, conversationID: conversation, dueDate: due!, assigneeID: assignee, status: status!,
                       feeling: done ? feeling : nil, comment: comment, completedOn: done ? completed : nil, offsetMonths: offset)
    }

    public var formInput: FormInput {
        .from([("customer_id", customerID.uuidString), ("conversation_id", conversationID.formValue), ("due_date", dueDate.description),
               ("assignee_id", assigneeID.formValue), ("status", status.rawValue), ("feeling", feeling.formValue),
               ("comment", comment), ("completed_on", completedOn?.description), ("offset_months", offsetMonths.formValue)])
    }

    public func isOverdue(today: CalendarDate) -> Bool { status == .scheduled && dueDate < today }
}
