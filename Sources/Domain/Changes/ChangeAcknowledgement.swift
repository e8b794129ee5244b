import Foundation

/// Who is asked to acknowledge a planned change: an affected team (through its leads) or a person named on an affected handoff.
public enum ChangeParty: Sendable, Hashable, Comparable {
    case team(UUID)
    case person(UUID)

    public init?(formValue: String) {
        guard let (kind, id) = KindAndID.split(formValue) else { return nil }
        switch kind {
        case "team": self = .team(id)
        case "person": self = .person(id)
        default: return nil
        }
    }

    public var id: UUID {
        switch self {
        case .team(let id), .person(let id): id
        }
    }

    public var formValue: String {
        switch self {
        case .team(let id): "team:\(id.uuidString)"
        case .person(let id): "person:\(id.uuidString)"
        }
    }

    public static func < (lhs: ChangeParty, rhs: ChangeParty) -> Bool { lhs.formValue < rhs.formValue }
}

/// That an affected party has seen a planned change, and who said so when.
public struct ChangeAcknowledgement: Sendable, Equatable {
    public let party: ChangeParty
    public let acknowledgedBy: String
    public let acknowledgedAt: Date

    public init(party: ChangeParty, acknowledgedBy: String, acknowledgedAt: Date) {
        (self.party, self.acknowledgedBy, self.acknowledgedAt) = (party, acknowledgedBy, acknowledgedAt)
    }
}

extension ChangeImpact.Result {
    /// Everyone who must be told: every affected team, and every person named as accountable for an affected handoff.
    public var parties: [ChangeParty] { teams.map { .team($0.id) } + people.map { .person($0.id) } }

    /// The altered things through which a team or person was reached, following each reason back to what the change names:
    /// what they have to do differently (today versus tomorrow) comes from these.
    public func origins(of party: ChangeParty) -> Set<ChangeSubject> {
        switch party {
        case .team(let id): origins(teams.first { $0.id == id }, self: .team(id))
        case .person(let id): origins(people.first { $0.id == id }, self: nil)
        }
    }

    private func origins(_ affected: ChangeImpact.Affected?, self subject: ChangeSubject?) -> Set<ChangeSubject> {
        guard let affected else { return [] }
        var found: Set<ChangeSubject> = []
        for reason in affected.reasons {
            switch reason {
            case .altered: if let subject { found.insert(subject) }
            case .behind(let altered): found.insert(altered)
            case .owns(.touchpoint(let id)), .handoffFrom(let id), .handoffInto(let id): found.formUnion(origins(touchpoints.first { $0.id == id }, self: .touchpoint(id)))
            case .owns(.handoff(let id)), .accountableFor(let id): found.formUnion(origins(handoffs.first { $0.id == id }, self: .handoff(id)))
            case .owns(let altered): found.insert(altered)
            }
        }
        return found
    }
}
