import Plot

/// A labelled value on a record's page.
public struct Fact: Sendable {
    public let label: String
    public let value: Cell

    public init(_ label: String, _ value: Cell) {
        self.label = label
        self.value = value
    }
}

/// A titled block on a record's page, e.g. "Contacts" on a customer.
public struct DetailSection: Sendable {
    public let title: String
    public let rows: [[Cell]]
    public let columns: [String]
    public let emptyMessage: String
    public let action: (label: String, url: String)?

    public init(title: String, columns: [String], rows: [[Cell]], emptyMessage: String,
                action: (label: String, url: String)? = nil) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.emptyMessage = emptyMessage
        self.action = action
    }
}

public struct DetailModel: Sendable {
    public var title: String
    public var kindLabel: String
    public var facts: [Fact]
    public var sections: [DetailSection]
    public var editURL: String
    public var deleteURL: String
    public var backLink: (label: String, url: String)

    public init(title: String, kindLabel: String, facts: [Fact], sections: [DetailSection] = [], editURL: String,
                deleteURL: String, backLink: (label: String, url: String)) {
        self.title = title
        self.kindLabel = kindLabel
        self.facts = facts
        self.sections = sections
        self.editURL = editURL
        self.deleteURL = deleteURL
        self.backLink = backLink
    }
}

public enum DetailView {
    public static func render(_ model: DetailModel, shell: PageShell) -> String {
        shell.render([
            .p(.class("breadcrumb"), .link("← " + model.backLink.label, to: model.backLink.url)),
            pageHeading(model.title, lead: model.kindLabel, actions: [
                buttonLink("Edit", to: model.editURL, primary: true),
                buttonLink("Delete…", to: model.deleteURL),
            ]),
            .dl(.class("facts"), .forEach(model.facts) { fact in
                .group(.dt(.safe(fact.label)), .dd(fact.value.node))
            }),
            .group(model.sections.map(section)),
        ])
    }

    static func section(_ section: DetailSection) -> Node<HTML.BodyContext> {
        .section(.class("detail-section"),
            .div(.class("section-heading"), .h2(.safe(section.title)),
                 .unwrap(section.action) { buttonLink($0.label, to: $0.url) }),
            section.rows.isEmpty ? .p(.class("empty-state"), .safe(section.emptyMessage))
                : .div(.class("table-wrap"), .table(.class("records"),
                    .thead(.tr(.forEach(section.columns) { .th(.attr("scope", "col"), .safe($0)) })),
                    .tbody(.forEach(section.rows) { row in
                        .tr(.forEach(Array(zip(section.columns, row))) { column, cell in
                            .td(.attr("data-label", column), cell.node)
                        })
                    }))))
    }
}

/// The confirmation step before anything is deleted, or the explanation of why it cannot be.
public struct ConfirmDeleteModel: Sendable {
    public var title: String
    public var consequences: [String]
    /// When set, deletion is refused and this says why and what to do instead.
    public var blocker: String?
    public var action: String
    public var cancelURL: String

    public init(title: String, consequences: [String], blocker: String?, action: String, cancelURL: String) {
        self.title = title
        self.consequences = consequences
        self.blocker = blocker
        self.action = action
        self.cancelURL = cancelURL
    }
}

public enum ConfirmDeleteView {
    public static func render(_ model: ConfirmDeleteModel, shell: PageShell) -> String {
        shell.render([
            pageHeading(model.title),
            .unwrap(model.blocker) { .div(.class("error-summary"), .attr("role", "alert"),
                                          .h2(.text("This cannot be deleted yet")), .p(.safe($0))) },
            .if(model.blocker == nil, .group(
                .p(.text("This cannot be undone.")),
                .if(!model.consequences.isEmpty, .ul(.class("consequences"), .forEach(model.consequences) { .li(.safe($0)) })),
                .div(.class("form-actions"), postButton("Delete", to: model.action, danger: true),
                     .link("Cancel", to: model.cancelURL, class: "button"))
            )),
            .if(model.blocker != nil, .p(.link("Go back", to: model.cancelURL, class: "button"))),
        ])
    }
}

public enum ErrorPageView {
    /// A page with one message and a way back, e.g. after a password change.
    public static func renderMessage(title: String, message: String, shell: PageShell) -> String {
        shell.render([pageHeading(title), .p(.safe(message)), .p(.link("Continue", to: SiteURL.home.path, class: "button"))])
    }

    /// `requestID` is the request's id as the logs name it, for whoever looks into what went wrong.
    public static func render(status: Int, title: String, message: String, organization: OrganizationNav? = nil,
                              requestID: String? = nil) -> String {
        PageShell(title: title, organization: organization).render([
            pageHeading(title, lead: "Error \(status)"),
            .p(.safe(message)),
            .unwrap(requestID) { .p(.class("hint"), .safe("Reference for the administrator: request \($0)")) },
            .p(.link("Go to the start page", to: SiteURL.home.path, class: "button")),
        ])
    }
}
