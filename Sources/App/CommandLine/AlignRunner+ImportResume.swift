import Domain
import Foundation
import Persistence

extension AlignRunner {
    /// `align import list`: the organization's imports, newest first, with what each stored and how it ended.
    public static func listImports(_ config: AlignConfig, organization: String?, limit: Int) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let org = try await chooseOrganization(organization, app.store)
            let page = try await FeedbackImports(app.store.scope(org, actor: .commandLine)).list(Pagination(page: 1, per: limit))
            print(["id", "status", "file", "rows read", "imported", "duplicates", "rejected"].joined(separator: "\t"))
            for item in page.items {
                print([item.id.uuidString, item.status.rawValue + (item.canResume ? " (resumable)" : ""), item.fileName, "\(item.rowsRead)",
                       "\(item.imported)", "\(item.duplicates)", "\(item.rejected)"].joined(separator: "\t"))
            }
            if page.items.contains(where: \.canResume) {
                FileHandle.standardError.write(Data("Resume an interrupted import with: align import resume ID\n".utf8))
            }
        }
    }

    /// `align import resume ID`: goes on with an interrupted import from its file, here and now, with a progress bar.
    public static func resumeImport(_ config: AlignConfig, id: UUID, organization: String?) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let org = try await chooseOrganization(organization, app.store)
            let imports = FeedbackImports(app.store.scope(org, actor: .commandLine))
            let bar = ProgressBar()
            let outcome: ImportOutcome
            do {
                outcome = try await imports.resumeHere(id, progress: { bar.show($0) })
            } catch let conflict as Conflict {
                throw CommandFailure(description: conflict.description)
            } catch is NotFound {
                throw CommandFailure(description: "No import \(id.uuidString) in this organization; `align import list` shows them.")
            }
            bar.end()
            let result = outcome.feedbackImport
            print("Imported \(result.imported) · duplicates skipped \(result.duplicates) · rejected \(result.rejected) (\(result.rowsRead) rows read)")
            if let error = result.error { throw CommandFailure(description: error) }
            if let links = outcome.linksProposed { print("Links waiting for review on the Legitimize page: \(links)") }
        }
    }
}
