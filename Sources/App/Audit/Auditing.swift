import Domain
import Fluent
import Foundation
import Persistence
import Vapor

extension OrgContext {
    /// Writes one audit entry for a change made by the signed-in person.
    func audit(_ action: AuditAction, _ kind: String, id: UUID, before: FormInput?, after: FormInput?) async throws {
        let title = Self.auditTitle(after ?? before ?? FormInput())
        try await AuditLog.record(AuditRecord(organizationID: self.id, userID: signedIn.userID, actorName: signedIn.name,
                                              action: action, kind: kind, recordID: id, recordTitle: title,
                                              changes: FieldChange.between(before, after), at: Date()), on: db)
    }

    /// A record's name as the log shows it: its name, title, account name or description.
    static func auditTitle(_ input: FormInput) -> String {
        let title = ["name", "title", "account_name", "description", "from_touchpoint_id"].lazy.compactMap { input.value($0) }.first ?? ""
        return title.count > 120 ? String(title.prefix(117)) + "…" : title
    }
}
