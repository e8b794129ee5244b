import Domain
import FluentKit
import Foundation

/// One organization's Nurture settings, with the secret its webhook deliveries are signed with.
public final class NurtureSettingsRecord: Model, @unchecked Sendable {
    public static let schema = "nurture_settings"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "check_in_months") var checkInMonths: String
    @Field(key: "reminder_days_before") var reminderDaysBefore: Int
    @Field(key: "fatigue_limit") var fatigueLimit: Int
    @Field(key: "fatigue_window_days") var fatigueWindowDays: Int
    @OptionalField(key: "webhook_url") var webhookURL: String?
    @Field(key: "webhook_secret") public var webhookSecret: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $checkInMonths, $reminderDaysBefore, $fatigueLimit, $fatigueWindowDays, $webhookURL, $webhookSecret, $updatedAt] }

    public init() {}

    init(organizationID: UUID) {
        self.organizationID = organizationID
        self.webhookSecret = Self.newSecret()
        apply(.default)
    }

    func apply(_ settings: NurtureSettings) {
        checkInMonths = settings.checkInMonths.map(String.init).joined(separator: ",")
        reminderDaysBefore = settings.reminderDaysBefore
        fatigueLimit = settings.fatigueLimit
        fatigueWindowDays = settings.fatigueWindowDays
        webhookURL = settings.webhookURL
    }

    public var settings: NurtureSettings {
        NurtureSettings(checkInMonths: checkInMonths.split(separator: ",").compactMap { Int($0) }, reminderDaysBefore: reminderDaysBefore,
                        fatigueLimit: fatigueLimit, fatigueWindowDays: fatigueWindowDays, webhookURL: webhookURL)
    }

    static func newSecret() -> String { Secrets.make(prefix: "whsec_") }
}

public enum NurtureSettingsStore {
    /// The organization's settings record, made with the defaults (and a fresh secret) on first use.
    public static func record(_ organizationID: UUID, on db: any Database) async throws -> NurtureSettingsRecord {
        if let existing = try await NurtureSettingsRecord.query(on: db).filter(\.$organizationID == organizationID).first() { return existing }
        let record = NurtureSettingsRecord(organizationID: organizationID)
        try await record.create(on: db)
        return record
    }

    public static func settings(_ organizationID: UUID, on db: any Database) async throws -> NurtureSettings {
        try await NurtureSettingsRecord.query(on: db).filter(\.$organizationID == organizationID).first()?.settings ?? .default
    }

    /// Saves new settings; returns the settings before, for the audit log.
    @discardableResult
    public static func save(_ settings: NurtureSettings, organizationID: UUID, on db: any Database) async throws -> NurtureSettings {
        let record = try await record(organizationID, on: db)
        let before = record.settings
        record.apply(settings)
        try await record.update(on: db)
        return before
    }

    /// Replaces the signing secret; deliveries signed with the old one stop verifying.
    public static func rotateSecret(_ organizationID: UUID, on db: any Database) async throws -> String {
        let record = try await record(organizationID, on: db)
        record.webhookSecret = NurtureSettingsRecord.newSecret()
        try await record.update(on: db)
        return record.webhookSecret
    }
}
