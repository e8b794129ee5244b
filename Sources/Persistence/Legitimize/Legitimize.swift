import Domain
import FluentKit
import Foundation

/// Legitimize in one organization: the three ranked views, the links between feedback and
/// frictions, proposing them afresh and deciding on them. Pages, the API and `align legitimize`
/// call these.
public struct Legitimize: Sendable {
    let scope: OrgScope

    public init(_ scope: OrgScope) {
        self.scope = scope
    }

    /// Confirmed, blind spots and unvalidated, each ranked by priority as of today.
    public func board() async throws -> LegitimizeBoard {
        try await LegitimizeQuery.board(scope.id, on: scope.db, today: CalendarDate(Date()))
    }

    /// Links, closest first.
    public func links(_ filter: LinkFilter, _ page: Pagination) async throws -> Paged<LinkRow> {
        try await LinkList.page(scope.id, filter, page, on: scope.db)
    }

    /// Links waiting for a person: every proposal counts once for its friction in the kept figures.
    public func waitingCount() async throws -> Int {
        try await FeedbackFigureStore.read(scope.id, figures: [FeedbackFigures.proposed], dimension: FeedbackFigures.friction, on: scope.db)
            .map(\.count).reduce(0, +)
    }

    /// Compares all feedback with the frictions afresh (CX leads and administrators); decisions are kept.
    @discardableResult
    public func proposeLinks() async throws -> LinkProposals.Outcome {
        try scope.authorize(.curateFeedback)
        return try await LinkProposals.refresh(scope.id, on: scope.db)
    }

    /// Confirms, rejects or reopens a link (CX leads and administrators), in the audit log.
    @discardableResult
    public func decide(_ id: UUID, status text: String?) async throws -> LinkRow {
        try scope.authorize(.curateFeedback)
        guard let link = try await LinkList.find(scope.id, id, on: scope.db) else { throw NotFound() }
        guard let text, let status = LinkStatus(rawValue: text) else {
            throw ValidationFailure(field: "status", message: "Status must be one of: proposed, confirmed, rejected.")
        }
        let before = FormInput.from([("status", link.status.rawValue)])
        try await FrictionLinkDecisions.decide(link, status, by: scope.actor.name, on: scope.db)
        try await scope.audit(.update, "friction-links", id: link.id!, before: before,
                              after: FormInput.from([("status", status.rawValue), ("description", Self.auditTitle(link))]))
        guard let row = try await LinkList.rows([link], on: scope.db).first else { throw NotFound() }
        return row
    }

    static func auditTitle(_ link: FrictionLinkRecord) -> String {
        switch link.subject {
        case .feedback(let id): "Link of feedback \(id.uuidString.prefix(8)) to friction \(link.frictionID.uuidString.prefix(8))"
        case .theme(let name): "Link of theme “\(name)” to friction \(link.frictionID.uuidString.prefix(8))"
        }
    }
}
