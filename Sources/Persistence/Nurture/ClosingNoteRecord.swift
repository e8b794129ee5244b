import Domain
import FluentKit
import Foundation
import SQLKit

public enum ClosingNoteStatus: String, Sendable {
    case queued, shared
}

/// "Here is what we changed": a verified initiative, to be told to one customer whose feedback it
/// answered, at their next check-in.
public final class ClosingNoteRecord: Model, @unchecked Sendable {
    public static let schema = "closing_notes"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "customer_id") public var customerID: UUID
    @Field(key: "initiative_id") public var initiativeID: UUID
    @OptionalField(key: "check_in_id") public var checkInID: UUID?
    @Field(key: "status") var statusValue: String
    @OptionalField(key: "shared_on") public var sharedOn: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $customerID, $initiativeID, $checkInID, $statusValue, $sharedOn, $createdAt] }

    public init() {}

    init(organizationID: UUID, customerID: UUID, initiativeID: UUID) {
        self.organizationID = organizationID
        self.customerID = customerID
        self.initiativeID = initiativeID
        self.statusValue = ClosingNoteStatus.queued.rawValue
    }

    public var status: ClosingNoteStatus { ClosingNoteStatus(rawValue: statusValue) ?? .queued }
}

public enum ClosingNotes {
    /// Queues a note for each customer whose feedback the initiative answered: feedback confirmed as
    /// showing one of its frictions, or in one of its themes. Returns how many were newly queued.
    static func queue(for initiativeID: UUID, frictionIDs: [UUID], themes: [String], organizationID: UUID,
                      on db: any Database) async throws -> Int {
        let customers = try await customersAnswered(frictionIDs: frictionIDs, themes: themes, organizationID: organizationID, on: db)
        let existing = Set(try await ClosingNoteRecord.query(on: db).filter(\.$initiativeID == initiativeID).all(\.$customerID))
        var added = 0
        for customer in customers.sorted(by: { $0.uuidString < $1.uuidString }) where !existing.contains(customer) {
            try await ClosingNoteRecord(organizationID: organizationID, customerID: customer, initiativeID: initiativeID).create(on: db)
            added += 1
        }
        return added
    }

    /// Customers (named on the feedback, or through its conversation) whose feedback the frictions or themes cover.
    public static func customersAnswered(frictionIDs: [UUID], themes: [String], organizationID: UUID, on db: any Database) async throws -> Set<UUID> {
        guard let sql = db as? any SQLDatabase else { return [] }
        var customers = Set<UUID>()
        func collect(_ rows: [any SQLRow]) throws {
            for row in rows {
                if let id = try row.decode(column: "c", as: UUID?.self) { customers.insert(id) }
                if let id = try row.decode(column: "v", as: UUID?.self) { customers.insert(id) }
            }
        }
        if !frictionIDs.isEmpty {
            try collect(try await sql.raw("""
                SELECT DISTINCT f.customer_id AS c, v.customer_id AS v FROM friction_links l
                JOIN feedback_items f ON f.id = l.feedback_id LEFT JOIN conversations v ON v.id = f.conversation_id
                WHERE l.organization_id = \(bind: organizationID) AND l.status = 'confirmed' AND l.friction_id IN (\(binds: frictionIDs))
                """).all())
        }
        if !themes.isEmpty {
            try collect(try await sql.raw("""
                SELECT DISTINCT f.customer_id AS c, v.customer_id AS v FROM feedback_items f
                LEFT JOIN conversations v ON v.id = f.conversation_id
                WHERE f.organization_id = \(bind: organizationID) AND f.theme IN (\(binds: themes))
                  AND (f.customer_id IS NOT NULL OR f.conversation_id IS NOT NULL)
                """).all())
        }
        return customers
    }

    /// The queued notes of a customer, oldest first.
    public static func queued(customerID: UUID, on db: any Database) async throws -> [ClosingNoteRecord] {
        try await ClosingNoteRecord.query(on: db).filter(\.$customerID == customerID)
            .filter(\.$statusValue == ClosingNoteStatus.queued.rawValue).sort(\.$createdAt).all()
    }

    /// Marks a customer's notes queued by the end of `day` as shared at this check-in; notes queued later
    /// (an old check-in saved again) wait for the next one.
    public static func share(customerID: UUID, checkInID: UUID, on day: CalendarDate, db: any Database) async throws {
        try await ClosingNoteRecord.query(on: db).filter(\.$customerID == customerID)
            .filter(\.$statusValue == ClosingNoteStatus.queued.rawValue).filter(\.$createdAt < day.adding(days: 1).startDate)
            .set(\.$statusValue, to: ClosingNoteStatus.shared.rawValue).set(\.$checkInID, to: checkInID)
            .set(\.$sharedOn, to: day.description).update()
    }
}

/// A change to tell a customer about at a check-in: the verified initiative and what is done now.
public struct ChangeToTell: Sendable, Equatable {
    public let initiative: Stored<Initiative>
    /// Each planned change's "tomorrow", now today.
    public let nowDone: [String]
}

extension ClosingNotes {
    /// What to tell the customer at a check-in: before it is held, every note queued for them;
    /// after, the notes it shared.
    public static func toTell(at checkIn: Stored<CheckIn>, _ scope: OrgScope) async throws -> [ChangeToTell] {
        let notes = checkIn.status == .scheduled ? try await queued(customerID: checkIn.customerID, on: scope.db)
            : try await ClosingNoteRecord.query(on: scope.db).filter(\.$checkInID == checkIn.id).all()
        let initiatives = try await scope.store(InitiativeRecord.self).all()
        var changes: [ChangeToTell] = []
        for note in notes {
            guard let initiative = initiatives.first(where: { $0.id == note.initiativeID }) else { continue }
            let planned = try await scope.store(InitiativeChangeRecord.self).all(filters: ListFilters(["initiative_id": initiative.id.uuidString]))
            changes.append(ChangeToTell(initiative: initiative, nowDone: planned.map(\.tomorrow)))
        }
        return changes
    }

    /// Recording a check-in as done tells the customer what changed: their queued notes are marked shared.
    public static func checkInSaved(_ checkIn: Stored<CheckIn>, _ scope: OrgScope) async throws {
        guard checkIn.status == .done else { return }
        try await share(customerID: checkIn.customerID, checkInID: checkIn.id, on: checkIn.completedOn ?? .today, db: scope.db)
    }
}
