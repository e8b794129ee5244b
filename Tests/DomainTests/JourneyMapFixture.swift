import Foundation
import Domain

/// A small hand-built journey map:
///
/// - stages "Apply" (position 0) and "Get connected" (position 1), given out of order;
/// - "Apply" holds "Call centre" (t0, position 0, Field Ops) and "Apply online" (t1, position 1, Customer Care);
///   "Get connected" holds "Site visit" (t3, owned by a team missing from the name book);
/// - handoffs h1 t0→t1 (team), h2 t1→t3 (person, customer repeats), h3 t3→elsewhere (unowned),
///   h4 elsewhere→t1 (unowned);
/// - processes pr1 (Field Ops) on t1, pr2 (no owner) on t3, pr3 on no touchpoint of this map;
/// - frictions open and closed/addressed on touchpoints, handoffs and processes.
struct JourneyMapFixture {
    let customerCare = UUID(), fieldOps = UUID(), ghostTeam = UUID(), dana = UUID()
    let journeyID = UUID(), apply = UUID(), connect = UUID()
    let t0 = UUID(), t1 = UUID(), t3 = UUID(), elsewhere = UUID(), elsewhereToo = UUID()
    let h1 = UUID(), h2 = UUID(), h3 = UUID(), h4 = UUID()
    let pr1 = UUID(), pr2 = UUID(), pr3 = UUID()
    let f1 = UUID(), f2 = UUID(), f3 = UUID(), f4 = UUID(), f5 = UUID(), f6 = UUID()
    let f7 = UUID(), f8 = UUID(), f9 = UUID(), f10 = UUID(), f11 = UUID(), f12 = UUID()
    let org = UUID()

    func stored<T: RecordContent>(_ id: UUID, _ content: T) -> Stored<T> {
        Stored(id: id, organizationID: org, content: content)
    }

    func friction(_ id: UUID, _ target: FrictionTarget, severity: Int,
                  _ status: FrictionStatus = .open) -> Stored<FrictionPoint> {
        stored(id, FrictionPoint(target: target, kind: .handoff, description: "f", severity: severity,
                                 source: .internalWalk, status: status))
    }

    var map: JourneyMap {
        let stages = [
            stored(connect, Stage(journeyID: journeyID, name: "Get connected", position: 1)),
            stored(apply, Stage(journeyID: journeyID, name: "Apply", position: 0)),
        ]
        let touchpoints = [
            stored(t1, Touchpoint(stageID: apply, name: "Apply online", channel: .web,
                                  owningTeamID: customerCare, position: 1)),
            stored(t3, Touchpoint(stageID: connect, name: "Site visit", channel: .inPerson,
                                  owningTeamID: ghostTeam, position: 0)),
            stored(t0, Touchpoint(stageID: apply, name: "Call centre", channel: .phone,
                                  owningTeamID: fieldOps, position: 0)),
        ]
        let handoffs = [
            stored(h1, Handoff(fromTouchpointID: t0, toTouchpointID: t1, accountableTeamID: customerCare)),
            stored(h2, Handoff(fromTouchpointID: t1, toTouchpointID: t3, accountablePersonID: dana,
                               customerRepeats: true)),
            stored(h3, Handoff(fromTouchpointID: t3, toTouchpointID: elsewhere)),
            stored(h4, Handoff(fromTouchpointID: elsewhereToo, toTouchpointID: t1)),
        ]
        let processes = [
            stored(pr1, ProcessPolicy(kind: .process, name: "Credit check", ownerTeamID: fieldOps,
                                      touchpointIDs: [t1])),
            stored(pr2, ProcessPolicy(kind: .policy, name: "Access rules", touchpointIDs: [t3])),
            stored(pr3, ProcessPolicy(kind: .practice, name: "Elsewhere", ownerTeamID: fieldOps,
                                      touchpointIDs: [elsewhere])),
        ]
        let frictions = [
            friction(f1, .touchpoint(t1), severity: 2),
            friction(f2, .touchpoint(t1), severity: 5, .closed),
            friction(f3, .touchpoint(t1), severity: 4, .addressed),
            friction(f4, .touchpoint(t0), severity: 3),
            friction(f5, .touchpoint(t0), severity: 1),
            friction(f6, .handoff(h1), severity: 4),
            friction(f7, .handoff(h1), severity: 2, .closed),
            friction(f8, .process(pr1), severity: 3),
            friction(f9, .process(pr2), severity: 5),
            friction(f10, .handoff(h2), severity: 1, .addressed),
            friction(f11, .handoff(h3), severity: 3),
            friction(f12, .process(pr3), severity: 4),
        ]
        return JourneyMap(journey: stored(journeyID, Journey(name: "New connection")), stages: stages,
                          touchpoints: touchpoints, handoffs: handoffs, processes: processes,
                          frictions: frictions,
                          names: NameBook(teams: [customerCare: "Customer Care", fieldOps: "Field Ops"],
                                          people: [dana: "Dana Reyes"]))
    }
}
