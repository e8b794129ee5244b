import Domain
import FluentKit
import Foundation
import SQLKit

extension PlannedChanges {
    /// What drafting did: notes written now, customers who had one already, and customers left for another click.
    public struct DraftedNotes: Sendable, Equatable, Encodable {
        public let drafted: Int
        public let already: Int
        public let remaining: Int
    }

    /// At most this many notes are drafted at once, so one click stays one short transaction.
    public static let notesPerDraft = 500

    /// Drafts a "what is changing" note for every customer heard on the touchpoints the change reaches in the last 90
    /// days who has none about it yet, naming the touchpoints they were heard on.
    public func draftNotes(for id: UUID, today: CalendarDate = .today) async throws -> DraftedNotes {
        try scope.authorize(.create, .changeNotes)
        let report = try await impact(of: id, today: today)
        guard report.change.status != .cancelled else { throw Conflict("This change was cancelled; there is nothing to tell customers.") }
        let heard = try await customersHeard(report.impact.touchpoints.map(\.id), since: report.customers.since)
        let noted = Set(try await ChangeNoteRecord.query(on: scope.db).filter(\.$changeID == id).all().map(\.customerID))
        let waiting = heard.keys.filter { !noted.contains($0) }.sorted { $0.uuidString < $1.uuidString }
        let batch = Array(waiting.prefix(Self.notesPerDraft))
        let customers = try await scope.store(CustomerRecord.self).some(Set(batch))
        let touchpoints = Dictionary(try await scope.store(TouchpointRecord.self).some(Set(heard.values.flatMap { $0 })).map { ($0.id, $0.name) },
                                     uniquingKeysWith: { a, _ in a })
        let signature = "\(scope.actor.name), \(scope.organization.name)"
        let scope = self.scope
        try await WriteGate.transaction(scope.db) { tx in
            let store = RecordStore<ChangeNoteRecord>(db: tx, organizationID: scope.id)
            for customer in customers {
                let body = ChangeNoteDrafter.draft(.init(accountName: customer.accountName, change: report.change.content,
                                                         touchpoints: (heard[customer.id] ?? []).compactMap { touchpoints[$0] }.sorted(), signature: signature))
                _ = try await store.create(ChangeNote(changeID: id, customerID: customer.id, body: body))
            }
            try await OrgScope(db: tx, organization: scope.organization, actor: scope.actor, access: scope.access)
                .audit(.create, RecordKind.changeNotes.rawValue, id: id, before: nil,
                       after: .from([("title", "Drafted \(counted(customers.count, "note")) about “\(report.change.title)”")]))
        }
        return DraftedNotes(drafted: customers.count, already: noted.intersection(heard.keys).count, remaining: waiting.count - batch.count)
    }

    /// Every customer heard on these touchpoints since `since`, with the touchpoints they were heard on.
    private func customersHeard(_ touchpoints: [UUID], since: CalendarDate) async throws -> [UUID: Set<UUID>] {
        guard let sql = scope.db as? any SQLDatabase, !touchpoints.isEmpty else { return [:] }
        var heard: [UUID: Set<UUID>] = [:]
        for row in try await sql.raw("""
            SELECT DISTINCT COALESCE(i.customer_id, v.customer_id) AS customer, l.touchpoint_id AS touchpoint
            FROM feedback_touchpoints l JOIN feedback_items i ON i.id = l.feedback_id
            LEFT JOIN conversations v ON v.id = i.conversation_id
            WHERE l.touchpoint_id IN (\(binds: touchpoints)) AND i.date >= \(bind: since.description)
              AND COALESCE(i.customer_id, v.customer_id) IS NOT NULL
            """).all() {
            heard[try row.decode(column: "customer", as: UUID.self), default: []].insert(try row.decode(column: "touchpoint", as: UUID.self))
        }
        return heard
    }

    /// The notes about a change: how many, how many sent, and the first few with their customers.
    public func notes(for id: UUID, shown: Int = 20) async throws -> (total: Int, sent: Int, first: [Stored<ChangeNote>]) {
        let query = ChangeNoteRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$changeID == id)
        let total = try await query.copy().count()
        let sent = try await query.copy().filter(\.$status == NoteStatus.sent.rawValue).count()
        let first = try await ChangeNoteRecord.sorted(query.copy()).limit(shown).all().map(\.stored)
        return (total, sent, first)
    }
}
