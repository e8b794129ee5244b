import Domain
import Fluent
import Foundation
import Persistence
import Vapor

/// Gathers what a follow-up note speaks of: the customer's people, what they said, and the initiatives that answer it.
enum FollowUpDrafts {
    static func draft(for conversation: Stored<Conversation>, _ ctx: OrgContext) async throws -> String {
        let lookups = try await Lookups.load([.customers, .contacts, .people, .initiatives], ctx)
        let feedback = try await ctx.store(FeedbackRecord.self).all(filters: ListFilters(["conversation_id": conversation.id.uuidString]))
        let planned = try await InitiativesAnswering.feedback(feedback, among: lookups.initiatives, ctx)
        let checkIns = try await ctx.store(CheckInRecord.self).all(filters: ListFilters(["conversation_id": conversation.id.uuidString, "status": "scheduled"]))
        let signer = conversation.attendeeIDs.first.flatMap { lookups.person($0) } ?? ctx.signedIn.name
        return FollowUpDrafter.draft(.init(
            greetingNames: conversation.contactIDs.compactMap { lookups.contact($0) },
            accountName: lookups.customer(conversation.customerID) ?? "your organization",
            date: conversation.date, format: conversation.format,
            heard: feedback.map { .init(text: $0.text, kind: $0.kind) },
            planned: planned.map { .init(title: $0.title, status: $0.status, dueDate: $0.dueDate) },
            nextCheckIn: checkIns.map(\.dueDate).min(), signature: "\(signer)\n\(ctx.organization.name)"))
    }
}
