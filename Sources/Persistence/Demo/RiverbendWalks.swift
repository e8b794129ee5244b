import Domain
import FluentKit
import Foundation

/// Two walks of Riverbend's leak journey: the Contact Centre and Field Operations walking it together,
/// and a secret shopper reporting a leak by phone a month later. Each found friction the other did not.
enum RiverbendWalks {
    struct Walk {
        let key: String
        let walk: (date: CalendarDate, mode: WalkMode, channel: Channel?, participants: String)
        let minutes: [String: Int]
        let worked: [String: String]
        let found: [(touchpoint: String, kind: FrictionKind, description: String, severity: Int)]
    }

    static let walks = [
        Walk(key: "internal", walk: (CalendarDate(year: 2026, month: 10, day: 6)!, .internalWalk, nil, "Sofia Marquez, Liam O'Connor, Rhys Morgan, Kwame Asante"),
             minutes: ["leak-call": 9, "leak-triage": 95, "leak-job-email": 20, "leak-repair": 240, "leak-restored-notice": 70, "leak-follow-up": 2880],
             worked: ["leak-call": "The advisor took every detail once and read the job reference back.",
                      "leak-repair": "The crew explained the road closure to the neighbours."],
             found: [("leak-triage", .repeatInformation, "Network control asked again for the address and what the customer saw, though the call notes had both.", 4),
                     ("leak-restored-notice", .wait, "The restored notice went out 70 minutes after the crew left: the customer had already rung to ask.", 3)]),
        Walk(key: "shopper", walk: (CalendarDate(year: 2026, month: 11, day: 4)!, .secretShopper, .phone, "Secret shopper (agency), briefed by Daniel Osei"),
             minutes: ["leak-call": 14, "leak-triage": 140, "leak-job-email": 35, "leak-repair": 260, "leak-restored-notice": 65],
             worked: ["leak-call": "Answered in under two minutes; the advisor was calm and clear."],
             found: [("leak-call", .findability, "The phone menu offered billing before leaks; it took three choices to reach a person.", 3),
                     ("leak-triage", .repeatInformation, "Asked for the address a second time on the triage call.", 4),
                     ("leak-job-email", .brokenPromise, "The email gave a visit window of 8–18; the crew came at 19:20 without a word.", 4)]),
    ]
}

extension DemoLoader {
    /// The walks, their steps and the friction they found; a later load finds each by its id and leaves it.
    static func loadRiverbendWalks(_ orgID: UUID, on db: any Database) async throws -> (added: Int, present: Int) {
        var run = DemoRun(db: db, slug: RiverbendWater.organization.slug)
        let journey = run.id("journey", "report-a-leak")
        for demo in RiverbendWalks.walks {
            let walkID = run.id("walk", demo.key)
            if try await JourneyWalkRecord.find(walkID, on: db) != nil { run.present += 1 + demo.found.count; continue }
            try await run.insert(JourneyWalkRecord.self, walkID, JourneyWalk(journeyID: journey, date: demo.walk.date, mode: demo.walk.mode, channel: demo.walk.channel,
                                                                             participants: demo.walk.participants), in: orgID)
            for (key, minutes) in demo.minutes {
                let step = WalkStepRecord()
                (step.walkID, step.touchpointID, step.minutes, step.worked) = (walkID, run.id("touchpoint", key), minutes, demo.worked[key] ?? "")
                try await step.create(on: db)
            }
            for (index, found) in demo.found.enumerated() {
                try await run.insert(FrictionRecord.self, run.id("walk-friction", "\(demo.key)/\(index)"),
                                     FrictionPoint(target: .touchpoint(run.id("touchpoint", found.touchpoint)), kind: found.kind, description: found.description,
                                                   severity: found.severity, source: demo.walk.mode.source, walkID: walkID), in: orgID)
            }
        }
        return (run.added, run.present)
    }
}
