import Plot

/// Full HTML escaping for text placed in attribute values and raw markup.
/// Plot escapes element text but writes attribute values as given, so every dynamic
/// attribute in this target goes through `attr`.
public func escapeHTML(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
        switch character {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&#39;"
        default: result.append(character)
        }
    }
    return result
}

extension Node {
    /// An attribute whose value is escaped.
    static func attr(_ name: String, _ value: String) -> Node {
        .attribute(named: name, value: escapeHTML(value), ignoreIfValueIsEmpty: false)
    }

    /// Text content escaped completely (Plot's own escaping lets `&amp;`-like sequences through).
    static func safe(_ text: String) -> Node {
        .raw(escapeHTML(text))
    }

    /// A link whose address and text are both escaped.
    static func link(_ text: String, to url: String, class className: String? = nil) -> Node<HTML.BodyContext> {
        .element(named: "a", nodes: [.attr("href", url), className.map { .attr("class", $0) } ?? .empty, .safe(text)])
    }
}

extension Attribute {
    /// An attribute whose value is escaped.
    static func attr(_ name: String, _ value: String) -> Attribute {
        .attribute(named: name, value: escapeHTML(value))
    }
}
