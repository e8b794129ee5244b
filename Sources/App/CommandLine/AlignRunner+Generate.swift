import Domain
import Foundation
import Persistence

/// `align generate feedback`: synthetic survey answers on Riverbend Water's touchpoints, written
/// row by row so any number fits in constant memory; `align generate organization`: a whole
/// organization of a chosen size in the database.
public enum AlignGenerator {
    /// Applies migrations and writes the generated organization, saying what it is doing.
    public static let organizationSizes = LargeOrganization.Size.allCases.map(\.rawValue)
    public static let organizationSlug = LargeOrganization.slug

    public static func writeOrganization(_ config: AlignConfig, size name: String, seed: UInt64) async throws {
        guard let size = LargeOrganization.Size(rawValue: name) else {
            throw AlignRunner.CommandFailure(description: "The size must be one of: \(organizationSizes.joined(separator: ", ")).")
        }
        try await AlignRunner.withApplication(config) { app in
            try await app.autoMigrate()
            let started = Date()
            let counts = try await LargeOrganization.generate(size, seed: seed, on: app.db) { step in
                print("\(Int(Date().timeIntervalSince(started)))s  \(step)")
            }
            print("""
                Organization "\(LargeOrganization.slug)" (\(size.rawValue), seed \(seed)) written in \(Int(Date().timeIntervalSince(started))) s: \
                \(counts.teams) teams, \(counts.people) people, \(counts.journeys) journeys with \(counts.touchpoints) touchpoints, \
                \(counts.processes) processes, \(counts.customers) customers, \(counts.feedback) feedback items, \(counts.frictions) frictions, \
                \(counts.initiatives) initiatives.
                """)
        }
    }

    public static func writeFeedback(rows: Int, seed: UInt64, output: String?) throws {
        let generator = SyntheticFeedback(seed: seed, touchpoints: DemoLoader.riverbendTouchpointNames,
                                          endDate: CalendarDate(year: 2026, month: 11, day: 20)!)
        let handle: FileHandle
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: nil), let file = FileHandle(forWritingAtPath: output) else {
                throw AlignRunner.CommandFailure(description: "Cannot write \(output).")
            }
            handle = file
        } else {
            handle = FileHandle.standardOutput
        }
        defer { if output != nil { try? handle.close() } }
        var buffer = CSVWriter.line(SyntheticFeedback.csvHeader)
        for index in 0..<rows {
            buffer += CSVWriter.line(generator.csvFields(generator.response(index)))
            if buffer.utf8.count > 1 << 20 {
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        handle.write(Data(buffer.utf8))
    }
}
