import FluentKit
import Foundation

/// Gives each parent its children from one query, grouped by parent id. Fluent's eager loader (`with`)
/// compares every child with every parent, which for 300 initiatives and their 600 friction links was
/// most of the initiative board's time, and grew with the square of the organization.
enum ChildrenLoading {
    static func attach<Parent: Model, Child: Model>(
        _ children: KeyPath<Parent, ChildrenProperty<Parent, Child>>, of parents: [Parent],
        parentID: KeyPath<Child, UUID>, query: ([UUID]) -> QueryBuilder<Child>
    ) async throws where Parent.IDValue == UUID {
        guard !parents.isEmpty else { return }
        let ids = parents.compactMap(\.id)
        var byParent: [UUID: [Child]] = [:]
        for start in stride(from: 0, to: ids.count, by: 1_000) {
            for child in try await query(Array(ids[start..<min(start + 1_000, ids.count)])).all() {
                byParent[child[keyPath: parentID], default: []].append(child)
            }
        }
        for parent in parents { parent[keyPath: children].value = byParent[parent.id!] ?? [] }
    }
}
