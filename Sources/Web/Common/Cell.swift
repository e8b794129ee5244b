import Plot

/// One piece of displayed data: in a table cell, a fact, a card.
public enum Cell: Sendable, Equatable {
    case text(String)
    case link(String, url: String)
    /// A short status word; `tone` picks its colour (neutral, good, warn, bad).
    case badge(String, tone: Tone)
    case muted(String)
    case lines([String])
    /// Running text whose line breaks are kept (a note, a letter).
    case prose(String)
    case group([Cell])
    /// A button that posts `fields` to `url`, e.g. to confirm a suggestion.
    case button(String, url: String, fields: [String: String])

    public enum Tone: String, Sendable { case neutral, good, warn, bad }

    var node: Node<HTML.BodyContext> {
        switch self {
        case .text(let text): .safe(text)
        case .link(let text, let url): .link(text, to: url)
        case .badge(let text, let tone): .span(.attr("class", "badge badge--\(tone.rawValue)"), .safe(text))
        case .muted(let text): .span(.class("muted"), .safe(text))
        case .lines(let lines):
            lines.isEmpty ? .span(.class("muted"), .text("—"))
                : .ol(.class("steps"), .forEach(lines) { .li(.safe($0)) })
        case .prose(let text): .div(.class("prose"), .safe(text))
        case .group(let cells): .group(cells.map { .span(.class("cell-part"), $0.node) })
        case .button(let label, let url, let fields): postButton(label, to: url, fields: fields)
        }
    }
}
