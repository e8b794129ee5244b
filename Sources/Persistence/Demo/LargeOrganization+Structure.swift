import Domain
import FluentKit
import Foundation

extension LargeOrganization {
    /// What later parts of the generation refer to.
    struct Structure: Sendable {
        var teams: [UUID] = []
        var touchpoints: [(id: UUID, name: String)] = []
        /// Frictions recorded on each touchpoint (by index into `touchpoints`).
        var frictionsOnTouchpoint: [Int: [UUID]] = [:]
        var frictions: [UUID] = []
    }

    static let teamNames = ["Contact Centre", "Field Operations", "Billing", "Sales", "Network Planning", "Digital", "Metering",
                            "Customer Care", "Complaints", "Connections"]
    static let stageNames = ["Discover", "Sign up", "Get connected", "Use and pay", "Get help"]
    static let functions: [TeamFunction] = [.customerService, .operations, .billingFinance, .sales, .itArchitecture, .product, .marketing]

    func writeStructure(_ progress: @Sendable (String) -> Void) async throws -> Structure {
        var structure = Structure()
        progress("teams")
        try await insert((0..<counts.teams).map { index in
            let record = TeamRecord(organizationID: organizationID, content: Team(
                name: "\(Self.teamNames[index % Self.teamNames.count]) \(index / Self.teamNames.count + 1)",
                function: Self.functions[index % Self.functions.count], parentTeamID: index < 10 ? nil : id("team", index % 10)))
            record.id = id("team", index)
            return record
        })
        structure.teams = (0..<counts.teams).map { id("team", $0) }
        progress("journeys, stages and touchpoints")
        try await writeJourneys(&structure)
        progress("handoffs, processes and frictions")
        try await writeHandoffsAndProcesses(structure)
        try await writeFrictions(&structure)
        return structure
    }

    func writeJourneys(_ structure: inout Structure) async throws {
        let names = DemoLoader.riverbendTouchpointNames
        var journeys: [JourneyRecord] = [], stages: [StageRecord] = [], touchpoints: [TouchpointRecord] = []
        for j in 0..<counts.journeys {
            let journey = JourneyRecord(organizationID: organizationID, content: Journey(name: "Journey \(j + 1)", segment: j % 3 == 0 ? "Business" : "Household"))
            journey.id = id("journey", j)
            journeys.append(journey)
            for s in 0..<counts.stagesPerJourney {
                let stageIndex = j * counts.stagesPerJourney + s
                let stage = StageRecord(organizationID: organizationID, content: Stage(
                    journeyID: journey.id!, name: Self.stageNames[s % Self.stageNames.count], position: s))
                stage.id = id("stage", stageIndex)
                stages.append(stage)
                for t in 0..<counts.touchpointsPerStage {
                    let index = stageIndex * counts.touchpointsPerStage + t
                    let name = "\(names[index % names.count]) · J\(j + 1).\(s + 1).\(t + 1)"
                    let touchpoint = TouchpointRecord(organizationID: organizationID, content: Touchpoint(
                        stageID: stage.id!, name: name, channel: Channel.allCases[index % Channel.allCases.count],
                        owningTeamID: structure.teams[index % structure.teams.count], position: t))
                    touchpoint.id = id("touchpoint", index)
                    touchpoint.journeyID = journey.id!
                    touchpoints.append(touchpoint)
                    structure.touchpoints.append((touchpoint.id!, name))
                }
            }
        }
        try await insert(journeys)
        try await insert(stages)
        try await insert(touchpoints)
    }

    func writeHandoffsAndProcesses(_ structure: Structure) async throws {
        var handoffs: [HandoffRecord] = []
        let perJourney = counts.stagesPerJourney * counts.touchpointsPerStage
        for index in structure.touchpoints.indices where (index + 1) % perJourney != 0 {
            let record = HandoffRecord(organizationID: organizationID, content: Handoff(
                fromTouchpointID: structure.touchpoints[index].id, toTouchpointID: structure.touchpoints[index + 1].id,
                accountableTeamID: structure.teams[(index * 7) % structure.teams.count], information: "Case notes and the promised date",
                customerRepeats: index % 5 == 0))
            record.id = id("handoff", index)
            record.journeyID = id("journey", index / perJourney)
            handoffs.append(record)
        }
        try await insert(handoffs)
        var processes: [ProcessRecord] = [], links: [ProcessTouchpointRecord] = []
        for p in 0..<counts.processes {
            let record = ProcessRecord(organizationID: organizationID, content: ProcessPolicy(
                kind: ProcessKind.allCases[p % ProcessKind.allCases.count], name: "Procedure \(p + 1)",
                ownerTeamID: structure.teams[p % structure.teams.count], steps: ["Check the account", "Agree a date", "Confirm in writing"]))
            record.id = id("process", p)
            processes.append(record)
            for k in 0..<5 {
                links.append(ProcessTouchpointRecord(processID: record.id!, touchpointID: structure.touchpoints[(p * 5 + k) % structure.touchpoints.count].id,
                                                     position: k))
            }
        }
        try await insert(processes)
        try await insert(links)
    }

    /// The index of a touchpoint a handoff leaves from: every touchpoint but the last of its journey.
    func handoffIndex(_ n: Int, _ structure: Structure) -> Int {
        let index = n % structure.touchpoints.count, perJourney = counts.stagesPerJourney * counts.touchpointsPerStage
        return (index + 1) % perJourney == 0 ? index - 1 : index
    }

    func writeFrictions(_ structure: inout Structure) async throws {
        var records: [FrictionRecord] = []
        for f in 0..<counts.frictions {
            let touchpoint = (f * 2) % structure.touchpoints.count
            let target: FrictionTarget = switch f % 5 {
            case 3: .handoff(id("handoff", handoffIndex(f * 3, structure)))
            case 4: .process(id("process", f % counts.processes))
            default: .touchpoint(structure.touchpoints[touchpoint].id)
            }
            let record = FrictionRecord(organizationID: organizationID, content: FrictionPoint(
                target: target, kind: FrictionKind.allCases[f % FrictionKind.allCases.count],
                description: "Customers wait for a callback that does not come at \(structure.touchpoints[touchpoint].name)",
                severity: 1 + f % 5, source: f % 2 == 0 ? .internalWalk : .customer))
            record.id = id("friction", f)
            records.append(record)
            structure.frictions.append(record.id!)
            if case .touchpoint = target { structure.frictionsOnTouchpoint[touchpoint, default: []].append(record.id!) }
        }
        try await insert(records)
    }
}
