import Foundation

/// What a browser would submit from a form on a page: its text inputs, chosen options, ticked boxes and text areas.
enum HTMLForm {
    /// The fields of the first form whose opening tag contains `marker` (by default a record's edit form), in page order.
    static func fields(_ html: String, marker: String = #"class="record-form""#) -> [(String, String)] {
        guard let form = formHTML(html, marker: marker) else { return [] }
        var fields: [(Int, String, String)] = []
        for match in matches(#"<input\b[^>]*>"#, in: form) {
            let tag = String(form[match.range]), type = attribute("type", tag) ?? "text"
            guard let name = attribute("name", tag), !["submit", "button", "file"].contains(type) else { continue }
            if ["checkbox", "radio"].contains(type), !tag.contains(" checked") { continue }
            fields.append((match.range.lowerBound.utf16Offset(in: form), name, attribute("value", tag) ?? (type == "checkbox" ? "on" : "")))
        }
        for match in matches(#"<select\b[^>]*>.*?</select>"#, in: form) {
            let select = String(form[match.range])
            guard let name = attribute("name", select) else { continue }
            let options = matches(#"<option\b[^>]*>"#, in: select).map { String(select[$0.range]) }
            let chosen = options.first { $0.contains(" selected") } ?? options.first
            fields.append((match.range.lowerBound.utf16Offset(in: form), name, chosen.flatMap { attribute("value", $0) } ?? ""))
        }
        for match in matches(#"<textarea\b[^>]*>(.*?)</textarea>"#, in: form) {
            let whole = String(form[match.range])
            guard let name = attribute("name", whole), let body = match.range(at: 1) else { continue }
            fields.append((match.range.lowerBound.utf16Offset(in: form), name, unescape(String(form[body]))))
        }
        return fields.sorted { $0.0 < $1.0 }.map { ($0.1, $0.2) }
    }

    private static func formHTML(_ html: String, marker: String) -> String? {
        matches(#"<form\b[^>]*>.*?</form>"#, in: html).map { String(html[$0.range]) }.first { $0.prefix { $0 != ">" }.contains(marker) }
    }

    private struct Match {
        let range: Range<String.Index>
        let groups: [Range<String.Index>?]
        func range(at index: Int) -> Range<String.Index>? { groups[index - 1] }
    }

    private static func matches(_ pattern: String, in text: String) -> [Match] {
        let regex = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators, .caseInsensitive])
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { result in
            guard let range = Range(result.range, in: text) else { return nil }
            let groups = (1..<max(result.numberOfRanges, 1)).map { Range(result.range(at: $0), in: text) }
            return Match(range: range, groups: groups)
        }
    }

    private static func attribute(_ name: String, _ tag: String) -> String? {
        let open = String(tag.prefix { $0 != ">" })
        guard let match = matches(#"\s\#(name)="([^"]*)""#, in: open).first, let value = match.range(at: 1) else { return nil }
        return unescape(String(open[value]))
    }

    private static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}
