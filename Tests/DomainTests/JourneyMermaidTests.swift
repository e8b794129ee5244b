import Foundation
import Testing
@testable import Domain

/// A journey as Mermaid: stages holding touchpoints with their owners, handoffs with theirs, syntax kept as text.
@Suite struct JourneyMermaidTests {
    static let org = UUID(), team = UUID(), journey = UUID(), stage = UUID(), first = UUID(), second = UUID(), elsewhere = UUID()

    static func map(ownerTeam: UUID?) -> JourneyMap {
        let journey = Stored(id: Self.journey, organizationID: org, content: Journey(name: "Report a \"leak\""))
        let stage = Stored(id: Self.stage, organizationID: org, content: Stage(journeyID: Self.journey, name: "Report <it>", position: 0))
        let touchpoints = [Stored(id: first, organizationID: org, content: Touchpoint(stageID: Self.stage, name: "Leaks line #1", channel: .phone, owningTeamID: team, position: 0)),
                           Stored(id: second, organizationID: org, content: Touchpoint(stageID: Self.stage, name: "Web form", channel: .web, owningTeamID: team, position: 1))]
        let handoffs = [Stored(id: UUID(), organizationID: org, content: Handoff(fromTouchpointID: first, toTouchpointID: second, accountableTeamID: ownerTeam)),
                        Stored(id: UUID(), organizationID: org, content: Handoff(fromTouchpointID: second, toTouchpointID: elsewhere, customerRepeats: true))]
        return JourneyMap(journey: journey, stages: [stage], touchpoints: touchpoints, handoffs: handoffs, processes: [], frictions: [],
                          names: NameBook(teams: [team: "Contact & Care"], people: [:]))
    }

    @Test func stagesHoldTheirTouchpointsAndHandoffsNameTheirOwners() {
        let text = Self.map(ownerTeam: Self.team).mermaid()
        #expect(text == """
            flowchart LR
              %% Report a #quot;leak#quot;
              subgraph s0["Report #lt;it#gt;"]
                t0["Leaks line #35;1 · Contact #amp; Care"]
                t1["Web form · Contact #amp; Care"]
              end
              t0 -->|"Contact #amp; Care"| t1
              x2["Another journey"]
              t1 -.->|"no owner · customer repeats"| x2

            """)
    }
}
