import Domain
import Foundation
import Persistence
import Vapor

/// `POST /api/v1/organizations/{org}/frictions/import?journey_id=…`: the insights file as the body.
extension InsightImportController {
    struct OutcomeJSON: Content {
        let created: Int, updated: Int, unchanged: Int
        let notes: [String]
        let checkedOnly: Bool
    }

    func api(req: Request) async throws -> Response {
        let ctx = try await req.orgContext()
        try ctx.authorize(.importFeedback)
        let settings = try Self.settings(req.queryValues)
        let checkOnly = try Self.flag(req.queryValues["check_only"], "check_only")
        let body = try await req.body.collect(max: Self.maximumBytes).get()
        guard let body, body.readableBytes > 0 else { throw ValidationFailure(field: "body", message: "Send the insights file as the request body.") }
        do {
            let outcome = try await InsightImports(scope: ctx.scope).run(Array(buffer: body), settings: settings, checkOnly: checkOnly)
            return try json(OutcomeJSON(created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged, notes: outcome.notes,
                                        checkedOnly: outcome.checkedOnly))
        } catch let refusal as InsightImports.Refusal {
            throw ValidationFailure(refusal.problems.map { FieldError(field: $0.property.isEmpty ? "body" : $0.property, message: $0.description) })
        }
    }

    /// The journey and defaults from query values (the API's, the command line's), each refused by name.
    static func settings(_ values: [String: String]) throws -> InsightImportSettings {
        guard let journeyID = values["journey_id"].flatMap(UUID.init(uuidString:)) else {
            throw ValidationFailure(field: "journey_id", message: "journey_id must be the id of the journey the insights are about.")
        }
        var settings = InsightImportSettings(journeyID: journeyID)
        if let text = values["default_touchpoint_id"], !text.isEmpty {
            guard let id = UUID(uuidString: text) else { throw ValidationFailure(field: "default_touchpoint_id", message: "default_touchpoint_id must be a touchpoint's id.") }
            settings.defaultTouchpointID = id
        }
        if let text = values["kind"] {
            guard let kind = FrictionKind(rawValue: text) else {
                throw ValidationFailure(field: "kind", message: "kind must be one of \(FrictionKind.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            settings.defaultKind = kind
        }
        return settings
    }

    static func flag(_ text: String?, _ name: String) throws -> Bool {
        guard let text else { return false }
        guard let flag = ["true": true, "false": false][text] else { throw ValidationFailure(field: name, message: "\(name) must be true or false.") }
        return flag
    }
}
