import Domain
import Foundation

/// The addresses inside one organization, shared by its pages (`/orgs/{org}/…`) and its JSON API
/// (`/api/v1/organizations/{org}/…`); App registers each under the prefixes that serve it.
public indirect enum OrgPath: Sendable, Equatable {
    /// The overview page; the organization itself in the API.
    case root
    case edit, delete, overview
    // Every kind of record: list (and create), new form, export, one record, its edit and delete pages.
    case records(RecordKind)
    case newRecord(RecordKind)
    case exportRecords(RecordKind)
    case record(RecordKind, Parameter<UUID>)
    /// A step under one record, e.g. `teams/{id}/edit`.
    case recordStep(RecordKind, Parameter<UUID>, RecordStep)
    // Feedback
    case imports, newImport, scores, themes, recomputeThemes
    /// Every feedback item as Formbricks Hub records (JSON Lines).
    case hubExport
    case feedbackImport(Parameter<UUID>, ImportStep)
    /// Friction points from a TheyDo insights file: the form, and where it (or the API's JSON) is sent.
    case insightImport
    /// Where the teams' charters leave the strategy uncovered; every team's poster beside the goals.
    case charterGaps, strategyWall
    /// One team's charter: its page, its review date, its approval.
    case teamCharter(Parameter<UUID>, CharterStep)
    /// What a pulse does beyond its record: send it, remind, its links as CSV, its results.
    case pulseStep(Parameter<UUID>, PulseStep)
    /// The built-in pulse questions, to add to the organization's library.
    case builtInQuestions
    /// The 4C health of every team and the organization, and the limits it is read against.
    case health, healthLimits
    /// Headcount and leavers, and escalations, from a CSV file.
    case peopleImport, escalationsImport
    /// What the teams' KPIs do to customers: the conflicts found in what they declare.
    case metricConflicts
    /// Every declared effect as a Mermaid flowchart.
    case metricGraph
    /// The customer-centricity level chosen against the level assessed, and where Align's built-in model is added.
    case centricity, centricityBuiltIn
    /// KPI values from a CSV or a TheyDo metrics file.
    case kpiValuesImport
    /// Each team's weighted change load month by month, and the organization's limit on it.
    case changeLoad, changeLoadLimit
    /// The alignment index, and computing this month's again.
    case alignmentIndex, alignmentRecompute
    /// The executive alignment report, and each team's monthly one-pager.
    case executiveReport
    case teamOnePager(Parameter<UUID>)
    // Legitimize
    case legitimize, proposeLinks, links, link(Parameter<UUID>), frictionLinks, proposeFrictionLinks, frictionLink(Parameter<UUID>)
    // Initiatives
    case board, myInitiatives, fatigue
    // Nurture
    case nurture, nurtureSettings, webhookSecret, deliveries, webhookDeliveries
    case inbox, readAllInbox, calendar, revokeCalendar
    // Accounts and audit
    case inboxMessage(Parameter<UUID>, RecordStep)
    case tokens, members, invite, audit, exportAudit
    case token(Parameter<UUID>, RecordStep)
    case member(Parameter<UUID>, RecordStep)
    case invitation(Parameter<UUID>, RecordStep)

    public var components: [String] {
        switch self {
        case .root: []
        case .edit: ["edit"]
        case .delete: ["delete"]
        case .overview: ["overview"]
        case .records(let kind): [kind.rawValue]
        case .newRecord(let kind): [kind.rawValue, "new"]
        case .exportRecords(let kind): [kind.rawValue, "export.csv"]
        case .record(let kind, let id): [kind.rawValue, id.component]
        case .recordStep(let kind, let id, let step): [kind.rawValue, id.component, step.rawValue]
        case .feedbackImport(let id, let step): ["imports", id.component] + (step == .show ? [] : [step.rawValue])
        case .link(let id): ["legitimize", "links", id.component]
        case .frictionLink(let id): ["friction-links", id.component]
        case .inboxMessage(let id, let step): ["inbox", id.component, step.rawValue]
        case .token(let id, let step): ["tokens", id.component, step.rawValue]
        case .member(let id, let step): ["members", id.component, step.rawValue]
        case .invitation(let id, let step): ["invitations", id.component, step.rawValue]
        default: fixedComponents
        }
    }

    private var fixedComponents: [String] {
        switch self {
        case .imports: ["imports"]
        case .newImport: ["imports", "new"]
        case .scores: ["scores"]
        case .themes: ["themes"]
        case .recomputeThemes: ["themes", "recompute"]
        case .legitimize: ["legitimize"]
        case .proposeLinks: ["legitimize", "propose"]
        case .links: ["legitimize", "links"]
        case .frictionLinks: ["friction-links"]
        case .proposeFrictionLinks: ["friction-links", "propose"]
        case .board: ["initiatives", "board"]
        case .myInitiatives: ["initiatives", "mine"]
        case .fatigue: ["initiatives", "fatigue"]
        default: accountComponents
        }
    }

    private var accountComponents: [String] {
        switch self {
        case .nurture: ["nurture"]
        case .nurtureSettings: ["nurture", "settings"]
        case .webhookSecret: ["nurture", "settings", "secret"]
        case .deliveries: ["nurture", "deliveries"]
        case .webhookDeliveries: ["webhook-deliveries"]
        case .inbox: ["inbox"]
        case .readAllInbox: ["inbox", "read-all"]
        case .calendar: ["calendar"]
        case .revokeCalendar: ["calendar", "revoke"]
        case .tokens: ["tokens"]
        case .members: ["members"]
        case .invite: ["members", "invite"]
        case .audit: ["audit"]
        case .exportAudit: ["audit", "export.csv"]
        case .hubExport: ["feedback", "formbricks-hub.jsonl"]
        case .insightImport: ["frictions", "import"]
        case .charterGaps: ["commitments", "gaps"]
        case .strategyWall: ["strategy"]
        case .pulseStep(let id, let step): ["pulses", id.component, step.rawValue]
        case .builtInQuestions: ["pulse-questions", "built-in"]
        case .health: ["health"]
        case .healthLimits: ["health", "limits"]
        case .peopleImport: ["people", "import"]
        case .escalationsImport: ["escalations", "import"]
        case .metricConflicts: ["metrics", "conflicts"]
        case .metricGraph: ["metrics", "graph.mmd"]
        case .centricity: ["centricity"]
        case .centricityBuiltIn: ["centricity", "built-in"]
        case .kpiValuesImport: ["kpi-values", "import"]
        case .changeLoad: ["changes", "load"]
        case .changeLoadLimit: ["changes", "load", "limit"]
        case .alignmentIndex: ["alignment-index"]
        case .alignmentRecompute: ["alignment-index", "recompute"]
        case .executiveReport: ["reports", "executive"]
        case .teamOnePager(let id): ["teams", id.component, "one-pager"]
        case .teamCharter(let id, let step): ["teams", id.component, "charter"] + (step == .show ? [] : [step.rawValue])
        default: []
        }
    }
}

/// What can be done under one record's address.
public enum RecordStep: String, Sendable, Equatable {
    case edit, delete, move, status, history, effect, map, heat, sent, read, revoke, timeline
    /// A walk's step noted, a friction hypothesis added at a step, two walks compared.
    case step, hypothesis, compare
    case confirmTouchpoint = "confirm-touchpoint"
    /// A planned change: everyone it touches, acknowledging it, launching or cancelling it.
    case impact, acknowledge, launch, cancel
    /// An investment: what it would do to alignment, and deciding it.
    case outlook, approve, reject
    case complete = "done"
    /// Drafting "what is changing" notes to the customers a change reaches.
    case notes
    /// A journey as a Mermaid flowchart.
    case mermaid = "map.mmd"
}

/// The addresses under one pulse.
public enum PulseStep: String, Sendable, Equatable {
    case send, remind, results
    case linksCSV = "links.csv"
}

/// The addresses under one team's charter.
public enum CharterStep: String, Sendable, Equatable {
    case show = "", review, approve, poster
}

/// The addresses under one feedback import.
public enum ImportStep: String, Sendable, Equatable {
    case show = "", preview, discard, resume
    case rejectionsCSV = "rejections.csv"
    case rejections, duplicates
}

extension Parameter where Value == UUID {
    var component: String { component("id") { $0.uuidString } }
}
