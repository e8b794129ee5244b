import Domain
import FluentKit
import Foundation

/// Teams' monthly one-pagers: made for every team by the job queue on the first pass of each month (once across
/// instances), or for one team the first time its page is opened in a month; read as kept after that.
public struct TeamOnePagers: Sendable {
    let scope: OrgScope

    public init(_ scope: OrgScope) { self.scope = scope }

    /// The team's one-pager for `month` (YYYY-MM; this month when nil). This month's is made when first asked for;
    /// an earlier month has only what was kept then.
    public func page(team id: UUID, month: String? = nil, today: CalendarDate = .today) async throws -> TeamOnePager {
        guard let team = try await scope.store(TeamRecord.self).find(id)?.stored else { throw NotFound("No such team.") }
        let current = Alignment.month(today)
        let wanted = month ?? current
        guard wanted.count == 7, CalendarDate(wanted + "-01") != nil else {
            throw ValidationFailure(field: "month", message: "Month is YYYY-MM, such as \(current); “\(wanted)” is not.")
        }
        if let kept = try await kept(team: id, month: wanted) { return kept }
        guard wanted == current else { throw NotFound("No one-pager was kept for \(team.name) in \(wanted).") }
        try await keep(try await TeamOnePagerBuilder(scope: scope, today: today).build([team]))
        return try await kept(team: id, month: wanted)!
    }

    /// The months a one-pager was kept for this team, newest first, at most two years.
    public func months(team id: UUID) async throws -> [String] {
        try await TeamOnePagerRecord.query(on: scope.db).filter(\.$teamID == id).sort(\.$month, .descending).limit(24).all(\.$month)
    }

    private func kept(team: UUID, month: String) async throws -> TeamOnePager? {
        try await TeamOnePagerRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$teamID == team)
            .filter(\.$month == month).first()?.page
    }

    /// Several instances may make the same page at once: the unique key keeps the first, and the others' are dropped.
    func keep(_ pages: [TeamOnePager]) async throws {
        for page in pages {
            let exists = try await TeamOnePagerRecord.query(on: scope.db).filter(\.$teamID == page.teamID).filter(\.$month == page.month).first()
            guard exists == nil else { continue }
            do {
                try await TeamOnePagerRecord(organizationID: scope.id, page: page).create(on: scope.db)
            } catch {
                guard try await TeamOnePagerRecord.query(on: scope.db).filter(\.$teamID == page.teamID).filter(\.$month == page.month).first() != nil
                else { throw error }
            }
        }
    }

    /// Makes this month's one-pager of every team that has none yet, a page of teams at a time.
    func keepAll(today: CalendarDate) async throws {
        let month = Alignment.month(today)
        let store = RecordStore<TeamRecord>(db: scope.db, organizationID: scope.id)
        let builder = TeamOnePagerBuilder(scope: scope, today: today)
        let done = Set(try await TeamOnePagerRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$month == month).all(\.$teamID))
        var page = 1
        while true {
            let teams = try await store.list(page: Pagination(page: page, per: 200))
            try await keep(try await builder.build(teams.items.filter { !done.contains($0.id) }))
            if page * 200 >= teams.total { break }
            page += 1
        }
    }

    /// Queues the month's one-pagers for every organization: once a month each, however many instances run.
    static func enqueueMonthly(today: CalendarDate, now: Date, on db: any Database) async throws {
        let month = Alignment.month(today)
        for organization in try await OrganizationRecord.query(on: db).all() {
            _ = try await JobQueue.enqueue(.teamOnePagers, key: "one-pagers:\(organization.id!.uuidString):\(month)", organizationID: organization.id!,
                                           payload: "{}", runAt: now, on: db)
        }
    }

    static func keepMonth(_ organizationID: UUID, today: CalendarDate, on db: any Database) async throws {
        guard let organization = try await OrganizationRecord.query(on: db).filter(\.$id == organizationID).first()?.stored else { return }
        try await TeamOnePagers(OrgScope(db: db, organization: organization, actor: Actor(userID: nil, name: "Align"))).keepAll(today: today)
    }
}
