import Domain
import FluentKit
import Foundation

/// The initiatives that answer what a customer said: those naming a friction their feedback confirmed,
/// or a theme their feedback belongs to. Follow-up notes and customer timelines both ask this.
public enum InitiativesAnswering {
    public static func feedback(_ items: [Stored<FeedbackItem>], among initiatives: [Stored<Initiative>], _ scope: OrgScope) async throws
        -> [Stored<Initiative>] {
        guard !items.isEmpty, !initiatives.isEmpty else { return [] }
        let frictions = Set(try await FrictionLinkRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$feedbackID ~~ items.map(\.id))
            .all().filter { $0.status == .confirmed }.map(\.frictionID))
        let themes = Set(items.compactMap(\.theme).map { $0.lowercased() })
        return initiatives.filter { initiative in
            !Set(initiative.frictionIDs).isDisjoint(with: frictions) || initiative.themes.contains { themes.contains($0.lowercased()) }
        }.sorted { $0.dueDate < $1.dueDate }
    }
}
