import Domain
import FluentKit
import Foundation

/// One moment in a customer's relationship with the organization, and the record it comes from.
public struct TimelineEntry: Sendable, Equatable {
    public let date: CalendarDate
    /// conversation, note-sent, check-in, check-in-due, initiative or told-what-changed.
    public let kind: String
    public let title: String
    public let detail: String
    /// The kind of record it links to, and its id.
    public let recordKind: RecordKind
    public let recordID: UUID
}

/// One customer's relationship over time: conversations, notes sent, check-ins with how things
/// felt, and the initiatives that answered what they said.
public struct CustomerTimeline: Sendable {
    let scope: OrgScope

    public init(_ scope: OrgScope) {
        self.scope = scope
    }

    /// Newest first; not found when the customer is not in this organization.
    public func entries(_ customerID: UUID) async throws -> [TimelineEntry] {
        guard try await scope.store(CustomerRecord.self).find(customerID) != nil else { throw NotFound() }
        let filter = ListFilters(["customer_id": customerID.uuidString])
        let conversations = try await scope.store(ConversationRecord.self).all(filters: filter)
        var entries = conversations.map { conversation in
            TimelineEntry(date: conversation.date, kind: "conversation", title: "\(conversation.format.label) conversation",
                          detail: conversation.doesNotWork.isEmpty ? conversation.worksWell : conversation.doesNotWork,
                          recordKind: .conversations, recordID: conversation.id)
        }
        entries += try await notesAndCheckIns(filter)
        entries += try await initiatives(customerID, conversations: conversations.map(\.id))
        return entries.sorted { ($0.date, $0.kind) > ($1.date, $1.kind) }
    }

    /// "How things feel", check-in by check-in, oldest first: the customer's trend in a line.
    public func feelingTrend(_ customerID: UUID) async throws -> String? {
        let held = try await scope.store(CheckInRecord.self).all(filters: ListFilters(["customer_id": customerID.uuidString, "status": "done"]))
            .compactMap { checkIn in checkIn.feeling.map { (checkIn.completedOn ?? checkIn.dueDate, $0) } }.sorted { $0.0 < $1.0 }
        guard !held.isEmpty else { return nil }
        return held.map { "\($0.1) (\($0.0))" }.joined(separator: " → ") + " on a scale from 1 (much worse) to 5 (much better)"
    }

    private func notesAndCheckIns(_ filter: ListFilters) async throws -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        for note in try await scope.store(FollowUpNoteRecord.self).all(filters: filter) where note.status == .sent {
            entries.append(TimelineEntry(date: note.sentOn ?? .today, kind: "note-sent", title: "Follow-up note sent",
                                         detail: String(note.body.split(separator: "\n").dropFirst(2).first ?? ""),
                                         recordKind: .followUpNotes, recordID: note.id))
        }
        for checkIn in try await scope.store(CheckInRecord.self).all(filters: filter) where checkIn.status != .cancelled {
            let done = checkIn.status == .done
            entries.append(TimelineEntry(date: done ? (checkIn.completedOn ?? checkIn.dueDate) : checkIn.dueDate, kind: done ? "check-in" : "check-in-due",
                                         title: done ? "Check-in: \(checkIn.feeling.map(CheckIn.feelingLabel) ?? "done")" : "Check-in due",
                                         detail: checkIn.comment, recordKind: .checkIns, recordID: checkIn.id))
        }
        return entries
    }

    /// Initiatives answering anything this customer said, and those they were told about.
    private func initiatives(_ customerID: UUID, conversations: [UUID]) async throws -> [TimelineEntry] {
        let all = try await scope.store(InitiativeRecord.self).all()
        let items = try await FeedbackRecord.ofCustomer(customerID, conversations: conversations, organizationID: scope.id, on: scope.db).map(\.stored)
        var entries = try await InitiativesAnswering.feedback(items, among: all, scope).map { initiative in
            TimelineEntry(date: initiative.verifiedOn ?? initiative.doneOn ?? initiative.dueDate, kind: "initiative",
                          title: "Initiative \(initiative.status.label.lowercased()): \(initiative.title)",
                          detail: initiative.description, recordKind: .initiatives, recordID: initiative.id)
        }
        let notes = try await ClosingNoteRecord.query(on: scope.db).filter(\.$customerID == customerID).filter(\.$organizationID == scope.id).all()
        for note in notes where note.status == .shared {
            guard let initiative = all.first(where: { $0.id == note.initiativeID }), let day = note.sharedOn.flatMap(CalendarDate.init) else { continue }
            entries.append(TimelineEntry(date: day, kind: "told-what-changed", title: "Told what changed: \(initiative.title)", detail: "",
                                         recordKind: .initiatives, recordID: initiative.id))
        }
        return entries
    }
}
