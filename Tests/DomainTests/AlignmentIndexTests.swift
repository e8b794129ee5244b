import Foundation
import Testing
@testable import Domain

/// The alignment index: each component scored from its counts, the index their weighted mean over what can be measured.
@Suite struct AlignmentIndexTests {
    func value(_ measure: AlignmentMeasure, _ inputs: AlignmentInputs) -> Double? {
        AlignmentIndex.compute(inputs).components.first { $0.measure == measure }?.value
    }

    @Test func weightsAddUpToOneHundredAndEachAreaToItsShare() {
        #expect(AlignmentMeasure.allCases.reduce(0) { $0 + $1.weight } == 100)
        let byArea = Dictionary(grouping: AlignmentMeasure.allCases, by: \.area).mapValues { $0.reduce(0) { $0 + $1.weight } }
        #expect(byArea == [.customer: 30, .inside: 30, .structure: 25, .loop: 15])
    }

    @Test func nothingToMeasureGivesNoIndex() {
        let index = AlignmentIndex.compute(AlignmentInputs())
        #expect(index.value == nil && index.coverage == 0 && index.components.allSatisfy { $0.value == nil })
    }

    @Test func theIndexIsTheWeightedMeanOfWhatCanBeMeasured() {
        var inputs = AlignmentInputs()
        (inputs.handoffs, inputs.unownedHandoffs) = (10, 5)   // owned handoffs 50, weight 10
        (inputs.checkInsDue, inputs.checkInsOnTime) = (4, 4)   // check-ins 100, weight 8
        let index = AlignmentIndex.compute(inputs)
        #expect(index.value == 72, "(50 × 10 + 100 × 8) ÷ 18 = 72.2")
        #expect(index.coverage == 18)
    }

    @Test(arguments: [([10: 5, 0: 5], 50.0), ([9: 3], 100.0), ([6: 2], 0.0), ([10: 1, 7: 1, 3: 2], 37.5)])
    func theCustomerScoreMapsNPSOntoZeroToOneHundred(_ answers: [Int: Int], _ expected: Double) {
        var inputs = AlignmentInputs()
        inputs.nps = answers
        #expect(value(.customerScore, inputs) == expected)
    }

    @Test func moreOpenFrictionsThanTouchpointsScoresZeroNotBelow() {
        var inputs = AlignmentInputs()
        (inputs.touchpoints, inputs.openFrictions) = (4, 9)
        #expect(value(.frictionFree, inputs) == 0)
        inputs.openFrictions = 1
        #expect(value(.frictionFree, inputs) == 75)
    }

    @Test func aWithheldPulseIsNotScoredAndSaysWhy() {
        var inputs = AlignmentInputs()
        inputs.withheld = true
        let component = AlignmentIndex.compute(inputs).components.first { $0.measure == .fourCHealth }
        #expect(component?.value == nil && component?.detail.hasPrefix("Withheld") == true)
        inputs.fourC = PulseResults.Tally(answers: 20, favourable: 15)
        #expect(value(.fourCHealth, inputs) == 75)
    }

    @Test(arguments: [
        (AlignmentMeasure.positiveFeedback, 75.0), (.chartersKept, 50.0), (.kpisInHarmony, 80.0), (.changesAcknowledged, 25.0), (.initiativesVerified, 100.0),
    ])
    func sharesAreCountedFromTheirParts(_ measure: AlignmentMeasure, _ expected: Double) {
        var inputs = AlignmentInputs()
        (inputs.feedbackItems, inputs.negativeItems) = (8, 2)
        (inputs.commitmentsAssessed, inputs.commitmentsKept) = (4, 2)
        (inputs.kpis, inputs.kpisInConflict) = (5, 1)
        (inputs.partiesAsked, inputs.partiesAcknowledged) = (4, 1)
        (inputs.initiativesFinished, inputs.initiativesVerified) = (3, 3)
        #expect(value(measure, inputs) == expected)
    }
}
