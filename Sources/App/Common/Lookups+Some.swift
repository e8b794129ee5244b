import Domain
import Foundation
import Persistence

extension Lookups {
    /// Only the records among `ids` (and the stages and journeys of the touchpoints and stages found), for
    /// pages that show a bounded number of rows: the same names, without reading a whole large list.
    static func load(_ needs: Set<Need>, _ ctx: OrgContext, only ids: Set<UUID>) async throws -> Lookups {
        try await load(needs, scope: ctx.scope, only: ids)
    }

    static func load(_ needs: Set<Need>, scope: OrgScope, only ids: Set<UUID>) async throws -> Lookups {
        var lookups = Lookups()
        if needs.contains(.teams) { lookups.teams = try await Records<TeamsResource.Rules>(scope).some(ids) }
        if needs.contains(.people) { lookups.people = try await Records<PeopleResource.Rules>(scope).some(ids) }
        if needs.contains(.goals) { lookups.goals = try await Records<GoalsResource.Rules>(scope).some(ids) }
        if needs.contains(.customers) { lookups.customers = try await Records<CustomersResource.Rules>(scope).some(ids) }
        if needs.contains(.changes) { lookups.changes = try await Records<PlannedChangesResource.Rules>(scope).some(ids) }
        if needs.contains(.conversations) { lookups.conversations = try await Records<ConversationsResource.Rules>(scope).some(ids) }
        if needs.contains(.initiatives) { lookups.initiatives = try await Records<InitiativesResource.Rules>(scope).some(ids) }
        if needs.contains(.frictions) { lookups.frictions = try await Records<FrictionsResource.Rules>(scope).some(ids) }
        if needs.contains(.touchpoints) { lookups.touchpoints = try await Records<TouchpointsResource.Rules>(scope).some(ids) }
        if needs.contains(.stages) {
            lookups.stages = try await Records<StagesResource.Rules>(scope).some(ids.union(lookups.touchpoints.map(\.stageID)))
        }
        if needs.contains(.journeys) {
            lookups.journeys = try await Records<JourneysResource.Rules>(scope).some(ids.union(lookups.stages.map(\.journeyID)))
        }
        if needs.contains(.themes) { lookups.themes = try await FeedbackInsights(scope).themeNames() }
        return lookups
    }

    /// Choices for list filters: short lists whole; customers and touchpoints only while there are few enough
    /// to choose from in a list (otherwise only the chosen one, so the filter still says what it is set to).
    static func forFilters(_ needs: Set<Need>, _ ctx: OrgContext, selected: Set<UUID>) async throws -> Lookups {
        var lookups = try await load(needs.subtracting([.customers, .touchpoints, .stages, .journeys]), ctx)
        if needs.contains(.customers) {
            let records = ctx.records(CustomersResource.self)
            lookups.customers = try await records.count() <= filterChoicesLimit ? records.all() : records.some(selected)
        }
        if needs.contains(.touchpoints) {
            let records = ctx.records(TouchpointsResource.self)
            let few = try await records.count() <= filterChoicesLimit
            let named = try await load([.touchpoints, .stages, .journeys], ctx, only: few ? [] : selected)
            lookups.touchpoints = few ? try await records.all() : named.touchpoints
            lookups.stages = few ? try await ctx.records(StagesResource.self).all() : named.stages
        }
        if needs.contains(.journeys) { lookups.journeys = try await ctx.records(JourneysResource.self).all() }
        return lookups
    }

    /// The most choices a filter lists.
    static let filterChoicesLimit = 500

    /// Every id named in the records' fields: what their rows may show the name of.
    static func referencedIDs(_ inputs: [FormInput]) -> Set<UUID> {
        Set(inputs.flatMap { $0.fields.values.flatMap { $0.compactMap(UUID.init(uuidString:)) } })
    }
}
