import Domain
import Foundation
import Persistence
import Vapor

extension AlignRunner {
    /// `align import feedback`: checks the file's start, then streams it into the organization with a
    /// progress bar on standard error, and prints what it imported, skipped and rejected.
    public static func importFeedback(_ config: AlignConfig, file: String, settings: ImportSettings, rowsGiven: Bool = true, organization: String?,
                                      rejectionsFile: String?) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let org = try await chooseOrganization(organization, app.store)
            guard FileManager.default.fileExists(atPath: file) else { throw CommandFailure(description: "No file at \(file).") }
            let imports = FeedbackImports(app.store.scope(org, actor: .commandLine))
            let bar = ProgressBar()
            let outcome: ImportOutcome
            do {
                outcome = try await imports.importFile(file, settings: settings, rowsGiven: rowsGiven, progress: { bar.show($0) }, stored: { stored in
                    try await report(stored, imports, bar: bar, rejectionsFile: rejectionsFile)
                    // Over a large organization this takes a while after the bar has reached 100%; say what is going on.
                    FileHandle.standardError.write(Data("Comparing the organization's feedback with its known friction points…\n".utf8))
                })
            } catch let failure as ImportFailure {
                throw CommandFailure(description: "\(file): \(failure.description) Nothing was imported.")
            }
            let result = outcome.feedbackImport
            if !bar.ended { try await report(result, imports, bar: bar, rejectionsFile: rejectionsFile) }
            if let error = result.error { throw CommandFailure(description: error) }
            if let links = outcome.linksProposed { print("Links waiting for review on the Legitimize page: \(links)") }
        }
    }

    /// The counts on standard output, then the rejected rows.
    private static func report(_ result: FeedbackImport, _ imports: FeedbackImports, bar: ProgressBar, rejectionsFile: String?) async throws {
        bar.end()
        print("Imported \(result.imported) · duplicates skipped \(result.duplicates) · rejected \(result.rejected) (\(result.rowsRead) rows read)")
        fflush(nil)  // every stream: standard output is buffered when it is a pipe, and the rest goes to standard error
        if result.rejected > 0 { try await reportRejections(result, imports, to: rejectionsFile) }
        if result.duplicates > 0 { try await reportDuplicates(result, imports) }
    }

    /// The first rows skipped as already stored, each with the rule that found it and the row it repeats.
    static func reportDuplicates(_ result: FeedbackImport, _ imports: FeedbackImports) async throws {
        let page = try await imports.duplicates(result.id, page: Pagination(page: 1, per: 10))
        for duplicate in page.items {
            FileHandle.standardError.write(Data("  line \(duplicate.line) skipped: \(duplicate.explanation(in: result.id))\n".utf8))
        }
        if page.total > page.items.count {
            FileHandle.standardError.write(Data("  … and \(page.total - page.items.count) more skipped; `GET …/imports/\(result.id.uuidString)/duplicates` lists them all.\n".utf8))
        }
    }

    private static func reportRejections(_ record: FeedbackImport, _ imports: FeedbackImports, to path: String?) async throws {
        var shown = 0
        var output = ""
        try await imports.forEachRejection(record.id) { page in
            for rejection in page where shown < 10 {
                FileHandle.standardError.write(Data("  \(rejection.location): \(rejection.reason)\n".utf8))
                shown += 1
            }
            if path != nil { output += page.map { CSVWriter.line(["\($0.line)", $0.column, $0.reason]) }.joined() }
        }
        if let path {
            try (CSVWriter.line(["line", "column", "reason"]) + output).write(toFile: path, atomically: true, encoding: .utf8)
            FileHandle.standardError.write(Data("Every rejected row is listed in \(path).\n".utf8))
        } else if record.rejected > shown {
            FileHandle.standardError.write(Data("  … and \(record.rejected - shown) more; pass --rejections FILE to write them all.\n".utf8))
        }
    }
}

/// A one-line progress bar on standard error, redrawn in place on a terminal and printed every
/// tenth of the way otherwise (so logs stay short).
final class ProgressBar: @unchecked Sendable {
    private let isTerminal = isatty(2) != 0
    private var lastTenth = -1

    func show(_ progress: ImportProgress) {
        let percent = progress.totalBytes > 0 ? Int(min(100, progress.bytesRead * 100 / progress.totalBytes)) : 0
        let filled = percent / 5
        let line = "[\(String(repeating: "#", count: filled))\(String(repeating: " ", count: 20 - filled))] \(percent)%  "
            + "\(progress.rowsRead) rows: \(progress.imported) imported, \(progress.duplicates) duplicates, \(progress.rejected) rejected"
        if isTerminal {
            FileHandle.standardError.write(Data("\r\(line)".utf8))
        } else if percent / 10 > lastTenth {
            lastTenth = percent / 10
            FileHandle.standardError.write(Data("\(line)\n".utf8))
        }
    }

    private(set) var ended = false

    func end() {
        if isTerminal, !ended { FileHandle.standardError.write(Data("\n".utf8)) }
        ended = true
    }
}
