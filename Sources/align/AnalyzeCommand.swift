import Analysis
import ArgumentParser
import Foundation

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read a CSV without importing it; write it to standard output with sentiment and theme columns added.")

    @Argument(help: "The CSV file to read.") var file: String
    @Option(help: "The column holding the customers' words.") var textColumn: String
    @Option(help: "The 1-based row holding the column names (default 1).") var headerRow = 1
    @Option(help: "Field separator: a single character such as , ; or \\t (default ,).") var delimiter = ","

    func run() throws {
        let separator = delimiter == "\\t" ? "\t" : delimiter
        guard separator.utf8.count == 1, let byte = separator.utf8.first, byte != UInt8(ascii: "\""), byte != 10, byte != 13 else {
            throw ValidationError("--delimiter must be one character other than a quote or a line break.")
        }
        let output = FileHandle.standardOutput
        let analysis = CSVAnalysis(path: file, textColumn: textColumn, delimiter: byte, headerRow: headerRow)
        let rows = try analysis.run { bytes in output.write(Data(bytes)) }
        FileHandle.standardError.write(Data("Analysed \(rows) rows.\n".utf8))
    }
}
