import Foundation

/// Estimates how tall a poster sets at each type size, from the print stylesheet's measures
/// (`Stylesheet.charters`): how many lines each block wraps to at an average character width.
/// Chromium checks the estimate: the browser test prints the demo's posters and finds nothing cut.
enum PosterLayout {
    enum Density: String, CaseIterable {
        case roomy, compact, dense
    }

    /// The page's text box in CSS pixels (96 per inch) after page margins, padding and the top rule.
    static func box(_ size: PosterModel.Size) -> (width: Double, height: Double) {
        let mm = 96 / 25.4
        return size == .a4 ? ((210 - 24 - 16) * mm, (272 - 20) * mm - 8) : ((297 - 30 - 24) * mm, (389 - 28) * mm - 8)
    }

    /// The base type size, in CSS pixels, of each density on each paper (the stylesheet's points × 4/3).
    static func fontSize(_ density: Density, _ size: PosterModel.Size) -> Double {
        let points: Double = switch (size, density) {
        case (.a4, .roomy): 14
        case (.a4, .compact): 11.5
        case (.a4, .dense): 9
        case (.a3, .roomy): 20
        case (.a3, .compact): 16
        case (.a3, .dense): 12.5
        }
        return points * 4 / 3
    }

    /// The first density, largest type first, whose poster fills at most 95% of the page; nil if none fits.
    static func density(_ poster: PosterModel) -> Density? {
        let box = box(poster.size)
        return Density.allCases.first { height(poster, font: fontSize($0, poster.size), width: box.width) <= box.height * 0.95 }
    }

    /// The poster's height at base type `font`: every block's wrapped lines at its line height, plus its margins.
    static func height(_ poster: PosterModel, font f: Double, width: Double) -> Double {
        func block(_ text: String, scale: Double, bold: Bool = false, lineHeight: Double = 1.5, inset: Double = 0) -> Double {
            let perLine = max(1, ((width - inset) / (f * scale * (bold ? 0.6 : 0.55))).rounded(.down))
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0.0) { $0 + max(1, (Double($1.count) / perLine).rounded(.up)) }
            return lines * f * scale * lineHeight
        }
        let inset = 1.4 * f
        var total = block("org", scale: 0.85) + block(poster.teamName, scale: 2.2, bold: true, lineHeight: 1.15) + 2.2 * f * 0.5
        total += block("Our purpose: " + poster.purpose, scale: 1.1) + block("Our promise to customers: " + poster.brandPromise, scale: 1.1) + 1.1 * f * 1.2
        total += 1.25 * f + 3 + block("lead", scale: 1, bold: true) + f
        for commitment in poster.commitments {
            total += block(commitment.text, scale: 1.15, bold: true, inset: inset)
                + block("Serves: " + commitment.goals.joined(separator: " · "), scale: 0.9, inset: inset) + 0.8 * f
        }
        return total
    }
}
