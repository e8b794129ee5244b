import Domain
import Foundation
import Plot

/// One point of a trend: a period's score with its margin and how many answers it rests on.
public struct TrendPoint: Sendable {
    public let label: String
    public let estimate: ScoreEstimate?

    public init(label: String, estimate: ScoreEstimate?) {
        self.label = label
        self.estimate = estimate
    }
}

/// A line chart drawn on the server as SVG: the score per period, its 95% margin as a band,
/// and a text alternative listing every value, so it needs no script and reads without sight.
public enum TrendChart {
    public static func svg(title: String, points: [TrendPoint], range: ClosedRange<Double>, unit: String) -> Node<HTML.BodyContext> {
        let width = 640.0, height = 220.0, left = 44.0, right = 12.0, top = 12.0, bottom = 36.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func x(_ index: Int) -> Double { points.count < 2 ? left + plotWidth / 2 : left + plotWidth * Double(index) / Double(points.count - 1) }
        func y(_ value: Double) -> Double {
            let clamped = min(max(value, range.lowerBound), range.upperBound)
            return top + plotHeight * (1 - (clamped - range.lowerBound) / (range.upperBound - range.lowerBound))
        }
        let known = points.enumerated().compactMap { index, point in point.estimate.map { (index, $0) } }
        let line = known.map { String(format: "%.1f,%.1f", x($0.0), y($0.1.value)) }.joined(separator: " ")
        let band = (known.map { String(format: "%.1f,%.1f", x($0.0), y($0.1.value + $0.1.margin)) }
                    + known.reversed().map { String(format: "%.1f,%.1f", x($0.0), y($0.1.value - $0.1.margin)) }).joined(separator: " ")
        let ticks = [range.lowerBound, (range.lowerBound + range.upperBound) / 2, range.upperBound]
        var svg = "<svg class=\"trend\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"\(anchor(title))-title\">"
        svg += "<title id=\"\(anchor(title))-title\">\(escapeHTML(title))</title>"
        for tick in ticks {
            svg += String(format: "<line x1=\"%.0f\" x2=\"%.0f\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#c8cdd4\" stroke-width=\"1\"/>", left, width - right, y(tick), y(tick))
            svg += String(format: "<text x=\"%.0f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#3d4450\">%@</text>", left - 6, y(tick) + 4,
                          format(tick) as NSString)
        }
        if known.count > 1 { svg += "<polygon points=\"\(band)\" fill=\"#9cc3e6\" fill-opacity=\"0.45\"/>" }
        if !line.isEmpty { svg += "<polyline points=\"\(line)\" fill=\"none\" stroke=\"#1d5fa0\" stroke-width=\"2.5\"/>" }
        for (index, estimate) in known {
            svg += String(format: "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#1d5fa0\"/>", x(index), y(estimate.value))
        }
        let step = max(1, points.count / 6)
        for (index, point) in points.enumerated() where index % step == 0 || index == points.count - 1 {
            svg += String(format: "<text x=\"%.1f\" y=\"%.0f\" font-size=\"11\" text-anchor=\"middle\" fill=\"#3d4450\">%@</text>", x(index), height - 12,
                          escapeHTML(point.label) as NSString)
        }
        svg += "</svg>"
        let values: Node<HTML.BodyContext> = .ul(.forEach(points) { point in .li(.safe(describe(point, unit: unit))) })
        let caption: Node<HTML.BodyContext> = .element(named: "figcaption", nodes: [
            .element(named: "details", nodes: [.element(named: "summary", nodes: [.safe("\(title): the values")]), values])])
        return .element(named: "figure", nodes: [.class("trend-chart"), .raw(svg), caption])
    }

    static func describe(_ point: TrendPoint, unit: String) -> String {
        guard let estimate = point.estimate else { return point.label + ": no answers" }
        let value: String = format(estimate.value) + unit
        return "\(point.label): \(value) ± \(format(estimate.margin)) (\(estimate.count) answers)"
    }

    static func format(_ value: Double) -> String { String(format: "%.0f", value) }

    static func anchor(_ title: String) -> String { Paths.anchor(title) }
}
