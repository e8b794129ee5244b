import Domain
import Foundation

/// Riverbend's systems behind its touchpoints: the billing system (which the planned investment replaces), the field
/// scheduling system and the phone platform.
enum RiverbendSystems {
    struct System {
        let key: String, name: String, owner: String, description: String, touchpoints: [String]
    }

    static let all: [System] = [
        System(key: "billing-system", name: "Billing system", owner: "billing",
               description: "Produces the quarterly bills and holds balances; the app and the billing line read it overnight.",
               touchpoints: ["bq-bill-arrives", "bq-app-balance", "bq-corrected-bill", "nc-first-bill"]),
        System(key: "field-scheduling", name: "Field scheduling", owner: "field-ops",
               description: "Books surveys, meter reads and connection works into crews' days.",
               touchpoints: ["nc-booking-call", "nc-site-survey", "nc-connection-works", "bq-meter-read"]),
        System(key: "phone-platform", name: "Phone platform", owner: "contact-centre",
               description: "Routes calls to the contact centre's queues, day and night.",
               touchpoints: ["nc-enquiry-call", "bq-call", "bq-billing-callback", "leak-call"]),
    ]
}

extension DemoRun {
    mutating func insertSystems(organizationID org: UUID) async throws {
        for system in RiverbendSystems.all {
            let content = BusinessSystem(name: system.name, ownerTeamID: id("team", system.owner), description: system.description,
                                         touchpointIDs: system.touchpoints.map { id("touchpoint", $0) })
            try await insert(SystemRecord.self, id("system", system.key), content, in: org)
        }
    }
}
