import Domain
import FluentKit
import Foundation

/// Who did something, for the audit log and the histories kept beside it: a signed-in person,
/// the command line, or Align itself.
public struct Actor: Sendable, Equatable {
    public let userID: UUID?
    public let name: String

    public init(userID: UUID?, name: String) {
        self.userID = userID
        self.name = name
    }

    public static let commandLine = Actor(userID: nil, name: "Command line")

    /// Work Align does by itself (the demo, scheduled jobs).
    public static let align = Actor(userID: nil, name: "Align")
}

/// One organization's data and who is acting in it: what every feature service works in.
/// Every read and write through a scope stays inside its organization.
public struct OrgScope: Sendable {
    public let db: any Database
    public let organization: Stored<Organization>
    public let actor: Actor
    /// What the actor may do here; the command line and Align itself may do everything.
    public let access: Access

    public init(db: any Database, organization: Stored<Organization>, actor: Actor, access: Access = Access(role: .admin)) {
        self.db = db
        self.organization = organization
        self.actor = actor
        self.access = access
    }

    public var id: UUID { organization.id }
    public var slug: String { organization.slug }

    public func store<R: ContentRecord>(_ type: R.Type) -> RecordStore<R> {
        RecordStore<R>(db: db, organizationID: id)
    }

    /// Refuses, with a reason naming the role, what this membership may not do.
    public func authorize(_ operation: RecordOperation, _ kind: RecordKind, owningTeams: Set<UUID> = []) throws {
        guard access.allows(operation, kind, owningTeams: owningTeams) else {
            throw Forbidden("As \(access.role.label.lowercased()) in \(organization.name) you may not \(operation.rawValue) \(kind.rawValue)"
                + (access.role == .teamLead ? " outside the teams you lead." : "."))
        }
    }

    public func authorize(_ action: OrganizationAction) throws {
        guard access.allows(action) else { throw Forbidden("Only \(action.allowedRoles) of \(organization.name) may do this.") }
    }

    /// Writes one audit entry for a change made by the actor.
    public func audit(_ action: AuditAction, _ kind: String, id recordID: UUID, before: FormInput?, after: FormInput?) async throws {
        let title = Self.auditTitle(after ?? before ?? FormInput())
        try await AuditLog.record(AuditRecord(organizationID: id, userID: actor.userID, actorName: actor.name,
                                              action: action, kind: kind, recordID: recordID, recordTitle: title,
                                              changes: FieldChange.between(before, after), at: Date()), on: db)
    }

    /// A record's name as the log shows it: its name, title, account name or description.
    public static func auditTitle(_ input: FormInput) -> String {
        let title = ["name", "title", "account_name", "description", "from_touchpoint_id"].lazy.compactMap { input.value($0) }.first ?? ""
        return title.count > 120 ? String(title.prefix(117)) + "…" : title
    }
}

extension OrgScope {
    /// Whether a record of this kind and id is in this organization.
    public func exists(_ kind: RecordKind, _ id: UUID) async throws -> Bool {
        switch kind {
        case .teams: try await store(TeamRecord.self).find(id) != nil
        case .people: try await store(PersonRecord.self).find(id) != nil
        case .goals: try await store(StrategyGoalRecord.self).find(id) != nil
        case .journeys: try await store(JourneyRecord.self).find(id) != nil
        case .stages: try await store(StageRecord.self).find(id) != nil
        case .touchpoints: try await store(TouchpointRecord.self).find(id) != nil
        case .handoffs: try await store(HandoffRecord.self).find(id) != nil
        case .processes: try await store(ProcessRecord.self).find(id) != nil
        case .systems: try await store(SystemRecord.self).find(id) != nil
        case .changes: try await store(PlannedChangeRecord.self).find(id) != nil
        case .changeNotes: try await store(ChangeNoteRecord.self).find(id) != nil
        case .investments: try await store(InvestmentRecord.self).find(id) != nil
        case .customers: try await store(CustomerRecord.self).find(id) != nil
        case .contacts: try await store(ContactRecord.self).find(id) != nil
        case .frictions: try await store(FrictionRecord.self).find(id) != nil
        case .conversations: try await store(ConversationRecord.self).find(id) != nil
        case .feedback: try await store(FeedbackRecord.self).find(id) != nil
        case .initiatives: try await store(InitiativeRecord.self).find(id) != nil
        case .initiativeChanges: try await store(InitiativeChangeRecord.self).find(id) != nil
        case .capabilityNeeds: try await store(CapabilityNeedRecord.self).find(id) != nil
        case .followUpNotes: try await store(FollowUpNoteRecord.self).find(id) != nil
        case .checkIns: try await store(CheckInRecord.self).find(id) != nil
        case .commitments: try await store(CommitmentRecord.self).find(id) != nil
        case .pulses: try await store(PulseRecord.self).find(id) != nil
        case .pulseQuestions: try await store(PulseQuestionRecord.self).find(id) != nil
        case .escalations: try await store(EscalationRecord.self).find(id) != nil
        case .walks: try await store(JourneyWalkRecord.self).find(id) != nil
        case .kpis: try await store(KPIRecord.self).find(id) != nil
        case .kpiValues: try await store(KPIValueRecord.self).find(id) != nil
        case .kpiEffects: try await store(KPIEffectRecord.self).find(id) != nil
        case .outcomes: try await store(CustomerOutcomeRecord.self).find(id) != nil
        case .competencies: try await store(CompetencyRecord.self).find(id) != nil
        case .centricityTargets: try await store(CentricityTargetRecord.self).find(id) != nil
        case .centricityAssessments: try await store(CentricityAssessmentRecord.self).find(id) != nil
        }
    }
}
