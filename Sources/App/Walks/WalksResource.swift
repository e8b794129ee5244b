import Domain
import Foundation
import Persistence
import Vapor
import Web

/// Journey walks: a team (or a secret shopper) steps through a journey's touchpoints in order.
struct WalksResource: Resource {
    typealias Rules = WalkRules
    static let singular = "walk", plural = "Journey walks"
    static let navSection = "journeys"
    static let emptyMessage = "No walks yet. Open a journey and walk it as the customer would: time each step, note what works, and add the friction you find."
    static let needs: Set<Lookups.Need> = [.journeys]
    static let columns = ["Walk", "Journey", "How", "Participants"]

    static var defaults: FormInput { .from([("date", CalendarDate.today.description), ("mode", WalkMode.internalWalk.rawValue)]) }

    static func title(_ item: Item, _ lookups: Lookups) -> String { "\(item.mode.label), \(item.date)" }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("journey_id", "Journey", .select(lookups.journeyOptions, blank: "Choose the journey"), required: true),
         FormField("date", "Date", .date, required: true),
         FormField.choice("mode", "How it was walked", WalkMode.self),
         FormField("channel", "Channel", .select(option(Domain.Channel.self), blank: "None: walked internally"), hint: "The real channel a secret shopper used."),
         FormField("participants", "Participants", .textarea(rows: 2), hint: "Who walked it, e.g. Sofia Marquez, Liam O'Connor.", required: true),
         FormField("notes", "Notes", .textarea(rows: 3))]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("journey_id", "Journey", options: lookups.journeyOptions, selected: current["journey_id"]),
         FilterControl("mode", "How", options: option(WalkMode.self), selected: current["mode"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(title(item, lookups), url: Paths.item(slug, kind, item.id)),
         .link(lookups.journeys.first { $0.id == item.journeyID }?.name ?? "", url: Paths.item(slug, .journeys, item.journeyID)),
         .text(item.mode.label + (item.channel.map { ", \($0.label)" } ?? "")), .text(item.participants)]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Journey", .link(lookups.journeys.first { $0.id == item.journeyID }?.name ?? "", url: Paths.item(slug, .journeys, item.journeyID))),
         Fact("Date", .text(item.date.description)), Fact("How", .text(item.mode.label)), Fact("Participants", .text(item.participants))]
    }

    static func customShow(_ item: Item, _ ctx: OrgContext, _ req: Request) async throws -> Response? {
        try await WalkController.show(item.id, ctx, req)
    }
}
