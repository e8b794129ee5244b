import Domain
import Foundation

/// What must hold for feedback beyond their own parsing: references, owning teams, validation, deletion.
public enum FeedbackRules: RecordRules {
    public typealias Record = FeedbackRecord
    public static let kind = RecordKind.feedback

    public static func references(_ content: FeedbackItem) -> [Reference] {
        (content.conversationID.map { [Reference(field: "conversation_id", label: "Conversation", kind: .conversations, id: $0)] } ?? [])
            + (content.customerID.map { [Reference(field: "customer_id", label: "Customer", kind: .customers, id: $0)] } ?? [])
            + (content.stageID.map { [Reference(field: "stage_id", label: "Stage", kind: .stages, id: $0)] } ?? [])
            + content.touchpointIDs.map { Reference(field: "touchpoint_ids", label: "A chosen touchpoint", kind: .touchpoints, id: $0) }
    }
}
