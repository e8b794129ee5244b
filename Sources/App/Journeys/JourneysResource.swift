import Domain
import Persistence
import Vapor
import Web

struct JourneysResource: Resource {
    typealias Rules = JourneyRules
    static let singular = "journey", plural = "Journeys"
    static let emptyMessage = "No journeys yet. Map the first one: name it after what the customer is trying to do, e.g. \"Report a leak\"."
    static let needs: Set<Lookups.Need> = []
    static let columns = ["Journey", "Customer segment", "Description"]

    static func title(_ item: Item, _ lookups: Lookups) -> String { item.name }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("name", "Name", required: true),
         FormField("segment", "Customer segment", hint: "Who takes this journey, e.g. Residential customers"),
         FormField("description", "Description", .textarea(rows: 3))]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] { [] }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(item.name, url: Paths.journeyMap(slug, item.id)), .text(item.segment), .text(item.description)]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] { [] }

    static func afterSave(_ item: Item, slug: String) -> String { Paths.journeyMap(slug, item.id) }

    static func customShow(_ item: Item, _ ctx: OrgContext, _ req: Request) async throws -> Response? {
        let map = try await ctx.journeyMaps.map(item.id)
        let selected = req.queryValues["touchpoint"].flatMap(UUID.init(uuidString:))
        // Customer heat costs a few aggregate queries over feedback, so only its own view pays for them.
        let heat = req.queryValues["view"] == "heat"
            ? try await ctx.journeyMaps.heat(map) : nil
        let model = JourneyMapModel(map: map, slug: ctx.slug, selectedTouchpoint: selected, heat: heat)
        return req.page(JourneyMapView.render(model, shell: ctx.shell(map.journey.name, current: segment, notice: req.notice)))
    }

}

struct StagesResource: Resource {
    typealias Rules = StageRules
    static let singular = "stage", plural = "Stages"
    static let navSection = "journeys"
    static let emptyMessage = "No stages yet. Open a journey and add the stages a customer goes through."
    static let needs: Set<Lookups.Need> = [.journeys]
    static let columns = ["Stage", "Journey", "Position"]

    static func title(_ item: Item, _ lookups: Lookups) -> String { item.name }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("journey_id", "Journey", .select(lookups.journeyOptions, blank: "Choose a journey"), required: true),
         FormField("name", "Name", required: true),
         FormField("description", "Description", .textarea(rows: 3))]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("journey_id", "Journey", options: lookups.journeyOptions, selected: current["journey_id"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(item.name, url: Paths.item(slug, kind, item.id)),
         .link(lookups.journey(item.journeyID) ?? "—", url: Paths.journeyMap(slug, item.journeyID)), .text("\(item.position + 1)")]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Journey", .link(lookups.journey(item.journeyID) ?? "—", url: Paths.journeyMap(slug, item.journeyID))),
         Fact("Position", .text("\(item.position + 1)")),
         Fact("Description", item.description.isEmpty ? .muted("none") : .text(item.description))]
    }

    static func afterSave(_ item: Item, slug: String) -> String { Paths.journeyMap(slug, item.journeyID) }
    static func afterDelete(_ item: Item, slug: String) -> String { Paths.journeyMap(slug, item.journeyID) }

}
