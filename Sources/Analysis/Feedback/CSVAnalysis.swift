import Domain
import Foundation

/// `align analyze`: reads any CSV without importing it and writes it back with sentiment and theme
/// columns added. Records are streamed twice (once to find the themes, once to write), so memory
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

    /// Runs both passes, handing the output's UTF-8 to `write` in pieces of whole lines; returns how
    /// many rows were analysed. Rows are parsed in batches, each batch is split across the processor's
    /// cores, and lines are written in the file's order. The first pass counts phrases and scores
    /// sentiment while this thread parses the next batch, and parks each batch with its scores in a
    /// temporary file; the second reads them back, rather than parsing the file again, to add themes.
    @discardableResult
    public func run(write: ([UInt8]) -> Void) throws -> Int {
        let spill = try RecordSpill()
        let first = try firstPass(parkingIn: spill)
        let engine = ThemeEngine(minimumSupport: max(3, first.counter.documents / 500))
        let output = AnalysisLines(themes: ThemeMatcher(try themes(engine, first.counter, spill, textColumn: first.textColumn)), delimiter: delimiter)
        var header: [UInt8] = []
        output.append(fields: first.names + ["sentiment_score", "sentiment_label", "theme"], to: &header)
        write(header)
        return try secondPass(spill, output, textColumn: first.textColumn, write: write)
    }

    /// Themes as the organization's recompute finds them: candidates from the counts, then chosen by the rows each
    /// adds to those before it, read from the parked batches.
    private func themes(_ engine: ThemeEngine, _ counter: ThemeEngine.Counter, _ spill: RecordSpill, textColumn: Int) throws -> [Theme] {
        var coverage = ThemeCoverage(candidates: engine.themes(from: counter, limit: 400))
        try spill.rewind()
        while let (batch, _) = try spill.next() {
            batch.forEachRow(in: 0..<batch.count) { row in coverage.add(utf8: row.field(textColumn)) }
        }
        return coverage.select(maximum: engine.maximumThemes, minimumSupport: engine.minimumSupport)
    }

    /// Parses every row, counting phrases and scoring sentiment on every core while this thread parses
    /// the next batch, and parks each batch with its scores in `spill`.
    private func firstPass(parkingIn spill: RecordSpill) throws -> (names: [String], counter: ThemeEngine.Counter, textColumn: Int) {
        let analyzer = SentimentAnalyzer()
        var counter = ThemeEngine.Counter()
        var counting: (batch: RecordBatch, running: Parallel.Running<FirstPass>)?
        var batch = RecordBatch()
        var names: [String] = []
        var textColumn = 0
        // Waits for the batch under way, adds its counts and parks it with its scores.
        func settle() throws {
            guard let (full, running) = counting else { return }
            var scores: [Double] = []
            for part in running.wait() {
                counter.merge(part.counter)
                scores += part.scores
            }
            if full.count > 0 { try spill.append(full, scores: scores) }
            counting = nil
        }
        func countBatch() throws {
            let started = Self.startCounting(batch, textColumn: textColumn, analyzer)
            try settle()
            counting = (batch, started)
            batch = RecordBatch()
        }
        try forEachRow(header: { names = $0 }) { record, column in
            textColumn = column
            batch.append(record)
            if batch.count == batchSize { try countBatch() }
        }
        try countBatch()
        try settle()
        return (names, counter, textColumn)
    }

    /// Counts the batch's phrases and scores its rows' sentiment, a share on each core.
    private static func startCounting(_ batch: RecordBatch, textColumn column: Int, _ analyzer: SentimentAnalyzer) -> Parallel.Running<FirstPass> {
        Parallel.start(batch.count) { range in
            var part = FirstPass()
            part.scores.reserveCapacity(range.count)
            batch.forEachRow(in: range) { row in
                let text = row.field(column)
                part.counter.add(utf8: text)
                part.scores.append(analyzer.value(utf8: text).value)
            }
            return part
        }
    }

    /// Reads the parked batches back and writes each row's line with its theme, in the file's order.
    private func secondPass(_ spill: RecordSpill, _ output: AnalysisLines, textColumn: Int, write: ([UInt8]) -> Void) throws -> Int {
        try spill.rewind()
        var rows = 0
        var writing: Parallel.Running<[UInt8]>?
        while let (full, scores) = try spill.next() {
            // Each core writes the lines of its share; only handing them on stays in order here.
            let started = Parallel.start(full.count) { output.lines(full, scores: scores, rows: $0, textColumn: textColumn) }
            if let writing { for part in writing.wait() { write(part) } }
            writing = started
            rows += full.count
        }
        if let writing { for part in writing.wait() { write(part) } }
        return rows
    }

    /// One share of a batch after the first pass: its phrase counts and each row's sentiment score.
    struct FirstPass: Sendable {
        var counter = ThemeEngine.Counter()
        var scores: [Double] = []
    }

    /// Rows per batch: enough to keep the cores busy between hand-overs, few enough to keep memory flat.
    var batchSize = 16_384

    /// A score from −1 to 1 with three decimals, as String(format: "%.3f") writes it.
    static func threeDecimals(_ value: Double) -> String {
        var bytes: [UInt8] = []
        AnalysisLines.appendThreeDecimals(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Streams the file, calling `body` with each data row and the index of its text column.
    func forEachRow(header: ([String]) -> Void = { _ in }, _ body: (CSVRawRecord, Int) throws -> Void) throws {
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw Failure(description: "Cannot open \(path): no such file, or it is not readable.")
        }
        defer { try? file.close() }
        var parser = CSVParser(delimiter: delimiter)
        var seen = 0
        var column: Int?
        func handle(_ record: CSVRawRecord) throws {
            seen += 1
            if seen < headerRow { return }
            guard let index = column else {
                let names = CSVHeader(record.record)
                guard let found = names.index(of: textColumn) else {
                    throw Failure(description: "Line \(record.line): no column named \"\(textColumn)\". Columns are: \(names.names.joined(separator: ", ")).")
                }
                column = found
                header(names.names)
                return
            }
            try body(record, index)
        }
        do {
            while let chunk = try file.read(upToCount: 1 << 20), !chunk.isEmpty {
                try parser.feed(chunk, each: handle)
            }
            try parser.finish(each: handle)
        } catch let error as CSVError {
            throw Failure(description: "Line \(error.line), column \(error.column): \(error.message). Nothing after it was read.")
        }
        if column == nil { throw Failure(description: "\(path) has no header row \(headerRow): the file has \(seen) rows.") }
    }
}
