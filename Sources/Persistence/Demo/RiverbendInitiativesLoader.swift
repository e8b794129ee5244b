import Domain
import FluentKit
import Foundation

extension DemoLoader {
    /// Integrate, Grow and Nurture for Riverbend Water. Runs once: a later load finds the first
    /// initiative and adds nothing.
    static func loadRiverbendInitiatives(_ orgID: UUID, on db: any Database) async throws -> (added: Int, present: Int) {
        var run = DemoRun(db: db, slug: RiverbendWater.organization.slug)
        for person in RiverbendInitiatives.accountPeople {
            try await run.insert(PersonRecord.self, run.id("person", person.email),
                                 Person(name: person.name, email: person.email, teamID: run.id("team", person.team), jobTitle: person.title), in: orgID)
        }
        if try await RecordStore<InitiativeRecord>(db: db, organizationID: orgID).find(run.id("initiative", RiverbendInitiatives.initiatives[0].key)) != nil {
            // Everything the first load added is still there: count it as present.
            let counts = [try await CheckInRecord.query(on: db).filter(\.$organizationID == orgID).count(),
                          try await FollowUpNoteRecord.query(on: db).filter(\.$organizationID == orgID).count(),
                          try await InitiativeRecord.query(on: db).filter(\.$organizationID == orgID).count(),
                          try await InitiativeChangeRecord.query(on: db).filter(\.$organizationID == orgID).count(),
                          try await CapabilityNeedRecord.query(on: db).filter(\.$organizationID == orgID).count()]
            let pulse = try await FeedbackImportRecord.query(on: db).filter(\.$organizationID == orgID).filter(\.$fileName == pulseFileName).first()
            return (run.added, run.present + counts.reduce(0, +) + (pulse.map { $0.imported + 1 } ?? 0))
        }
        if try await NurtureSettingsRecord.query(on: db).filter(\.$organizationID == orgID).first() == nil {
            try await NurtureSettingsStore.save(RiverbendInitiatives.settings, organizationID: orgID, on: db)
        }
        run.added += try await nurture(orgID, run: run, on: db)
        for initiative in RiverbendInitiatives.initiatives { run.added += try await integrate(initiative, orgID, run: run, on: db) }
        try await shareClosingNotes(orgID, on: db)
        run.added += try await importPulse(orgID, on: db)
        return (run.added, run.present)
    }

    /// Check-ins after every conversation (held ones with how things felt), and notes back to customers.
    private static func nurture(_ orgID: UUID, run: DemoRun, on db: any Database) async throws -> Int {
        let listeners = RiverbendInitiatives.accountPeople.map { run.id("person", $0.email) }
            + ["priya.raman@riverbendwater.example", "daniel.osei@riverbendwater.example"].map { run.id("person", $0) }
        let conversations = RecordStore<ConversationRecord>(db: db, organizationID: orgID)
        let checkIns = RecordStore<CheckInRecord>(db: db, organizationID: orgID)
        var added = 0
        for (index, script) in DemoVoices.riverbendConversations.enumerated() {
            guard let conversation = try await conversations.find(run.id("conversation", script.key)) else { continue }
            var content = conversation.content
            content.attendeeIDs = [listeners[index % listeners.count]]
            let stored = try await conversations.update(conversation, with: content)
            for checkIn in try await CheckInScheduler.schedule(stored, settings: RiverbendInitiatives.settings, on: db) {
                added += 1
                guard checkIn.dueDate < RiverbendInitiatives.storyDay, index % 9 != 4 else { continue }
                var held = checkIn.content
                held.status = .done
                held.completedOn = checkIn.dueDate.adding(days: index % 4)
                held.feeling = feeling(index: index, months: checkIn.offsetMonths ?? 3, on: held.completedOn!)
                held.comment = comment(for: held.feeling!)
                _ = try await checkIns.update(try await checkIns.find(checkIn.id)!, with: held)
            }
            added += try await note(for: stored, script: script, sent: script.date < CalendarDate(year: 2026, month: 11, day: 5)!, orgID, on: db)
        }
        return added
    }

    /// How things felt: better later in the year, once the first changes landed, and better at six months than at three.
    static func feeling(index: Int, months: Int, on day: CalendarDate) -> Int {
        let landed = day >= CalendarDate(year: 2026, month: 7, day: 1)! ? 1 : 0
        return min(5, max(1, 2 + landed + (months >= 6 ? 1 : 0) + (index % 3 == 0 ? -1 : index % 3 == 1 ? 1 : 0)))
    }

    static func comment(for feeling: Int) -> String {
        ["Still no better: we had to chase again last month.", "A little worse; the last bill was estimated again.",
         "About the same as when we met.", "Better: the callback came when they said it would.",
         "Much better. Someone owns it now and tells us what is happening."][feeling - 1]
    }

    private static func note(for conversation: Stored<Conversation>, script: DemoConversationScript, sent: Bool, _ orgID: UUID,
                             on db: any Database) async throws -> Int {
        let customer = RiverbendWater.organization.customers.first { $0.accountName == script.customer }
        let attendee = try await RecordStore<PersonRecord>(db: db, organizationID: orgID).find(conversation.attendeeIDs.first ?? UUID())?.content.name
        let body = FollowUpDrafter.draft(.init(
            greetingNames: customer?.contacts.prefix(1).map(\.name) ?? [], accountName: script.customer, date: script.date, format: script.format,
            heard: script.items.map { .init(text: $0.text, kind: $0.kind) }, planned: [],
            nextCheckIn: RiverbendInitiatives.settings.checkIns(after: script.date).first?.due,
            signature: "\(attendee ?? "Casey Cx")\nRiverbend Water"))
        _ = try await RecordStore<FollowUpNoteRecord>(db: db, organizationID: orgID).create(FollowUpNote(
            conversationID: conversation.id, body: body, status: sent ? .sent : .draft, sentOn: sent ? script.date.adding(days: 3) : nil))
        return 1
    }

    /// An initiative, its changes and needs, moved through its year by the workflow itself, on the days it happened.
    private static func integrate(_ demo: DemoInitiative, _ orgID: UUID, run: DemoRun, on db: any Database) async throws -> Int {
        let id = run.id("initiative", demo.key)
        let created = CalendarDate(demo.moves.first?.1 ?? "2026-11-16")!.adding(days: -14)
        _ = try await RecordStore<InitiativeRecord>(db: db, organizationID: orgID).create(Initiative(
            title: demo.title, description: demo.description, ownerTeamID: demo.ownerTeam.map { run.id("team", $0) },
            ownerPersonID: demo.ownerPerson.map { run.id("person", $0) }, dueDate: CalendarDate(demo.due)!,
            frictionIDs: demo.frictions.map { run.id("friction", "\($0)") }, themes: demo.themes), id: id)
        var added = 1
        for (index, change) in demo.changes.enumerated() {
            let target: ChangeTarget = switch change.target {
            case .process(let key): .process(run.id("process", key))
            case .handoff(let key): .handoff(run.id("handoff", key))
            }
            _ = try await RecordStore<InitiativeChangeRecord>(db: db, organizationID: orgID).create(InitiativeChange(
                initiativeID: id, target: target, tomorrow: change.tomorrow, newAccountableTeamID: change.newOwnerTeam.map { run.id("team", $0) }),
                id: run.id("initiative-change", "\(demo.key)/\(index)"))
            added += 1
        }
        for (index, need) in demo.needs.enumerated() {
            _ = try await RecordStore<CapabilityNeedRecord>(db: db, organizationID: orgID).create(CapabilityNeed(
                initiativeID: id, kind: need.kind, description: need.description, teamID: need.team.map { run.id("team", $0) },
                status: need.status, dueDate: CalendarDate(need.due)!), id: run.id("capability-need", "\(demo.key)/\(index)"))
            added += 1
        }
        let actor = Actor(userID: nil, name: RiverbendInitiatives.decider)
        for (status, day, note) in demo.moves {
            let date = CalendarDate(day)!
            _ = try await InitiativeMoves.move(id, organizationID: orgID, to: status, reason: note, by: actor, today: date, on: db)
            try await InitiativeStatusChangeRecord.query(on: db).filter(\.$initiativeID == id).filter(\.$toStatus == status.rawValue)
                .set(\.$createdAt, to: date.startDate.addingTimeInterval(9.5 * 3600)).update()
        }
        try await InitiativeRecord.query(on: db).filter(\.$id == id).set(\.$createdAt, to: created.startDate).update()
        return added
    }

    /// Customers told what changed at the first check-in they had after the initiative was verified.
    private static func shareClosingNotes(_ orgID: UUID, on db: any Database) async throws {
        let notes = try await ClosingNoteRecord.query(on: db).filter(\.$organizationID == orgID).all()
        for note in notes {
            guard let verified = try await InitiativeRecord.query(on: db).filter(\.$id == note.initiativeID).first()?.content.verifiedOn else { continue }
            let held = try await CheckInRecord.query(on: db).filter(\.$customerID == note.customerID).filter(\.$status == CheckInStatus.done.rawValue)
                .all().map(\.stored).filter { ($0.completedOn ?? $0.dueDate) >= verified }.sorted { $0.dueDate < $1.dueDate }.first
            guard let held else { continue }
            note.statusValue = ClosingNoteStatus.shared.rawValue
            note.checkInID = held.id
            note.sharedOn = (held.completedOn ?? held.dueDate).description
            try await note.update(on: db)
        }
    }
}
