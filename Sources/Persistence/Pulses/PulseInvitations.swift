import Domain
import FluentKit
import Foundation

/// A pulse's invitations (round 0) and reminders (later rounds): each person's link in their inbox when
/// they have an account here, and one webhook event per link when a webhook is set.
enum PulseInvitations {
    struct Payload: Codable {
        let pulseID: UUID
        let round: Int
    }

    /// Queues a round once: two requests for the same round queue one job.
    static func enqueue(_ pulseID: UUID, round: Int, organizationID: UUID, on db: any Database) async throws {
        let payload = String(decoding: try JSONEncoder().encode(Payload(pulseID: pulseID, round: round)), as: UTF8.self)
        try await JobQueue.enqueue(.pulseInvitations, key: "pulse-invitations:\(pulseID.uuidString):\(round)", organizationID: organizationID,
                                   payload: payload, runAt: Date(), on: db)
    }

    /// Writes the inbox messages and queues the webhook events of a claimed job, inside its transaction.
    /// A reminder goes only to links still unused; nothing goes once the pulse has closed or was deleted.
    static func deliver(_ job: JobRecord, organizationSlug: String, now: Date, links: JobRunner.Links, on db: any Database) async throws {
        let payload = try JSONDecoder().decode(Payload.self, from: Data(job.payload.utf8))
        guard let pulse = try await RecordStore<PulseRecord>(db: db, organizationID: job.organizationID).find(payload.pulseID)?.content,
              pulse.isOpen(on: CalendarDate(now)) else { return }
        var query = PulseLinkRecord.query(on: db).filter(\.$pulseID == payload.pulseID)
        if payload.round > 0 { query = query.filter(\.$used == false) }
        let waiting = try await query.all()
        let people = Dictionary(try await RecordStore<PersonRecord>(db: db, organizationID: job.organizationID).some(Set(waiting.compactMap(\.personID)))
            .map { ($0.id, $0.content) }, uniquingKeysWith: { first, _ in first })
        let accounts = try await accountsByEmail(job.organizationID, on: db)
        let webhook = try await NurtureSettingsStore.settings(job.organizationID, on: db).webhookURL != nil
        let title = (payload.round == 0 ? "Your voice, anonymously: " : "Reminder: ") + pulse.title
        let body = "A few questions, answered anonymously by \(pulse.closesOn). Your answers are never linked to you: results show only for groups of enough people."
        for link in waiting {
            guard let person = link.personID.flatMap({ people[$0] }) else { continue }
            let path = links.pulseAnswer(link.token)
            if let user = accounts[person.email.lowercased()] {
                try await InboxMessageRecord(organizationID: job.organizationID, userID: user, jobID: job.id!, title: title, body: body, url: path).create(on: db)
            }
            if webhook {
                let event = try PulseEvent.body(round: payload.round, organization: organizationSlug, pulseID: payload.pulseID, title: pulse.title,
                                                closesOn: pulse.closesOn, person: person, path: path)
                try await JobQueue.enqueue(.webhookDelivery, key: "webhook:\(job.id!.uuidString):\(link.id!.uuidString)", organizationID: job.organizationID,
                                           payload: event, runAt: now, on: db)
            }
        }
    }

    /// The organization's members by lower-cased email.
    static func accountsByEmail(_ organizationID: UUID, on db: any Database) async throws -> [String: UUID] {
        let members = try await MembershipRecord.query(on: db).filter(\.$organizationID == organizationID).all().map(\.userID)
        guard !members.isEmpty else { return [:] }
        let users = try await UserRecord.query(on: db).filter(\.$id ~~ members).all()
        return Dictionary(users.map { ($0.email.lowercased(), $0.id!) }, uniquingKeysWith: { first, _ in first })
    }
}

/// The webhook event for one person's link: enough for the organization's own mail tool to send it.
enum PulseEvent {
    struct Body: Encodable {
        let event: String, organization: String, pulse: PulsePart, person: PersonPart, path: String
    }

    struct PulsePart: Encodable {
        let id: UUID, title: String, closesOn: String
        enum CodingKeys: String, CodingKey { case id, title, closesOn = "closes_on" }
    }

    struct PersonPart: Encodable {
        let name: String, email: String
    }

    static func body(round: Int, organization: String, pulseID: UUID, title: String, closesOn: CalendarDate, person: Person, path: String) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = Body(event: round == 0 ? "pulse.invitation" : "pulse.reminder", organization: organization,
                        pulse: PulsePart(id: pulseID, title: title, closesOn: closesOn.description), person: PersonPart(name: person.name, email: person.email),
                        path: path)
        return String(decoding: try encoder.encode(body), as: UTF8.self)
    }
}
