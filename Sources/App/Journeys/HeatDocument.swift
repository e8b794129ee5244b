import Domain
import Foundation

/// A journey's customer heat as the API returns it: touchpoints in stage and position order, as on the map.
struct HeatDocument: Encodable {
    struct Quote: Encodable {
        let feedbackID: UUID
        let text: String
        let sentimentScore: Double
    }

    struct TouchpointHeat: Encodable {
        let touchpointID: UUID
        let name: String
        let heat: CustomerHeat
        let quotes: [Quote]

        enum CodingKeys: String, CodingKey {
            case touchpointID, name, level, score, confirmedFrictionCount, worstConfirmedSeverity
            case feedbackCount, negativeCount, explanation, quotes
        }

        // Written out so that a missing severity is an explicit null, as the OpenAPI document promises.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(touchpointID, forKey: .touchpointID)
            try container.encode(name, forKey: .name)
            try container.encode(heat.level.rawValue, forKey: .level)
            try container.encode(heat.score, forKey: .score)
            try container.encode(heat.confirmedFrictionCount, forKey: .confirmedFrictionCount)
            try container.encode(heat.worstConfirmedSeverity, forKey: .worstConfirmedSeverity)
            try container.encode(heat.feedbackCount, forKey: .feedbackCount)
            try container.encode(heat.negativeCount, forKey: .negativeCount)
            try container.encode(heat.explanation, forKey: .explanation)
            try container.encode(quotes, forKey: .quotes)
        }
    }

    let journeyID: UUID
    let touchpoints: [TouchpointHeat]

    init(_ map: JourneyMap, _ overlay: HeatOverlay) {
        journeyID = map.journey.id
        touchpoints = map.columns.flatMap(\.cards).map { card in
            let id = card.touchpoint.id
            return TouchpointHeat(touchpointID: id, name: card.touchpoint.name, heat: overlay.heat(of: id),
                              quotes: overlay.quotes(of: id).map {
                                  Quote(feedbackID: $0.feedbackID, text: $0.text, sentimentScore: $0.sentimentScore)
                              })
        }
    }
}
