import Foundation

/// The declared graph laid out for drawing: KPIs in columns by how many KPIs drive them (those nothing drives first),
/// customer outcomes in the last column, each column ordered by team then name; edges are the declared effects.
public struct MetricDiagram: Sendable, Equatable {
    public enum Kind: String, Sendable { case kpi, outcome }

    public struct Node: Sendable, Equatable {
        public let key: String, label: String, group: String, kind: Kind
        public let column: Int, row: Int
        public var x: Int { Self.margin + column * (Self.width + Self.columnGap) }
        public var y: Int { Self.margin + row * (Self.height + Self.rowGap) }

        public static let width = 220, height = 44, columnGap = 110, rowGap = 14, margin = 12
    }

    public struct Edge: Sendable, Equatable {
        public let from: String, to: String, sign: EffectSign, reason: String
    }

    public let nodes: [Node]
    public let edges: [Edge]

    public var width: Int { (nodes.map(\.column).max() ?? -1) * (Node.width + Node.columnGap) + Node.width + 2 * Node.margin }
    public var height: Int { ((nodes.map(\.row).max() ?? -1) + 1) * (Node.height + Node.rowGap) + 2 * Node.margin }

    public struct Named: Sendable {
        public let id: UUID, name: String, group: String
        public init(id: UUID, name: String, group: String) { (self.id, self.name, self.group) = (id, name, group) }
    }

    public static func key(_ target: MetricTarget) -> String {
        switch target {
        case .kpi(let id): "k" + id.uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        case .outcome(let id): "o" + id.uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        }
    }

    /// Lays out the KPIs and outcomes the effects name (and only those).
    public static func layout(kpis: [Named], outcomes: [Named], effects: [MetricGraph.Effect]) -> MetricDiagram {
        let depth = depths(effects)
        let used = Set(effects.flatMap { [key(.kpi($0.from)), key($0.to)] })
        let kpiNodes = kpis.filter { used.contains(key(.kpi($0.id))) }
        let last = (kpiNodes.map { depth[$0.id] ?? 0 }.max() ?? -1) + 1
        var nodes: [Node] = []
        for column in 0..<last {
            let here = kpiNodes.filter { (depth[$0.id] ?? 0) == column }.sorted { ($0.group, $0.name) < ($1.group, $1.name) }
            nodes += here.enumerated().map { Node(key: key(.kpi($1.id)), label: $1.name, group: $1.group, kind: .kpi, column: column, row: $0) }
        }
        let shown = outcomes.filter { used.contains(key(.outcome($0.id))) }.sorted { $0.name < $1.name }
        nodes += shown.enumerated().map { Node(key: key(.outcome($1.id)), label: $1.name, group: $1.group, kind: .outcome, column: last, row: $0) }
        let keys = Set(nodes.map(\.key))
        let edges = effects.map { Edge(from: key(.kpi($0.from)), to: key($0.to), sign: $0.sign, reason: $0.reason) }.filter { keys.contains($0.from) && keys.contains($0.to) }
        return MetricDiagram(nodes: nodes, edges: edges)
    }

    /// How many KPIs drive each KPI before it, along the longest chain (cycles cut at `MetricGraph.maxHops`).
    static func depths(_ effects: [MetricGraph.Effect]) -> [UUID: Int] {
        var depth: [UUID: Int] = [:]
        for _ in 0..<MetricGraph.maxHops {
            var changed = false
            for effect in effects {
                guard case .kpi(let driven) = effect.to else { continue }
                let next = min((depth[effect.from] ?? 0) + 1, MetricGraph.maxHops)
                if next > (depth[driven] ?? 0) { depth[driven] = next; changed = true }
            }
            if !changed { break }
        }
        return depth
    }

    /// The diagram as a Mermaid flowchart: KPIs grouped by team, outcomes together, each effect labelled with its sign and reason.
    public func mermaid() -> String {
        var lines = ["flowchart LR"]
        let groups = Dictionary(grouping: nodes, by: \.group)
        for (index, group) in groups.keys.sorted().enumerated() {
            lines.append("  subgraph g\(index)[\"\(Self.escaped(group))\"]")
            for node in groups[group]!.sorted(by: { ($0.column, $0.row) < ($1.column, $1.row) }) {
                lines.append(node.kind == .outcome ? "    \(node.key)([\"\(Self.escaped(node.label))\"])" : "    \(node.key)[\"\(Self.escaped(node.label))\"]")
            }
            lines.append("  end")
        }
        for edge in edges {
            let label = "\(edge.sign == .raises ? "raises" : "lowers"): \(edge.reason)"
            lines.append("  \(edge.from) \(edge.sign == .raises ? "-->" : "-.->")|\"\(Self.escaped(label))\"| \(edge.to)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func escaped(_ text: String) -> String { Mermaid.label(text) }
}
