import Foundation

/// Mermaid's flowchart text, for exports that other tools draw: labels with their syntax characters kept as text.
public enum Mermaid {
    /// Mermaid reads quotes, angle brackets, ampersands and hashes in a label as syntax; its entity codes keep them as text.
    public static func label(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "#": out += "#35;"
            case "\"": out += "#quot;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "&": out += "#amp;"
            case "\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}

extension JourneyMap {
    /// The journey as a Mermaid flowchart: one box per stage holding its touchpoints with their owner teams, and each
    /// handoff as an edge labelled with its accountable owner (dashed and "no owner" when nobody answers for it;
    /// "customer repeats" when the customer has to say it again). Touchpoints of other journeys appear outside the stages.
    public func mermaid() -> String {
        var keys: [UUID: String] = [:]
        for card in columns.flatMap(\.cards) { keys[card.touchpoint.id] = "t\(keys.count)" }
        var lines = ["flowchart LR", "  %% \(Mermaid.label(journey.name))"]
        for (index, column) in columns.enumerated() {
            lines.append("  subgraph s\(index)[\"\(Mermaid.label(column.stage.name))\"]")
            for card in column.cards {
                lines.append("    \(keys[card.touchpoint.id]!)[\"\(Mermaid.label(card.touchpoint.name)) · \(Mermaid.label(card.teamName))\"]")
            }
            lines.append("  end")
        }
        for line in handoffs {
            let from = node(line.handoff.fromTouchpointID, name: line.fromName, &keys, &lines)
            let to = node(line.handoff.toTouchpointID, name: line.toName, &keys, &lines)
            let label = (line.ownerName ?? "no owner") + (line.customerRepeats ? " · customer repeats" : "")
            lines.append("  \(from) \(line.isUnowned ? "-.->" : "-->")|\"\(Mermaid.label(label))\"| \(to)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A touchpoint's node; one on another journey is declared where first met.
    private func node(_ id: UUID, name: String, _ keys: inout [UUID: String], _ lines: inout [String]) -> String {
        if let key = keys[id] { return key }
        let key = "x\(keys.count)"
        keys[id] = key
        lines.append("  \(key)[\"\(Mermaid.label(name))\"]")
        return key
    }
}
