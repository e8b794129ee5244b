import Domain
import FluentKit
import Foundation

/// An organization's feedback as Formbricks Hub records (JSON Lines), a page of items at a time so any
/// number streams: the API's download and `align export feedback --format formbricks-hub` call this.
public struct FeedbackHubExport: Sendable {
    let scope: OrgScope

    public init(_ scope: OrgScope) {
        self.scope = scope
    }

    /// Calls `write` with the records of each page of items, oldest id first.
    public func forEachPage(size: Int = 1_000, _ write: (String) async throws -> Void) async throws {
        let names = Dictionary(try await TouchpointRecord.query(on: scope.db).filter(\.$organizationID == scope.id).all().map { ($0.id!, $0.name) },
                               uniquingKeysWith: { first, _ in first })
        var after: UUID?
        while true {
            var query = FeedbackRecord.query(on: scope.db).filter(\.$organizationID == scope.id).sort(\.$id).limit(size)
            if let after { query = query.filter(\.$id > after) }
            let records = try await query.all()
            guard let last = records.last else { return }
            try await FeedbackRecord.loadRelations(records, on: scope.db)
            try await write(records.map { record in
                let item = record.content
                return HubRecordExport.lines(item, id: record.id!, tenant: scope.slug, touchpoint: item.touchpointIDs.first.flatMap { names[$0] })
            }.joined())
            after = last.id
        }
    }
}
