import Domain
import Foundation

/// Drafts a follow-up note from what a conversation heard: the customer's people, what they said,
/// and the initiatives that answer it.
public enum FollowUpDrafts {
    public static func draft(for conversation: Stored<Conversation>, _ scope: OrgScope) async throws -> String {
        let byConversation = ListFilters(["conversation_id": conversation.id.uuidString])
        let feedback = try await scope.store(FeedbackRecord.self).all(filters: byConversation)
        let initiatives = try await scope.store(InitiativeRecord.self).all()
        let planned = try await InitiativesAnswering.feedback(feedback, among: initiatives, scope)
        let checkIns = try await scope.store(CheckInRecord.self).all(filters: ListFilters(["conversation_id": conversation.id.uuidString, "status": "scheduled"]))
        let people = try await scope.store(PersonRecord.self).all()
        let contacts = try await scope.store(ContactRecord.self).all()
        let customer = try await scope.store(CustomerRecord.self).find(conversation.customerID)?.content
        let signer = conversation.attendeeIDs.first.flatMap { id in people.first { $0.id == id }?.name } ?? scope.actor.name
        return FollowUpDrafter.draft(.init(
            greetingNames: conversation.contactIDs.compactMap { id in contacts.first { $0.id == id }?.name },
            accountName: customer?.accountName ?? "your organization",
            date: conversation.date, format: conversation.format,
            heard: feedback.map { .init(text: $0.text, kind: $0.kind) },
            planned: planned.map { .init(title: $0.title, status: $0.status, dueDate: $0.dueDate) },
            nextCheckIn: checkIns.map(\.dueDate).min(), signature: "\(signer)\n\(scope.organization.name)"))
    }
}
