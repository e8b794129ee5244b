import Domain
import Foundation

/// What must hold for check-ins beyond their own parsing: references, owning teams, validation, deletion.
public enum CheckInRules: RecordRules {
    public typealias Record = CheckInRecord
    public static let kind = RecordKind.checkIns

    public static func references(_ content: CheckIn) -> [Reference] {
        [Reference(field: "customer_id", label: "Customer", kind: .customers, id: content.customerID)]
            + [content.conversationID.map { Reference(field: "conversation_id", label: "Conversation", kind: .conversations, id: $0) },
               content.assigneeID.map { Reference(field: "assignee_id", label: "Who checks in", kind: .people, id: $0) }].compactMap { $0 }
    }

    /// A check-in after a conversation is with that conversation's customer.
    public static func validate(_ content: CheckIn, existing: CheckInRecord?, _ scope: OrgScope) async throws {
        if let id = content.conversationID, let conversation = try await scope.store(ConversationRecord.self).find(id)?.content,
           conversation.customerID != content.customerID {
            throw ValidationFailure(field: "conversation_id", message: "That conversation was with another customer.")
        }
    }

    /// Recording a check-in as done tells the customer what changed: their queued notes are marked shared.
    public static func didSave(_ item: Stored<Content>, isNew: Bool, _ scope: OrgScope) async throws {
        try await ClosingNotes.checkInSaved(item, scope)
    }
}
