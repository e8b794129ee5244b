import Domain
import FluentKit
import Foundation

extension Investments {
    /// Approves a proposed investment and keeps the index before and as projected after, as they stand today, so that
    /// once it is done the projection can be set beside what happened.
    public func approve(_ id: UUID, today: CalendarDate = .today) async throws -> Stored<Investment> {
        let investment = try await find(id)
        try authorizeDeciding()
        guard investment.status == .proposed else { throw Conflict("This investment is already \(investment.status.label.lowercased()).") }
        let projection = try await outlook(of: id, today: today).projection
        return try await move(investment, from: .proposed, to: .approved, today: today) { query in
            query.set(\.$decidedOn, to: today.description).set(\.$projectedBefore, to: projection.before.value)
                .set(\.$projectedAfter, to: projection.after.value)
        }
    }

    public func reject(_ id: UUID, today: CalendarDate = .today) async throws -> Stored<Investment> {
        let investment = try await find(id)
        try authorizeDeciding()
        guard investment.status == .proposed else { throw Conflict("This investment is already \(investment.status.label.lowercased()).") }
        return try await move(investment, from: .proposed, to: .rejected, today: today) { $0.set(\.$decidedOn, to: today.description) }
    }

    /// Marks an approved investment done: from then on its page sets the projection beside the index and the initiatives' effects.
    public func complete(_ id: UUID, today: CalendarDate = .today) async throws -> Stored<Investment> {
        let investment = try await find(id)
        try authorizeDeciding()
        guard investment.status == .approved else {
            throw Conflict(investment.status == .proposed ? "This investment is not approved yet; approve it before marking it done."
                : "This investment is already \(investment.status.label.lowercased()).")
        }
        return try await move(investment, from: .approved, to: .done, today: today) { $0.set(\.$doneOn, to: today.description) }
    }

    private func authorizeDeciding() throws {
        try scope.authorize(.update, .investments)
    }

    private func move(_ investment: Stored<Investment>, from: InvestmentStatus, to status: InvestmentStatus, today: CalendarDate,
                      setting: @escaping @Sendable (QueryBuilder<InvestmentRecord>) -> QueryBuilder<InvestmentRecord>) async throws -> Stored<Investment> {
        let scope = self.scope
        return try await WriteGate.transaction(scope.db) { tx in
            let store = RecordStore<InvestmentRecord>(db: tx, organizationID: scope.id)
            // Conditional, so that of two instances deciding at once only one moves it.
            try await setting(InvestmentRecord.query(on: tx).filter(\.$id == investment.id).filter(\.$status == from.rawValue))
                .set(\.$status, to: status.rawValue).set(\.$updatedAt, to: Date()).update()
            guard let record = try await store.find(investment.id), record.status == status.rawValue else {
                throw Conflict("This investment was decided by someone else meanwhile; reload it.")
            }
            var after = record.content.formInput
            after.fields["status"] = [status.rawValue]
            if let before = record.projectedBefore, let projected = record.projectedAfter { after.fields["projection"] = ["\(before) → \(projected)"] }
            try await OrgScope(db: tx, organization: scope.organization, actor: scope.actor, access: scope.access)
                .audit(.update, RecordKind.investments.rawValue, id: investment.id, before: investment.content.formInput, after: after)
            return record.stored
        }
    }
}
