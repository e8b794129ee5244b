import Testing
import Domain

@Suite("Pagination and Paged")
struct PaginationTests {
    @Test func defaultsWhenNothingAsked() {
        let p = Pagination(page: nil, per: nil)
        #expect(p.page == 1)
        #expect(p.per == 25)
        #expect(p.per == Pagination.defaultSize)
        #expect(p.offset == 0)
    }

    @Test(arguments: [(0, 1), (-5, 1), (1, 1), (2, 2), (40, 40)])
    func pageBelowOneIsClamped(asked: Int, page: Int) {
        #expect(Pagination(page: asked, per: 10).page == page)
    }

    @Test(arguments: [(0, 1), (-1, 1), (1, 1), (50, 50), (100, 100), (101, 100), (10_000, 100)])
    func perIsClampedToOneThroughHundred(asked: Int, per: Int) {
        #expect(Pagination(page: 1, per: asked).per == per)
    }

    @Test(arguments: [(1, 10, 0), (2, 10, 10), (3, 25, 50), (4, 100, 300)])
    func offsetSkipsEarlierPages(page: Int, per: Int, offset: Int) {
        #expect(Pagination(page: page, per: per).offset == offset)
    }

    @Test func equatable() {
        #expect(Pagination(page: 0, per: 500) == Pagination(page: 1, per: 100))
        #expect(Pagination(page: 2, per: 10) != Pagination(page: 3, per: 10))
    }

    @Test func emptyListHasOnePageAndNoNeighbours() {
        let paged = Paged<Int>(items: [], request: Pagination(page: 1, per: 10), total: 0)
        #expect(paged.pageCount == 1)
        #expect(!paged.hasNext)
        #expect(!paged.hasPrevious)
    }

    @Test(arguments: [(0, 10, 1), (1, 10, 1), (10, 10, 1), (11, 10, 2), (25, 10, 3), (30, 10, 3), (101, 100, 2)])
    func pageCountRoundsUp(total: Int, per: Int, pages: Int) {
        #expect(Paged<Int>(items: [], request: Pagination(page: 1, per: per), total: total).pageCount == pages)
    }

    @Test(arguments: [(1, false, true), (2, true, true), (3, true, false), (4, true, false)])
    func neighboursOfAThreePageList(page: Int, previous: Bool, next: Bool) {
        let paged = Paged<Int>(items: [], request: Pagination(page: page, per: 10), total: 25)
        #expect(paged.hasPrevious == previous)
        #expect(paged.hasNext == next)
    }

    @Test func pagedCopiesTheRequest() {
        let paged = Paged(items: [1, 2], request: Pagination(page: 0, per: 0), total: 7)
        #expect(paged.page == 1)
        #expect(paged.per == 1)
        #expect(paged.total == 7)
        #expect(paged.pageCount == 7)
    }

    @Test func mapKeepsPaging() {
        let paged = Paged(items: [1, 2, 3], request: Pagination(page: 2, per: 3), total: 8)
        let mapped = paged.map { "#\($0)" }
        #expect(mapped.items == ["#1", "#2", "#3"])
        #expect(mapped.page == 2)
        #expect(mapped.per == 3)
        #expect(mapped.total == 8)
        #expect(mapped.pageCount == 3)
        #expect(mapped.hasNext)
        #expect(mapped.hasPrevious)
    }
}
