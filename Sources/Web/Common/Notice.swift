/// A fixed confirmation shown at the top of the page a form redirects to, chosen by a query flag
/// (`?notice=created`) so it never echoes what anyone typed.
public enum Notice: String, Sendable, CaseIterable {
    case created, updated, deleted, moved, decided, proposed, resumed
    case movedStatus = "moved-status"
    case pulseSent = "pulse-sent", reminded, questionsAdded = "questions-added", competenciesAdded = "competencies-added"
    case acknowledged, launched, cancelled

    public var message: String {
        switch self {
        case .created: "Saved. The new record is below."
        case .updated: "Your changes are saved."
        case .deleted: "Deleted."
        case .moved: "Order updated."
        case .decided: "Decision saved."
        case .proposed: "Links proposed afresh from all feedback; your earlier decisions are kept."
        case .resumed: "The import goes on from where it stopped; the rows it had stored stay as they are."
        case .movedStatus: "Status moved. What the move set off is shown below."
        case .pulseSent: "Sent: everyone in the teams asked has a link. Download the links as CSV for your mail tool; people with an account here also find theirs in their inbox."
        case .reminded: "A reminder is on its way to everyone who has not answered yet."
        case .questionsAdded: "The built-in questions are in the library (none twice); change them as you wish."
        case .acknowledged: "Acknowledged. Everyone still to acknowledge is listed below."
        case .launched: "Launched. It counts in each affected team's change load from its start."
        case .cancelled: "Cancelled. It stays here for the record and no longer counts in any team's change load."
        case .competenciesAdded: "Align's competencies are in your model (none twice); reword them as you wish, then choose a target level for each."
        }
    }

    /// `url` with this notice added to its query.
    public func added(to url: String) -> String {
        let fragment = url.firstIndex(of: "#").map { String(url[$0...]) } ?? ""
        let base = String(url.dropLast(fragment.count))
        return base + (base.contains("?") ? "&" : "?") + "notice=" + rawValue + fragment
    }
}
