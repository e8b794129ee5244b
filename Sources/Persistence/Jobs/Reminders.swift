import Domain
import FluentKit
import Foundation

/// Check-in reminders: queued when a check-in comes within the organization's reminder lead, delivered
/// to the in-app inbox of whoever checks in (or, when that person has no account, the organization's
/// administrators and CX leads), and to the webhook when one is set.
public enum Reminders {
    public struct Payload: Codable, Sendable {
        public let checkInID: UUID
    }

    /// Queues a reminder for every scheduled check-in due within its organization's lead; returns how many were new.
    @discardableResult
    public static func enqueueDue(today: CalendarDate, now: Date, on db: any Database) async throws -> Int {
        let horizon = today.adding(days: 30).description
        let due = try await CheckInRecord.query(on: db).filter(\.$status == CheckInStatus.scheduled.rawValue)
            .filter(\.$dueDate <= horizon).all()
        var leads: [UUID: Int] = [:]
        var added = 0
        for checkIn in due {
            let org = checkIn.organizationID
            if leads[org] == nil { leads[org] = try await NurtureSettingsStore.settings(org, on: db).reminderDaysBefore }
            guard let dueDate = CalendarDate(checkIn.dueDate), today.days(to: dueDate) <= leads[org]! else { continue }
            let payload = String(decoding: try JSONEncoder().encode(Payload(checkInID: checkIn.id!)), as: UTF8.self)
            if try await JobQueue.enqueue(.checkInReminder, key: "check-in-reminder:\(checkIn.id!.uuidString):\(checkIn.dueDate)",
                                          organizationID: org, payload: payload, runAt: now, on: db) {
                added += 1
            }
        }
        return added
    }

    /// What a reminder says, and to whom.
    public struct Delivery: Sendable {
        public let title: String
        public let body: String
        public let path: String
        public let recipients: [UUID]
        public let webhookBody: String?
    }

    /// Writes the inbox messages for a claimed reminder job and queues its webhook delivery (due at `now`,
    /// so the same pass posts it), inside `db` (the job's transaction). A check-in no longer scheduled gets nothing.
    public static func deliver(_ job: JobRecord, organizationSlug: String, now: Date, links: JobRunner.Links, on db: any Database) async throws {
        let payload = try JSONDecoder().decode(Payload.self, from: Data(job.payload.utf8))
        guard let delivery = try await describe(payload.checkInID, organizationID: job.organizationID, slug: organizationSlug, links: links, on: db)
        else { return }
        for user in delivery.recipients {
            try await InboxMessageRecord(organizationID: job.organizationID, userID: user, jobID: job.id!, title: delivery.title,
                                         body: delivery.body, url: delivery.path).create(on: db)
        }
        if let body = delivery.webhookBody {
            try await JobQueue.enqueue(.webhookDelivery, key: "webhook:\(job.id!.uuidString)", organizationID: job.organizationID,
                                       payload: body, runAt: now, on: db)
        }
    }

    static func describe(_ checkInID: UUID, organizationID: UUID, slug: String, links: JobRunner.Links, on db: any Database) async throws -> Delivery? {
        guard let checkIn = try await RecordStore<CheckInRecord>(db: db, organizationID: organizationID).find(checkInID)?.stored,
              checkIn.status == .scheduled else { return nil }
        let customer = try await RecordStore<CustomerRecord>(db: db, organizationID: organizationID).find(checkIn.customerID)?.content.accountName ?? "a customer"
        var assignee: Person?
        if let id = checkIn.assigneeID { assignee = try await RecordStore<PersonRecord>(db: db, organizationID: organizationID).find(id)?.content }
        let recipients = try await recipients(assigneeEmail: assignee?.email, organizationID: organizationID, on: db)
        let title = "Check in with \(customer) by \(checkIn.dueDate)"
        let body = "How do things feel for \(customer) now? Record their answer (1–5) and a comment on the check-in."
            + ((assignee?.name).map { " Assigned to \($0)." } ?? "")
        let path = links.checkIn(slug, checkIn.id)
        let settings = try await NurtureSettingsStore.settings(organizationID, on: db)
        let webhook = settings.webhookURL == nil ? nil : try WebhookEvent.checkInReminder(
            checkInID: checkIn.id, customer: customer, dueDate: checkIn.dueDate, assignee: assignee?.name, assigneeEmail: assignee?.email,
            title: title, path: path, organization: slug)
        return Delivery(title: title, body: body, path: path, recipients: recipients, webhookBody: webhook)
    }

    /// The member whose email is the assignee's; without one, the organization's administrators and CX leads.
    static func recipients(assigneeEmail: String?, organizationID: UUID, on db: any Database) async throws -> [UUID] {
        let members = try await MembershipRecord.query(on: db).filter(\.$organizationID == organizationID).all()
        if let email = assigneeEmail?.lowercased(), !email.isEmpty,
           let user = try await UserRecord.query(on: db).filter(\.$email == email).first(),
           members.contains(where: { $0.userID == user.id }) {
            return [user.id!]
        }
        return members.filter { [.admin, .cxLead].contains($0.access.role) }.map(\.userID).sorted { $0.uuidString < $1.uuidString }
    }
}

/// The JSON posted to a webhook.
enum WebhookEvent {
    struct Body: Encodable {
        let event: String
        let organization: String
        let checkIn: CheckInPart
        let title: String
        let path: String
        enum CodingKeys: String, CodingKey { case event, organization, checkIn = "check_in", title, path }
    }

    struct CheckInPart: Encodable {
        let id: UUID
        let customer: String
        let dueDate: String
        let assignee: String?
        let assigneeEmail: String?
        enum CodingKeys: String, CodingKey { case id, customer, dueDate = "due_date", assignee, assigneeEmail = "assignee_email" }
    }

    static func checkInReminder(checkInID: UUID, customer: String, dueDate: CalendarDate, assignee: String?, assigneeEmail: String?,
                                title: String, path: String, organization: String) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = Body(event: "check_in.reminder", organization: organization,
                        checkIn: CheckInPart(id: checkInID, customer: customer, dueDate: dueDate.description, assignee: assignee,
                                             assigneeEmail: assigneeEmail),
                        title: title, path: path)
        return String(decoding: try encoder.encode(body), as: UTF8.self)
    }
}
