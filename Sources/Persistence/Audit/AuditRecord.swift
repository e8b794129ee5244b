import Domain
import FluentKit
import Foundation

/// Who created, changed or deleted what, when, and which fields changed.
public final class AuditRecord: Model, @unchecked Sendable {
    public static let schema = "audit_entries"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @OptionalField(key: "user_id") public var userID: UUID?
    @Field(key: "actor_name") public var actorName: String
    @Field(key: "action") public var action: String
    @Field(key: "kind") public var kind: String
    @Field(key: "record_id") public var recordID: UUID
    @Field(key: "record_title") public var recordTitle: String
    /// The changed fields as JSON.
    @Field(key: "changes") var changesJSON: String
    @Field(key: "at") public var at: Date
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $userID, $actorName, $action, $kind, $recordID, $recordTitle, $changesJSON, $at] }

    public init() {}

    public init(organizationID: UUID, userID: UUID?, actorName: String, action: AuditAction, kind: String, recordID: UUID,
                recordTitle: String, changes: [FieldChange], at: Date) {
        self.organizationID = organizationID
        self.userID = userID
        self.actorName = actorName
        self.action = action.rawValue
        self.kind = kind
        self.recordID = recordID
        self.recordTitle = recordTitle
        self.changesJSON = String(decoding: (try? JSONEncoder().encode(changes)) ?? Data("[]".utf8), as: UTF8.self)
        self.at = at
    }

    public var changes: [FieldChange] {
        (try? JSONDecoder().decode([FieldChange].self, from: Data(changesJSON.utf8))) ?? []
    }
}

/// One entry of the audit log: who changed what, when, and each field before and after.
public struct AuditEntry: Sendable, Equatable {
    public let at: Date
    public let actorName: String
    /// An `AuditAction`'s raw value.
    public let action: String
    public let kind: String
    public let recordID: UUID
    public let recordTitle: String
    public let changes: [FieldChange]
}

extension AuditRecord {
    var entry: AuditEntry {
        AuditEntry(at: at, actorName: actorName, action: action, kind: kind, recordID: recordID, recordTitle: recordTitle, changes: changes)
    }
}

/// Reading the audit log of one organization, newest first.
public enum AuditLog {
    public struct Filter: Sendable {
        public var userID: UUID?
        public var kind: String?
        public var since: Date?

        public init(userID: UUID? = nil, kind: String? = nil, since: Date? = nil) {
            self.userID = userID
            self.kind = kind
            self.since = since
        }
    }

    public static func record(_ entry: AuditRecord, on db: any Database) async throws {
        try await entry.create(on: db)
    }

    private static func query(_ org: UUID, _ filter: Filter, on db: any Database) -> QueryBuilder<AuditRecord> {
        let query = AuditRecord.query(on: db).filter(\.$organizationID == org)
        if let user = filter.userID { query.filter(\.$userID == user) }
        if let kind = filter.kind { query.filter(\.$kind == kind) }
        if let since = filter.since { query.filter(\.$at >= since) }
        return query.sort(\.$at, .descending).sort(\.$id)
    }

    public static func page(_ filter: Filter, _ page: Pagination, _ scope: OrgScope) async throws -> Paged<AuditEntry> {
        let base = query(scope.id, filter, on: scope.db)
        let total = try await base.copy().count()
        let items = try await base.range(page.offset..<(page.offset + page.per)).all()
        return Paged(items: items.map(\.entry), request: page, total: total)
    }

    public static func all(_ filter: Filter, _ scope: OrgScope) async throws -> [AuditEntry] {
        try await query(scope.id, filter, on: scope.db).all().map(\.entry)
    }

    /// Everyone who appears in the log, for the person filter.
    public static func actors(_ scope: OrgScope) async throws -> [(UUID, String)] {
        let entries = try await AuditRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$userID != nil).all()
        var seen: [UUID: String] = [:]
        for entry in entries { if let id = entry.userID, seen[id] == nil { seen[id] = entry.actorName } }
        return seen.sorted { $0.value < $1.value }.map { ($0.key, $0.value) }
    }
}
