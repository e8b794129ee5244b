import Domain
import Foundation

/// Everything the initiative page shows, worked out before rendering.
public struct InitiativePageModel: Sendable {
    /// A move the signed-in person may make, with what it sets off in words.
    public struct Move: Sendable {
        public let status: InitiativeStatus
        public let label: String
        public let consequence: String
        public let needsReason: Bool

        public init(status: InitiativeStatus, label: String, consequence: String, needsReason: Bool) {
            self.status = status
            self.label = label
            self.consequence = consequence
            self.needsReason = needsReason
        }
    }

    public struct HistoryEntry: Sendable {
        public let from: InitiativeStatus
        public let to: InitiativeStatus
        public let by: String
        public let at: String
        public let note: String

        public init(from: InitiativeStatus, to: InitiativeStatus, by: String, at: String, note: String) {
            self.from = from
            self.to = to
            self.by = by
            self.at = at
            self.note = note
        }
    }

    public var id: UUID
    public var slug: String
    public var title: String
    public var status: InitiativeStatus
    public var facts: [Fact]
    public var moves: [Move]
    /// Why the person cannot move it, when they may not.
    public var moveRefusal: String?
    public var history: [HistoryEntry]
    public var frictions: [[Cell]]
    public var themes: [[Cell]]
    public var changes: [[Cell]]
    public var needs: [[Cell]]
    public var openNeeds: Int
    /// Change-fatigue warnings marking it done would add, in words.
    public var fatigue: [String]
    public var effect: InitiativeEffect?
    public var effectTouchpoints: Int
    public var closingNotes: [[Cell]]
    public var canEdit: Bool

    public init(id: UUID, slug: String, title: String, status: InitiativeStatus, facts: [Fact], moves: [Move], moveRefusal: String?,
                history: [HistoryEntry], frictions: [[Cell]], themes: [[Cell]], changes: [[Cell]], needs: [[Cell]], openNeeds: Int,
                fatigue: [String], effect: InitiativeEffect?, effectTouchpoints: Int, closingNotes: [[Cell]], canEdit: Bool) {
        self.id = id
        self.slug = slug
        self.title = title
        self.status = status
        self.facts = facts
        self.moves = moves
        self.moveRefusal = moveRefusal
        self.history = history
        self.frictions = frictions
        self.themes = themes
        self.changes = changes
        self.needs = needs
        self.openNeeds = openNeeds
        self.fatigue = fatigue
        self.effect = effect
        self.effectTouchpoints = effectTouchpoints
        self.closingNotes = closingNotes
        self.canEdit = canEdit
    }
}
