import Domain
import Foundation

/// Listing, creating, changing and deleting one kind of record in one organization, with its
/// rules: permission (a team lead must lead a team the record belongs to, before and after),
/// references, validation, the audit log, and what follows a save. Pages and the API both call it.
public struct Records<Rules: RecordRules>: Sendable {
    public typealias Content = Rules.Content
    let scope: OrgScope

    public init(_ scope: OrgScope) {
        self.scope = scope
    }

    private var store: RecordStore<Rules.Record> { scope.store(Rules.Record.self) }

    public func list(filters: ListFilters, page: Pagination) async throws -> Paged<Stored<Content>> {
        try await store.list(filters: filters, page: page)
    }

    public func all(filters: ListFilters = ListFilters()) async throws -> [Stored<Content>] {
        try await store.all(filters: filters)
    }

    /// How many records of the kind the organization holds.
    public func count() async throws -> Int {
        try await store.count()
    }

    /// The records among these ids, for pages that name a few records of a large list.
    public func some(_ ids: Set<UUID>) async throws -> [Stored<Content>] {
        try await store.some(ids)
    }

    /// The record with this id in this organization.
    public func find(_ id: UUID) async throws -> Stored<Content> {
        try await record(id).stored
    }

    /// The record with this id in this organization, if there is one.
    public func findIfAny(_ id: UUID) async throws -> Stored<Content>? {
        try await store.find(id)?.stored
    }

    public func owningTeams(_ content: Content) async throws -> Set<UUID> {
        try await Rules.owningTeams(content, scope)
    }

    /// Refuses what the person may not do to a record with this content (403).
    public func authorize(_ operation: RecordOperation, _ content: Content?) async throws {
        let teams = if let content { try await owningTeams(content) } else { scope.access.ledTeams }
        try scope.authorize(operation, Rules.kind, owningTeams: teams)
    }

    public func create(_ input: FormInput) async throws -> Stored<Content> {
        try await authorize(.create, nil)
        let content = try await checked(input, existing: nil)
        let item = try await store.create(content)
        try await scope.audit(.create, Rules.kind.rawValue, id: item.id, before: nil, after: item.content.formInput)
        try await Rules.didSave(item, isNew: true, scope)
        return item
    }

    public func update(_ id: UUID, with input: FormInput) async throws -> Stored<Content> {
        let existing = try await record(id)
        try await authorize(.update, existing.content)
        let content = try await checked(input, existing: existing)
        let before = existing.content.formInput
        let item = try await store.update(existing, with: content)
        try await scope.audit(.update, Rules.kind.rawValue, id: item.id, before: before, after: item.content.formInput)
        try await Rules.didSave(item, isNew: false, scope)
        return item
    }

    /// Why the record cannot be deleted now, if it cannot, and what else would go with it.
    public func deletion(_ id: UUID) async throws -> (blocker: String?, consequences: [String]) {
        let existing = try await record(id)
        try await authorize(.delete, existing.content)
        return (try await Rules.deletionBlocker(existing, scope), try await Rules.deletionConsequences(existing, scope))
    }

    /// Deletes the record; a conflict with the reason when something still needs it.
    public func delete(_ id: UUID) async throws {
        let existing = try await record(id)
        try await authorize(.delete, existing.content)
        if let blocker = try await Rules.deletionBlocker(existing, scope) { throw Conflict(blocker) }
        let item = existing.stored
        try await store.delete(existing)
        try await scope.audit(.delete, Rules.kind.rawValue, id: item.id, before: item.content.formInput, after: nil)
        try await Rules.didDelete(item, scope)
    }

    /// The content the input describes, once it parses, is the person's to save, refers only to
    /// records here and passes the kind's own checks.
    private func checked(_ input: FormInput, existing: Rules.Record?) async throws -> Content {
        let content = try Content.parse(input)
        try await authorize(existing == nil ? .create : .update, content)
        try await checkReferences(Rules.references(content))
        try await Rules.validate(content, existing: existing, scope)
        return content
    }

    func record(_ id: UUID) async throws -> Rules.Record {
        guard let record = try await store.find(id) else { throw NotFound() }
        return record
    }

    /// Fails with a message on each field whose referenced record is not in this organization.
    private func checkReferences(_ references: [Reference]) async throws {
        var errors: [FieldError] = []
        for reference in references where try await !scope.exists(reference.kind, reference.id) {
            if !errors.contains(where: { $0.field == reference.field }) {
                errors.append(FieldError(field: reference.field, message: "\(reference.label) is not a known record in this organization."))
            }
        }
        if !errors.isEmpty { throw ValidationFailure(errors) }
    }
}
