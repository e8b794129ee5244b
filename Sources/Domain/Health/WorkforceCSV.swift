import Foundation

/// Headcount and leavers, or escalations, read from a CSV with a header row. Every problem is named by
/// line and column; a file with any problem is refused whole.
public enum WorkforceCSV {
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public let line: Int
        public let column: String?
        public let message: String

        public var description: String { "Line \(line)" + (column.map { ", column \($0)" } ?? "") + ": " + message }
    }

    public struct PersonRow: Sendable, Equatable {
        public let line: Int
        public let name, email, team, jobTitle: String
        public let startedOn, leftOn: CalendarDate?
    }

    public struct EscalationRow: Sendable, Equatable {
        public let line: Int
        public let date: CalendarDate
        public let fromTeam, toTeam, reason: String
    }

    public static let personColumns = ["name", "email", "team", "job_title", "started_on", "left_on"]
    public static let escalationColumns = ["date", "from_team", "to_team", "reason"]

    /// The records after the header, as dictionaries by column name; problems for a malformed file or missing columns.
    static func table(_ bytes: [UInt8], required: [String], known: [String]) -> (rows: [(line: Int, values: [String: String])], problems: [Problem]) {
        var parser = CSVParser()
        let records: [CSVRecord]
        do { records = try parser.feed(bytes) + parser.finish() } catch { return ([], [Problem(line: error.line, column: nil, message: error.message)]) }
        guard let header = records.first else { return ([], [Problem(line: 1, column: nil, message: "The file is empty: it needs a header row.")]) }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var problems = required.filter { !names.contains($0) }.map { Problem(line: header.line, column: nil, message: "The header has no “\($0)” column.") }
        problems += names.filter { !known.contains($0) && !$0.isEmpty }.map {
            Problem(line: header.line, column: $0, message: "Unknown column; the columns are \(known.joined(separator: ", ")).")
        }
        let rows = records.dropFirst().map { record in
            (record.line, Dictionary(zip(names, record.fields).map { ($0, $1) }, uniquingKeysWith: { first, _ in first }))
        }
        return (rows, problems)
    }

    static func date(_ values: [String: String], _ column: String, line: Int, _ problems: inout [Problem]) -> CalendarDate? {
        guard let text = values[column], !text.isEmpty else { return nil }
        guard let day = CalendarDate(text) else {
            problems.append(Problem(line: line, column: column, message: "“\(text)” is not a date written YYYY-MM-DD."))
            return nil
        }
        return day
    }
}

extension WorkforceCSV {
    /// People rows: a name and a known team each; emails once per file; a leave date not before the start.
    public static func people(_ bytes: [UInt8], teams: Set<String>) -> (rows: [PersonRow], problems: [Problem]) {
        var (table, problems) = table(bytes, required: ["name", "team"], known: personColumns)
        var rows: [PersonRow] = [], seen: [String: Int] = [:]
        for (line, values) in table {
            let name = values["name"] ?? "", team = values["team"] ?? "", email = values["email"] ?? ""
            if name.trimmingCharacters(in: .whitespaces).isEmpty { problems.append(Problem(line: line, column: "name", message: "A name is required.")) }
            if !teams.contains(team) { problems.append(Problem(line: line, column: "team", message: "No team is named “\(team)”.")) }
            if !email.isEmpty {
                if !EmailAddress.isPlausible(email) { problems.append(Problem(line: line, column: "email", message: "“\(email)” does not look like an email address.")) }
                if let earlier = seen[email.lowercased()] { problems.append(Problem(line: line, column: "email", message: "\(email) is on line \(earlier) already.")) }
                seen[email.lowercased()] = line
            }
            let started = date(values, "started_on", line: line, &problems), left = date(values, "left_on", line: line, &problems)
            if let started, let left, left < started { problems.append(Problem(line: line, column: "left_on", message: "Left on is before started on.")) }
            rows.append(PersonRow(line: line, name: name, email: email, team: team, jobTitle: values["job_title"] ?? "", startedOn: started, leftOn: left))
        }
        return (rows, problems)
    }

    /// Escalation rows: a date and two different known teams each.
    public static func escalations(_ bytes: [UInt8], teams: Set<String>) -> (rows: [EscalationRow], problems: [Problem]) {
        var (table, problems) = table(bytes, required: ["date", "from_team", "to_team"], known: escalationColumns)
        var rows: [EscalationRow] = []
        for (line, values) in table {
            let from = values["from_team"] ?? "", to = values["to_team"] ?? ""
            for (column, team) in [("from_team", from), ("to_team", to)] where !teams.contains(team) {
                problems.append(Problem(line: line, column: column, message: "No team is named “\(team)”."))
            }
            if from == to && !from.isEmpty { problems.append(Problem(line: line, column: "to_team", message: "An escalation goes to another team.")) }
            let day = date(values, "date", line: line, &problems)
            if values["date"]?.isEmpty ?? true { problems.append(Problem(line: line, column: "date", message: "A date is required.")) }
            if let day { rows.append(EscalationRow(line: line, date: day, fromTeam: from, toTeam: to, reason: values["reason"] ?? "")) }
        }
        return (rows, problems)
    }
}
