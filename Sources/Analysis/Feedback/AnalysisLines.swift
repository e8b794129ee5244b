import Domain
import Foundation

/// Writes `align analyze`'s output lines as UTF-8: a record's own fields, then its sentiment score,
/// label and theme, as `CSVWriter.line` would write them. A class, so the threads' closures share
/// one reference instead of copying its tables for every line.
final class AnalysisLines: Sendable {
    let themes: ThemeMatcher
    let delimiter: UInt8
    /// Theme names and labels, escaped once rather than per line.
    private let themeFields: [[UInt8]]
    private let labelFields: [SentimentLabel: [UInt8]]

    init(themes: ThemeMatcher, delimiter: UInt8) {
        self.themes = themes
        self.delimiter = delimiter
        themeFields = themes.themes.map { Self.escaped($0.name, delimiter) }
        labelFields = Dictionary(uniqueKeysWithValues: SentimentLabel.allCases.map { ($0, Self.escaped($0.rawValue, delimiter)) })
    }

    /// The lines of `rows` of `batch`, in order, with the rows' sentiment scores.
    func lines(_ batch: RecordBatch, scores: [Double], rows: Range<Int>, textColumn: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(rows.count * 160)
        let themes = themes, delimiter = delimiter
        batch.forEachRow(in: rows) { row in
            for field in 0..<row.count {
                CSVWriter.append(row.field(field), delimiter: delimiter, to: &out)
                out.append(delimiter)
            }
            let score = scores[row.index], theme = themes.index(utf8: row.field(textColumn))
            Self.appendThreeDecimals(score, to: &out)
            out.append(delimiter)
            out.append(contentsOf: labelFields[SentimentLabel(value: score)]!)
            out.append(delimiter)
            if let theme { out.append(contentsOf: themeFields[theme]) }
            out.append(13)
            out.append(10)
        }
        return out
    }

    /// The header line, or any list of fields.
    func append(fields: [String], to out: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(delimiter) }
            out.append(contentsOf: Self.escaped(field, delimiter))
        }
        out.append(contentsOf: [13, 10])
    }

    private static func escaped(_ field: String, _ delimiter: UInt8) -> [UInt8] {
        var field = field, out: [UInt8] = []
        field.withUTF8 { CSVWriter.append($0, delimiter: delimiter, to: &out) }
        return out
    }

    /// A score from −1 to 1 with three decimals, as String(format: "%.3f") writes it, without Foundation's formatter.
    static func appendThreeDecimals(_ value: Double, to out: inout [UInt8]) {
        let scaled = abs(value) * 1000
        // Within a hair of a half, only the exact binary value decides which way printf rounds: ask it (rarely).
        if abs(scaled - scaled.rounded(.down) - 0.5) < 1e-6 { return out.append(contentsOf: String(format: "%.3f", value).utf8) }
        let thousandths = Int(scaled.rounded())
        if value < 0 && thousandths > 0 { out.append(UInt8(ascii: "-")) }
        out.append(contentsOf: String(thousandths / 1000).utf8)
        out.append(UInt8(ascii: "."))
        let fraction = thousandths % 1000
        out.append(UInt8(ascii: "0") + UInt8(fraction / 100))
        out.append(UInt8(ascii: "0") + UInt8(fraction / 10 % 10))
        out.append(UInt8(ascii: "0") + UInt8(fraction % 10))
    }
}
