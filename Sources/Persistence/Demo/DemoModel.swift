import Domain

/// The demo organization written as plain data, with records referring to each other by key.
/// `DemoLoader` turns keys into stable ids, so loading twice never duplicates anything.
struct DemoOrganization {
    var name: String
    var slug: String
    var purpose: String
    var brandPromise: String
    var teams: [DemoTeam]
    var people: [DemoPerson]
    var goals: [StrategyGoal]
    var journeys: [DemoJourney]
    var handoffs: [DemoHandoff]
    var processes: [DemoProcess]
    var customers: [DemoCustomer]
    var frictions: [DemoFriction]
    /// Each goal's owner, by goal title and the owner's email.
    var goalOwners: [String: String] = [:]
    var commitments: [DemoCommitment] = []
}

/// A charter commitment: the team's key, what it will do, the titles of the goals it serves, the keys of the touchpoints it concerns.
struct DemoCommitment {
    var team: String
    var text: String
    var goals: [String]
    var touchpoints: [String] = []
    var measure = ""
    var status = CommitmentStatus.kept
}

struct DemoTeam {
    var key: String
    var name: String
    var function: TeamFunction
    var parent: String? = nil
}

struct DemoPerson {
    var name: String
    var email: String
    /// Key of the person's team.
    var team: String
    var jobTitle: String
}

struct DemoJourney {
    var key: String
    var name: String
    var segment: String
    var description: String
    var stages: [DemoStage]
}

struct DemoStage {
    var name: String
    var description: String
    var touchpoints: [DemoTouchpoint]
}

struct DemoTouchpoint {
    /// Unique across the whole organization, e.g. "leak-call".
    var key: String
    var name: String
    var channel: Channel
    /// Key of the owning team.
    var team: String
    var waitMinutes: Int? = nil
    var effortMinutes: Int? = nil
    var description: String = ""
}

struct DemoHandoff {
    /// Unique key, e.g. "leak-triage-to-dispatch".
    var key: String
    /// Touchpoint keys.
    var from: String
    var to: String
    /// Team key or person email; both nil makes an unowned handoff.
    var ownerTeam: String? = nil
    var ownerPerson: String? = nil
    var information: String
    var customerRepeats: Bool = false
}

struct DemoProcess {
    var key: String
    var kind: ProcessKind
    var name: String
    var ownerTeam: String?
    var description: String
    var steps: [String]
    /// YYYY-MM-DD
    var lastReviewed: String?
    /// Touchpoint keys.
    var touchpoints: [String]
}

struct DemoCustomer {
    var accountName: String
    var segment: String
    var valueTier: ValueTier
    var contacts: [DemoContact]
}

struct DemoContact {
    var name: String
    var role: String
    var email: String
}

enum DemoTarget {
    case touchpoint(String)
    case handoff(String)
    case process(String)
}

struct DemoFriction {
    var target: DemoTarget
    var kind: FrictionKind
    var description: String
    var severity: Int
    var source: FrictionSource
    var status: FrictionStatus = .open
}
