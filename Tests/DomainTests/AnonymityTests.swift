import Domain
import Foundation
import Testing

/// Which groups may show figures: never one below the threshold, never one whose figure its siblings and parent give away.
@Suite struct AnonymityTests {
    @Test func groupsBelowTheThresholdAreHidden() {
        let hidden = Anonymity.hidden(["a": 5, "b": 4, "c": 9], threshold: 5)
        #expect(hidden.children.contains("b") && !hidden.parent)
    }

    @Test func aGroupAtTheThresholdIsShown() {
        let hidden = Anonymity.hidden(["a": 5, "b": 5], threshold: 5)
        #expect(hidden.children.isEmpty && !hidden.parent)
    }

    /// The parent minus the shown children would give the one hidden child's figure: the smallest shown sibling goes too.
    @Test func subtractingShownSiblingsFromTheParentCannotRevealAHiddenGroup() {
        let hidden = Anonymity.hidden(["a": 6, "b": 2, "c": 9], threshold: 5)
        #expect(hidden.children == ["a", "b"] && !hidden.parent)
        let shown = ["a": 6, "b": 2, "c": 9].filter { !hidden.children.contains($0.key) }.values.reduce(0, +)
        #expect(17 - shown >= 5, "what subtraction reveals is a group of at least the threshold")
    }

    @Test func hiddenGroupsThatTogetherReachTheThresholdNeedNoMore() {
        let hidden = Anonymity.hidden(["a": 6, "b": 3, "c": 2, "d": 9], threshold: 5)
        #expect(hidden.children == ["b", "c"])
    }

    @Test func aHiddenGroupWithNoAnswersRevealsNothing() {
        let hidden = Anonymity.hidden(["a": 6, "b": 0, "c": 9], threshold: 5)
        #expect(hidden.children == ["b"])
    }

    @Test func theParentIsHiddenBelowTheThresholdToo() {
        let hidden = Anonymity.hidden(["a": 2, "b": 2], threshold: 5)
        #expect(hidden.parent && hidden.children == ["a", "b"])
    }

    @Test func theThresholdNeverGoesBelowThree() {
        let hidden = Anonymity.hidden(["a": 2, "b": 8], threshold: 1)
        #expect(hidden.children == ["a", "b"], "2 is below the minimum of 3, and b would give it away")
    }

    @Test func tiesHideTheSameGroupEveryTime() {
        for _ in 0..<20 { #expect(Anonymity.hidden(["x": 7, "y": 7, "z": 1], threshold: 5).children == ["x", "z"]) }
    }
}
