import Domain
import Foundation
import Persistence
import Vapor

/// The Legitimize API: the ranked views, the links and their decisions.
extension LegitimizeController {
    struct ComponentsJSON: Encodable {
        let frequency, severity, customerPriority, valueTier, recency: Double
    }

    struct EntryJSON: Encodable {
        let rank: Int
        /// "friction", "theme", or "unthemed" for feedback in no theme.
        let kind: String
        let frictionId: UUID?
        let theme: String?
        let title: String
        let severity: Int?
        let status: String?
        let items: Int
        let priority: Double
        let components: ComponentsJSON
        let openProposals: Int
    }

    struct BoardJSON: Encodable {
        let view: String
        let formula: String
        let entries: [EntryJSON]
    }

    struct LinkJSON: Encodable {
        let id: UUID
        let status: String
        let frictionId: UUID
        let frictionText: String
        let feedbackId: UUID?
        let feedbackText: String?
        let theme: String?
        let viaTheme: String?
        let similarity: Double
        let sharedWords: [String]
        let decidedBy: String?
        let decidedAt: String?
    }

    struct OutcomeJSON: Encodable { let proposed: Int, compared: Int, decided: Int }

    func apiBoard(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let view = try Self.view(req)
        let board = try await ctx.legitimize.board()
        let entries = board.entries(view).enumerated().map { index, entry in
            let score = entry.score
            let components = ComponentsJSON(frequency: score.frequency, severity: score.severity, customerPriority: score.customerPriority,
                                            valueTier: score.valueTier, recency: score.recency)
            let (kind, friction, theme, severity, status): (String, UUID?, String?, Int?, String?) = switch entry.subject {
            case .friction(let id, let severity, let status): ("friction", id, nil, severity, status.rawValue)
            case .theme(let name): (name == nil ? "unthemed" : "theme", nil, name, nil, nil)
            }
            return EntryJSON(rank: index + 1, kind: kind, frictionId: friction, theme: theme, title: entry.title, severity: severity, status: status,
                             items: entry.evidence.count, priority: (score.total * 10).rounded() / 10, components: components,
                             openProposals: entry.openProposals)
        }
        return try json(BoardJSON(view: view.rawValue, formula: PriorityScore.formula, entries: entries))
    }

    func apiLinks(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let (filter, _) = try Self.filter(req)
        let paged = try await ctx.legitimize.links(filter, pagination(req.queryValues))
        return try json(paged.map(Self.linkJSON))
    }

    func apiPropose(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let outcome = try await ctx.legitimize.proposeLinks()
        return try json(OutcomeJSON(proposed: outcome.proposed, compared: outcome.compared, decided: outcome.decided))
    }

    func apiDecide(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        let row = try await ctx.legitimize.decide(try req.idParameter(), status: try req.formInput().value("status"))
        return try json(Self.linkJSON(row))
    }

    static func linkJSON(_ row: LinkRow) -> LinkJSON {
        let (feedback, theme): (UUID?, String?) = switch row.subject {
        case .feedback(let id): (id, nil)
        case .theme(let name): (nil, name)
        }
        return LinkJSON(id: row.id, status: row.status.rawValue, frictionId: row.frictionID, frictionText: row.frictionText, feedbackId: feedback,
                        feedbackText: row.feedbackText, theme: theme, viaTheme: row.viaTheme, similarity: row.similarity,
                        sharedWords: row.sharedWords, decidedBy: row.decidedBy, decidedAt: row.decidedAt.map { $0.ISO8601Format() })
    }
}
