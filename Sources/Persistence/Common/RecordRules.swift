import Domain
import Foundation

/// A reference from a record to another record of the same organization, checked before saving.
public struct Reference: Sendable, Equatable {
    public let field: String
    public let label: String
    public let kind: RecordKind
    public let id: UUID

    public init(field: String, label: String, kind: RecordKind, id: UUID) {
        self.field = field
        self.label = label
        self.kind = kind
        self.id = id
    }
}

/// What must hold for one kind of record, beyond what its content's own parsing checks: what it
/// refers to, whose team owns it, what may not be saved or deleted, and what follows a save.
/// `Records` applies these rules alike for pages and the API.
public protocol RecordRules: Sendable {
    associatedtype Record: ContentRecord
    typealias Content = Record.Content

    static var kind: RecordKind { get }
    /// The teams a record belongs to, for team leads' permissions.
    static func owningTeams(_ content: Content, _ scope: OrgScope) async throws -> Set<UUID>
    static func references(_ content: Content) -> [Reference]
    /// Checks beyond "the referenced record exists", e.g. no team may be its own parent.
    static func validate(_ content: Content, existing: Record?, _ scope: OrgScope) async throws
    /// Why this record cannot be deleted now, if it cannot.
    static func deletionBlocker(_ record: Record, _ scope: OrgScope) async throws -> String?
    /// What else goes when this record is deleted, in words.
    static func deletionConsequences(_ record: Record, _ scope: OrgScope) async throws -> [String]
    /// Work that follows a save (scheduling check-ins, say).
    static func didSave(_ item: Stored<Content>, isNew: Bool, _ scope: OrgScope) async throws
    /// Work that follows a deletion (a new version of the charter the record was in, say).
    static func didDelete(_ item: Stored<Content>, _ scope: OrgScope) async throws
}

extension RecordRules {
    public static func owningTeams(_ content: Content, _ scope: OrgScope) async throws -> Set<UUID> { [] }
    public static func references(_ content: Content) -> [Reference] { [] }
    public static func validate(_ content: Content, existing: Record?, _ scope: OrgScope) async throws {}
    public static func deletionBlocker(_ record: Record, _ scope: OrgScope) async throws -> String? { nil }
    public static func deletionConsequences(_ record: Record, _ scope: OrgScope) async throws -> [String] { [] }
    public static func didSave(_ item: Stored<Content>, isNew: Bool, _ scope: OrgScope) async throws {}
    public static func didDelete(_ item: Stored<Content>, _ scope: OrgScope) async throws {}
}
