import Foundation

/// The alignment index before an investment and as projected after it: the organization's counts today, changed only
/// by what the investment itself does, with every assumption written out so a reader can disagree with one.
public struct InvestmentProjection: Sendable, Equatable {
    /// What the investment does to the counts the index is made of.
    public struct Effects: Sendable, Equatable {
        /// Open friction points its initiatives address.
        public var openFrictionsAddressed = 0
        /// Negative items behind those frictions and the blind spots it answers.
        public var negativeItemsAddressed = 0
        /// Handoffs nobody answers for today that its initiatives give an owner.
        public var handoffsGivenOwner = 0
        /// Acknowledgements its planned changes still wait for.
        public var acknowledgementsOutstanding = 0
        /// Its initiatives not done yet, and those not verified yet.
        public var initiativesUnfinished = 0, initiativesUnverified = 0
        /// KPIs in a conflict once its KPI rewards change; nil when it changes none.
        public var kpisInConflictAfter: Int?

        public init() {}
    }

    public let before: AlignmentIndex
    public let after: AlignmentIndex
    public let assumptions: [String]

    /// After minus before, when both have a value.
    public var change: Int? { before.value.flatMap { b in after.value.map { $0 - b } } }

    public static func project(_ inputs: AlignmentInputs, _ effects: Effects) -> InvestmentProjection {
        var after = inputs
        var assumptions: [String] = []
        after.openFrictions = max(0, inputs.openFrictions - effects.openFrictionsAddressed)
        assumptions.append(effects.openFrictionsAddressed == 0 ? "It addresses no open friction point, so touchpoints with open friction stay as they are."
            : "The \(counted(effects.openFrictionsAddressed, "open friction point")) its initiatives address are closed.")
        after.negativeItems = max(0, inputs.negativeItems - effects.negativeItemsAddressed)
        if effects.negativeItemsAddressed > 0 {
            assumptions.append("The \(counted(effects.negativeItemsAddressed, "negative item")) behind the frictions and blind spots it addresses "
                + "would not have been negative: the share of feedback that is not negative is counted without them.")
        }
        after.unownedHandoffs = max(0, inputs.unownedHandoffs - effects.handoffsGivenOwner)
        if effects.handoffsGivenOwner > 0 {
            assumptions.append("The \(counted(effects.handoffsGivenOwner, "handoff")) nobody answers for today get the owner its initiatives give them.")
        }
        after.partiesAcknowledged = min(inputs.partiesAsked, inputs.partiesAcknowledged + effects.acknowledgementsOutstanding)
        if effects.acknowledgementsOutstanding > 0 {
            assumptions.append("Everyone its planned changes touch acknowledges them before they launch "
                + "(\(counted(effects.acknowledgementsOutstanding, "acknowledgement")) outstanding today).")
        }
        after.initiativesFinished = inputs.initiativesFinished + effects.initiativesUnfinished
        after.initiativesVerified = inputs.initiativesVerified + effects.initiativesUnverified
        if effects.initiativesUnverified > 0 {
            assumptions.append("Its \(counted(effects.initiativesUnverified, "initiative")) not verified yet are done and verified with customers.")
        }
        if let conflicts = effects.kpisInConflictAfter {
            after.kpisInConflict = conflicts
            assumptions.append("The KPIs it rewards differently are rewarded as it says, and every declared effect stays: "
                + "\(counted(inputs.kpisInConflict, "KPI")) in a conflict today, \(conflicts) after.")
        }
        assumptions.append("Customer scores, 4C health, strategy understanding, charters and check-ins stay as they are today: "
            + "Align does not guess how customers or people will answer.")
        return InvestmentProjection(before: .compute(inputs), after: .compute(after), assumptions: assumptions)
    }
}
