import Domain
import Foundation

/// `align analyze`: reads any CSV without importing it and writes it back with sentiment and theme
/// columns added. The file is streamed twice (once to find the themes, once to write), so memory
/// stays flat however long the file is.
public struct CSVAnalysis: Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public let path: String
    public let textColumn: String
    public let delimiter: UInt8
    /// The 1-based row holding the column names (survey tools put extra rows above or below it).
    public let headerRow: Int

    public init(path: String, textColumn: String, delimiter: UInt8 = UInt8(ascii: ","), headerRow: Int = 1) {
        self.path = path
        self.textColumn = textColumn
        self.delimiter = delimiter
        self.headerRow = max(1, headerRow)
    }

    /// Runs both passes, handing each output line to `write`; returns how many rows were analysed.
    /// Rows are gathered in batches and each batch is split across the processor's cores; lines are
    /// written in the file's order.
    @discardableResult
    public func run(write: (String) -> Void) throws -> Int {
        var counter = ThemeEngine.Counter()
        var texts: [String] = []
        func countBatch() {
            let parts = Parallel.ranges(texts.count) { range in
                var part = ThemeEngine.Counter()
                for index in range { part.add(texts[index]) }
                return part
            }
            for part in parts { counter.merge(part) }
            texts.removeAll(keepingCapacity: true)
        }
        try forEachRow { _, text in
            texts.append(text)
            if texts.count == Self.batchSize { countBatch() }
        }
        countBatch()
        let engine = ThemeEngine(minimumSupport: max(3, counter.documents / 500))
        let themes = engine.themes(from: counter)
        let analyzer = SentimentAnalyzer()
        var rows = 0
        var batch: [(CSVRecord, String)] = []
        let delimiter = delimiter
        func writeBatch() {
            // Each core scores its share and writes its lines; only handing them on stays in order here.
            let parts = Parallel.ranges(batch.count) { range in
                range.reduce(into: "") { lines, index in
                    let (record, text) = batch[index]
                    let sentiment = analyzer.score(text)
                    lines += CSVWriter.line(record.fields + [Self.threeDecimals(sentiment.value), sentiment.label.rawValue,
                                                             ThemeEngine.assign(text, to: themes)?.name ?? ""], delimiter: delimiter)
                }
            }
            for part in parts { write(part) }
            rows += batch.count
            batch.removeAll(keepingCapacity: true)
        }
        try forEachRow(header: { names in
            write(CSVWriter.line(names + ["sentiment_score", "sentiment_label", "theme"], delimiter: delimiter))
        }) { record, text in
            batch.append((record, text))
            if batch.count == Self.batchSize { writeBatch() }
        }
        writeBatch()
        return rows
    }

    static let batchSize = 8_192

    /// A score from −1 to 1 with three decimals, as String(format: "%.3f") writes it, without Foundation's formatter.
    static func threeDecimals(_ value: Double) -> String {
        let scaled = abs(value) * 1000
        // Within a hair of a half, only the exact binary value decides which way printf rounds: ask it (rarely).
        if abs(scaled - scaled.rounded(.down) - 0.5) < 1e-6 { return String(format: "%.3f", value) }
        let thousandths = Int(scaled.rounded())
        let fraction = thousandths % 1000
        let sign = value < 0 && thousandths > 0 ? "-" : ""
        return sign + String(thousandths / 1000) + "." + (fraction < 10 ? "00" : fraction < 100 ? "0" : "") + String(fraction)
    }

    /// Streams the file, calling `body` with each data row and its text column.
    func forEachRow(header: ([String]) -> Void = { _ in }, _ body: (CSVRecord, String) throws -> Void) throws {
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw Failure(description: "Cannot open \(path): no such file, or it is not readable.")
        }
        defer { try? file.close() }
        var parser = CSVParser(delimiter: delimiter)
        var seen = 0
        var column: Int?
        func handle(_ records: [CSVRecord]) throws {
            for record in records {
                seen += 1
                if seen < headerRow { continue }
                guard let index = column else {
                    let names = CSVHeader(record)
                    guard let found = names.index(of: textColumn) else {
                        throw Failure(description: "Line \(record.line): no column named \"\(textColumn)\". Columns are: \(names.names.joined(separator: ", ")).")
                    }
                    column = found
                    header(names.names)
                    continue
                }
                try body(record, index < record.fields.count ? record.fields[index] : "")
            }
        }
        do {
            while let chunk = try file.read(upToCount: 1 << 16), !chunk.isEmpty {
                try handle(try parser.feed(chunk))
            }
            try handle(try parser.finish())
        } catch let error as CSVError {
            throw Failure(description: "Line \(error.line), column \(error.column): \(error.message). Nothing after it was read.")
        }
        if column == nil { throw Failure(description: "\(path) has no header row \(headerRow): the file has \(seen) rows.") }
    }
}
