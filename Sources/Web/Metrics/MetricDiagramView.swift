import Domain
import Foundation
import Plot

/// The declared graph drawn on the server as SVG: KPIs in columns, outcomes last, each effect a curve that is solid
/// and marked "+" when it raises, dashed and marked "−" when it lowers (so colour is never the only sign), every node a
/// link to its record and every edge titled with its reason.
public enum MetricDiagramView {
    public static func svg(_ diagram: MetricDiagram, title: String, links: [String: String]) -> Node<HTML.BodyContext> {
        guard !diagram.nodes.isEmpty else { return .empty }
        let byKey = Dictionary(diagram.nodes.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var svg = "<svg class=\"metric-diagram\" viewBox=\"0 0 \(diagram.width) \(diagram.height)\" width=\"\(diagram.width)\" height=\"\(diagram.height)\""
            + " role=\"img\" aria-labelledby=\"metric-diagram-title\"><title id=\"metric-diagram-title\">\(escapeHTML(title))</title>"
        svg += "<defs>" + marker("raises", "#1a6b35") + marker("lowers", "#b00020") + "</defs>"
        for edge in diagram.edges {
            guard let from = byKey[edge.from], let to = byKey[edge.to] else { continue }
            svg += self.edge(edge, from, to)
        }
        for node in diagram.nodes { svg += self.node(node, url: links[node.key]) }
        svg += "</svg>"
        return .div(.class("metric-diagram-scroll"), .attr("tabindex", "0"), .attr("aria-label", "The declared graph; scroll sideways on a narrow screen"), .raw(svg))
    }

    static func marker(_ id: String, _ colour: String) -> String {
        "<marker id=\"arrow-\(id)\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
            + "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"\(colour)\"/></marker>"
    }

    static func edge(_ edge: MetricDiagram.Edge, _ from: MetricDiagram.Node, _ to: MetricDiagram.Node) -> String {
        let half = MetricDiagram.Node.height / 2
        let (x1, y1, x2, y2) = (from.x + MetricDiagram.Node.width, from.y + half, to.x, to.y + half)
        let bend = max(40, abs(x2 - x1) / 2)
        let raises = edge.sign == .raises
        let colour = raises ? "#1a6b35" : "#b00020"
        let dash = raises ? "" : " stroke-dasharray=\"6 4\""
        return "<g class=\"edge edge--\(edge.sign.rawValue)\"><title>\(escapeHTML((raises ? "Raises: " : "Lowers: ") + edge.reason))</title>"
            + "<path d=\"M\(x1),\(y1) C\(x1 + bend),\(y1) \(x2 - bend),\(y2) \(x2),\(y2)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"\(dash)"
            + " marker-end=\"url(#arrow-\(edge.sign.rawValue))\"/>"
            + "<text x=\"\(x1 + 12)\" y=\"\(y1 - 6)\" font-size=\"14\" font-weight=\"bold\" fill=\"\(colour)\" text-anchor=\"middle\">\(raises ? "+" : "−")</text></g>"
    }

    static func node(_ node: MetricDiagram.Node, url: String?) -> String {
        let (width, height) = (MetricDiagram.Node.width, MetricDiagram.Node.height)
        let outcome = node.kind == .outcome
        let shape = "<rect x=\"\(node.x)\" y=\"\(node.y)\" width=\"\(width)\" height=\"\(height)\" rx=\"\(outcome ? 20 : 4)\""
            + " fill=\"\(outcome ? "#eef4fb" : "#ffffff")\" stroke=\"#4f5b67\" stroke-width=\"1\"/>"
        let label = "<text x=\"\(node.x + 10)\" y=\"\(node.y + 18)\" font-size=\"13\" fill=\"#1b1f24\">\(escapeHTML(clipped(node.label, 27)))</text>"
            + "<text x=\"\(node.x + 10)\" y=\"\(node.y + 35)\" font-size=\"11\" fill=\"#4f5b67\">\(escapeHTML(clipped(node.group, 32)))</text>"
        let body = "<title>\(escapeHTML("\(node.label) (\(node.group))"))</title>" + shape + label
        guard let url else { return "<g class=\"node\">\(body)</g>" }
        return "<a class=\"node\" href=\"\(escapeHTML(url))\">\(body)</a>"
    }

    static func clipped(_ text: String, _ length: Int) -> String { text.count <= length ? text : String(text.prefix(length - 1)) + "…" }
}
