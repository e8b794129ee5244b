import Domain
import Foundation
import Plot

/// One ranked entry ready to show.
public struct LegitimizeRow: Sendable {
    public let title: String
    public let url: String
    /// E.g. "Friction · severity 4 · open" or "Theme".
    public let note: String
    public let items: Int
    public let itemsURL: String?
    public let score: PriorityScore
    public let proposals: Int
    public let proposalsURL: String?

    public init(title: String, url: String, note: String, items: Int, itemsURL: String?, score: PriorityScore, proposals: Int,
                proposalsURL: String?) {
        self.title = title
        self.url = url
        self.note = note
        self.items = items
        self.itemsURL = itemsURL
        self.score = score
        self.proposals = proposals
        self.proposalsURL = proposalsURL
    }
}

public struct LegitimizeModel: Sendable {
    public let slug: String
    public let view: LegitimizeView
    public let counts: [LegitimizeView: Int]
    public let rows: [LegitimizeRow]
    public let waitingProposals: Int
    public let canCurate: Bool
    /// The view is shown a page at a time; `firstRank` is the rank of the page's first row.
    public var page = 1, pageCount = 1, firstRank = 1

    public init(slug: String, view: LegitimizeView, counts: [LegitimizeView: Int], rows: [LegitimizeRow], waitingProposals: Int, canCurate: Bool) {
        self.slug = slug
        self.view = view
        self.counts = counts
        self.rows = rows
        self.waitingProposals = waitingProposals
        self.canCurate = canCurate
    }
}
