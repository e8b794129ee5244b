import Domain
import Foundation
import Web

extension Fixture {
    /// "Report a leak": five stages (one still empty), six touchpoints, five handoffs (two unowned, two where the
    /// customer repeats themselves, one leaving the journey), three processes and frictions of every status.
    enum Journeys {
        static let journey = id(200)
        static let contactCentre = id(210), fieldOps = id(211), billing = id(212), digital = id(213), priya = id(215)
        static let report = id(220), assess = id(221), repair = id(222), reinstate = id(223), followUp = id(224)
        static let leakLine = id(230), leakForm = id(231), siteVisit = id(232), confirmation = id(233), crew = id(234), allowance = id(235)
        static let lineToVisit = id(240), formToLine = id(241), visitToCrew = id(242), crewToAllowance = id(243), allowanceOut = id(244)
        static let elsewhere = id(249)
        static let triage = id(250), allowancePolicy = id(251), callback = id(252)

        static func stored<T: RecordContent>(_ id: UUID, _ content: T) -> Stored<T> {
            Stored(id: id, organizationID: Fixture.id(100), content: content)
        }

        static func friction(_ number: Int, _ target: FrictionTarget, _ kind: FrictionKind, _ text: String, severity: Int,
                             source: FrictionSource = .customer, _ status: FrictionStatus = .open) -> Stored<FrictionPoint> {
            stored(id(number), FrictionPoint(target: target, kind: kind, description: text, severity: severity, source: source, status: status))
        }

        static var map: JourneyMap {
            // Stages and touchpoints are given out of order: the map orders them by position.
            let stages = [
                stored(repair, Stage(journeyID: journey, name: "Repair", position: 2)),
                stored(report, Stage(journeyID: journey, name: "Report", position: 0)),
                stored(assess, Stage(journeyID: journey, name: "Assess", position: 1)),
                stored(followUp, Stage(journeyID: journey, name: "Follow up", position: 4)),
                stored(reinstate, Stage(journeyID: journey, name: "Make good the road", position: 3)),
            ]
            let touchpoints = [
                stored(leakForm, Touchpoint(stageID: report, name: "Online leak form", channel: .web, owningTeamID: digital,
                                            effortMinutes: 6, position: 1)),
                stored(leakLine, Touchpoint(stageID: report, name: "Leak report line", channel: .phone, owningTeamID: contactCentre,
                                            expectedWaitMinutes: 12, effortMinutes: 8,
                                            description: "24/7 line. The menu asks for the account number before anything else.", position: 0)),
                stored(siteVisit, Touchpoint(stageID: assess, name: "Site assessment visit", channel: .inPerson, owningTeamID: fieldOps,
                                             expectedWaitMinutes: 2880, effortMinutes: 45, position: 0)),
                stored(crew, Touchpoint(stageID: repair, name: "Repair crew on site", channel: .inPerson, owningTeamID: fieldOps,
                                        expectedWaitMinutes: 4320, effortMinutes: 90, position: 0)),
                stored(confirmation, Touchpoint(stageID: repair, name: "Repair appointment email", channel: .email, owningTeamID: id(299),
                                                position: 1)),
                stored(allowance, Touchpoint(stageID: followUp, name: "Leak allowance on the bill", channel: .mail, owningTeamID: billing,
                                             expectedWaitMinutes: 30 * 24 * 60 + 720, position: 0)),
            ]
            let handoffs = [
                stored(lineToVisit, Handoff(fromTouchpointID: leakLine, toTouchpointID: siteVisit, accountableTeamID: fieldOps,
                                            information: "Address, meter number, where the water comes up", customerRepeats: true)),
                stored(formToLine, Handoff(fromTouchpointID: leakForm, toTouchpointID: leakLine,
                                           information: "Form answers " + markup, customerRepeats: true)),
                stored(visitToCrew, Handoff(fromTouchpointID: siteVisit, toTouchpointID: crew, accountablePersonID: priya,
                                            information: "Job sheet with photos")),
                stored(crewToAllowance, Handoff(fromTouchpointID: crew, toTouchpointID: allowance,
                                                information: "Repair date and the estimated water lost")),
                stored(allowanceOut, Handoff(fromTouchpointID: allowance, toTouchpointID: elsewhere, accountableTeamID: billing,
                                             information: "Adjusted bill")),
            ]
            let processes = [
                stored(triage, ProcessPolicy(kind: .process, name: "Leak triage", ownerTeamID: contactCentre,
                                             steps: ["Ask whether the water is on the road or inside the property",
                                                     "Check the outage map", "Book a visit within 24 h for a leak on the road"],
                                             touchpointIDs: [leakLine, leakForm])),
                stored(allowancePolicy, ProcessPolicy(kind: .policy, name: "Leak allowance policy", ownerTeamID: billing,
                                                      touchpointIDs: [allowance])),
                stored(callback, ProcessPolicy(kind: .practice, name: "Call before the crew arrives " + markup,
                                               touchpointIDs: [siteVisit, crew, leakLine])),
            ]
            let frictions = [
                friction(260, .touchpoint(leakLine), .wait, "Callers wait 12 minutes at peak before anyone answers", severity: 4),
                friction(261, .touchpoint(leakLine), .repeatInformation, "Customers are asked for the account number twice", severity: 3),
                friction(262, .handoff(formToLine), .handoff, "Online reports sit in a shared inbox until someone calls back " + markup, severity: 5),
                friction(263, .touchpoint(crew), .brokenPromise, "Crews arrive outside the promised slot", severity: 4, source: .secretShopper),
                friction(264, .touchpoint(crew), .effort, "Customers take a day off to let the crew in", severity: 2, .addressed),
                friction(265, .process(allowancePolicy), .policy, "The allowance needs a plumber's invoice customers rarely have", severity: 3),
                friction(266, .touchpoint(siteVisit), .findability, "Nobody tells the customer what the visit found", severity: 2,
                         source: .internalWalk, .closed),
                friction(267, .handoff(crewToAllowance), .systemSync, "The repair date does not reach billing", severity: 1),
                friction(268, .process(callback), .brokenPromise, "The promised call often does not come", severity: 3),
            ]
            return JourneyMap(
                journey: stored(journey, Journey(name: "Report a leak", segment: "Residential customers",
                                                 description: "From spotting water where it should not be to the repair done and the bill put right.")),
                stages: stages, touchpoints: touchpoints, handoffs: handoffs, processes: processes, frictions: frictions,
                names: NameBook(teams: [contactCentre: "Contact centre", fieldOps: "Field operations", billing: "Billing",
                                        digital: "Digital services"],
                                people: [priya: "Priya Shah"]))
        }

        /// What customers confirmed and said on each touchpoint; the site visit has nothing, so it stays cold.
        static var heat: HeatOverlay {
            HeatOverlay(
                heat: [leakLine: CustomerHeat(confirmedFrictionCount: 2, worstConfirmedSeverity: 4, feedbackCount: 120, negativeCount: 38),
                       leakForm: CustomerHeat(feedbackCount: 15, negativeCount: 0),
                       crew: CustomerHeat(confirmedFrictionCount: 1, worstConfirmedSeverity: 4, feedbackCount: 40, negativeCount: 30),
                       allowance: CustomerHeat(confirmedFrictionCount: 1, worstConfirmedSeverity: 1, feedbackCount: 1, negativeCount: 0),
                       confirmation: CustomerHeat(feedbackCount: 10, negativeCount: 1)],
                quotes: [leakLine: [
                            CustomerQuote(feedbackID: id(280), text: "I rang three times and each time I had to give my account number again "
                                          + markup, sentimentScore: -0.82),
                            CustomerQuote(feedbackID: id(281), text: """
                                Water was pouring down the street for two days. I called the leak line at 7am, waited twenty minutes, \
                                was told someone would come, nobody came, then I called again at 5pm and the second person had no \
                                record of my first call at all, so I explained everything from the start, again, while the road \
                                flooded outside my neighbour's house.
                                """, sentimentScore: -0.74),
                            CustomerQuote(feedbackID: id(282), text: "Long wait, friendly agent.", sentimentScore: -0.05)],
                         crew: [CustomerQuote(feedbackID: id(283), text: "The crew came at 4pm, the slot was 8 to 12.", sentimentScore: -0.6)],
                         confirmation: [CustomerQuote(feedbackID: id(284), text: "The email went to spam.", sentimentScore: -0.3)]])
        }

        static var emptyMap: JourneyMap {
            JourneyMap(journey: stored(id(201), Journey(name: "Connect a new home", segment: "New builds", description: "Drafted from the developers' workshop " + markup)), stages: [], touchpoints: [], handoffs: [],
                       processes: [], frictions: [], names: NameBook())
        }
    }
}
