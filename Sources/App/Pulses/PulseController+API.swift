import Domain
import Foundation
import Persistence
import Vapor
import Web

/// The pulse's API: send, remind, results (every figure within the threshold), the built-in questions.
extension PulseController {
    struct SentJSON: Content { let links: Int, questions: Int }
    struct RemindedJSON: Content { let waiting: Int }
    struct AddedJSON: Content { let added: Int }

    struct ResultsJSON: Content {
        struct Question: Content { let id: UUID, topic: String, kind: String, text: String }
        struct Figure: Content { let answers: Int, favourable: Int, neutral: Int, unfavourable: Int, percentFavourable: Double?, netScore: Double? }
        struct Group: Content {
            let teamId: UUID?, name: String, invited: Int
            let suppressed: Bool
            let reason: String?
            let responses: Int?
            let topics: [String: Figure]?
            let questions: [String: Figure]?
        }
        let threshold: Int
        let questions: [Question]
        let organization: Group
        let teams: [Group]
        /// The team `team_id` asked for, with its answers per question.
        let focus: Group?
        let comments: [String: [String]]
        let page: Int, per: Int, total: Int
    }

    func apiSend(req: Request) async throws -> Response {
        let sent = try await Pulses(scope: try await req.orgContext().scope).send(try req.idParameter())
        return try json(SentJSON(links: sent.links, questions: sent.questions))
    }

    func apiRemind(req: Request) async throws -> Response {
        try json(RemindedJSON(waiting: try await Pulses(scope: try await req.orgContext().scope).remind(try req.idParameter())))
    }

    func apiAddBuiltIn(req: Request) async throws -> Response {
        try json(AddedJSON(added: try await Pulses(scope: try await req.orgContext().scope).addBuiltInQuestions()))
    }

    func apiResults(req: Request) async throws -> Response {
        let asked = pagination(req.queryValues)
        let focus = try req.queryValues["team_id"].map { value in
            guard let id = UUID(uuidString: value) else { throw ValidationFailure(field: "team_id", message: "A team's id is a UUID; “\(value)” is not one.") }
            return id
        }
        let found = try await Pulses(scope: try await req.orgContext().scope).results(try req.idParameter(), page: asked.page, per: asked.per, focus: focus)
        let results = found.results
        return try json(ResultsJSON(
            threshold: results.threshold,
            questions: results.items.map { .init(id: $0.id, topic: $0.topic.rawValue, kind: $0.kind.rawValue, text: $0.text) },
            organization: Self.group(results.organization, results),
            teams: results.teams.map { Self.group($0, results, perQuestion: false) },
            focus: found.focus.map { Self.group($0, results) },
            comments: Dictionary(found.comments.map { ($0.key.uuidString.lowercased(), $0.value) }, uniquingKeysWith: +),
            page: found.teams.page, per: found.teams.per, total: found.teams.total))
    }

    /// A group as the API shows it: a suppressed one carries its reason and no figure at all. A page of teams
    /// carries topics only, as the page's heat table does; one team's questions come with `team_id`.
    static func group(_ group: PulseResults.Group, _ results: PulseResults, perQuestion: Bool = true) -> ResultsJSON.Group {
        func figure(_ tally: PulseResults.Tally) -> ResultsJSON.Figure {
            .init(answers: tally.answers, favourable: tally.favourable, neutral: tally.neutral, unfavourable: tally.unfavourable,
                  percentFavourable: tally.percentFavourable, netScore: tally.netScore)
        }
        guard !group.suppressed else {
            return .init(teamId: group.id, name: group.name, invited: group.invited, suppressed: true, reason: group.suppression?.rawValue,
                         responses: nil, topics: nil, questions: nil)
        }
        let topics = Set(results.items.filter { $0.kind != .text }.map(\.topic))
        return .init(teamId: group.id, name: group.name, invited: group.invited, suppressed: false, reason: nil, responses: group.responses,
                     topics: Dictionary(topics.compactMap { topic in group.score(topic, items: results.items).map { (topic.rawValue, figure($0)) } }, uniquingKeysWith: { a, _ in a }),
                     questions: !perQuestion ? nil : Dictionary(group.tallies.map { ($0.key.uuidString.lowercased(), figure($0.value)) }, uniquingKeysWith: { a, _ in a }))
    }
}
