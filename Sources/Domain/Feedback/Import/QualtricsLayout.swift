import Foundation

/// Recognises the header rows of a Qualtrics CSV export, which a plain "names on row 1, answers from
/// row 2" reading would import as answers: the current export writes names, question texts and
/// `{"ImportId":…}` rows; the legacy export names and question texts. Found from the file's signature,
/// never guessed from its answers.
public struct QualtricsLayout: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Names, question texts, then `{"ImportId":"QID1"}` on row 3: answers from row 4.
        case threeHeaderRows
        /// The legacy export: `ResponseID`, `ResponseSet`… then question texts: answers from row 3.
        case legacyTwoHeaderRows
    }

    public let kind: Kind
    /// The zone the export's dates are written in, when its import ids say (`"timeZone":"America/Denver"`).
    public let timeZone: String?

    public var headerRow: Int { 1 }
    public var firstDataRow: Int { kind == .threeHeaderRows ? 4 : 3 }

    /// In words, for the preview and for refusals.
    public var description: String {
        switch kind {
        case .threeHeaderRows:
            "a Qualtrics export: column names on row 1, question texts on row 2 and import ids on row 3, so the answers start on row 4"
                + (timeZone.map { "; its dates are in \($0)" } ?? "")
        case .legacyTwoHeaderRows:
            "a legacy Qualtrics export: column names on row 1 and question texts on row 2, so the answers start on row 3"
        }
    }

    /// The layout of the CSV whose first bytes are `sample`; nil when it is not a Qualtrics export.
    public static func detect(_ sample: [UInt8]) -> QualtricsLayout? {
        var parser = CSVParser()
        let upTo = sample.prefix(64 * 1024)
        // Only whole lines: a record cut by the sample's end would be a false parse error.
        let whole = upTo.lastIndex(of: 10).map { upTo[...$0] } ?? upTo
        guard let records = try? parser.feed(whole), records.count >= 2 else { return nil }
        let names = records[0].fields
        if records.count >= 3, let zone = importIDRow(records[2].fields, width: names.count) {
            return QualtricsLayout(kind: .threeHeaderRows, timeZone: zone)
        }
        if names.contains("ResponseID"), names.contains("ResponseSet"), records[1].fields.contains("ResponseID") {
            return QualtricsLayout(kind: .legacyTwoHeaderRows, timeZone: nil)
        }
        return nil
    }

    /// Whether most fields of a row are `{"ImportId":…}` objects; the zone their dates name, "" when none does.
    static func importIDRow(_ fields: [String], width: Int) -> String?? {
        let objects = fields.compactMap { field -> [String: Any]? in
            guard field.hasPrefix("{") else { return nil }
            return (try? JSONSerialization.jsonObject(with: Data(field.utf8))) as? [String: Any]
        }.filter { $0["ImportId"] is String }
        guard objects.count * 2 > max(width, fields.count) else { return nil }
        let zone = objects.lazy.compactMap { $0["timeZone"] as? String }.first { TimeZone(identifier: $0) != nil }
        return .some(zone)
    }
}
