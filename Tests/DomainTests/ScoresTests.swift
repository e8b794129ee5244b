import Domain
import Testing

@Suite struct ScoresTests {
    static func tally(_ scale: ScaleTally, _ answers: [Int]) -> ScaleTally {
        var tally = scale
        for answer in answers { tally.add(answer) }
        return tally
    }

    static func close(_ a: Double, _ b: Double, within tolerance: Double = 1e-6) -> Bool { abs(a - b) <= tolerance }

    @Test func npsIsPromotersMinusDetractors() throws {
        // 5 promoters, 3 passives, 2 detractors out of 10: 50% − 20% = 30.
        let score = try #require(Scores.nps(Self.tally(.nps, [10, 9, 9, 10, 9, 8, 7, 8, 6, 0])))
        #expect(Self.close(score.value, 30))
        #expect(score.count == 10)
        // Variance of +1/0/−1 answers: 0.5 + 0.2 − 0.3² = 0.61; margin = 1.96 · √(0.61/10) · 100.
        #expect(Self.close(score.margin, 1.959964 * (0.61 / 10).squareRoot() * 100))
    }

    @Test(arguments: [([10, 10, 9], 100.0), ([0, 3, 6], -100.0), ([7, 8], 0.0), ([9, 6], 0.0)])
    func npsBoundaries(answers: [Int], expected: Double) throws {
        #expect(Self.close(try #require(Scores.nps(Self.tally(.nps, answers))).value, expected))
    }

    @Test func unanimousAnswersHaveNoMargin() throws {
        #expect(try #require(Scores.nps(Self.tally(.nps, [10, 10, 10]))).margin == 0)
        #expect(try #require(Scores.csat(Self.tally(.csat, [5, 4, 5]))).margin == 0)
    }

    @Test func csatIsTheShareOfFourAndFive() throws {
        let score = try #require(Scores.csat(Self.tally(.csat, [5, 4, 3, 2, 1, 4, 5, 5])))
        #expect(Self.close(score.value, 62.5))
        #expect(Self.close(score.margin, 1.959964 * (0.625 * 0.375 / 8).squareRoot() * 100))
    }

    @Test func cesIsReportedAsAMeanAndAsTheShareOfFiveToSeven() throws {
        let tally = Self.tally(.ces, [7, 6, 5, 4, 1])
        let mean = try #require(Scores.cesMean(tally))
        #expect(Self.close(mean.value, 4.6))
        // Sample standard deviation of 7,6,5,4,1 is √5.3; margin = 1.96 · √(5.3/5).
        #expect(Self.close(mean.margin, 1.959964 * (5.3 / 5).squareRoot()))
        #expect(Self.close(try #require(Scores.cesEasy(tally)).value, 60))
    }

    @Test func noAnswersMeansNoScore() {
        #expect(Scores.nps(.nps) == nil)
        #expect(Scores.csat(.csat) == nil)
        #expect(Scores.cesMean(.ces) == nil)
    }

    @Test func answersOffTheScaleAreNotCounted() {
        var tally = ScaleTally.csat
        let six = tally.add(6), zero = tally.add(0), three = tally.add(3)
        #expect(!six && !zero && three)
        #expect(tally.total == 1)
    }

    @Test func aScoreOnTheWrongScaleIsNil() {
        #expect(Scores.nps(Self.tally(.csat, [5])) == nil)
        #expect(Scores.csat(Self.tally(.nps, [9])) == nil)
    }

    @Test func mergedTalliesGiveTheSameScoreAsOneTally() throws {
        let a = Self.tally(.nps, [10, 2, 8, 9]), b = Self.tally(.nps, [0, 10, 7])
        var merged = a
        merged.merge(b)
        #expect(merged == Self.tally(.nps, [10, 2, 8, 9, 0, 10, 7]))
        #expect(try #require(Scores.nps(merged)).count == 7)
    }

    @Test func oneAnswerHasAMeanButNoSpread() throws {
        let mean = try #require(Scores.cesMean(Self.tally(.ces, [6])))
        #expect(mean.value == 6 && mean.margin == 0)
    }
}
