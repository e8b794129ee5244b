import Domain

/// A second, small demo organization, so isolation between organizations can be seen and tested.
enum HarbourGas {
    static let organization = DemoOrganization(
        name: "Harbour Gas", slug: "harbour-gas",
        purpose: "Gas supply and meter services for the harbour towns.",
        brandPromise: "Safe gas, and a straight answer the first time you ask.",
        teams: [DemoTeam(key: "service-desk", name: "Service Desk", function: .customerService),
                DemoTeam(key: "engineers", name: "Gas Engineers", function: .operations)],
        people: [DemoPerson(name: "Morgan Reyes", email: "morgan.reyes@harbourgas.example", team: "service-desk", jobTitle: "Service desk lead")],
        goals: [StrategyGoal(title: "Answer every gas-smell call within 30 seconds", measure: "Median answer time on the emergency line")],
        journeys: [DemoJourney(key: "gas-smell", name: "Report a gas smell", segment: "All customers",
                               description: "From smelling gas to being told it is safe.",
                               stages: [DemoStage(name: "Call us", description: "The customer phones the emergency line.",
                                                  touchpoints: [DemoTouchpoint(key: "emergency-line", name: "Emergency line", channel: .phone,
                                                                               team: "service-desk", waitMinutes: 1, effortMinutes: 5)]),
                                        DemoStage(name: "Made safe", description: "An engineer visits and makes the supply safe.",
                                                  touchpoints: [DemoTouchpoint(key: "engineer-visit", name: "Engineer visit", channel: .inPerson,
                                                                               team: "engineers", waitMinutes: 60)])])],
        handoffs: [DemoHandoff(key: "line-to-engineer", from: "emergency-line", to: "engineer-visit",
                               information: "Address and what the caller smells", customerRepeats: true)],
        processes: [],
        customers: [DemoCustomer(accountName: "Quayside Bakery", segment: "Small business", valueTier: .medium,
                                 contacts: [DemoContact(name: "Ines Marlow", role: "Owner", email: "ines@quaysidebakery.example")])],
        frictions: [DemoFriction(target: .handoff("line-to-engineer"), kind: .repeatInformation,
                                 description: "The engineer phones the customer to ask for the address again.", severity: 3, source: .customer)])
}
