import Foundation
import Testing
@testable import Domain

@Suite("Parallel")
struct ParallelTests {
    @Test func mapKeepsOrderAndCoversEveryElement() {
        let items = Array(0..<10_001)
        #expect(Parallel.map(items) { $0 * 2 } == items.map { $0 * 2 })
        #expect(Parallel.map([Int]()) { $0 }.isEmpty)
        #expect(Parallel.map([7]) { $0 + 1 } == [8])
    }

    @Test func rangesAreContiguousAndCoverTheCountOnce() {
        let parts = Parallel.ranges(1_000) { $0 }
        #expect(parts.first?.lowerBound == 0 && parts.last?.upperBound == 1_000)
        #expect(zip(parts, parts.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }

    /// Many tasks at once each splitting work across the cores must all finish: the server and the
    /// tests call it from inside Swift concurrency.
    @Test func manyConcurrentCallersAllFinish() async {
        let totals = await withTaskGroup(of: Int.self) { group in
            for task in 0..<32 {
                group.addTask { Parallel.map(Array(0..<2_000)) { $0 + task }.reduce(0, +) }
            }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(totals.count == 32)
        #expect(totals.sorted() == (0..<32).map { task in (0..<2_000).reduce(0) { $0 + $1 + task } }.sorted())
    }
}
