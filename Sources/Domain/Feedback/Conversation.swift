import Foundation

/// How a listening conversation with a customer took place.
public enum ConversationFormat: String, Choice {
    case lunch, coffee
    case siteVisit = "site-visit"
    case call, video, other

    public var label: String {
        switch self {
        case .lunch: "Lunch"
        case .coffee: "Coffee"
        case .siteVisit: "Site visit"
        case .call: "Call"
        case .video: "Video call"
        case .other: "Other"
        }
    }
}

/// A conversation held to listen to a customer, with the four guided prompts of a listening
/// conversation. What was heard is split into feedback items afterwards.
public struct Conversation: RecordContent {
    public var customerID: UUID
    public var contactIDs: [UUID]
    public var date: CalendarDate
    public var format: ConversationFormat
    /// People of the organization who took part.
    public var attendeeIDs: [UUID]
    public var worksWell: String
    public var doesNotWork: String
    public var mattersMost: String
    public var improvements: String

    public init(customerID: UUID, contactIDs: [UUID] = [], date: CalendarDate, format: ConversationFormat,
                attendeeIDs: [UUID] = [], worksWell: String = "", doesNotWork: String = "", mattersMost: String = "",
                improvements: String = "") {
        self.customerID = customerID
        self.contactIDs = contactIDs
        self.date = date
        self.format = format
        self.attendeeIDs = attendeeIDs
        self.worksWell = worksWell
        self.doesNotWork = doesNotWork
        self.mattersMost = mattersMost
        self.improvements = improvements
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> Conversation {
        var reader = FieldReader(input)
        let customer = reader.id("customer_id", "Customer")
        let contacts = reader.ids("contact_ids", "Contacts")
        let date = reader.optionalDate("date", "Date")
        if input.value("date") == nil { reader.fail("date", "Date is required.") }
        let format = reader.choice("format", "Format", as: ConversationFormat.self)
        let attendees = reader.ids("attendee_ids", "Attendees")
        let worksWell = reader.optionalText("works_well", "What works for them", maxLength: 10_000)
        let doesNotWork = reader.optionalText("does_not_work", "What doesn't work", maxLength: 10_000)
        let mattersMost = reader.optionalText("matters_most", "What matters most to their business", maxLength: 10_000)
        let improvements = reader.optionalText("improvements", "Improvements that would make the biggest difference", maxLength: 10_000)
        try reader.finish()
        return Conversation(customerID: customer!, contactIDs: contacts, date: date!, format: format!, attendeeIDs: attendees,
                            worksWell: worksWell, doesNotWork: doesNotWork, mattersMost: mattersMost, improvements: improvements)
    }

    public var formInput: FormInput {
        var input = FormInput.from([("customer_id", customerID.uuidString), ("date", date.description), ("format", format.rawValue),
                                    ("works_well", worksWell), ("does_not_work", doesNotWork), ("matters_most", mattersMost),
                                    ("improvements", improvements)])
        input.fields["contact_ids"] = contactIDs.map(\.uuidString)
        input.fields["attendee_ids"] = attendeeIDs.map(\.uuidString)
        return input
    }
}
