/// Lists as CSV for spreadsheets. Cells that a spreadsheet would run as a formula are
/// prefixed with an apostrophe, so exported customer text stays text.
public enum CSVExport {
    public static func render(columns: [String], rows: [[Cell]]) -> String {
        var lines = [columns.map(field).joined(separator: ",")]
        lines.reserveCapacity(rows.count + 1)
        for row in rows { lines.append(row.map { field($0.plainText) }.joined(separator: ",")) }
        // A byte-order mark makes spreadsheet programs read the file as UTF-8.
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Text a spreadsheet would run as a formula, prefixed so it stays text.
    public static func neutralised(_ text: String) -> String {
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { return "'" + text }
        return text
    }

    static func field(_ text: String) -> String {
        let value = neutralised(text)
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}

extension Cell {
    /// The cell as text, without markup.
    public var plainText: String {
        switch self {
        case .text(let text), .muted(let text): text == "—" ? "" : text
        case .prose(let text): text
        case .link(let text, _), .badge(let text, _): text
        case .lines(let lines): lines.joined(separator: "; ")
        case .group(let cells): cells.map(\.plainText).joined(separator: " · ")
        case .button: ""
        }
    }
}
