import Domain
import Foundation
import Persistence
import Vapor
import Web

/// A reference from input to another record of the same organization, checked before saving.
struct Reference: Sendable {
    let field: String
    let label: String
    let kind: Lookups.Need
    let id: UUID
}

/// What the generic controller needs to know to list, show, edit and delete one kind of record.
protocol Resource: Sendable {
    associatedtype Record: ContentRecord
    typealias Content = Record.Content
    typealias Item = Stored<Content>

    /// The kind of record: its addresses (`teams`) and what the permission matrix speaks of.
    static var kind: RecordKind { get }
    /// The teams a record belongs to, for team leads' permissions.
    static func owningTeams(_ content: Content, _ ctx: OrgContext) async throws -> Set<UUID>
    /// Lowercase singular noun, e.g. "team".
    static var singular: String { get }
    /// Capitalised plural, e.g. "Teams".
    static var plural: String { get }
    /// The navigation section the pages belong to.
    static var navSection: String { get }
    static var emptyMessage: String { get }
    static var needs: Set<Lookups.Need> { get }
    static var columns: [String] { get }

    static func title(_ item: Item, _ lookups: Lookups) -> String
    static func fields(_ lookups: Lookups) -> [FormField]
    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl]
    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell]
    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact]
    static func sections(_ item: Item, _ lookups: Lookups, _ ctx: OrgContext) async throws -> [DetailSection]
    static func references(_ content: Content) -> [Reference]
    /// Checks beyond "the referenced record exists", e.g. no team may be its own parent.
    static func validate(_ content: Content, existing: Record?, _ ctx: OrgContext) async throws
    /// Why this record cannot be deleted now, if it cannot.
    static func deletionBlocker(_ record: Record, _ ctx: OrgContext) async throws -> String?
    /// What else goes when this record is deleted, in words.
    static func deletionConsequences(_ record: Record, _ ctx: OrgContext) async throws -> [String]
    /// Where to go after saving, e.g. a stage returns to its journey's map.
    static func afterSave(_ item: Item, slug: String) -> String
    /// Where to go after deleting.
    static func afterDelete(_ item: Item, slug: String) -> String
    /// Values a new form starts with, before anything passed in its address.
    static var defaults: FormInput { get }
    /// A page to show instead of the generic record page (a journey shows its map).
    static func customShow(_ record: Record, _ ctx: OrgContext, _ req: Request) async throws -> Response?
    /// Links beside "New" on the list page.
    static func listActions(slug: String) -> [(label: String, url: String)]
    /// Values a new form starts with that depend on the organization's data (a drafted note, say),
    /// given what the address already chose.
    static func prefill(_ values: FormInput, _ ctx: OrgContext) async throws -> FormInput
    /// Work that follows a save in the same request (scheduling check-ins, say).
    static func didSave(_ item: Item, isNew: Bool, _ ctx: OrgContext) async throws
}

extension Resource {
    /// The address segment, e.g. "teams", as navigation and the API's paths name it.
    static var segment: String { kind.rawValue }
    static var navSection: String { segment }
    static var filterNames: [String] { filters(Lookups(), ListFilters()).map(\.name) }
    static var defaults: FormInput { FormInput() }
    static func owningTeams(_ content: Content, _ ctx: OrgContext) async throws -> Set<UUID> { [] }
    static func sections(_ item: Item, _ lookups: Lookups, _ ctx: OrgContext) async throws -> [DetailSection] { [] }
    static func validate(_ content: Content, existing: Record?, _ ctx: OrgContext) async throws {}
    static func deletionBlocker(_ record: Record, _ ctx: OrgContext) async throws -> String? { nil }
    static func deletionConsequences(_ record: Record, _ ctx: OrgContext) async throws -> [String] { [] }
    static func afterSave(_ item: Item, slug: String) -> String { Paths.item(slug, kind, item.id) }
    static func afterDelete(_ item: Item, slug: String) -> String { Paths.list(slug, kind) }
    static func customShow(_ record: Record, _ ctx: OrgContext, _ req: Request) async throws -> Response? { nil }
    static func listActions(slug: String) -> [(label: String, url: String)] { [] }
    static func prefill(_ values: FormInput, _ ctx: OrgContext) async throws -> FormInput { values }
    static func didSave(_ item: Item, isNew: Bool, _ ctx: OrgContext) async throws {}
}

extension OrgContext {
    /// Fails with a message on each field whose referenced record is not in this organization.
    func checkReferences(_ references: [Reference]) async throws {
        var errors: [FieldError] = []
        for reference in references where try await !exists(reference.kind, reference.id) {
            if !errors.contains(where: { $0.field == reference.field }) {
                errors.append(FieldError(field: reference.field, message: "\(reference.label) is not a known record in this organization."))
            }
        }
        if !errors.isEmpty { throw ValidationFailure(errors) }
    }

    func exists(_ kind: Lookups.Need, _ id: UUID) async throws -> Bool {
        switch kind {
        case .teams: try await store(TeamRecord.self).find(id) != nil
        case .people: try await store(PersonRecord.self).find(id) != nil
        case .journeys: try await store(JourneyRecord.self).find(id) != nil
        case .stages: try await store(StageRecord.self).find(id) != nil
        case .touchpoints: try await store(TouchpointRecord.self).find(id) != nil
        case .handoffs: try await store(HandoffRecord.self).find(id) != nil
        case .processes: try await store(ProcessRecord.self).find(id) != nil
        case .customers: try await store(CustomerRecord.self).find(id) != nil
        case .contacts: try await store(ContactRecord.self).find(id) != nil
        case .conversations: try await store(ConversationRecord.self).find(id) != nil
        case .initiatives: try await store(InitiativeRecord.self).find(id) != nil
        case .frictions: try await store(FrictionRecord.self).find(id) != nil
        case .themes: false  // themes are named, not referenced by id
        }
    }
}

func option<C: Choice>(_ type: C.Type) -> [FormField.Option] {
    C.options.map { FormField.Option($0.value, $0.label) }
}

func counted(_ count: Int, _ singular: String, _ pluralForm: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : (pluralForm ?? singular + "s"))"
}
