import Domain
import FluentKit
import Foundation

/// Riverbend's planned changes: the leaks line at night moving to a partner, half acknowledged so far, and the phone platform
/// moving to the cloud in March, which puts the Contact Centre past the organization's limit that month.
enum RiverbendChanges {
    struct Change: Sendable {
        let key: String
        let content: @Sendable (DemoRun) -> PlannedChange
        /// Parties who have acknowledged it: a team's key, or a person's email, with who clicked and when.
        let acknowledged: [(party: String, by: String, on: String)]
    }

    static let all: [Change] = [
        Change(key: "out-of-hours-partner", content: { run in
            PlannedChange(
                title: "Move the out-of-hours phone line to a partner", kind: .outsourcing,
                description: "A three-month trial: from 8 pm to 8 am, Nightline answers the emergencies and leaks line and makes the triage call-back.",
                today: "Our own advisors answer the leaks line around the clock; network control calls every night reporter back.",
                tomorrow: "From 8 pm to 8 am Nightline's advisors answer the line and call back with our leak script; the Contact Centre answers for "
                    + "every handoff out of the night shift and checks each night job by 9 am.",
                starts: CalendarDate(year: 2027, month: 2, day: 1)!, ends: CalendarDate(year: 2027, month: 4, day: 30)!,
                ownerTeamID: run.id("team", "contact-centre"), initiativeID: run.id("initiative", "out-of-hours-partner"),
                alters: [.touchpoint(run.id("touchpoint", "leak-call")), .touchpoint(run.id("touchpoint", "leak-triage"))])
        }, acknowledged: [("contact-centre", "Toni Lead", "2026-11-24"), ("field-ops", "Rhys Morgan", "2026-11-26")]),
        Change(key: "cloud-telephony", content: { run in
            PlannedChange(
                title: "Move the phone platform to cloud telephony", kind: .system,
                description: "The phone platform's contract ends in March; its replacement routes calls the same way and records them for training.",
                today: "Calls are routed by the on-site switch; advisors log calls by hand.",
                tomorrow: "Calls are routed in the cloud, advisors see the caller's account as the call arrives, and every call is recorded.",
                starts: CalendarDate(year: 2027, month: 3, day: 1)!, ends: CalendarDate(year: 2027, month: 3, day: 31)!,
                ownerTeamID: run.id("team", "contact-centre"), alters: [.system(run.id("system", "phone-platform"))])
        }, acknowledged: []),
    ]

    /// Riverbend keeps each team to less than two high-impact changes at once.
    static let loadLimit = 5

    /// Customers who rang the leaks line out of hours lately (days before the demo is loaded), so the night-line move has
    /// customers to tell; the first has been told, the second has a draft.
    static let nightCallers: [(customer: String, daysAgo: Int, text: String)] = [
        ("Harbour View Hotel", 12, "Rang the leaks line at 11 pm about water in the car park; twenty minutes before anyone answered."),
        ("St Catherine's Hospital", 26, "Our estates team called at 2 am about low pressure and were told to ring back in the morning."),
        ("Riverbend Brewing Company", 41, "Reported a burst main outside the brewery at midnight; the advisor knew the area and sent a crew fast."),
    ]
}

extension DemoRun {
    mutating func insertChanges(organizationID org: UUID, today: CalendarDate) async throws {
        for (index, call) in RiverbendChanges.nightCallers.enumerated() {
            try await insert(FeedbackRecord.self, id("feedback", "night-caller/\(index)"), FeedbackItem(
                text: call.text, kind: index == 2 ? .worksWell : .friction, source: .ticket, customerID: id("customer", call.customer),
                date: today.adding(days: -call.daysAgo), touchpointIDs: [id("touchpoint", "leak-call")]), in: org)
        }
        if try await ChangeSettingsRecord.query(on: db).filter(\.$organizationID == org).first() == nil {
            try await ChangeSettingsRecord(organizationID: org, loadLimit: RiverbendChanges.loadLimit).create(on: db)
        }
        for change in RiverbendChanges.all {
            let id = id("planned-change", change.key)
            try await insert(PlannedChangeRecord.self, id, change.content(self), in: org)
            for (party, by, day) in change.acknowledged {
                let value: ChangeParty = party.contains("@") ? .person(self.id("person", party)) : .team(self.id("team", party))
                let exists = try await ChangeAcknowledgementRecord.query(on: db).filter(\.$change.$id == id).filter(\.$party == value.formValue).first()
                guard exists == nil else { continue }
                try await ChangeAcknowledgementRecord(organizationID: org, changeID: id, party: value, by: Actor(userID: nil, name: by),
                                                      at: CalendarDate(day)!.startDate.addingTimeInterval(10 * 3600)).create(on: db)
            }
        }
        try await insertNightLineNotes(organizationID: org, today: today)
        try await insertInvestments(organizationID: org)
    }

    /// The night-line move told to the first night caller, drafted for the second.
    private mutating func insertNightLineNotes(organizationID org: UUID, today: CalendarDate) async throws {
        let change = RiverbendChanges.all[0].content(self)
        for (index, call) in RiverbendChanges.nightCallers.prefix(2).enumerated() {
            let body = ChangeNoteDrafter.draft(.init(accountName: call.customer, change: change, touchpoints: ["Emergencies and leaks line"],
                                                     signature: "Casey Cx, Riverbend Water"))
            try await insert(ChangeNoteRecord.self, id("change-note", call.customer), ChangeNote(
                changeID: id("planned-change", RiverbendChanges.all[0].key), customerID: id("customer", call.customer), body: body,
                status: index == 0 ? .sent : .draft, sentOn: index == 0 ? today.adding(days: -3) : nil), in: org)
        }
    }
}
