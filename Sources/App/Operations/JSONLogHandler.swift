import Foundation
import Logging
import NIOConcurrencyHelpers

/// Writes each log line as one JSON object (`ALIGN_LOG_FORMAT=json`): time, level, label, message and
/// every metadata value, the request's id as `request_id`, so a log collector can follow one request.
struct JSONLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]
    let write: @Sendable (String) -> Void

    init(label: String, level: Logger.Level, write: @escaping @Sendable (String) -> Void = JSONLogHandler.standardError) {
        self.label = label
        self.logLevel = level
        self.write = write
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata explicit: Logger.Metadata?, source: String,
             file: String, function: String, line: UInt) {
        var fields: [String: String] = [:]
        for (key, value) in metadata.merging(explicit ?? [:], uniquingKeysWith: { _, new in new }) {
            fields[key == "request-id" ? "request_id" : key] = "\(value)"
        }
        fields["time"] = Date().formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: true).timeSeparator(.colon))
        fields["level"] = level.rawValue
        fields["label"] = label
        fields["message"] = message.description
        fields["source"] = source
        write(Self.line(fields))
    }

    /// One line: keys sorted, so lines read alike; newlines inside values escaped by the encoder.
    static func line(_ fields: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(fields)) ?? Data(#"{"message":"unencodable log line"}"#.utf8)
        return String(decoding: data, as: UTF8.self)
    }

    private static let lock = NIOLock()

    @Sendable static func standardError(_ line: String) {
        lock.withLock {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }
}
