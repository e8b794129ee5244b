import Domain
import Foundation
import Plot

/// The Nurture views: check-ins due this week, overdue, mine; notes still to send.
public enum NurtureView: String, Sendable, CaseIterable {
    case thisWeek = "this-week"
    case overdue, mine, drafts

    public var label: String {
        switch self {
        case .thisWeek: "Due this week"
        case .overdue: "Overdue"
        case .mine: "Mine"
        case .drafts: "Notes to send"
        }
    }
}

public struct NurtureModel: Sendable {
    public let slug: String
    public let view: NurtureView
    public let counts: [NurtureView: Int]
    public let columns: [String]
    public let rows: [[Cell]]
    public let empty: String
    public let isAdmin: Bool
    public let unreadInbox: Int
    public var page = 1
    public var pageCount = 1

    public init(slug: String, view: NurtureView, counts: [NurtureView: Int], columns: [String], rows: [[Cell]], empty: String, isAdmin: Bool,
                unreadInbox: Int) {
        self.slug = slug
        self.view = view
        self.counts = counts
        self.columns = columns
        self.rows = rows
        self.empty = empty
        self.isAdmin = isAdmin
        self.unreadInbox = unreadInbox
    }
}
