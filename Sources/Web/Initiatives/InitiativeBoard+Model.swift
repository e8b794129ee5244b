import Domain
import Foundation
import Plot

/// One initiative as a card on the board.
public struct InitiativeCard: Sendable, Encodable {
    public let id: UUID
    public let title: String
    public let url: String
    public let status: InitiativeStatus
    public let owner: String
    public let dueDate: CalendarDate
    public let overdue: Bool
    public let openNeeds: Int
    public let frictions: Int

    public init(id: UUID, title: String, url: String, status: InitiativeStatus, owner: String, dueDate: CalendarDate, overdue: Bool,
                openNeeds: Int, frictions: Int) {
        self.id = id
        self.title = title
        self.url = url
        self.status = status
        self.owner = owner
        self.dueDate = dueDate
        self.overdue = overdue
        self.openNeeds = openNeeds
        self.frictions = frictions
    }
}

public struct InitiativeBoardModel: Sendable {
    public enum Grouping: String, Sendable { case status, team }

    public let slug: String
    public let grouping: Grouping
    /// Column title and its cards, in board order.
    public let columns: [(title: String, cards: [InitiativeCard])]
    public let fatigue: [String]
    public let canCreate: Bool

    public init(slug: String, grouping: Grouping, columns: [(title: String, cards: [InitiativeCard])], fatigue: [String], canCreate: Bool) {
        self.slug = slug
        self.grouping = grouping
        self.columns = columns
        self.fatigue = fatigue
        self.canCreate = canCreate
    }
}
