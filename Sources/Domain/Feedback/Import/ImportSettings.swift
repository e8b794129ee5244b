import Foundation

public enum ImportFormat: String, Choice {
    case csv
    case formbricksHub = "formbricks-hub"
    case theyDoResponses = "theydo-responses"

    public var label: String {
        switch self {
        case .csv: "CSV (a survey export, ticket export or spreadsheet)"
        case .formbricksHub: "Formbricks Hub feedback records (JSON)"
        case .theyDoResponses: "TheyDo survey or feedback responses (JSON)"
        }
    }
}

/// What a column of an import can hold.
public enum ImportField: String, CaseIterable, Sendable, Codable {
    case text, date, customer, channel, touchpoint, stage, nps, csat, ces
    case externalID = "external_id"
    case segment, kind, priority

    public var label: String {
        switch self {
        case .text: "Feedback text"
        case .date: "Date"
        case .customer: "Customer (account name)"
        case .channel: "Channel"
        case .touchpoint: "Touchpoint (name)"
        case .stage: "Stage (name)"
        case .nps: "NPS answer (0–10)"
        case .csat: "CSAT answer (1–5)"
        case .ces: "CES answer (1–7)"
        case .externalID: "External id"
        case .segment: "Segment"
        case .kind: "Kind"
        case .priority: "Customer's priority (1–5)"
        }
    }

    /// The scale a score field's numbers must fall on; nil for fields that are not scores.
    public var scale: ClosedRange<Int>? {
        switch self {
        case .nps: FeedbackItem.npsScale
        case .csat: FeedbackItem.csatScale
        case .ces: FeedbackItem.cesScale
        case .priority: FeedbackItem.priorities
        default: nil
        }
    }

    public static let scores: [ImportField] = [.nps, .csat, .ces]
}

/// How to read one import file: its format, which row names the columns, which column holds what,
/// and which score labels stand for which numbers.
public struct ImportSettings: Codable, Sendable, Equatable {
    public var format: ImportFormat
    /// The 1-based row holding the column names; rows above it are skipped, as are the rows
    /// between it and `firstDataRow`.
    public var headerRow: Int
    /// The first row of answers; Qualtrics writes two more header rows under the names.
    public var firstDataRow: Int
    /// Column name for each mapped field.
    public var columns: [String: String]
    /// For each score field, labels (compared ignoring case) and the numbers they stand for.
    public var labels: [String: [String: Int]]
    /// For each score field, labels that mean the person gave no answer ("Don't know"): the row is read
    /// as having no such score. Optional so settings stored before it existed still read.
    public var noAnswer: [String: [String]]?
    public var source: FeedbackSource
    /// The zone of times written without an offset (an IANA name such as Europe/Berlin); nil reads them as UTC.
    public var timeZone: String?
    /// The order of dates written as numbers alone (03/04/2026); nil refuses such dates unless day and month are equal.
    public var dateOrder: DateOrder?

    public init(format: ImportFormat = .csv, headerRow: Int = 1, firstDataRow: Int? = nil, columns: [ImportField: String] = [:],
                labels: [ImportField: [String: Int]] = [:], noAnswer: [ImportField: Set<String>] = [:], source: FeedbackSource = .survey,
                timeZone: String? = nil, dateOrder: DateOrder? = nil) {
        self.format = format
        self.timeZone = timeZone == "UTC" ? nil : timeZone
        self.dateOrder = dateOrder
        self.headerRow = headerRow
        self.firstDataRow = firstDataRow ?? headerRow + 1
        self.columns = Dictionary(uniqueKeysWithValues: columns.map { ($0.key.rawValue, $0.value) })
        self.labels = Dictionary(uniqueKeysWithValues: labels.map { field, map in
            (field.rawValue, Dictionary(map.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, _ in first }))
        })
        self.source = source
        let blanks = noAnswer.filter { !$0.value.isEmpty }
        self.noAnswer = blanks.isEmpty ? nil
            : Dictionary(uniqueKeysWithValues: blanks.map { ($0.key.rawValue, $0.value.map { $0.lowercased() }.sorted()) })
    }

    /// The zone times without an offset are read in.
    public var zone: TimeZone { timeZone.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC")! }

    public func column(_ field: ImportField) -> String? { columns[field.rawValue].flatMap { $0.isEmpty ? nil : $0 } }

    public func labels(_ field: ImportField) -> [String: Int] { labels[field.rawValue] ?? [:] }

    /// The labels (lowercased) that stand for no answer to this score.
    public func noAnswerLabels(_ field: ImportField) -> Set<String> { Set(noAnswer?[field.rawValue] ?? []) }

    public static let maximumHeaderRow = 20
}
