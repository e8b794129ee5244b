import Foundation

/// Batches of CSV records parked in a temporary file between `align analyze`'s two passes, so the
/// second pass reads them back as they were parsed instead of parsing the file again. The file is
/// removed when the spill is done with.
final class RecordSpill {
    private let url: URL
    private let handle: FileHandle

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("align-analyze-\(UUID().uuidString).spill")
        // Readable by this user alone: it holds a copy of the rows, which may name customers.
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = try? FileHandle(forUpdating: url) else {
            throw CSVAnalysis.Failure(description: "Cannot write a temporary file in \(url.deletingLastPathComponent().path): set TMPDIR to a writable folder.")
        }
        self.handle = handle
    }

    deinit {
        try? handle.close()
        try? FileManager.default.removeItem(at: url)
    }

    /// Parks a batch with one sentiment score per row.
    func append(_ batch: RecordBatch, scores: [Double]) throws {
        let parts = batch.storage
        precondition(scores.count == batch.count, "one score per row")
        let sizes = [parts.bytes.count, parts.fieldEnds.count, parts.recordEnds.count]
        try handle.write(contentsOf: Self.data(sizes))
        try handle.write(contentsOf: Data(parts.bytes))
        try handle.write(contentsOf: Self.data(parts.fieldEnds))
        try handle.write(contentsOf: Self.data(parts.recordEnds))
        try handle.write(contentsOf: Self.data(scores))
    }

    /// Starts reading from the first batch.
    func rewind() throws {
        try handle.seek(toOffset: 0)
    }

    /// The next batch and its scores, or nil after the last.
    func next() throws -> (RecordBatch, [Double])? {
        guard let header = try handle.read(upToCount: 3 * MemoryLayout<Int>.size), !header.isEmpty else { return nil }
        let sizes: [Int] = try Self.values(header, count: 3)
        let bytes = try handle.read(upToCount: sizes[0]) ?? Data()
        guard bytes.count == sizes[0] else { throw CSVAnalysis.Failure(description: "The temporary file \(url.path) was cut short.") }
        let fieldEnds: [Int] = try Self.values(try handle.read(upToCount: sizes[1] * MemoryLayout<Int>.size) ?? Data(), count: sizes[1])
        let recordEnds: [Int] = try Self.values(try handle.read(upToCount: sizes[2] * MemoryLayout<Int>.size) ?? Data(), count: sizes[2])
        let scores: [Double] = try Self.values(try handle.read(upToCount: sizes[2] * MemoryLayout<Double>.size) ?? Data(), count: sizes[2])
        return (RecordBatch(storage: (Array(bytes), fieldEnds, recordEnds)), scores)
    }

    private static func data<Number: BitwiseCopyable>(_ values: [Number]) -> Data {
        values.withUnsafeBytes { Data($0) }
    }

    private static func values<Number: BitwiseCopyable>(_ data: Data, count: Int) throws -> [Number] {
        guard data.count == count * MemoryLayout<Number>.size else {
            throw CSVAnalysis.Failure(description: "The temporary file of `align analyze` was cut short.")
        }
        return [Number](unsafeUninitializedCapacity: count) { buffer, initialized in
            data.withUnsafeBytes { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: $0) }
            initialized = count
        }
    }
}
