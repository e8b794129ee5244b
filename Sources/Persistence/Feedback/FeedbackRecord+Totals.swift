import Domain
import FluentKit
import Foundation

extension FeedbackRecord {
    /// The list's total from the kept figures when it is filtered by at most one thing they count by
    /// (and they are current); other filters are counted.
    public static func keptTotal(_ filters: ListFilters, organizationID: UUID, on db: any Database) async throws -> Int? {
        guard let (figure, dimension, subject, detail) = keptCount(filters),
              try await !FeedbackFigureStore.freshness(organizationID, on: db).recountPending else { return nil }
        let rows = try await FeedbackFigureStore.read(organizationID, figures: [figure], dimension: dimension,
                                                      subjects: [FigureKey.encode(subject)], on: db)
        return rows.filter { $0.key.detail == detail }.map(\.count).reduce(0, +)
    }

    /// The counter that holds the number of items the filters select, if one does.
    static func keptCount(_ filters: ListFilters) -> (String, String, String?, String)? {
        let items = FeedbackFigures.items
        guard filters.values.count <= 1 else { return nil }
        guard let (name, value) = filters.values.first else { return (FeedbackFigures.feedback, FeedbackFigures.overall, nil, items) }
        switch name {
        case "channel": return (FeedbackFigures.feedback, ScoreDimension.channel.rawValue, value, items)
        case "kind" where FeedbackKind(rawValue: value) != nil, "source" where FeedbackSource(rawValue: value) != nil:
            return (FeedbackFigures.feedback, name, value, items)
        case "sentiment" where SentimentLabel(rawValue: value) != nil: return (FeedbackFigures.feedback, name, value, items)
        case "theme" where value != ListFilters.noTheme: return (FeedbackFigures.theme, FeedbackFigures.overall, value, items)
        case "touchpoint_id" where UUID(uuidString: value) != nil:
            return (FeedbackFigures.heat, ScoreDimension.touchpoint.rawValue, UUID(uuidString: value)!.uuidString, items)
        default: return nil
        }
    }
}
