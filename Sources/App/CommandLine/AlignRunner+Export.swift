import Domain
import Foundation
import Persistence

extension AlignRunner {
    /// `align export feedback --format formbricks-hub`: every item as Hub records, to a file or standard output.
    public static func exportFeedback(_ config: AlignConfig, organization: String?, output: String?) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let org = try await chooseOrganization(organization, app.store)
            let handle: FileHandle
            if let output {
                guard FileManager.default.createFile(atPath: output, contents: nil), let file = FileHandle(forWritingAtPath: output) else {
                    throw CommandFailure(description: "Cannot write \(output).")
                }
                handle = file
            } else {
                handle = FileHandle.standardOutput
            }
            defer { if output != nil { try? handle.close() } }
            var lines = 0
            try await FeedbackHubExport(app.store.scope(org, actor: .commandLine)).forEachPage { chunk in
                try handle.write(contentsOf: Data(chunk.utf8))
                lines += chunk.utf8.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
            }
            if let output { FileHandle.standardError.write(Data("Wrote \(lines) Formbricks Hub records to \(output).\n".utf8)) }
        }
    }
}
