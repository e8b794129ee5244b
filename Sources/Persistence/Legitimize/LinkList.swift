import Domain
import FluentKit
import Foundation

/// A link as the review list shows it: both sides in words, and why it was proposed.
public struct LinkRow: Sendable {
    public let id: UUID
    public let status: LinkStatus
    public let similarity: Double
    public let sharedWords: [String]
    public let frictionID: UUID
    public let frictionText: String
    public let frictionSeverity: Int
    public let subject: LinkSubject
    /// The item's text, or nil for a theme link.
    public let feedbackText: String?
    public let viaTheme: String?
    public let decidedBy: String?
    public let decidedAt: Date?
}

/// Which links to list.
public struct LinkFilter: Sendable, Equatable {
    public enum SubjectKind: String, Sendable { case item, theme }

    public var status: LinkStatus?
    public var frictionID: UUID?
    public var subjectKind: SubjectKind?
    /// Also list item links a confirmed theme link brought in; by default only links a person decides.
    public var includeBroughtIn: Bool

    public init(status: LinkStatus? = nil, frictionID: UUID? = nil, subjectKind: SubjectKind? = nil, includeBroughtIn: Bool = false) {
        self.status = status
        self.frictionID = frictionID
        self.subjectKind = subjectKind
        self.includeBroughtIn = includeBroughtIn
    }
}

public enum LinkList {
    /// Closest first, so the likeliest links are decided first.
    public static func page(_ organizationID: UUID, _ filter: LinkFilter, _ request: Pagination, on db: any Database) async throws -> Paged<LinkRow> {
        let query = FrictionLinkRecord.query(on: db).filter(\.$organizationID == organizationID)
        if let status = filter.status { query.filter(\.$statusValue == status.rawValue) }
        if let friction = filter.frictionID { query.filter(\.$frictionID == friction) }
        switch filter.subjectKind {
        case .item: query.filter(\.$feedbackID != nil)
        case .theme: query.filter(\.$theme != nil)
        case nil: break
        }
        if !filter.includeBroughtIn { query.filter(\.$viaTheme == nil) }
        let total = try await query.count()
        let links = try await query.sort(\.$similarity, .descending).sort(\.$id).range(request.offset..<(request.offset + request.per)).all()
        return Paged(items: try await rows(links, on: db), request: request, total: total)
    }

    public static func find(_ organizationID: UUID, _ id: UUID, on db: any Database) async throws -> FrictionLinkRecord? {
        try await FrictionLinkRecord.query(on: db).filter(\.$organizationID == organizationID).filter(\.$id == id).first()
    }

    public static func rows(_ links: [FrictionLinkRecord], on db: any Database) async throws -> [LinkRow] {
        let frictionIDs = Array(Set(links.map(\.frictionID))), feedbackIDs = Array(Set(links.compactMap(\.feedbackID)))
        let frictions = frictionIDs.isEmpty ? [:] : Dictionary(try await FrictionRecord.query(on: db).filter(\.$id ~~ frictionIDs).all()
            .map { ($0.id!, $0) }, uniquingKeysWith: { a, _ in a })
        let texts = feedbackIDs.isEmpty ? [:] : Dictionary(try await FeedbackRecord.query(on: db).filter(\.$id ~~ feedbackIDs)
            .field(\.$id).field(\.$text).all().map { ($0.id!, $0.text) }, uniquingKeysWith: { a, _ in a })
        return links.map { link in
            let friction = frictions[link.frictionID]
            return LinkRow(id: link.id!, status: link.status, similarity: link.similarity, sharedWords: link.sharedWords,
                           frictionID: link.frictionID, frictionText: friction?.details ?? "", frictionSeverity: friction?.severity ?? 0,
                           subject: link.subject, feedbackText: link.feedbackID.flatMap { texts[$0] }, viaTheme: link.viaTheme,
                           decidedBy: link.decidedBy, decidedAt: link.decidedAt)
        }
    }
}
