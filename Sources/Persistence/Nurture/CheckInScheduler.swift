import Domain
import FluentKit
import Foundation

/// Keeps a conversation's scheduled check-ins in step with the organization's cadence: one per month
/// offset, due that many months after the conversation, with the first attendee to do it.
public enum CheckInScheduler {
    /// Moves the still-scheduled check-ins when the conversation's date moved, and with `createMissing` (a new
    /// conversation) creates those the cadence asks for — except ones already past `notBefore`, which would only be overdue
    /// noise for a conversation recorded long after it happened. A later change of cadence leaves existing conversations alone.
    /// Returns the check-ins created.
    @discardableResult
    public static func schedule(_ conversation: Stored<Conversation>, settings: NurtureSettings, createMissing: Bool = true,
                                notBefore: CalendarDate? = nil, on db: any Database) async throws -> [Stored<CheckIn>] {
        let store = RecordStore<CheckInRecord>(db: db, organizationID: conversation.organizationID!)
        let existing = try await CheckInRecord.query(on: db).filter(\.$conversationID == conversation.id).all()
        var created: [Stored<CheckIn>] = []
        for (months, due) in settings.checkIns(after: conversation.date) {
            if let record = existing.first(where: { $0.offsetMonths == months }) {
                var content = record.content
                guard content.status == .scheduled, content.dueDate != due else { continue }
                content.dueDate = due
                _ = try await store.update(record, with: content)
            } else if createMissing, notBefore.map({ due >= $0 }) ?? true {
                created.append(try await store.create(CheckIn(customerID: conversation.customerID, conversationID: conversation.id, dueDate: due,
                                                               assigneeID: conversation.attendeeIDs.first, offsetMonths: months)))
            }
        }
        return created
    }
}
