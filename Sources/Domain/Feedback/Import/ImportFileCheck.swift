/// What an import file is, when it is not UTF-8 text: told from its first bytes (survey definitions,
/// spreadsheets, SPSS data, UTF-16) or found by reading it through (`TextScan`), so a refusal says what
/// the file is and what to export instead, or where each fault lies.
public enum ImportFileCheck {
    /// Why a file starting with `start` is not an export Align reads, or nil when it may be one.
    public static func knownOtherKind(_ start: [UInt8]) -> String? {
        let head = String(decoding: start.prefix(4096), as: UTF8.self)
        if start.starts(with: Array("$FL2".utf8)) || start.starts(with: Array("$FL3".utf8)) {
            return "This is an SPSS data file (.sav), not text: export the responses as CSV (in SPSS, File → Export → CSV Data) and import that."
        }
        if start.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return "This is a ZIP archive or an Excel workbook (.xlsx), not text: save the sheet as CSV (UTF-8) and import that."
        }
        if start.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            return "This is an older Excel workbook (.xls), not text: save the sheet as CSV (UTF-8) and import that."
        }
        if isUTF16(start) { return "This is UTF-16 text: save it as UTF-8 (in Excel, “CSV UTF-8”) and import that." }
        if head.contains("\"SurveyEntry\"") && head.contains("\"SurveyElements\"") || head.contains("\"SurveyEntry\":") {
            return "This is a Qualtrics survey definition (.qsf): it holds the questions, not the answers. In Qualtrics, "
                + "Data & Analysis → Export & Import → Export Data → CSV, and import that."
        }
        if head.contains("<LimeSurveyDocType>") || head.contains("<document>") && head.contains("LimeSurvey") {
            return "This is a LimeSurvey survey structure (.lss): it holds the questions, not the answers. In LimeSurvey, "
                + "Responses → Export → CSV, and import that."
        }
        return nil
    }

    /// A byte-order mark of UTF-16, or ASCII text with a zero byte beside every character.
    static func isUTF16(_ start: [UInt8]) -> Bool {
        if start.starts(with: [0xFF, 0xFE]) || start.starts(with: [0xFE, 0xFF]) { return true }
        let pairs = start.prefix(200)
        guard pairs.count >= 8 else { return false }
        let even = stride(from: 0, to: pairs.count - 1, by: 2).filter { pairs[pairs.startIndex + $0] == 0 }.count
        let odd = stride(from: 1, to: pairs.count, by: 2).filter { pairs[pairs.startIndex + $0] == 0 }.count
        return max(even, odd) * 4 >= pairs.count && min(even, odd) == 0
    }
}
