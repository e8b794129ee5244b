import Foundation

/// The rules for moving an initiative: one step forward at a time (proposed → approved → in progress →
/// done → verified), or one step back before it is done. Done applies its changes, so there is no way back
/// from it; verified is where it ends.
public enum InitiativeWorkflow {
    /// What a move sets off, for the caller to carry out in the same transaction.
    public enum Effect: Sendable, Equatable {
        /// Apply the changes to processes, policies and handoffs; mark the frictions addressed.
        case applyChanges
        /// Queue a "here is what we changed" note for the customers whose feedback it addressed.
        case queueClosingNotes
    }

    /// A refused move, with the field to name and the reason in words.
    public struct Refusal: Error, Sendable, Equatable {
        public let field: String
        public let message: String
    }

    public static func next(_ status: InitiativeStatus) -> InitiativeStatus? {
        switch status {
        case .proposed: .approved
        case .approved: .inProgress
        case .inProgress: .done
        case .done: .verified
        case .verified: nil
        }
    }

    public static func previous(_ status: InitiativeStatus) -> InitiativeStatus? {
        switch status {
        case .approved: .proposed
        case .inProgress: .approved
        case .proposed, .done, .verified: nil
        }
    }

    /// The statuses an initiative may move to from `status`.
    public static func moves(from status: InitiativeStatus) -> [InitiativeStatus] {
        [next(status), previous(status)].compactMap { $0 }
    }

    /// Checks a move and returns what it sets off. Marking done while capability needs are open needs a
    /// written reason, which the history keeps.
    public static func move(from current: InitiativeStatus, to target: InitiativeStatus, openCapabilityNeeds: Int,
                            reason: String) throws(Refusal) -> [Effect] {
        guard target != current else {
            throw Refusal(field: "status", message: "The initiative is already \(current.label.lowercased()).")
        }
        guard moves(from: current).contains(target) else {
            let allowed = moves(from: current).map { $0.label.lowercased() }
            throw Refusal(field: "status", message: allowed.isEmpty
                ? "A verified initiative does not move any more."
                : "From \(current.label.lowercased()) an initiative moves to \(allowed.joined(separator: " or ")), one step at a time.")
        }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.count > 2000 {
            throw Refusal(field: "reason", message: "The reason must be at most 2000 characters (it has \(reason.count)).")
        }
        switch target {
        case .done:
            if openCapabilityNeeds > 0 && reason.isEmpty {
                throw Refusal(field: "reason", message: "\(openCapabilityNeeds) capability \(openCapabilityNeeds == 1 ? "need is" : "needs are") still open. "
                    + "Finish \(openCapabilityNeeds == 1 ? "it" : "them") first, or write why the initiative is done without \(openCapabilityNeeds == 1 ? "it" : "them").")
            }
            return [.applyChanges]
        case .verified:
            return [.queueClosingNotes]
        default:
            return []
        }
    }
}
