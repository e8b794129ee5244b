import Domain
import Persistence
import Web

struct CustomersResource: Resource {
    typealias Rules = CustomerRules
    static let singular = "customer", plural = "Customers"
    static let emptyMessage = "No customers yet. Add the accounts you will talk to, with their contacts."
    static let needs: Set<Lookups.Need> = []
    static let columns = ["Account", "Segment", "Value tier"]

    static var defaults: FormInput { FormInput(single: ["value_tier": ValueTier.medium.rawValue]) }

    static func title(_ item: Item, _ lookups: Lookups) -> String { item.accountName }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("account_name", "Account name", required: true),
         FormField("segment", "Segment", hint: "e.g. Residential, Small business, Public sector"),
         .choice("value_tier", "Value tier", ValueTier.self)]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("value_tier", "Value tier", options: option(ValueTier.self), selected: current["value_tier"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(item.accountName, url: Paths.item(slug, kind, item.id)), .text(item.segment), .text(item.valueTier.label)]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Segment", item.segment.isEmpty ? .muted("not recorded") : .text(item.segment)),
         Fact("Value tier", .text(item.valueTier.label))]
    }

    static func sections(_ item: Item, _ lookups: Lookups, _ ctx: OrgContext) async throws -> [DetailSection] {
        let contacts = try await ctx.records(ContactsResource.self).all(filters: ListFilters(["customer_id": item.id.uuidString]))
        let trend = try await CustomerTimeline(ctx.scope).feelingTrend(item.id)
        return [DetailSection(title: "How things feel, check-in by check-in", columns: ["Trend"], rows: trend.map { [[.text($0)]] } ?? [],
                              emptyMessage: "No check-in has been held with this customer yet."),
                try await CustomerTimelineController.section(item.id, ctx),
                DetailSection(title: "Contacts", columns: ["Name", "Role", "Email"],
                              rows: contacts.map { [.link($0.name, url: Paths.item(ctx.slug, .contacts, $0.id)), .text($0.role), .text($0.email)] },
                              emptyMessage: "No contacts yet. Add the people you speak to at this account.",
                              action: ("Add contact", Paths.new(ctx.slug, .contacts, query: ["customer_id": item.id.uuidString])))]
    }

}

struct ContactsResource: Resource {
    typealias Rules = ContactRules
    static let singular = "contact", plural = "Contacts"
    static let navSection = "customers"
    static let emptyMessage = "No contacts yet. Open a customer and add the people you speak to there."
    static let needs: Set<Lookups.Need> = [.customers]
    static let columns = ["Name", "Customer", "Role", "Email"]

    static func title(_ item: Item, _ lookups: Lookups) -> String { item.name }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("customer_id", "Customer", .select(lookups.customerOptions, blank: "Choose a customer"), required: true),
         FormField("name", "Name", required: true),
         FormField("role", "Role"),
         FormField("email", "Email", .email)]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("customer_id", "Customer", options: lookups.customerOptions, selected: current["customer_id"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(item.name, url: Paths.item(slug, kind, item.id)),
         .link(lookups.customer(item.customerID) ?? "—", url: Paths.item(slug, .customers, item.customerID)),
         .text(item.role), .text(item.email)]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Customer", .link(lookups.customer(item.customerID) ?? "—", url: Paths.item(slug, .customers, item.customerID))),
         Fact("Role", item.role.isEmpty ? .muted("not recorded") : .text(item.role)),
         Fact("Email", item.email.isEmpty ? .muted("not recorded") : .text(item.email))]
    }

    static func afterSave(_ item: Item, slug: String) -> String { Paths.item(slug, .customers, item.customerID) }
    static func afterDelete(_ item: Item, slug: String) -> String { Paths.item(slug, .customers, item.customerID) }
}
