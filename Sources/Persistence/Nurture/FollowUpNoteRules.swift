import Domain
import Foundation

/// What must hold for follow-up notes beyond their own parsing: references, owning teams, validation, deletion.
public enum FollowUpNoteRules: RecordRules {
    public typealias Record = FollowUpNoteRecord
    public static let kind = RecordKind.followUpNotes

    public static func references(_ content: FollowUpNote) -> [Reference] {
        [Reference(field: "conversation_id", label: "Conversation", kind: .conversations, id: content.conversationID)]
    }

    /// One note per conversation.
    public static func validate(_ content: FollowUpNote, existing: FollowUpNoteRecord?, _ scope: OrgScope) async throws {
        let others = try await scope.store(FollowUpNoteRecord.self).all(filters: ListFilters(["conversation_id": content.conversationID.uuidString]))
        if others.contains(where: { $0.id != existing?.id }) {
            throw ValidationFailure(field: "conversation_id", message: "This conversation already has a follow-up note; edit that one.")
        }
    }
}
