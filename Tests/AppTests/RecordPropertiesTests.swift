import FluentKit
import Foundation
@testable import Persistence
import Testing

/// Every record lists its fields by hand (`properties`) so that Fluent does not reflect over it each time
/// one is decoded. A field missing from a list would silently never be saved or read, so each list is
/// compared with what reflection finds, and the records compared with every record class in the sources.
@Suite struct RecordPropertiesTests {
    static let records: [any Fields.Type] = [
        APITokenRecord.self, AuditRecord.self, CalendarFeedRecord.self, CapabilityNeedRecord.self, CheckInRecord.self,
        ClosingNoteRecord.self, ContactRecord.self, ConversationRecord.self, CustomerRecord.self, FeedbackImportRecord.self,
        FeedbackRecord.self, FeedbackThemeRecord.self, FeedbackTouchpointRecord.self, FollowUpNoteRecord.self,
        CharterRecord.self, CharterVersionRecord.self, CommitmentLinkRecord.self, CommitmentRecord.self, FrictionInsightRecord.self, FrictionLinkRecord.self, FrictionRecord.self, HandoffRecord.self, ImportDuplicateRecord.self, ImportRejectionRecord.self, InboxMessageRecord.self,
        InitiativeChangeRecord.self, InitiativeFrictionRecord.self, InitiativeRecord.self, InitiativeStatusChangeRecord.self,
        InvitationRecord.self, JobRecord.self, JourneyRecord.self, MembershipRecord.self, NurtureSettingsRecord.self,
        OrganizationRecord.self, PersonRecord.self, ProcessRecord.self, ProcessTouchpointRecord.self, SystemRecord.self, SystemTouchpointRecord.self, PlannedChangeRecord.self, PlannedChangeSubjectRecord.self, ChangeAcknowledgementRecord.self, InvestmentRecord.self, InvestmentPartRecord.self, TeamOnePagerRecord.self, ChangeSettingsRecord.self, ChangeNoteRecord.self, AlignmentSnapshotRecord.self, RecordRevisionRecord.self,
        SignInAttemptRecord.self, StageRecord.self, StrategyGoalRecord.self, TeamRecord.self, TouchpointRecord.self,
        UserRecord.self, WebhookAttemptRecord.self, PulseQuestionRecord.self, PulseRecord.self, PulseTeamRecord.self, PulseItemRecord.self,
        PulseLinkRecord.self, PulseResponseRecord.self, PulseAnswerRecord.self, PulseTallyRecord.self, PulseGroupRecord.self,
        EscalationRecord.self, HealthSettingsRecord.self, JourneyWalkRecord.self, WalkStepRecord.self,
        KPIRecord.self, KPIValueRecord.self, KPIEffectRecord.self, CustomerOutcomeRecord.self, OutcomePlaceRecord.self,
        CompetencyRecord.self, CentricityTargetRecord.self, CentricityTargetLinkRecord.self, CentricityAssessmentRecord.self,
    ]

    @Test(arguments: records.map { String(describing: $0) })
    func listedPropertiesAreTheReflectedOnes(_ name: String) throws {
        let recordType = try #require(Self.records.first { String(describing: $0) == name })
        let record = recordType.init()
        let listed = record.properties.map(ObjectIdentifier.init)
        let reflected = Mirror(reflecting: record).children.compactMap { $0.value as? any AnyProperty }.map(ObjectIdentifier.init)
        #expect(listed == reflected, "\(recordType): the properties list must name every property wrapper, in declaration order")
    }

    @Test func everyRecordClassInTheSourcesIsChecked() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/Persistence").standardized
        let pattern = try Regex(#"final class (\w+): (?:Model|ContentRecord)\b"#)
        var declared = Set<String>()
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift" else { continue }
            for match in try String(contentsOf: file, encoding: .utf8).matches(of: pattern) {
                declared.insert(String(match.output[1].substring ?? ""))
            }
        }
        #expect(declared.count > 30)
        #expect(declared == Set(Self.records.map { String(describing: $0) }))
    }
}
