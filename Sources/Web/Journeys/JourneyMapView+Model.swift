import Domain
import Foundation
import Plot

/// The journey map page: stages as columns, touchpoints as tinted cards, handoffs flagged,
/// and the selected touchpoint's backstage.
public struct JourneyMapModel: Sendable {
    public let map: JourneyMap
    public let slug: String
    public let selected: Backstage?
    /// Present in the customer heat view: cards are tinted by what customers confirmed and said.
    public let heat: HeatOverlay?

    public init(map: JourneyMap, slug: String, selectedTouchpoint: UUID?, heat: HeatOverlay? = nil) {
        self.map = map
        self.slug = slug
        self.selected = selectedTouchpoint.flatMap(map.backstage(of:))
        self.heat = heat
    }
}

/// Minutes written the way people say them: "45 min", "2 h 30 min", "3 d".
public enum Duration {
    public static func minutes(_ total: Int) -> String {
        if total < 60 { return "\(total) min" }
        if total < 24 * 60 { return total % 60 == 0 ? "\(total / 60) h" : "\(total / 60) h \(total % 60) min" }
        let days = Double(total) / (24 * 60)
        return days == days.rounded() ? "\(Int(days)) d" : String(format: "%.1f d", days)
    }
}
