import Foundation

/// Which slice of a list a person asked for; clamps nonsense to sensible defaults.
public struct Pagination: Sendable, Equatable {
    public static let defaultSize = 25
    public static let maxSize = 100
    /// Far beyond any real list; keeps the offset arithmetic from overflowing.
    public static let maxPage = 1_000_000

    public let page: Int
    public let per: Int
    /// Where the page starts, for lists that page from a record rather than by counting past the
    /// ones before (see `PageAnchor`); `page` then only says which page it is.
    public var anchor: PageAnchor?

    public init(page: Int?, per: Int?, anchor: PageAnchor? = nil) {
        self.page = min(Pagination.maxPage, max(1, page ?? 1))
        self.per = min(Pagination.maxSize, max(1, per ?? Pagination.defaultSize))
        self.anchor = anchor
    }

    public var offset: Int { (page - 1) * per }

    /// The page asked for in a list of `total` items, kept within the pages there are.
    public static func within(total: Int, page: Int?, per: Int) -> Pagination {
        Pagination(page: min(page ?? 1, max(1, (total + per - 1) / per)), per: per)
    }
}

/// The record a page starts after (the next page) or ends before (the previous one). A list of a
/// million items reads such a page through its index from the anchor on, where an offset would count
/// past every item before it.
public enum PageAnchor: Sendable, Equatable {
    case after(UUID)
    case before(UUID)
}

/// One page of a list, with what is needed to link to the others.
public struct Paged<Item: Sendable>: Sendable {
    public let items: [Item]
    public let page: Int
    public let per: Int
    public let total: Int

    public init(items: [Item], request: Pagination, total: Int) {
        self.items = items
        self.page = request.page
        self.per = request.per
        self.total = total
    }

    public var pageCount: Int { max(1, (total + per - 1) / per) }
    public var hasPrevious: Bool { page > 1 }
    public var hasNext: Bool { page < pageCount }

    public func map<T>(_ transform: (Item) throws -> T) rethrows -> Paged<T> {
        Paged<T>(items: try items.map(transform), request: Pagination(page: page, per: per), total: total)
    }
}

extension Paged: Encodable where Item: Encodable {}
