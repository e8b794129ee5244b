import Foundation
import Testing

/// How a snapshot is stored: the file's extension and how the text is laid out for reading.
struct SnapshotFormat: Sendable {
    let fileExtension: String
    /// Turns rendered output into the text kept in the file; applied to the actual output before comparing.
    let layout: @Sendable (String) -> String

    /// A page, with a line break between every `>` and the `<` right after it, so a diff points at one element.
    /// Plot writes pages on one line, so this only adds breaks; the flip side is that a page differing only in
    /// a line break between two tags compares equal.
    static let html = SnapshotFormat(fileExtension: "html") { $0.replacingOccurrences(of: "><", with: ">\n<") + "\n" }
    /// Text kept byte for byte (a byte-order mark and CRLF line ends stay as they are).
    static let css = SnapshotFormat(fileExtension: "css") { $0 }
    static let csv = SnapshotFormat(fileExtension: "csv") { $0 }
}

/// Compares `actual` with the committed file `__Snapshots__/<suite>/<name>.<extension>` next to the tests.
///
/// - A missing file is written and reported as an issue ("recorded"), so a first run fails once and the next passes.
///   With the environment variable `CI` set, a missing file is a plain failure and nothing is written.
/// - With `SNAPSHOT_RECORD=1`, the file is overwritten and the test reports that it recorded.
/// - Otherwise a difference is reported with the first differing lines (`-` expected, `+` actual) and the
///   whole actual output is written to a temporary file named in the message.
///
/// `filePath` is only used to find the `__Snapshots__` folder (the nearest one above the calling file);
/// `sourceLocation` is where the issue points.
func assertSnapshot(
    _ actual: String,
    named name: String,
    suite: String,
    as format: SnapshotFormat = .html,
    filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let relative = "\(suite)/\(name).\(format.fileExtension)"
    guard SnapshotRegistry.shared.claim(relative, by: String(describing: Test.current?.id)) else {
        Issue.record(Comment(rawValue: "Two tests use the snapshot \(relative); give each its own name."), sourceLocation: sourceLocation)
        return
    }
    let folder = try snapshotsFolder(above: filePath)
    let file = folder.appendingPathComponent(relative)
    let text = format.layout(actual)
    let environment = ProcessInfo.processInfo.environment
    let record = environment["SNAPSHOT_RECORD"] == "1"
    let onCI = !(environment["CI"] ?? "").isEmpty

    guard let data = FileManager.default.contents(atPath: file.path) else {
        if onCI && !record {
            Issue.record(Comment(rawValue: "Missing snapshot \(relative) (not recorded on CI). Run the tests locally to record it, then commit it."),
                         sourceLocation: sourceLocation)
            return
        }
        try write(text, to: file)
        Issue.record(Comment(rawValue: "Recorded a new snapshot \(relative). Check it, commit it, and run the tests again."),
                     sourceLocation: sourceLocation)
        return
    }
    if record {
        try write(text, to: file)
        Issue.record(Comment(rawValue: "Re-recorded snapshot \(relative) (SNAPSHOT_RECORD=1)."), sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    // Byte for byte: String's == would also accept canonically equivalent text (é as one or two code points).
    guard !expected.utf8.elementsEqual(text.utf8) else { return }

    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("WebTests-snapshots").appendingPathComponent(relative)
    try? write(text, to: scratch)
    Issue.record(Comment(rawValue: """
        Snapshot \(relative) differs from the rendered output.
        \(lineDiff(expected: expected, actual: text))
        The whole output is in \(scratch.path). If the change is intended, run again with SNAPSHOT_RECORD=1 and commit the files.
        """), sourceLocation: sourceLocation)
}

/// The first `limit` differing lines, numbered: `-` lines from the expected text, `+` lines from the actual text.
func lineDiff(expected: String, actual: String, limit: Int = 20) -> String {
    let old = lines(expected), new = lines(actual)
    let difference = new.difference(from: old)
    var removed = Set<Int>(), inserted = Set<Int>()
    for change in difference {
        switch change {
        case .remove(let offset, _, _): removed.insert(offset)
        case .insert(let offset, _, _): inserted.insert(offset)
        }
    }
    var output: [String] = []
    var i = 0, j = 0
    while (i < old.count || j < new.count) && output.count < limit {
        if i < old.count && removed.contains(i) {
            output.append("-\(i + 1): \(old[i])")
            i += 1
        } else if j < new.count && inserted.contains(j) {
            output.append("+\(j + 1): \(new[j])")
            j += 1
        } else {
            i += 1
            j += 1
        }
    }
    let shown = output.count < removed.count + inserted.count ? "; the first \(output.count) shown" : ""
    return "-\(removed.count) expected line\(removed.count == 1 ? "" : "s"), +\(inserted.count) actual line\(inserted.count == 1 ? "" : "s")\(shown):\n"
        + output.joined(separator: "\n")
}

/// Lines split at any line break, CRLF included (it is one `Character` in Swift).
private func lines(_ text: String) -> [String] {
    text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
}

/// The nearest `__Snapshots__` folder in or above the folder of `filePath`.
private func snapshotsFolder(above filePath: String) throws -> URL {
    var folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    while folder.path != "/" {
        let candidate = folder.appendingPathComponent("__Snapshots__")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return candidate
        }
        folder = folder.deletingLastPathComponent()
    }
    throw SnapshotError.noSnapshotsFolder(filePath)
}

private func write(_ text: String, to file: URL) throws {
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file, options: .atomic)
}

enum SnapshotError: Error, CustomStringConvertible {
    case noSnapshotsFolder(String)

    var description: String {
        switch self {
        case .noSnapshotsFolder(let path): "No __Snapshots__ folder in or above \(path)."
        }
    }
}

/// Remembers which test used each snapshot file in this run, so two tests never share (and overwrite) one file.
/// The same test may use its file again, e.g. when the run repeats tests.
private final class SnapshotRegistry: @unchecked Sendable {
    static let shared = SnapshotRegistry()
    private let lock = NSLock()
    private var owners: [String: String] = [:]

    func claim(_ path: String, by test: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if let owner = owners[path] { return owner == test }
        owners[path] = test
        return true
    }
}
