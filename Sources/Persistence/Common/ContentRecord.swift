import Domain
import FluentKit
import Foundation

/// A Fluent record that stores one kind of Domain content for one organization.
public protocol ContentRecord: Model where IDValue == UUID {
    associatedtype Content: RecordContent
    /// The owning organization's id (for organizations themselves, their own id).
    var organizationID: UUID { get }
    init(organizationID: UUID, content: Content)
    /// The content as currently held by the record.
    var content: Content { get }
    /// Copies content into the record's fields, leaving system-kept fields alone.
    func apply(_ content: Content)
    /// The list order people expect for this kind of record.
    static func sorted(_ query: QueryBuilder<Self>) -> QueryBuilder<Self>
    /// Narrows a list by the named filters this kind of record understands.
    static func filtered(_ query: QueryBuilder<Self>, by filters: ListFilters, on db: any Database) async throws
        -> QueryBuilder<Self>
    /// The record's `organization_id` field.
    static var organizationKey: KeyPath<Self, FieldProperty<Self, UUID>> { get }
    /// Fills system-kept fields (positions, derived ids) before the row is written.
    func willSave(isNew: Bool, on db: any Database) async throws
    /// Saves what lives outside the record's own row (links), after the row is saved.
    func saveRelations(of content: Content, on db: any Database) async throws
    /// Loads what lives outside the records' own rows before `content` is read.
    static func loadRelations(_ records: [Self], on db: any Database) async throws
    /// The list narrowed to the records after (or before) `anchor` in list order and sorted to read them
    /// from there (before: in reverse); nil for kinds whose lists are short enough to page by offset.
    static func anchored(_ query: QueryBuilder<Self>, at anchor: PageAnchor) -> QueryBuilder<Self>?
    /// The number of records a filtered list holds when kept figures know it (so it is read, not counted); nil otherwise.
    static func keptTotal(_ filters: ListFilters, organizationID: UUID, on db: any Database) async throws -> Int?
    /// What the record, as it stands, adds to the organization's kept figures; nil for kinds that add nothing.
    func figureCounts(on db: any Database) async throws -> FigureCounts?
    /// Whether saving the record as `content` (or deleting it, for nil) changes figures beyond its own
    /// counts, so they must be counted afresh: a touchpoint that moves takes its items' counts with it.
    func unsettlesFigures(changedTo content: Content?) -> Bool
}

extension ContentRecord {
    public var stored: Stored<Content> {
        Stored(id: id!, organizationID: organizationID, content: content)
    }

    public static func filtered(_ query: QueryBuilder<Self>, by filters: ListFilters, on db: any Database) async throws
        -> QueryBuilder<Self> { query }

    /// Restricts a query to one organization.
    public static func scoped(_ query: QueryBuilder<Self>, to organizationID: UUID) -> QueryBuilder<Self> {
        query.filter(organizationKey == organizationID)
    }

    public func willSave(isNew: Bool, on db: any Database) async throws {}

    public func saveRelations(of content: Content, on db: any Database) async throws {}

    public static func loadRelations(_ records: [Self], on db: any Database) async throws {}

    public static func keptTotal(_ filters: ListFilters, organizationID: UUID, on db: any Database) async throws -> Int? { nil }

    public static func anchored(_ query: QueryBuilder<Self>, at anchor: PageAnchor) -> QueryBuilder<Self>? { nil }

    public func figureCounts(on db: any Database) async throws -> FigureCounts? { nil }

    public func unsettlesFigures(changedTo content: Content?) -> Bool { false }
}

/// The filters a person chose on a list page (or in API query parameters), by name.
public struct ListFilters: Sendable, Equatable {
    public var values: [String: String]
    /// The `theme` filter's value for items in no theme yet (a theme name, made of words, never has parentheses).
    public static let noTheme = "(none)"

    public init(_ values: [String: String] = [:]) {
        self.values = values.filter { !$0.value.isEmpty }
    }

    public subscript(name: String) -> String? { values[name] }

    public func id(_ name: String) -> UUID? { values[name].flatMap(UUID.init(uuidString:)) }

    public func choice<C: Choice>(_ name: String, as type: C.Type) -> C? { values[name].flatMap(C.init(rawValue:)) }
}
