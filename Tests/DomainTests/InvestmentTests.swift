import Domain
import Foundation
import Testing

@Suite struct InvestmentTests {
    let change = UUID()

    func input(_ pairs: [(String, String)], changes: [String]? = nil, rewards: [String] = []) -> FormInput {
        var input = FormInput.from(pairs)
        input.fields["change_ids"] = changes ?? [change.uuidString]
        input.fields["kpi_rewards"] = rewards
        return input
    }

    @Test func costsAreReadToTheCentAndWrittenBackTheSame() {
        #expect(Money.parse("480000") == Decimal(480_000))
        #expect(Money.parse("1250.5") == Decimal(string: "1250.5"))
        #expect(Money.text(Money.parse("1250.50")!) == "1250.5")
        for bad in ["", "1,000", "-5", "1.234", "1e5", " 10", "10.", ".5", "１０"] { #expect(Money.parse(bad) == nil, "\(bad)") }
        #expect(Money.display(Decimal(1_850_000), currency: "GBP") == "GBP 1,850,000")
        #expect(Money.display(Decimal(string: "48000.5")!, currency: "EUR") == "EUR 48,000.50")
    }

    @Test func anInvestmentNeedsACostACurrencyAndSomethingItPaysFor() {
        let fields = { (input: FormInput) -> [String] in
            do { _ = try Investment.parse(input); return [] } catch let failure as ValidationFailure { return failure.errors.map(\.field) } catch { return ["?"] }
        }
        #expect(fields(input([("title", "T"), ("kind", "capital"), ("cost", "10"), ("currency", "EUR")])) == [])
        #expect(fields(input([("title", "T"), ("kind", "capital"), ("currency", "EUR")])) == ["cost"])
        #expect(fields(input([("title", "T"), ("kind", "capital"), ("cost", "10"), ("currency", "Euro")])) == ["currency"])
        #expect(fields(input([("title", "T"), ("kind", "capital"), ("cost", "10"), ("currency", "EUR")], changes: [])) == ["change_ids"])
        #expect(fields(input([("title", "T"), ("kind", "loan"), ("cost", "10"), ("currency", "EUR")])) == ["kind"])
        let kpi = UUID()
        #expect(fields(input([("title", "T"), ("kind", "capital"), ("cost", "10"), ("currency", "EUR")], rewards: ["sideways:\(kpi)"])) == ["kpi_rewards"])
        #expect(fields(input([("title", "T"), ("kind", "capital"), ("cost", "10"), ("currency", "EUR")],
                             rewards: ["up:\(kpi)", "down:\(kpi)"])) == ["kpi_rewards"])
    }

    @Test func aBlindSpotIsAThemesNameNotALongText() {
        for theme in [String(repeating: "x", count: Investment.maxThemeLength + 1)] {
            var form = input([("title", "T"), ("kind", "capital"), ("cost", "10"), ("currency", "EUR")])
            form.fields["blind_spots"] = [theme]
            #expect(throws: ValidationFailure.self) { try Investment.parse(form) }
        }
    }

    @Test func whatItGroupsSurvivesTheFormRoundTrip() throws {
        let kpi = UUID()
        var form = input([("title", "T"), ("kind", "operational"), ("cost", "99.90"), ("currency", "GBP")], rewards: ["none:\(kpi)", "range:\(UUID())"])
        form.fields["blind_spots"] = ["estimated bill", "estimated bill", "meter reading"]
        let investment = try Investment.parse(form)
        #expect(investment.blindSpots == ["estimated bill", "meter reading"], "once each, in order")
        #expect(investment.kpiRewards.first == KPIRewardChange(kpiID: kpi, rewarded: nil))
        #expect(try Investment.parse(investment.formInput) == investment)
    }

    @Test func kindAndIDReadsEveryFormTheSameWay() {
        let id = UUID()
        #expect(KindAndID.split("team:\(id)")! == ("team", id))
        #expect(KindAndID.split("team:\(id.uuidString.lowercased())")?.id == id)
        #expect(KindAndID.split("team") == nil && KindAndID.split("team:nope") == nil && KindAndID.split(":\(id)") == nil)
        #expect(ChangeParty(formValue: "person:\(id)") == .person(id) && ChangeParty(formValue: "system:\(id)") == nil)
    }
}

@Suite struct InvestmentProjectionTests {
    var inputs: AlignmentInputs {
        var inputs = AlignmentInputs()
        (inputs.feedbackItems, inputs.negativeItems, inputs.touchpoints, inputs.openFrictions) = (100, 40, 10, 4)
        (inputs.handoffs, inputs.unownedHandoffs, inputs.kpis, inputs.kpisInConflict) = (10, 5, 4, 2)
        (inputs.partiesAsked, inputs.partiesAcknowledged, inputs.initiativesFinished, inputs.initiativesVerified) = (10, 5, 4, 1)
        return inputs
    }

    func value(_ index: AlignmentIndex, _ measure: AlignmentMeasure) -> Double? { index.components.first { $0.measure == measure }?.value }

    @Test func nothingDoneChangesNothingAndSaysSo() {
        let projection = InvestmentProjection.project(inputs, .init())
        #expect(projection.before == projection.after && projection.change == 0)
        #expect(projection.assumptions.first == "It addresses no open friction point, so touchpoints with open friction stay as they are.")
        #expect(projection.assumptions.last?.hasPrefix("Customer scores, 4C health") == true)
    }

    @Test func eachEffectMovesItsOwnComponentAndIsWrittenOut() {
        var effects = InvestmentProjection.Effects()
        (effects.openFrictionsAddressed, effects.negativeItemsAddressed, effects.handoffsGivenOwner) = (2, 20, 5)
        (effects.acknowledgementsOutstanding, effects.initiativesUnfinished, effects.initiativesUnverified, effects.kpisInConflictAfter) = (3, 1, 2, 0)
        let projection = InvestmentProjection.project(inputs, effects)
        #expect(value(projection.after, .frictionFree) == 80 && value(projection.before, .frictionFree) == 60)
        #expect(value(projection.after, .positiveFeedback) == 80, "20 of 100 negative once 20 of the 40 are addressed")
        #expect(value(projection.after, .ownedHandoffs) == 100 && value(projection.after, .kpisInHarmony) == 100)
        #expect(value(projection.after, .changesAcknowledged) == 80 && value(projection.after, .initiativesVerified) == 60)
        #expect(projection.assumptions.count == 7 && projection.change! > 0)
        #expect(projection.assumptions.contains("The 5 handoffs nobody answers for today get the owner its initiatives give them."))
    }

    @Test func aProjectionNeverGoesPastWhatIsThere() {
        var effects = InvestmentProjection.Effects()
        (effects.openFrictionsAddressed, effects.negativeItemsAddressed, effects.acknowledgementsOutstanding) = (9, 500, 50)
        let after = InvestmentProjection.project(inputs, effects).after
        #expect(value(after, .frictionFree) == 100 && value(after, .positiveFeedback) == 100 && value(after, .changesAcknowledged) == 100)
    }

    @Test func aKPIRewardThatCreatesConflictsLowersTheProjection() {
        var effects = InvestmentProjection.Effects()
        effects.kpisInConflictAfter = 4
        let projection = InvestmentProjection.project(inputs, effects)
        #expect(projection.change! < 0 && projection.assumptions.contains { $0.contains("2 KPIs in a conflict today, 4 after") })
    }
}
