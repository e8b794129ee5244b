import Domain
import Foundation
import Vapor
import Web

/// The OpenAPI 3.1 description of everything under /api/v1, served at /api/v1/openapi.json.
/// A test compares it with the registered routes, so the two cannot drift apart.
enum OpenAPIDocument {
    static let recordKinds = RecordKind.allCases.map(\.rawValue)

    static func filters(_ kind: String) -> [String] {
        switch kind {
        case "teams": TeamsResource.filterNames
        case "people": PeopleResource.filterNames
        case "goals": GoalsResource.filterNames
        case "commitments": CommitmentsResource.filterNames
        case "pulses": PulsesResource.filterNames
        case "pulse-questions": PulseQuestionsResource.filterNames
        case "escalations": EscalationsResource.filterNames
        case "walks": WalksResource.filterNames
        case "journeys": JourneysResource.filterNames
        case "stages": StagesResource.filterNames
        case "touchpoints": TouchpointsResource.filterNames
        case "handoffs": HandoffsResource.filterNames
        case "processes": ProcessesResource.filterNames
        case "systems": SystemsResource.filterNames
        case "changes": PlannedChangesResource.filterNames
        case "investments": InvestmentsResource.filterNames
        case "change-notes": ChangeNotesResource.filterNames
        case "customers": CustomersResource.filterNames
        case "contacts": ContactsResource.filterNames
        case "frictions": FrictionsResource.filterNames
        case "conversations": ConversationsResource.filterNames
        case "feedback": FeedbackResource.filterNames
        case "initiatives": InitiativesResource.filterNames
        case "initiative-changes": InitiativeChangesResource.filterNames
        case "capability-needs": CapabilityNeedsResource.filterNames
        case "follow-up-notes": FollowUpNotesResource.filterNames
        case "check-ins": CheckInsResource.filterNames
        case "kpis": KPIsResource.filterNames
        case "kpi-values": KPIValuesResource.filterNames
        case "kpi-effects": KPIEffectsResource.filterNames
        case "outcomes": CustomerOutcomesResource.filterNames
        case "competencies": CompetenciesResource.filterNames
        case "centricity-targets": CentricityTargetsResource.filterNames
        case "centricity-assessments": CentricityAssessmentsResource.filterNames
        default: []
        }
    }

    static let document: JSONDocument = .object([
        ("openapi", "3.1.0"),
        ("info", ["title": "Align API", "version": "1.0.0",
                  "description": "Organizations, their teams, journeys, touchpoints, handoffs, processes, customers and friction points. Authenticate with a personal API token: Authorization: Bearer <token>."]),
        ("servers", [["url": "/"]]),
        ("security", [["bearer": []]]),
        ("components", .object([
            ("securitySchemes", ["bearer": ["type": "http", "scheme": "bearer"]]),
            ("schemas", .object(schemas)),
        ])),
        ("paths", .object(paths)),
    ])

    static var schemas: [(String, JSONDocument)] {
        var result: [(String, JSONDocument)] = [("Problem", APISchemas.problem)]
        for kind in ["organizations"] + recordKinds {
            let name = schemaName(kind)
            result += [(name, APISchemas.output(kind)), (name + "Input", APISchemas.input(kind)),
                       (name + "Patch", APISchemas.input(kind, partial: true))]
        }
        return result
    }

    static func schemaName(_ kind: String) -> String {
        kind.split(whereSeparator: { $0 == "_" || $0 == "-" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    static func ref(_ name: String) -> JSONDocument { ["$ref": .string("#/components/schemas/\(name)")] }

    static func json(_ schema: JSONDocument) -> JSONDocument { ["application/json": ["schema": schema]] }

    static func problems(_ codes: [Int]) -> [(String, JSONDocument)] {
        codes.map { (String($0), ["description": .string(HTTPResponseStatus(statusCode: $0).reasonPhrase),
                                   "content": ["application/problem+json": ["schema": ref("Problem")]]]) }
            + [("default", ["description": "Any other problem", "content": ["application/problem+json": ["schema": ref("Problem")]]])]
    }

    static func operation(_ summary: String, parameters: [JSONDocument] = [], body: JSONDocument? = nil,
                          success: (String, JSONDocument?), problems codes: [Int]) -> JSONDocument {
        var pairs: [(String, JSONDocument)] = [("summary", .string(summary))]
        if !parameters.isEmpty { pairs.append(("parameters", .array(parameters))) }
        if let body { pairs.append(("requestBody", ["required": true, "content": json(body)])) }
        let ok: JSONDocument = success.1.map { ["description": "Success", "content": json($0)] } ?? ["description": "Success, no content"]
        pairs.append(("responses", .object([(success.0, ok)] + problems(codes))))
        return .object(pairs)
    }

    static func pathParameter(_ name: String, uuid: Bool = false) -> JSONDocument {
        ["name": .string(name), "in": "path", "required": true, "schema": uuid ? APISchemas.uuid : APISchemas.text]
    }

    static func queryParameter(_ name: String, integer: Bool = false) -> JSONDocument {
        ["name": .string(name), "in": "query", "required": false, "schema": integer ? ["type": "integer"] : APISchemas.text]
    }

    /// A list read from an item on rather than by offset (`PageAnchor`): `page` then only names the page.
    static let anchorParameters: [JSONDocument] = [
        ["name": "after", "in": "query", "required": false, "schema": APISchemas.uuid,
         "description": "The page after this item (the last of the previous page), read from it on rather than counted from the start."],
        ["name": "before", "in": "query", "required": false, "schema": APISchemas.uuid,
         "description": "The page before this item (the first of the next page)."],
    ]

    static func paged(_ item: JSONDocument) -> JSONDocument {
        ["type": "object", "required": ["items", "page", "per", "total"],
         "properties": ["items": ["type": "array", "items": item], "page": ["type": "integer"], "per": ["type": "integer"],
                        "total": ["type": "integer"]]]
    }

    static var paths: [(String, JSONDocument)] {
        let org = pathParameter("org"), id = pathParameter("id", uuid: true)
        let organization = ref("Organizations")
        var result: [(String, JSONDocument)] = [
            (SiteURL.openAPI.openAPIPath, ["get": ["summary": "This document", "security": [], "responses": ["200": ["description": "The OpenAPI document"]]]]),
            (SiteURL.apiOrganizations.openAPIPath, [
                "get": operation("Organizations the token's owner belongs to", success: ("200", ["type": "array", "items": organization]), problems: [401]),
                "post": operation("Create an organization; its creator becomes its administrator", body: ref("OrganizationsInput"),
                                  success: ("201", organization), problems: [400, 401, 422]),
            ]),
            (SiteURL.api(.key, .root).openAPIPath, [
                "get": operation("One organization", parameters: [org], success: ("200", organization), problems: [401, 404]),
                "put": operation("Replace its settings (administrators)", parameters: [org], body: ref("OrganizationsInput"),
                                 success: ("200", organization), problems: [400, 401, 403, 404, 422]),
                "patch": operation("Change some settings (administrators)", parameters: [org], body: ref("OrganizationsPatch"),
                                   success: ("200", organization), problems: [400, 401, 403, 404, 422]),
                "delete": operation("Delete it and everything in it (administrators)", parameters: [org], success: ("204", nil),
                                    problems: [401, 403, 404]),
            ]),
            (SiteURL.api(.key, .overview).openAPIPath, [
                "get": operation("Overview figures", parameters: [org], success: ("200", ["type": "object"]), problems: [401, 404]),
            ]),
            (SiteURL.api(.key, .recordStep(.journeys, .key, .map)).openAPIPath, [
                "get": operation("A journey map: stages with their touchpoint cards, and handoffs", parameters: [org, id],
                                 success: ("200", ["type": "object", "required": ["journey", "stages", "handoffs"]]), problems: [401, 404]),
            ]),
        ]
        for (kind, key) in [(RecordKind.stages, "stage_ids"), (.touchpoints, "touchpoint_ids")] {
            result.append((SiteURL.api(.key, .recordStep(kind, .key, .move)).openAPIPath, [
                "post": operation("Move one place up or down", parameters: [org, id],
                                  body: ["type": "object", "required": ["direction"], "properties": ["direction": ["type": "string", "enum": ["up", "down"]]]],
                                  success: ("200", ["type": "object", "required": [.string(key)], "properties": [key: APISchemas.uuids]]),
                                  problems: [400, 401, 403, 404, 422]),
            ]))
        }
        for recordKind in RecordKind.allCases {
            let kind = recordKind.rawValue, name = schemaName(kind), item = ref(name)
            var query = [queryParameter("page", integer: true), queryParameter("per", integer: true)] + filters(kind).map { queryParameter($0) }
            if recordKind == .feedback { query += anchorParameters }
            result.append((SiteURL.api(.key, .records(recordKind)).openAPIPath, .object([
                ("get", operation("List \(kind), paginated and filtered", parameters: [org] + query, success: ("200", paged(item)), problems: [401, 404])),
                ("post", operation("Create", parameters: [org], body: ref(name + "Input"), success: ("201", item), problems: [400, 401, 403, 404, 422])),
            ])))
            result.append((SiteURL.api(.key, .record(recordKind, .key)).openAPIPath, .object([
                ("get", operation("One record", parameters: [org, id], success: ("200", item), problems: [401, 404])),
                ("put", operation("Replace", parameters: [org, id], body: ref(name + "Input"), success: ("200", item), problems: [400, 401, 403, 404, 422])),
                ("patch", operation("Change the given fields", parameters: [org, id], body: ref(name + "Patch"), success: ("200", item),
                                    problems: [400, 401, 403, 404, 422])),
                ("delete", operation("Delete", parameters: [org, id], success: ("204", nil), problems: [401, 403, 404, 409])),
            ])))
        }
        return result + feedbackPaths + insightImportPaths + charterPaths + pulsePaths + healthPaths + metricPaths + centricityPaths + workforcePaths + walkPaths + heatPaths + legitimizePaths + initiativePaths + changePaths + investmentPaths + reportPaths + alignmentPaths + nurturePaths
    }

    /// Every (method, path) the document describes, e.g. ("GET", SiteURL.api(.key, .records(.teams)).openAPIPath).
    static var operations: Set<String> {
        var result: Set<String> = []
        for (path, item) in paths {
            if case .object(let methods) = item { for (method, _) in methods { result.insert("\(method.uppercased()) \(path)") } }
        }
        return result
    }
}
