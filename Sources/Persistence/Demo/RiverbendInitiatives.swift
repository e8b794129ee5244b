import Domain
import Foundation

/// A year of Integrate, Grow and Nurture at Riverbend Water: initiatives from confirmed frictions to
/// verified changes, what teams had to learn, notes back to customers and check-ins months later.
struct DemoInitiative {
    struct Change {
        enum Target { case process(String), handoff(String) }
        let target: Target
        let tomorrow: String
        var newOwnerTeam: String?
    }

    struct Need {
        let kind: CapabilityKind
        let description: String
        let team: String?
        let due: String
        let status: CapabilityStatus
    }

    let key: String
    let title: String
    let description: String
    let ownerTeam: String?
    let ownerPerson: String?
    let due: String
    /// Indexes into Riverbend Water's friction list.
    let frictions: [Int]
    let changes: [Change]
    let needs: [Need]
    /// Each status reached, with its day and the note left.
    let moves: [(InitiativeStatus, String, String)]
    /// Feedback themes it answers.
    var themes: [String] = []
}

enum RiverbendInitiatives {
    static let decider = "Casey Cx (demo)"

    /// People behind the demo sign-ins, so "mine", the inbox and the calendar feed have something in them.
    static let accountPeople: [(name: String, email: String, team: String, title: String)] = [
        ("Casey Cx", "cx-lead@riverbendwater.example", "contact-centre", "Customer experience lead"),
        ("Toni Lead", "team-lead@riverbendwater.example", "contact-centre", "Contact centre team lead"),
        ("Mika Member", "member@riverbendwater.example", "contact-centre", "Customer advisor"),
    ]

    static let settings = NurtureSettings(checkInMonths: [3, 6], reminderDaysBefore: 2, fatigueLimit: 2, fatigueWindowDays: 90)

    /// The day the demo's story stops: check-ins due before it were held (or missed), later ones wait.
    static let storyDay = CalendarDate(year: 2026, month: 11, day: 23)!

    static let initiatives: [DemoInitiative] = [
        DemoInitiative(
            key: "restored-notice", title: "One owner for telling customers their water is back",
            description: "Customers were left wondering whether the repair was finished. Field Operations' dispatcher now owns the restored-supply message.",
            ownerTeam: "field-ops", ownerPerson: "rhys.morgan@riverbendwater.example", due: "2026-04-30", frictions: [10, 15],
            changes: [.init(target: .handoff("leak-repair-to-restored"),
                            tomorrow: "The crew closes the job on the handheld; the dispatcher sends the restored-supply text within one hour and calls vulnerable customers.",
                            newOwnerTeam: "field-ops")],
            needs: [.init(kind: .training, description: "Crews close jobs on the handheld before leaving site", team: "field-ops", due: "2026-04-10", status: .done),
                    .init(kind: .tool, description: "Restored-supply text template in the dispatch system", team: "digital", due: "2026-04-01", status: .done)],
            moves: [(.approved, "2026-02-02", "Confirmed by six customers in conversations."), (.inProgress, "2026-02-16", ""),
                    (.done, "2026-04-20", ""), (.verified, "2026-07-01", "Restored-supply texts sent on 96% of jobs in June.")], themes: ["nobody"]),
        DemoInitiative(
            key: "billing-callbacks", title: "Billing owns callbacks, booked into a slot",
            description: "One in five callbacks never happened because nobody owned the queue. Billing now owns it, and the customer chooses a slot.",
            ownerTeam: "billing", ownerPerson: "mei.chen@riverbendwater.example", due: "2026-05-31", frictions: [21, 19],
            changes: [.init(target: .handoff("bq-call-to-callback"),
                            tomorrow: "The advisor books a callback slot in the billing diary while the customer is on the line; Billing owns every booked slot.",
                            newOwnerTeam: "billing")],
            needs: [.init(kind: .tool, description: "Callback slots in the billing diary, bookable from the contact centre", team: "billing", due: "2026-04-30", status: .done),
                    .init(kind: .training, description: "Advisors book slots instead of logging callback requests", team: "contact-centre", due: "2026-05-08", status: .done),
                    .init(kind: .customerGuidance, description: "The callback confirmation text says who will call and when", team: nil, due: "2026-05-08", status: .done)],
            moves: [(.approved, "2026-03-02", ""), (.inProgress, "2026-03-16", ""), (.done, "2026-05-18", ""),
                    (.verified, "2026-08-24", "Kept callbacks up from 80% to 97%.")], themes: ["call back"]),
        DemoInitiative(
            key: "dispute-pause", title: "A billing dispute pauses collection reminders",
            description: "Customers in dispute were still sent final notices.",
            ownerTeam: "billing", ownerPerson: nil, due: "2026-09-30", frictions: [23],
            changes: [.init(target: .process("billing-dispute-process"),
                            tomorrow: "Logging a dispute pauses collection reminders on the account until the dispute is closed, and the customer is told so in writing.")],
            needs: [.init(kind: .customerGuidance, description: "Dispute acknowledgement letter explains that reminders are paused", team: "billing", due: "2026-09-01", status: .done)],
            moves: [(.approved, "2026-06-15", ""), (.inProgress, "2026-07-01", ""), (.done, "2026-09-14", "")]),
        DemoInitiative(
            key: "metering-same-day", title: "Metering hears of finished connections the same day",
            description: "New homes waited two weeks for a meter and got an estimated first bill.",
            ownerTeam: "metering", ownerPerson: nil, due: "2026-10-31", frictions: [31],
            changes: [.init(target: .handoff("nc-works-to-meter-fit"),
                            tomorrow: "Closing a connection job raises a meter-fit job for Metering automatically, the same day.", newOwnerTeam: "metering")],
            needs: [.init(kind: .tool, description: "Works system raises meter-fit jobs on completion", team: "enterprise-architecture", due: "2026-09-30", status: .done)],
            moves: [(.approved, "2026-07-20", ""), (.inProgress, "2026-08-03", ""), (.done, "2026-10-05", "")]),
        DemoInitiative(
            key: "app-identity", title: "No security questions again for customers signed in to the app",
            description: "Customers who called from the app were asked the same questions twice.",
            ownerTeam: "contact-centre", ownerPerson: "daniel.osei@riverbendwater.example", due: "2026-11-15", frictions: [24],
            changes: [.init(target: .process("identity-check-policy"),
                            tomorrow: "A call started from the app carries a one-time code; the advisor checks the code instead of asking the security questions.")],
            needs: [.init(kind: .tool, description: "Call-from-app button passes a one-time code to the telephony system", team: "digital", due: "2026-10-20", status: .done),
                    .init(kind: .training, description: "Advisors verify app callers by code", team: "contact-centre", due: "2026-11-30", status: .inProgress)],
            moves: [(.approved, "2026-08-31", ""), (.inProgress, "2026-09-07", ""),
                    (.done, "2026-11-02", "Training for the last two shifts runs this month; the code check works without it.")], themes: ["account number"]),
        DemoInitiative(
            key: "map-pin", title: "The web form's map pin goes straight into the leak job",
            description: "Controllers rang customers back to ask where the leak was, and weekend reports sat in a mailbox.",
            ownerTeam: "field-ops", ownerPerson: nil, due: "2026-12-18", frictions: [6, 5],
            changes: [.init(target: .handoff("leak-form-to-triage"),
                            tomorrow: "The web form creates the leak job directly, with the map pin and photos; the control room owns the queue around the clock.",
                            newOwnerTeam: "field-ops")],
            needs: [.init(kind: .tool, description: "Web form writes jobs into the works system", team: "digital", due: "2026-12-04", status: .inProgress),
                    .init(kind: .training, description: "Control room triages web jobs from the same queue as calls", team: "field-ops", due: "2026-12-11", status: .open)],
            moves: [(.approved, "2026-10-12", ""), (.inProgress, "2026-10-26", "")]),
        DemoInitiative(
            key: "estimated-reads", title: "Estimated reads explained on the first page of the bill",
            description: "The top reason for billing calls is not knowing whether the bill is estimated.",
            ownerTeam: "marketing", ownerPerson: nil, due: "2026-11-13", frictions: [16, 17],
            changes: [], needs: [.init(kind: .skill, description: "Plain-language bill copy reviewed with customers", team: "marketing", due: "2026-11-06", status: .open)],
            moves: [(.approved, "2026-09-28", ""), (.inProgress, "2026-10-05", "")], themes: ["estimated bill"]),
        DemoInitiative(
            key: "allowance-at-inspection", title: "Tell customers about the leak allowance when the leak is found",
            description: "Most customers hear of the allowance only after the 30-day window.",
            ownerTeam: "billing", ownerPerson: nil, due: "2027-01-29", frictions: [13, 12],
            changes: [.init(target: .process("leak-allowance-policy"),
                            tomorrow: "The inspector gives the allowance leaflet on site; the claim window runs 60 days from the inspection, not from the bill.")],
            needs: [], moves: [(.approved, "2026-11-09", "")], themes: ["leak allowance"]),
        DemoInitiative(
            key: "out-of-hours-partner", title: "A partner answers the leaks line at night",
            description: "Night calls to the leaks line wait longest and cost most. From 8 pm to 8 am a partner answers the line and the triage call-back; "
                + "the Contact Centre answers for every handoff out of the night shift.",
            ownerTeam: "contact-centre", ownerPerson: nil, due: "2027-03-31", frictions: [],
            changes: [.init(target: .handoff("leak-call-to-triage"),
                            tomorrow: "At night the partner's advisor opens the leak job with the same questions; the Contact Centre's duty lead checks every night job by 9 am.",
                            newOwnerTeam: "contact-centre"),
                      .init(target: .handoff("leak-form-to-triage"),
                            tomorrow: "Night web reports reach the partner's queue within five minutes and are triaged like calls.", newOwnerTeam: "contact-centre"),
                      .init(target: .handoff("leak-social-to-call"),
                            tomorrow: "At night the social team passes the post to the partner's line with the photos, so nobody is asked to ring.",
                            newOwnerTeam: "contact-centre")],
            needs: [.init(kind: .training, description: "The partner's advisors learn the leak script and the vulnerable-customer checks", team: "contact-centre",
                          due: "2027-01-22", status: .open)],
            moves: [(.approved, "2026-11-16", "Approved for a three-month trial from February.")]),
        DemoInitiative(
            key: "lead-times", title: "Publish the real lead time for new connections",
            description: "Developer packs promise six weeks; the field schedule is ten to twelve.",
            ownerTeam: "new-connections", ownerPerson: nil, due: "2027-02-26", frictions: [30, 29], changes: [], needs: [], moves: []),
    ]
}
