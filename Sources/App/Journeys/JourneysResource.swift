import Domain
import Persistence
import Vapor
import Web

struct JourneysResource: Resource {
    typealias Record = JourneyRecord
    static let kind = RecordKind.journeys, singular = "journey", plural = "Journeys"
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
    static func references(_ content: Journey) -> [Reference] { [] }

    static func afterSave(_ item: Item, slug: String) -> String { Paths.journeyMap(slug, item.id) }

    static func customShow(_ record: JourneyRecord, _ ctx: OrgContext, _ req: Request) async throws -> Response? {
        guard let map = try await JourneyMapQuery.load(journeyID: record.stored.id, organizationID: ctx.id, on: ctx.db) else {
            throw Abort(.notFound)
        }
        let selected = req.queryValues["touchpoint"].flatMap(UUID.init(uuidString:))
        // Customer heat costs a few aggregate queries over feedback, so only its own view pays for them.
        let heat = req.queryValues["view"] == "heat"
            ? try await CustomerHeatQuery.load(journeyID: map.journey.id, organizationID: ctx.id, on: ctx.db) : nil
        let model = JourneyMapModel(map: map, slug: ctx.slug, selectedTouchpoint: selected, heat: heat)
        return req.page(JourneyMapView.render(model, shell: ctx.shell(map.journey.name, current: segment, notice: req.notice)))
    }

    static func deletionConsequences(_ record: JourneyRecord, _ ctx: OrgContext) async throws -> [String] {
        let filter = ListFilters(["journey_id": record.stored.id.uuidString])
        let stages = try await ctx.store(StageRecord.self).all(filters: filter).count
        let touchpoints = try await ctx.store(TouchpointRecord.self).all(filters: filter).count
        let handoffs = try await ctx.store(HandoffRecord.self).all(filters: filter).count
        return ["Its \(counted(stages, "stage")), \(counted(touchpoints, "touchpoint")) and \(counted(handoffs, "handoff")) are deleted too.",
                "Friction points recorded on those touchpoints and handoffs are deleted.",
                "Processes and policies stay; they are only unlinked from its touchpoints."]
    }
}

struct StagesResource: Resource {
    typealias Record = StageRecord
    static let kind = RecordKind.stages, singular = "stage", plural = "Stages"
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

    static func references(_ content: Stage) -> [Reference] {
        [Reference(field: "journey_id", label: "Journey", kind: .journeys, id: content.journeyID)]
    }

    static func afterSave(_ item: Item, slug: String) -> String { Paths.journeyMap(slug, item.journeyID) }
    static func afterDelete(_ item: Item, slug: String) -> String { Paths.journeyMap(slug, item.journeyID) }

    static func deletionConsequences(_ record: StageRecord, _ ctx: OrgContext) async throws -> [String] {
        let count = try await ctx.store(TouchpointRecord.self).all(filters: ListFilters(["stage_id": record.stored.id.uuidString])).count
        return ["Its \(counted(count, "touchpoint")), their handoffs and the frictions recorded on them are deleted too."]
    }
}
