import Domain
import Foundation
import Plot

/// One cell of the 4C heat map: the pulse score and trend, the signals behind it as links with counts,
/// and the signs of misalignment when a figure is past its limit.
enum HealthCellView {
    static func cell(_ experience: FourC, _ health: TeamHealth, _ model: HealthModel) -> Node<HTML.TableRowContext> {
        let cell = health.cells[experience]!
        let state = HealthModel.state(cell)
        return .td(.class("heat--\(state.tint)"),
            .p(pulse(cell, health, model)),
            .unwrap(trend(cell, model)) { .p(.class("signs"), .safe($0)) },
            .ul(.class("signal-list"), .group(signals(experience, health, model).compactMap { $0.map { .li($0) } })),
            .if(cell.isMisaligned, .div(.class("misaligned"),
                .p(.strong(.safe("Signs of misalignment: ")), .safe(experience.signs)),
                .ul(.forEach(cell.breaches) { .li(.safe($0)) }))))
    }

    static func pulse(_ cell: TeamHealth.Cell, _ health: TeamHealth, _ model: HealthModel) -> Node<HTML.BodyContext> {
        guard let latest = model.pulses.last else { return .span(.class("muted"), .text("no pulse yet")) }
        if cell.suppression != nil { return .span(.class("muted"), .safe(model.withheld(cell.suppression))) }
        guard let score = cell.score, let percent = score.percentFavourable else { return .span(.class("muted"), .text("not asked")) }
        let path = Paths.page(model.slug, .record(.pulses, .value(latest.id)), query: HealthModel.team(health))
        return .link("\(Int(percent.rounded()))% favourable (\(score.answers) answers)", to: path)
    }

    static func trend(_ cell: TeamHealth.Cell, _ model: HealthModel) -> String? {
        guard cell.trend.count > 1 else { return nil }
        return "Trend: " + zip(model.pulses.suffix(cell.trend.count), cell.trend).map { pulse, value in
            "\(pulse.title) \(value.map { "\(Int($0.rounded()))%" } ?? "—")"
        }.joined(separator: " → ")
    }

    static func signals(_ experience: FourC, _ health: TeamHealth, _ model: HealthModel) -> [Node<HTML.BodyContext>?] {
        let s = health.signals, slug = model.slug, team = { HealthModel.team(health, $0) }
        switch experience {
        case .customer:
            return [s.npsScore.map { .link("NPS \(String(format: "%+.0f", $0.value)) (\($0.n) answers)", to: Paths.list(slug, .touchpoints, query: team([:]))) }
                        ?? .span(.class("muted"), .text("no NPS answers on its touchpoints")),
                    s.csatSatisfied.map { .link("CSAT \(Int($0.value.rounded()))% satisfied (\($0.n))", to: Paths.list(slug, .touchpoints, query: team([:]))) },
                    s.feedbackItems == 0 ? nil : .link("\(s.negativeItems) of \(s.feedbackItems) feedback items negative", to: health.teamID == nil
                        ? Paths.list(slug, .feedback, query: ["sentiment": SentimentLabel.negative.rawValue]) : Paths.list(slug, .touchpoints, query: team([:]))),
                    .link("\(s.openFrictions) open friction points", to: Paths.list(slug, .frictions, query: team(["status": "open"])))]
        case .career:
            return [.link("\(s.headcount) people, \(s.leavers) left in twelve months", to: Paths.list(slug, .people, query: team([:])))]
        case .community:
            return [.link("\(s.strainedHandoffs) handoffs where customers repeat or wait", to: Paths.list(slug, .handoffs, query: team(["repeats": "yes"]))),
                    .link("\(s.unownedHandoffs) unowned handoffs touching it", to: Paths.list(slug, .handoffs, query: ["owner": "none"])),
                    .link("\(s.escalations) escalations in 90 days", to: Paths.list(slug, .escalations, query: team([:])))]
        case .core:
            return [health.strategy?.percentFavourable.map { percent in
                        let pulse = model.pulses.last.map { Paths.page(slug, .record(.pulses, .value($0.id)), query: HealthModel.team(health)) }
                        return .link("Strategy understanding \(Int(percent.rounded()))% favourable", to: pulse ?? Paths.list(slug, .pulses))
                    },
                    .link(s.commitmentsAssessed == 0 ? "no charter commitments assessed" : "\(s.commitmentsKept) of \(s.commitmentsAssessed) charter commitments kept",
                          to: health.teamID.map { Paths.page(slug, .teamCharter(.value($0), .show)) } ?? Paths.page(slug, .strategyWall))]
        }
    }
}
