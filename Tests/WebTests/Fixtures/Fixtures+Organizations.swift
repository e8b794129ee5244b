import Domain
import Foundation
import Web

extension Fixture {
    enum Organizations {
        static var riverbend: Stored<Organization> {
            Stored(id: id(100), organizationID: nil, content: Organization(
                name: organizationName, slug: slug,
                purpose: "Safe, reliable water and wastewater services for 480,000 people in the Riverbend valley.",
                brandPromise: "We fix what we promise, when we promise, and tell you before you have to ask " + markup))
        }

        static var overview: OverviewModel {
            OverviewModel(
                organization: riverbend,
                teams: [.init(id: id(110), name: "Contact centre", function: .customerService, touchpoints: 7),
                        .init(id: id(111), name: "Billing", function: .billingFinance, touchpoints: 4),
                        .init(id: id(112), name: "Field operations", function: .operations, touchpoints: 6),
                        .init(id: id(113), name: "Digital services " + markup, function: .itArchitecture, touchpoints: 3)],
                journeys: [.init(id: id(120), name: "Report a leak", segment: "Residential customers", stages: 5, touchpoints: 11),
                           .init(id: id(121), name: "Move house", segment: "Residential customers", stages: 4, touchpoints: 8),
                           .init(id: id(122), name: "Open a business account", segment: "", stages: 3, touchpoints: 5)],
                goals: [Stored(id: id(130), organizationID: id(100), content: StrategyGoal(
                            title: "Fix leaks within 48 hours of the first report",
                            measure: "Share of leaks fixed within 48 h of the first call or form")),
                        Stored(id: id(131), organizationID: id(100), content: StrategyGoal(title: "One contact is enough"))],
                unownedHandoffs: 3, repeatHandoffs: 5,
                openFrictionsByKind: [.handoff: 4, .wait: 6, .repeatInformation: 5, .brokenPromise: 2, .policy: 1],
                people: 48, customers: 1260, processes: 17)
        }

        static var newOrganization: OverviewModel {
            OverviewModel(
                organization: Stored(id: id(101), organizationID: nil, content: Organization(name: "Harbour Gas", slug: "harbour-gas")),
                teams: [], journeys: [], goals: [], unownedHandoffs: 0, repeatHandoffs: 0, openFrictionsByKind: [:],
                people: 0, customers: 0, processes: 0)
        }
    }
}
