import Domain
import FluentKit
import Foundation

/// Asking everyone a planned change touches to acknowledge it, and reminding whoever has not: messages in the inboxes of
/// the affected teams' leads (or, where a team has none with an account, the organization's administrators and CX leads)
/// and an event on the organization's webhook. Both go through the job queue, so each is sent once across instances.
public enum ChangeRequests {
    public struct Payload: Codable, Sendable {
        public let changeID: UUID
        public let reminder: Bool
    }

    /// Reminders go out once a week in the two weeks before a planned change starts.
    public static let reminderDaysBefore = 14

    /// Queues the first request, when a change is planned.
    static func enqueueRequest(_ changeID: UUID, organizationID: UUID, now: Date, on db: any Database) async throws {
        try await enqueue(Payload(changeID: changeID, reminder: false), key: "change-acknowledgements:\(changeID.uuidString)",
                          organizationID: organizationID, now: now, on: db)
    }

    /// Queues a reminder for every planned change starting within the next two weeks, once a week each; returns how many were new.
    @discardableResult
    public static func enqueueDue(today: CalendarDate, now: Date, on db: any Database) async throws -> Int {
        let due = try await PlannedChangeRecord.query(on: db).filter(\.$status == PlannedChangeStatus.planned.rawValue)
            .filter(\.$starts >= today.description).filter(\.$starts <= today.adding(days: reminderDaysBefore).description).all()
        let week = CalendarDate(year: 2000, month: 1, day: 3)!.days(to: today) / 7
        var added = 0
        for change in due {
            let key = "change-acknowledgements-reminder:\(change.id!.uuidString):\(week)"
            if try await enqueue(Payload(changeID: change.id!, reminder: true), key: key, organizationID: change.organizationID, now: now, on: db) {
                added += 1
            }
        }
        return added
    }

    @discardableResult
    private static func enqueue(_ payload: Payload, key: String, organizationID: UUID, now: Date, on db: any Database) async throws -> Bool {
        let body = String(decoding: try JSONEncoder().encode(payload), as: UTF8.self)
        return try await JobQueue.enqueue(.changeAcknowledgements, key: key, organizationID: organizationID, payload: body, runAt: now, on: db)
    }

    /// Writes the inbox messages for a claimed job and queues its webhook delivery, inside `db` (the job's transaction).
    /// A change no longer planned, or acknowledged by everyone meanwhile, gets nothing.
    public static func deliver(_ job: JobRecord, now: Date, links: JobRunner.Links, on db: any Database) async throws {
        let payload = try JSONDecoder().decode(Payload.self, from: Data(job.payload.utf8))
        guard let organization = try await OrganizationRecord.query(on: db).filter(\.$id == job.organizationID).first()?.stored else { return }
        let scope = OrgScope(db: db, organization: organization, actor: Actor(userID: nil, name: "Align"))
        let report: ChangeImpactReport
        do { report = try await PlannedChanges(scope).impact(of: payload.changeID) } catch is NotFound { return }
        guard report.change.status == .planned, !report.unacknowledged.isEmpty else { return }
        let names = try await partyNames(report.unacknowledged.map(\.party), scope)
        let path = links.change(organization.slug, report.change.id)
        for (user, parties) in try await recipients(report.unacknowledged, organizationID: organization.id, on: db) {
            let touched = parties.map { "\(names[$0.party] ?? "someone") (\($0.level.label.lowercased()))" }.joined(separator: ", ")
            try await InboxMessageRecord(
                organizationID: organization.id, userID: user, jobID: job.id!,
                title: (payload.reminder ? "Reminder: acknowledge “" : "Acknowledge “") + report.change.title + "”",
                body: "It touches \(touched) from \(report.change.starts). Tomorrow: \(report.change.tomorrow) One click on its page says you have seen it.",
                url: path).create(on: db)
        }
        let settings = try await NurtureSettingsStore.settings(organization.id, on: db)
        guard settings.webhookURL != nil else { return }
        let event = try ChangeEvent.body(report, names: names, reminder: payload.reminder, path: path, organization: organization.slug)
        try await JobQueue.enqueue(.webhookDelivery, key: "webhook:\(job.id!.uuidString)", organizationID: organization.id, payload: event,
                                   runAt: now, on: db)
    }

    /// Each member asked, with the parties they are asked for; parties nobody with an account can answer for go to the
    /// administrators and CX leads.
    private static func recipients(_ parties: [ChangeImpactReport.Party], organizationID: UUID, on db: any Database)
        async throws -> [(UUID, [ChangeImpactReport.Party])] {
        let stewards = try await MembershipRecord.query(on: db).filter(\.$organizationID == organizationID).all()
            .filter { [.admin, .cxLead].contains($0.access.role) }.map(\.userID)
        var byUser: [UUID: [ChangeImpactReport.Party]] = [:]
        for party in parties {
            for user in party.askedUserIDs.isEmpty ? stewards : party.askedUserIDs { byUser[user, default: []].append(party) }
        }
        return byUser.sorted { $0.key.uuidString < $1.key.uuidString }.map { ($0.key, $0.value) }
    }

    static func partyNames(_ parties: [ChangeParty], _ scope: OrgScope) async throws -> [ChangeParty: String] {
        let teams = try await scope.store(TeamRecord.self).some(Set(parties.compactMap { if case .team(let id) = $0 { id } else { nil } }))
        let people = try await scope.store(PersonRecord.self).some(Set(parties.compactMap { if case .person(let id) = $0 { id } else { nil } }))
        return Dictionary(teams.map { (ChangeParty.team($0.id), $0.name) } + people.map { (ChangeParty.person($0.id), $0.name) },
                          uniquingKeysWith: { a, _ in a })
    }
}

/// The JSON posted to the webhook when a change asks to be acknowledged.
enum ChangeEvent {
    struct Body: Encodable {
        struct Change: Encodable { let id: UUID, title: String, kind: String, starts: String }
        struct Party: Encodable { let kind: String, id: UUID, name: String, level: String }
        let event: String, organization: String, change: Change, unacknowledged: [Party], path: String
    }

    static func body(_ report: ChangeImpactReport, names: [ChangeParty: String], reminder: Bool, path: String, organization: String) throws -> String {
        let change = report.change
        let body = Body(event: reminder ? "change.acknowledgement_reminder" : "change.acknowledgement_requested", organization: organization,
                        change: .init(id: change.id, title: change.title, kind: change.kind.rawValue, starts: change.starts.description),
                        unacknowledged: report.unacknowledged.map {
                            .init(kind: $0.party.isTeam ? "team" : "person", id: $0.party.id, name: names[$0.party] ?? "", level: $0.level.label.lowercased())
                        },
                        path: path)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(body), as: UTF8.self)
    }
}

extension ChangeParty {
    public var isTeam: Bool { if case .team = self { true } else { false } }
}
