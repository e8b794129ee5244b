@testable import App
import Domain
import FluentKit
import Foundation
@testable import Persistence
import Testing

/// What an import stores, read back through the models: the bulk writer bypasses Fluent, so these
/// tests hold it to what Fluent would have stored, on SQLite and PostgreSQL alike.
@Suite struct ImportStorageTests {
    static let csv = "id,when,comment,nps,csat,ces,where,stage,channel,segment,kind,priority\n"
        + "X1,2026-03-05,\"Please add an evening slot, it would be nice\",6,3,5,Fault line,Report it,Phone survey,Business,,4\n"
        + "X2,2026-03-06,Transferred twice and nobody called back,,,,,,,,question,\n"
        + "X3,2026-03-07,Lovely friendly staff,10,5,1,fault line,,Web,,,\n"
        + "X4,not a date,Rejected for its date,,,,,,,,,\n"
        + "X5,2026-03-08,,,,,,,,,,\n"

    static let settings = ImportSettings(columns: [
        .externalID: "id", .date: "when", .text: "comment", .nps: "nps", .csat: "csat", .ces: "ces", .touchpoint: "where",
        .stage: "stage", .channel: "channel", .segment: "segment", .kind: "kind", .priority: "priority",
    ])

    /// Imports `csv` into `slug` with `batchSize` rows per batch; the progress reported after each batch.
    static func importFile(_ t: TestApp, slug: String, batchSize: Int) async throws -> (org: UUID, importID: UUID, reports: [ImportProgress]) {
        let org = try #require(try await Organizations.find(slug: slug, on: t.app.db)?.id)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString).csv").path
        try csv.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let record = FeedbackImportRecord(organizationID: org, fileName: "t.csv", settings: settings, filePath: nil,
                                          totalBytes: Int64(csv.utf8.count), createdBy: nil)
        try await record.create(on: t.app.db)
        var importer = FeedbackImporter(db: t.app.db, organizationID: org, settings: settings)
        importer.batchSize = batchSize
        let reports = Reports()
        let lease = try #require(try await ImportLease.claim(record.id!, from: [.queued], on: t.app.db))
        _ = try await importer.run(path: path, lease: lease) { reports.add($0) }
        return (org, record.id!, reports.all)
    }

    final class Reports: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [ImportProgress] = []
        func add(_ progress: ImportProgress) { lock.withLock { list.append(progress) } }
        var all: [ImportProgress] { lock.withLock { list } }
    }

    static func stored(_ org: UUID, _ externalID: String, on db: any Database) async throws -> FeedbackRecord {
        try #require(try await FeedbackRecord.query(on: db).filter(\.$organizationID == org).filter(\.$externalID == externalID)
            .with(\.$links).first())
    }

    @Test func timeOrderedIDsSortByTimeAndCarryTheirVersion() {
        let earlier = Date(timeIntervalSince1970: 1_795_000_000), later = earlier.addingTimeInterval(0.002)
        for _ in 0..<200 {
            let first = TimeOrderedID.make(at: earlier), second = TimeOrderedID.make(at: later)
            #expect(first.uuidString < second.uuidString, "a later millisecond sorts after, as text too")
            #expect(first.uuidString.hasPrefix("01A1EE56-5E00-7"), "48 bits of milliseconds lead")
            let bytes = first.uuid
            #expect(bytes.6 >> 4 == 7 && bytes.8 >> 6 == 0b10, "version 7, RFC variant")
        }
        #expect(TimeOrderedID.make(at: earlier) != TimeOrderedID.make(at: earlier), "the rest is random")
    }

    @Test func hexIdsAreWrittenAsFoundationWritesThem() {
        for id in (0..<500).map({ _ in UUID() }) + [UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
                                                   UUID(uuid: (255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255))] {
            #expect(id.upperHexString == id.uuidString)
        }
    }

    @Test func everyMappedFieldIsStoredAsTheModelsReadIt() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let started = Date()
            let (org, importID, reports) = try await Self.importFile(t, slug: "acme", batchSize: 10_000)
            #expect(reports.last?.imported == 3 && reports.last?.rejected == 2 && reports.last?.rowsRead == 5)
            #expect(reports.last?.bytesRead == Int64(Self.csv.utf8.count))

            let first = try await Self.stored(org, "X1", on: t.app.db)
            #expect(first.text == "Please add an evening slot, it would be nice")
            #expect(first.kind == FeedbackKind.suggestion.rawValue, "no kind given, and the words ask for something")
            #expect(first.source == FeedbackSource.survey.rawValue)
            #expect(first.date == "2026-03-05")
            #expect(first.stageID == UUID(uuidString: seed.stage))
            #expect(first.priority == 4 && first.nps == 6 && first.csat == 3 && first.ces == 5)
            #expect(first.channel == "Phone survey" && first.segment == "Business")
            #expect(first.importID == importID && first.contentHash == nil && first.customerID == nil && first.conversationID == nil)
            let sentiment = SentimentAnalyzer().value(first.text)
            #expect(first.sentimentScore == sentiment.value && first.sentimentLabel == sentiment.label.rawValue)
            #expect(first.links.map(\.touchpointID) == [UUID(uuidString: seed.touchpoint)])
            let created = try #require(first.createdAt)
            #expect(abs(created.timeIntervalSince(started)) < 120)
            #expect(first.id.map { $0.uuidString.dropFirst(14).first } == "7", "ids are time-ordered (version 7)")

            let second = try await Self.stored(org, "X2", on: t.app.db)
            #expect(second.kind == FeedbackKind.question.rawValue && second.links.isEmpty && second.nps == nil && second.stageID == nil)
            #expect(second.channel == nil && second.segment == nil && second.priority == nil)
            let third = try await Self.stored(org, "X3", on: t.app.db)
            #expect(third.kind == FeedbackKind.worksWell.rawValue, "touchpoint names match whatever their case")
            #expect(third.links.count == 1)
        }
    }

    @Test func batchesOfOneRowStoreWhatOneBatchStores() async throws {
        try await TestApp.run { t in
            _ = try await t.seed(slug: "acme")
            _ = try await t.seed(slug: "beta")
            let whole = try await Self.importFile(t, slug: "acme", batchSize: 10_000)
            let single = try await Self.importFile(t, slug: "beta", batchSize: 1)
            #expect(whole.reports.count == 1)
            #expect(single.reports.map(\.rowsRead) == [1, 2, 3, 4, 5], "a report after every batch, in order")
            #expect(single.reports.last?.imported == whole.reports.last?.imported)
            #expect(single.reports.last?.rejected == whole.reports.last?.rejected)
            func summary(_ org: UUID) async throws -> [String] {
                try await FeedbackRecord.query(on: t.app.db).filter(\.$organizationID == org).with(\.$links).sort(\.$externalID).all()
                    .map { [$0.externalID ?? "", $0.text, $0.kind, $0.date ?? "", "\($0.nps ?? -1)", $0.sentimentLabel ?? "",
                            "\($0.links.count)"].joined(separator: "|") }
            }
            let expected = try await summary(whole.org)
            #expect(expected.count == 3)
            #expect(try await summary(single.org) == expected)
            let rejections = try await ImportRejectionRecord.query(on: t.app.db).filter(\.$importID == single.importID).all()
            #expect(rejections.map(\.line).sorted() == [5, 6])
        }
    }
}
