import Domain
import Foundation
import Persistence
import Vapor
import Web

/// What the generic controller needs to know to list, show, edit and delete one kind of record.
protocol Resource: Sendable {
    /// What must hold for the records, in Persistence: references, permissions' owning teams, validation, deletion.
    associatedtype Rules: RecordRules
    typealias Content = Rules.Content
    typealias Item = Stored<Content>

    /// Lowercase singular noun, e.g. "team".
    static var singular: String { get }
    /// Capitalised plural, e.g. "Teams".
    static var plural: String { get }
    /// The navigation section the pages belong to.
    static var navSection: String { get }
    static var emptyMessage: String { get }
    static var needs: Set<Lookups.Need> { get }
    /// True when list rows name only records their own fields refer to, so a list page loads those records
    /// alone rather than whole lists (customers, touchpoints) that may be very long.
    static var namesReferencedOnly: Bool { get }
    /// What the list's filters offer choices from, loaded whole.
    static var filterNeeds: Set<Lookups.Need> { get }
    /// What the new and edit forms offer choices from, loaded whole.
    static var formNeeds: Set<Lookups.Need> { get }
    static var columns: [String] { get }

    static func title(_ item: Item, _ lookups: Lookups) -> String
    static func fields(_ lookups: Lookups) -> [FormField]
    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl]
    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell]
    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact]
    static func sections(_ item: Item, _ lookups: Lookups, _ ctx: OrgContext) async throws -> [DetailSection]
    /// Where to go after saving, e.g. a stage returns to its journey's map.
    static func afterSave(_ item: Item, slug: String) -> String
    /// Where to go after deleting.
    static func afterDelete(_ item: Item, slug: String) -> String
    /// Values a new form starts with, before anything passed in its address.
    static var defaults: FormInput { get }
    /// A page to show instead of the generic record page (a journey shows its map).
    static func customShow(_ item: Item, _ ctx: OrgContext, _ req: Request) async throws -> Response?
    /// Links beside "New" on the list page.
    static func listActions(slug: String) -> [(label: String, url: String)]
    /// Values a new form starts with that depend on the organization's data (a drafted note, say),
    /// given what the address already chose.
    static func prefill(_ values: FormInput, _ ctx: OrgContext) async throws -> FormInput
}

extension Resource {
    /// The kind of record: its addresses (`teams`) and what the permission matrix speaks of.
    static var kind: RecordKind { Rules.kind }
    /// The address segment, e.g. "teams", as navigation names it.
    static var segment: String { kind.rawValue }
    static var navSection: String { segment }
    static var filterNames: [String] { filters(Lookups(), ListFilters()).map(\.name) }
    static var defaults: FormInput { FormInput() }
    static var namesReferencedOnly: Bool { false }
    static var filterNeeds: Set<Lookups.Need> { needs }
    static var formNeeds: Set<Lookups.Need> { needs }
    static func sections(_ item: Item, _ lookups: Lookups, _ ctx: OrgContext) async throws -> [DetailSection] { [] }
    static func afterSave(_ item: Item, slug: String) -> String { Paths.item(slug, kind, item.id) }
    static func afterDelete(_ item: Item, slug: String) -> String { Paths.list(slug, kind) }
    static func customShow(_ item: Item, _ ctx: OrgContext, _ req: Request) async throws -> Response? { nil }
    static func listActions(slug: String) -> [(label: String, url: String)] { [] }
    static func prefill(_ values: FormInput, _ ctx: OrgContext) async throws -> FormInput { values }
}

func option<C: Choice>(_ type: C.Type) -> [FormField.Option] {
    C.options.map { FormField.Option($0.value, $0.label) }
}
