import Domain
import Fluent
import Foundation
import Persistence
import Vapor

/// Gathers what a follow-up note speaks of: the customer's people, what they said, and the initiatives
/// that answer it (through frictions their feedback confirmed, or its themes).
enum FollowUpDrafts {
    static func draft(for conversation: Stored<Conversation>, _ ctx: OrgContext) async throws -> String {
        let lookups = try await Lookups.load([.customers, .contacts, .people, .initiatives], ctx)
        let feedback = try await ctx.store(FeedbackRecord.self).all(filters: ListFilters(["conversation_id": conversation.id.uuidString]))
        let planned = try await initiatives(answering: feedback, lookups: lookups, ctx)
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

    /// Initiatives, at any stage, that name a friction these items confirmed or a theme they belong to.
    static func initiatives(answering feedback: [Stored<FeedbackItem>], lookups: Lookups, _ ctx: OrgContext) async throws -> [Stored<Initiative>] {
        let ids = feedback.map(\.id)
        let frictions = Set(try await FrictionLinkRecord.query(on: ctx.db).filter(\.$organizationID == ctx.id).filter(\.$feedbackID ~~ ids)
            .all().filter { $0.status == .confirmed }.map(\.frictionID))
        let themes = Set(try await FeedbackRecord.query(on: ctx.db).filter(\.$id ~~ ids).all().compactMap(\.theme).map { $0.lowercased() })
        return lookups.initiatives.filter { initiative in
            !Set(initiative.frictionIDs).isDisjoint(with: frictions) || initiative.themes.contains { themes.contains($0.lowercased()) }
        }.sorted { $0.dueDate < $1.dueDate }
    }
}
