import Domain
import Foundation
import Testing

/// Spearman's rho with its interval, and what it says of a declared effect.
@Suite struct RankCorrelationTests {
    @Test func aPerfectlyRisingPairIsOne() throws {
        let found = try #require(RankCorrelation.spearman((1...8).map { (Double($0), Double($0 * $0)) }))
        #expect(abs(found.rho - 1) < 1e-12 && found.n == 8 && found.low > 0.7 && found.verdict(expecting: 1) == .supports)
    }

    @Test func aFallingPairContradictsARisingDeclaration() throws {
        let found = try #require(RankCorrelation.spearman((1...10).map { (Double($0), Double(20 - $0)) }))
        #expect(abs(found.rho + 1) < 1e-12 && found.verdict(expecting: 1) == .contradicts && found.verdict(expecting: -1) == .supports)
    }

    @Test func fewerPairsThanTheMinimumGiveNoFigure() {
        #expect(RankCorrelation.spearman((1..<RankCorrelation.minimumPairs).map { (Double($0), Double($0)) }) == nil)
    }

    @Test func aConstantSeriesGivesNoFigure() {
        #expect(RankCorrelation.spearman((1...8).map { (Double($0), 3) }) == nil)
    }

    /// Ties share their mean rank: x 1,2,2,3 ranks 1, 2.5, 2.5, 4.
    @Test func tiesShareTheirMeanRank() throws {
        let pairs: [(Double, Double)] = [(1, 1), (2, 3), (2, 2), (3, 4), (4, 5), (5, 6)]
        let found = try #require(RankCorrelation.spearman(pairs))
        #expect(found.rho > 0.9 && found.rho < 1)
    }

    @Test func noiseIsInconclusive() throws {
        let pairs: [(Double, Double)] = [(1, 3), (2, 1), (3, 4), (4, 2), (5, 5), (6, 3), (7, 1)]
        let found = try #require(RankCorrelation.spearman(pairs))
        #expect(found.low < 0 && found.high > 0 && found.verdict(expecting: 1) == .inconclusive)
    }
}
