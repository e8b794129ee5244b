import Domain
import FluentKit
import Foundation

/// Reads and writes one kind of content record, always inside one organization.
public struct RecordStore<Record: ContentRecord>: Sendable {
    public let db: any Database
    public let organizationID: UUID

    public init(db: any Database, organizationID: UUID) {
        self.db = db
        self.organizationID = organizationID
    }

    private func query(on db: any Database) -> QueryBuilder<Record> {
        Record.scoped(Record.query(on: db), to: organizationID)
    }

    public func list(filters: ListFilters = ListFilters(), page: Pagination) async throws -> Paged<Stored<Record.Content>> {
        let filtered = try await Record.filtered(query(on: db), by: filters, on: db)
        var total = try await Record.keptTotal(filters, organizationID: organizationID, on: db)
        if total == nil { total = try await filtered.copy().count(Record.organizationKey) }
        let records: [Record]
        if let anchor = page.anchor, let anchored = Record.anchored(filtered, at: anchor) {
            let read = try await anchored.limit(page.per).all()
            if case .before = anchor { records = read.reversed() } else { records = read }
        } else {
            records = try await Record.sorted(filtered).range(page.offset..<(page.offset + page.per)).all()
        }
        try await Record.loadRelations(records, on: db)
        return Paged(items: records.map(\.stored), request: page, total: total ?? 0)
    }

    public func all(filters: ListFilters = ListFilters()) async throws -> [Stored<Record.Content>] {
        let filtered = try await Record.filtered(query(on: db), by: filters, on: db)
        let records = try await Record.sorted(filtered).all()
        try await Record.loadRelations(records, on: db)
        return records.map(\.stored)
    }

    /// How many records of the kind the organization holds. Counted by `organization_id`, not by id as
    /// Fluent's `count()` does: its index answers alone, where counting ids reads every row.
    public func count() async throws -> Int {
        try await Record.scoped(Record.query(on: db), to: organizationID).count(Record.organizationKey)
    }

    /// The records among these ids in this organization, in list order.
    public func some(_ ids: Set<UUID>) async throws -> [Stored<Record.Content>] {
        guard !ids.isEmpty else { return [] }
        var result: [Stored<Record.Content>] = []
        let all = Array(ids)
        for start in stride(from: 0, to: all.count, by: 1_000) {
            let records = try await Record.sorted(query(on: db).filter(\._$id ~~ Array(all[start..<min(start + 1_000, all.count)]))).all()
            try await Record.loadRelations(records, on: db)
            result += records.map(\.stored)
        }
        return result
    }

    /// The record with this id in this organization; nil for other organizations' records too.
    public func find(_ id: UUID) async throws -> Record? {
        guard let record = try await query(on: db).filter(\._$id == id).first() else { return nil }
        try await Record.loadRelations([record], on: db)
        return record
    }

    public func create(_ content: Record.Content, id: UUID? = nil) async throws -> Stored<Record.Content> {
        let record = Record(organizationID: organizationID, content: content)
        record.id = id
        try await WriteGate.transaction(db) { tx in
            try await record.willSave(isNew: true, on: tx)
            try await record.create(on: tx)
            try await record.saveRelations(of: content, on: tx)
            try await keepFigures(of: record, before: nil, unsettled: false, on: tx)
        }
        // Read back, so what Align worked out on saving (sentiment, theme) is in the answer.
        return try await find(record.id!)?.stored ?? Stored(id: record.id!, organizationID: organizationID, content: content)
    }

    public func update(_ record: Record, with content: Record.Content) async throws -> Stored<Record.Content> {
        let before = try await record.figureCounts(on: db), unsettled = record.unsettlesFigures(changedTo: content)
        record.apply(content)
        try await WriteGate.transaction(db) { tx in
            try await record.willSave(isNew: false, on: tx)
            try await record.update(on: tx)
            try await record.saveRelations(of: content, on: tx)
            try await keepFigures(of: record, before: before, unsettled: unsettled, on: tx)
        }
        return try await find(record.id!)?.stored ?? record.stored
    }

    public func delete(_ record: Record) async throws {
        let before = try await record.figureCounts(on: db), unsettled = record.unsettlesFigures(changedTo: nil)
        try await WriteGate.transaction(db) { tx in
            if unsettled { try await FeedbackFigureStore.markStale(organizationID, on: tx) }
            try await record.delete(on: tx)
            if let before { try await FeedbackFigureStore.add(before.negated, organizationID: organizationID, on: tx) }
        }
    }

    /// Adds the saved record's counts and takes away what it counted before, in the write's transaction.
    private func keepFigures(of record: Record, before: FigureCounts?, unsettled: Bool, on tx: any Database) async throws {
        if unsettled { try await FeedbackFigureStore.markStale(organizationID, on: tx) }
        guard var counts = try await record.figureCounts(on: tx) else { return }
        if let before { counts.add(before, times: -1) }
        try await FeedbackFigureStore.add(counts, organizationID: organizationID, on: tx)
    }
}
