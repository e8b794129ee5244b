import Foundation

/// A person's role in one organization.
public enum Role: String, Choice {
    case admin
    case cxLead = "cx-lead"
    case teamLead = "team-lead"
    case member, viewer

    public var label: String {
        switch self {
        case .admin: "Administrator"
        case .cxLead: "CX lead"
        case .teamLead: "Team lead"
        case .member: "Member"
        case .viewer: "Viewer"
        }
    }
}

/// The kinds of organization records that permissions speak about.
public enum RecordKind: String, Sendable, CaseIterable {
    case teams, people, goals, journeys, stages, touchpoints, handoffs, processes, customers, contacts, frictions
    /// Systems behind touchpoints (billing, scheduling, the phone platform).
    case systems
    case conversations, feedback
    case initiatives
    case initiativeChanges = "initiative-changes"
    case capabilityNeeds = "capability-needs"
    case followUpNotes = "follow-up-notes"
    case checkIns = "check-ins"
    /// What a team commits to in its charter.
    case commitments
    /// Anonymous pulses, and the organization's library of their questions.
    case pulses
    case pulseQuestions = "pulse-questions"
    /// Problems passed from one team to another.
    case escalations
    /// Walks through a journey, step by step.
    case walks
    /// Teams' KPIs, their values, what each does to customers and other KPIs; what customers need.
    case kpis
    case kpiValues = "kpi-values"
    case kpiEffects = "kpi-effects"
    case outcomes
    /// The customer-centricity model, the levels chosen per competency, and people's assessments of where it stands.
    case competencies
    case centricityTargets = "centricity-targets"
    case centricityAssessments = "centricity-assessments"
    /// Changes the organization plans (a policy, a system, an outsourcing…), traced to everyone they touch.
    case changes
    /// "What is changing" notes to customers a planned change reaches.
    case changeNotes = "change-notes"
    /// Money the organization means to spend on changes and initiatives, with what it would do to alignment.
    case investments

    /// Kinds anyone but a viewer may add: what customers said, the friction people notice, walking a journey, going back to customers,
    /// and their own view of how customer-centric the organization is.
    static let contributed: Set<RecordKind> = [.frictions, .conversations, .feedback, .followUpNotes, .checkIns, .walks, .centricityAssessments, .changeNotes]

    /// Kinds anyone but a viewer may also change: the listener edits and sends the note, records the check-in, notes a walk's steps.
    static let listening: Set<RecordKind> = [.followUpNotes, .checkIns, .walks, .changeNotes]

    /// Kinds a team lead may change when the record belongs to one of the teams they lead.
    static let teamOwned: Set<RecordKind> = [.touchpoints, .handoffs, .processes, .systems, .frictions, .initiatives, .initiativeChanges, .capabilityNeeds,
                                             .commitments, .escalations, .kpis, .kpiValues, .kpiEffects, .changes]
}

public enum RecordOperation: String, Sendable, CaseIterable {
    case read, create, update, delete
}

/// Organization-wide actions outside the record kinds.
public enum OrganizationAction: String, Sendable, CaseIterable {
    case editOrganization, manageMembers, viewAuditLog, useAPITokens
    /// Bulk imports, recomputing themes, confirming or rejecting proposed links: work on all feedback at once.
    case importFeedback, curateFeedback

    /// Who may, in words, for refusals.
    public var allowedRoles: String {
        switch self {
        case .importFeedback, .curateFeedback: "administrators and CX leads"
        case .useAPITokens: "members"
        default: "administrators"
        }
    }
}

/// What one membership may do: the permission matrix, in one place.
public struct Access: Sendable, Equatable {
    public let role: Role
    /// The teams a team lead leads; empty for other roles.
    public let ledTeams: Set<UUID>

    public init(role: Role, ledTeams: Set<UUID> = []) {
        self.role = role
        self.ledTeams = role == .teamLead ? ledTeams : []
    }

    /// Whether this membership may do `operation` on a record of `kind` whose owning teams are
    /// `owningTeams` (the teams a touchpoint, process, handoff or friction belongs to).
    public func allows(_ operation: RecordOperation, _ kind: RecordKind, owningTeams: Set<UUID> = []) -> Bool {
        if operation == .read { return true }
        switch role {
        case .admin, .cxLead:
            return true
        case .teamLead:
            if RecordKind.contributed.contains(kind) && operation == .create { return true }
            if RecordKind.listening.contains(kind) && operation == .update { return true }
            return RecordKind.teamOwned.contains(kind) && !owningTeams.isEmpty && !owningTeams.isDisjoint(with: ledTeams)
        case .member:
            return (RecordKind.contributed.contains(kind) && operation == .create) || (RecordKind.listening.contains(kind) && operation == .update)
        case .viewer:
            return false
        }
    }

    public func allows(_ action: OrganizationAction) -> Bool {
        switch action {
        case .editOrganization, .manageMembers, .viewAuditLog: role == .admin
        case .useAPITokens: true
        case .importFeedback, .curateFeedback: role == .admin || role == .cxLead
        }
    }

    /// The matrix as rows of (role, what it may change), for documentation and the members page.
    public static func summary(of role: Role) -> String {
        switch role {
        case .admin: "Everything: records, the organization's settings, members and invitations, the audit log."
        case .cxLead: "Reads everything; creates, changes and deletes every kind of record."
        case .teamLead: "Reads everything; changes the touchpoints, processes, handoffs, friction points, initiatives, capability needs, charters, KPIs and planned changes of the teams they lead; records conversations, feedback, friction points, journey walks, follow-up notes, “what is changing” notes, check-ins and centricity assessments anywhere."
        case .member: "Reads everything; records conversations, feedback, friction points, journey walks, follow-up notes, “what is changing” notes, check-ins and centricity assessments."
        case .viewer: "Reads everything; changes nothing."
        }
    }
}
