import Domain
import Foundation
import Persistence

/// `align generate feedback`: synthetic survey answers on Riverbend Water's touchpoints, written
/// row by row so any number fits in constant memory.
public enum AlignGenerator {
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
