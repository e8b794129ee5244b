import Domain
import Foundation

/// What must hold for conversations beyond their own parsing: references, owning teams, validation, deletion.
public enum ConversationRules: RecordRules {
    public typealias Record = ConversationRecord
    public static let kind = RecordKind.conversations

    public static func references(_ content: Conversation) -> [Reference] {
        [Reference(field: "customer_id", label: "Customer", kind: .customers, id: content.customerID)]
            + content.contactIDs.map { Reference(field: "contact_ids", label: "A chosen contact", kind: .contacts, id: $0) }
            + content.attendeeIDs.map { Reference(field: "attendee_ids", label: "A chosen attendee", kind: .people, id: $0) }
    }

    public static func deletionConsequences(_ record: ConversationRecord, _ scope: OrgScope) async throws -> [String] {
        let filter = ListFilters(["conversation_id": record.stored.id.uuidString])
        let count = try await scope.store(FeedbackRecord.self).all(filters: filter).count
        let checkIns = try await scope.store(CheckInRecord.self).all(filters: filter).count
        let notes = try await scope.store(FollowUpNoteRecord.self).all(filters: filter).count
        return ["Its \(counted(count, "feedback item")), \(counted(checkIns, "check-in")) and \(counted(notes, "follow-up note")) are deleted too."]
    }

    /// Nurture: check-ins are scheduled at the organization's cadence after every conversation, and move with its date.
    public static func didSave(_ item: Stored<Content>, isNew: Bool, _ scope: OrgScope) async throws {
        try await CheckInScheduler.schedule(item, settings: try await NurtureSettingsStore.settings(scope.id, on: scope.db), createMissing: isNew,
                                            notBefore: .today, on: scope.db)
    }
}
