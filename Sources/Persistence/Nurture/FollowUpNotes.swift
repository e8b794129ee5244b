import Domain
import Foundation

extension Records where Rules == FollowUpNoteRules {
    /// Marks a drafted follow-up note sent today; a note already sent stays as it was.
    public func markSent(_ id: UUID) async throws -> Stored<FollowUpNote> {
        let note = try await find(id)
        try scope.authorize(.update, .followUpNotes)
        guard note.status == .draft else { return note }
        var content = note.content
        content.status = .sent
        content.sentOn = .today
        let item = try await scope.store(FollowUpNoteRecord.self).update(try await record(id), with: content)
        try await scope.audit(.update, RecordKind.followUpNotes.rawValue, id: id, before: note.content.formInput, after: item.content.formInput)
        return item
    }
}
