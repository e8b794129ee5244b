import Domain
import Foundation
import Persistence
import Vapor
import Web

extension AlignRunner {
    /// How a report is written, from the output file's extension.
    enum ReportFormat: String, CaseIterable { case html, json, pdf }

    static func reportFormat(_ output: String) throws -> ReportFormat {
        let suffix = URL(fileURLWithPath: output).pathExtension.lowercased()
        guard let format = ReportFormat(rawValue: suffix) else {
            throw ValidationFailure(field: "output", message: "The output file ends in .html, .json or .pdf, which says how the report is written; “\(output)” does not.")
        }
        return format
    }

    /// `align report executive --output F`: the executive alignment report as HTML, JSON or PDF (printed by Chromium).
    public static func executiveReport(_ config: AlignConfig, organization: String?, output: String, baseURL: String) async throws {
        let format = try reportFormat(output)
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let organization = try await chooseOrganization(organization, app.store)
            let scope = app.store.scope(organization, actor: .commandLine)
            let model = try await ExecutiveReportBuilder(scope: scope, slug: organization.slug, today: .today).build()
            switch format {
            case .json: try apiEncoder().encode(model).write(to: URL(fileURLWithPath: output))
            case .html: try Data(ExecutiveReportView.standalone(model, baseURL: baseURL).utf8).write(to: URL(fileURLWithPath: output))
            case .pdf: try await ReportPrinter.pdf(ExecutiveReportView.standalone(model, baseURL: baseURL), to: output)
            }
            print("Wrote the executive alignment report for \(organization.name) to \(output).")
        }
    }
}

/// Prints HTML to PDF with the machine's Chromium, headless, as a browser would print the page.
enum ReportPrinter {
    static func chromium() -> String? {
        if let chosen = ProcessInfo.processInfo.environment["ALIGN_CHROMIUM"], !chosen.isEmpty { return chosen }
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for directory in paths where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") { return "\(directory)/\(name)" }
        }
        return nil
    }

    static func pdf(_ html: String, to output: String) async throws {
        guard let chromium = chromium() else {
            throw ValidationFailure(field: "output", message: "Writing a PDF needs Chromium (Debian's chromium package, or ALIGN_CHROMIUM set to "
                + "a browser); write the report as .html and print it from a browser instead.")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("align-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        try Data(html.utf8).write(to: page)
        let target = URL(fileURLWithPath: output).standardizedFileURL.path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--user-data-dir=\(folder.path)/profile",
                             "--print-to-pdf=\(target)", page.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: target) else {
            throw Abort(.internalServerError, reason: "Chromium could not print the report to \(output) (exit status \(process.terminationStatus)).")
        }
    }
}
