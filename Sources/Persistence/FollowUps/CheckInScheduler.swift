import Domain
import FluentKit
import Foundation

/// Keeps a conversation's scheduled check-ins in step with the organization's cadence: one per month
/// offset, due that many months after the conversation, with the first attendee to do it.
public enum CheckInScheduler {
    /// Creates the missing check-ins and moves the still-scheduled ones when the conversation's date moved.
    /// Returns the check-ins created.
    @discardableResult
    public static func schedule(_ conversation: Stored<Conversation>, settings: NurtureSettings, on db: any Database) async throws -> [Stored<CheckIn>] {
        let store = RecordStore<CheckInRecord>(db: db, organizationID: conversation.organizationID!)
        let existing = try await CheckInRecord.query(on: db).filter(\.$conversationID == conversation.id).all()
        var created: [Stored<CheckIn>] = []
        for (months, due) in settings.checkIns(after: conversation.date) {
            if let record = existing.first(where: { $0.offsetMonths == months }) {
                var content = record.content
                guard content.status == .scheduled, content.dueDate != due else { continue }
                content.dueDate = due
                _ = try await store.update(record, with: content)
            } else {
                created.append(try await store.create(CheckIn(customerID: conversation.customerID, conversationID: conversation.id, dueDate: due,
                                                               assigneeID: conversation.attendeeIDs.first, offsetMonths: months)))
            }
        }
        return created
    }
}
