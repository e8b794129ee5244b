import Domain
import Foundation

// The writes after which kept feedback figures are counted afresh (see `ContentRecord.unsettlesFigures`):
// each takes feedback, or links of feedback to touchpoints, with it, or moves them to another stage
// or journey, through the database's cascades rather than through the feedback records.

extension TouchpointRecord {
    public func unsettlesFigures(changedTo content: Touchpoint?) -> Bool { content?.stageID != stageID }
}

extension StageRecord {
    public func unsettlesFigures(changedTo content: Stage?) -> Bool { content?.journeyID != journeyID }
}

extension JourneyRecord {
    public func unsettlesFigures(changedTo content: Journey?) -> Bool { content == nil }
}

extension CustomerRecord {
    /// Legitimize weighs evidence by the tier of the customer who gave it; change fatigue counts by segment.
    public func unsettlesFigures(changedTo content: Customer?) -> Bool {
        content?.valueTier.rawValue != valueTier || content?.segment != segment
    }
}

extension FrictionRecord {
    /// Its links go with it: its confirmed items may no longer be explained.
    public func unsettlesFigures(changedTo content: FrictionPoint?) -> Bool { content == nil }
}

extension ConversationRecord {
    /// Its items go with it, and they are counted as its customer's.
    public func unsettlesFigures(changedTo content: Conversation?) -> Bool { content?.customerID != customerID }
}
