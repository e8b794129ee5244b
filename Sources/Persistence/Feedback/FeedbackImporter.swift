import Domain
import FluentKit
import Foundation
import SQLKit

/// What an import has done so far.
public struct ImportProgress: Sendable, Equatable {
    public var bytesRead: Int64 = 0
    public var totalBytes: Int64 = 0
    public var rowsRead = 0
    public var imported = 0
    public var duplicates = 0
    public var rejected = 0

    public init() {}
}

/// Streams a file into an organization's feedback: read a chunk, map its rows, and store them in
/// batches, each batch one transaction that also records the progress. One batch is mapped while the
/// one before it is written, so memory stays bounded by two batches and the longest record. Rows whose external id (or, without one, content) is already
/// stored are counted as duplicates and skipped, so importing a file twice adds nothing.
public struct FeedbackImporter: Sendable {
    public let db: any Database
    public let organizationID: UUID
    public let settings: ImportSettings
    /// Rows per transaction. Every commit writes each index page it touched to the write-ahead log again:
    /// with 1,000 rows a commit, that was a fifth of the time a million rows took.
    public var batchSize = 10_000
    public var chunkSize = 1 << 20

    public init(db: any Database, organizationID: UUID, settings: ImportSettings) {
        self.db = db
        self.organizationID = organizationID
        self.settings = settings
    }

    /// Names rows may refer to: the organization's touchpoints, stages and customers.
    public static func directory(_ organizationID: UUID, on db: any Database) async throws -> ImportDirectory {
        var directory = ImportDirectory()
        for touchpoint in try await TouchpointRecord.query(on: db).filter(\.$organizationID == organizationID).all() {
            directory.addTouchpoint(touchpoint.id!, name: touchpoint.name)
        }
        for stage in try await StageRecord.query(on: db).filter(\.$organizationID == organizationID).all() {
            directory.addStage(stage.id!, name: stage.name)
        }
        for customer in try await CustomerRecord.query(on: db).filter(\.$organizationID == organizationID).all() {
            directory.addCustomer(customer.id!, name: customer.accountName, segment: customer.segment)
        }
        return directory
    }

    /// Imports the file at `path` under the import `lease` holds, calling `progress` after every batch. Resuming
    /// (`resumeFrom`, the counts the interrupted run committed), the rows already read are mapped again, so rows
    /// alike are numbered as before, but not stored or counted a second time.
    func run(path: String, lease: ImportLease, resumeFrom: ImportProgress? = nil,
             progress report: @Sendable (ImportProgress) async -> Void = { _ in }) async throws -> ImportProgress {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ImportFailure("The uploaded file could not be opened.") }
        defer { try? handle.close() }
        var progress = resumeFrom ?? ImportProgress()
        progress.bytesRead = 0
        var skip = progress.rowsRead
        progress.totalBytes = Int64((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value ?? 0)
        let mapper = ImportRowMapper(settings: settings, directory: try await Self.directory(organizationID, on: db))
        let themes = ThemeMatcher(try await FeedbackThemes.current(organizationID, on: db))
        var source = RowSource(settings: settings)
        var occurrences = ContentOccurrences()
        var pending: [ImportRowMapper.Row] = []
        // The batch being mapped on other threads while the one before it is written.
        var mapping: (rows: Int, work: Parallel.Running<[Mapped]>)?
        while true {
            let chunk = try handle.read(upToCount: chunkSize) ?? Data()
            pending += chunk.isEmpty ? try source.finish() : try source.feed(chunk)
            while pending.count >= batchSize || (chunk.isEmpty && !pending.isEmpty) {
                // Between batches, so a shutdown leaves whole batches behind and the record says it stopped.
                try Task.checkCancellation()
                let batch = Array(pending.prefix(batchSize))
                pending.removeFirst(batch.count)
                let next = (rows: batch.count, work: Self.startMapping(batch, mapper: mapper, themes: themes))
                if let (rows, work) = mapping {
                    try await store(work.wait().flatMap { $0 }, rowsRead: rows, skip: &skip, lease: lease, occurrences: &occurrences, progress: &progress)
                    await report(progress)
                }
                mapping = next
            }
            progress.bytesRead += Int64(chunk.count)
            if chunk.isEmpty { break }
        }
        if let (rows, work) = mapping {
            try await store(work.wait().flatMap { $0 }, rowsRead: rows, skip: &skip, lease: lease, occurrences: &occurrences, progress: &progress)
            await report(progress)
        }
        return progress
    }

    private typealias Mapped = Result<(row: ImportedRow, hash: String?, theme: String?), ImportRejection>

    /// Mapping scores each text's sentiment; with hashing and theme assignment it is most of the processor time
    /// of an import, so the batch is shared out across the cores (in order), and runs while the batch before it is written.
    private static func startMapping(_ rows: [ImportRowMapper.Row], mapper: ImportRowMapper, themes: ThemeMatcher)
        -> Parallel.Running<[Mapped]> {
        Parallel.start(rows.count) { range in
            range.map { index in
                mapper.map(rows[index]).map { ($0, $0.contentKey.map(hash), themes.theme(for: $0.item.text)?.name) }
            }
        }
    }

    /// Stores one batch and its counts in one transaction, which also renews the lease: if another runner holds
    /// the import now, nothing of the batch is kept. The first `skip` rows were stored by an earlier run.
    private func store(_ prepared: [Mapped], rowsRead: Int, skip: inout Int, lease: ImportLease, occurrences: inout ContentOccurrences,
                       progress: inout ImportProgress) async throws {
        let skipped = min(skip, prepared.count)
        skip -= skipped
        let (mapped, refused) = Self.numbered(prepared, skipping: skipped, occurrences: &occurrences)
        var next = progress
        next.rowsRead += rowsRead - skipped
        next.rejected += refused.count
        let org = organizationID, importID = lease.importID
        let accepted = mapped, rejections = refused, counted = next
        progress = try await WriteGate.transaction(db) { tx in
            try await Self.widenSQLiteCache(tx)
            var known = try await StoredKeys.load(org, externalIDs: accepted.compactMap { $0.row.item.externalID },
                                                  hashes: accepted.compactMap { $0.hash }, on: tx)
            var stored: [FeedbackBulkInsert.Row] = [], duplicates: [ImportDuplicateRecord] = [], progress = counted
            for (row, hash, theme) in accepted {
                let id = TimeOrderedID.make()
                if let (rule, original) = known.duplicate(row.item.externalID, hash, storingAs: StoredOrigin(id: id, importID: importID, line: row.line)) {
                    duplicates.append(ImportDuplicateRecord(importID: importID, line: row.line, rule: rule, externalID: row.item.externalID, original: original))
                    continue
                }
                stored.append(FeedbackBulkInsert.Row(id: id, item: row.item, contentHash: hash, theme: theme, line: row.line))
            }
            try await FeedbackBulkInsert.insert(stored, organizationID: org, importID: importID, on: tx)
            try await Self.create(rejections.map { ImportRejectionRecord(importID: importID, rejection: $0) }, on: tx)
            try await Self.create(duplicates, on: tx)
            progress.imported += stored.count
            progress.duplicates += duplicates.count
            // The counts are written with the rows they count, so a run cut short leaves them true.
            try await lease.renew(on: tx, progress: progress)
            return progress
        }
    }

    /// Creates records a statement's worth at a time.
    private static func create<Record: Model>(_ records: [Record], on db: any Database) async throws {
        for start in stride(from: 0, to: records.count, by: FeedbackBulkInsert.rowsPerStatement) {
            try await Array(records[start..<min(start + FeedbackBulkInsert.rowsPerStatement, records.count)]).create(on: db)
        }
    }

    /// The rows to store and the rejections to record, after the first `skipped` (stored by an earlier run), which
    /// still count towards the numbering of rows alike.
    private static func numbered(_ prepared: [Mapped], skipping skipped: Int, occurrences: inout ContentOccurrences)
        -> (mapped: [(row: ImportedRow, hash: String?, theme: String?)], refused: [ImportRejection]) {
        var mapped: [(row: ImportedRow, hash: String?, theme: String?)] = [], refused: [ImportRejection] = []
        for (index, result) in prepared.enumerated() {
            switch result {
            case .success(let entry):
                let hash = entry.hash.map { occurrences.numbered($0, content: entry.row.contentKey ?? "") }
                if index >= skipped { mapped.append((entry.row, hash, entry.theme)) }
            case .failure(let rejection): if index >= skipped { refused.append(rejection) }
            }
        }
        return (mapped, refused)
    }

    /// Inserting into a large table's indexes (random UUID keys) reads and writes pages all over the file; SQLite's
    /// default 2 MB page cache and 4 MB between checkpoints made that most of an import's time on a million rows.
    /// Both settings belong to the connection the transaction holds, and stay with it: 64 MB at most per connection.
    static func widenSQLiteCache(_ db: any Database) async throws {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        try await sql.raw("PRAGMA cache_size = -65536").run()
        try await sql.raw("PRAGMA wal_autocheckpoint = 16384").run()
    }

    /// The content hash that recognises a row without an external id.
    static func hash(_ key: String) -> String { Secrets.hash(key) }
}

/// The external ids and content hashes a batch finds already stored (or stored earlier in the batch), with where each came from.
struct StoredKeys {
    private var byExternalID: [String: StoredOrigin] = [:]
    private var byHash: [String: StoredOrigin] = [:]

    static func load(_ organizationID: UUID, externalIDs: [String], hashes: [String], on db: any Database) async throws -> StoredKeys {
        var keys = StoredKeys()
        func origin(_ record: FeedbackRecord) -> StoredOrigin { StoredOrigin(id: record.id!, importID: record.importID, line: record.importLine) }
        let base = FeedbackRecord.query(on: db).filter(\.$organizationID == organizationID)
            .field(\.$id).field(\.$importID).field(\.$importLine)
        if !externalIDs.isEmpty {
            for record in try await base.copy().field(\.$externalID).filter(\.$externalID ~~ externalIDs).all() {
                if let id = record.externalID { keys.byExternalID[id] = origin(record) }
            }
        }
        if !hashes.isEmpty {
            for record in try await base.copy().field(\.$contentHash).filter(\.$contentHash ~~ hashes).all() {
                if let hash = record.contentHash { keys.byHash[hash] = origin(record) }
            }
        }
        return keys
    }

    /// The rule that finds the row already stored and what it duplicates; nil for a new row, noted as stored at `origin`.
    mutating func duplicate(_ externalID: String?, _ hash: String?, storingAs origin: StoredOrigin) -> (DuplicateRule, StoredOrigin)? {
        if let externalID {
            if let original = byExternalID[externalID] { return (.externalID, original) }
            byExternalID[externalID] = origin
        }
        if let hash {
            if let original = byHash[hash] { return (.content, original) }
            byHash[hash] = origin
        }
        return nil
    }
}

/// An import that cannot go on, in words for the person who started it.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// The rows of a file in either format, with format errors turned into `ImportFailure`s that name the line.
struct RowSource {
    private var reader: ImportRowReader

    init(settings: ImportSettings) {
        reader = ImportRowReader(settings: settings)
    }

    mutating func feed(_ data: Data) throws -> [ImportRowMapper.Row] {
        do { return try reader.feed(data) } catch { throw ImportFailure(error.description) }
    }

    mutating func finish() throws -> [ImportRowMapper.Row] {
        do { return try reader.finish() } catch { throw ImportFailure(error.description) }
    }
}
