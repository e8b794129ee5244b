import Foundation

public enum NoteStatus: String, Choice {
    case draft, sent

    public var label: String {
        switch self {
        case .draft: "Draft"
        case .sent: "Sent"
        }
    }
}

extension NoteStatus {
    /// A note's status and the day it was sent, which is required once it is sent and dropped while it is a draft.
    static func read(_ reader: inout FieldReader) -> (NoteStatus?, CalendarDate?) {
        let status = reader.input.value("status") == nil ? .draft : reader.choice("status", "Status", as: NoteStatus.self)
        let sentOn = reader.optionalDate("sent_on", "Sent on")
        if status == .sent && sentOn == nil && reader.input.value("sent_on") == nil {
            reader.fail("sent_on", "Sent on is required once the note is sent.")
        }
        return (status, status == .sent ? sentOn : nil)
    }
}

/// Nurture: the note that goes back to a customer after a conversation — thanks, what was heard, what
/// is planned. Align drafts it; the listener edits it and marks it sent.
public struct FollowUpNote: RecordContent {
    public var conversationID: UUID
    public var body: String
    public var status: NoteStatus
    public var sentOn: CalendarDate?

    public init(conversationID: UUID, body: String, status: NoteStatus = .draft, sentOn: CalendarDate? = nil) {
        self.conversationID = conversationID
        self.body = body
        self.status = status
        self.sentOn = sentOn
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> FollowUpNote {
        var reader = FieldReader(input)
        let conversation = reader.id("conversation_id", "Conversation")
        let body = reader.text("body", "Note", maxLength: 20_000)
        let (status, sentOn) = NoteStatus.read(&reader)
        try reader.finish()
        return FollowUpNote(conversationID: conversation!, body: body, status: status!, sentOn: sentOn)
    }

    public var formInput: FormInput {
        .from([("conversation_id", conversationID.uuidString), ("body", body), ("status", status.rawValue),
               ("sent_on", sentOn?.description)])
    }
}
