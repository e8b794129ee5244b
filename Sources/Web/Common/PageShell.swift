import Plot

/// The organization a page belongs to, for its navigation.
public struct OrganizationNav: Sendable, Equatable {
    public let name: String
    public let slug: String
    /// The navigation segment of the current page, e.g. "journeys"; "" for the overview.
    public let current: String
    /// Whether the signed-in person may open the audit log.
    public let canSeeAudit: Bool
    /// Unread reminders in the signed-in person's inbox.
    public let unreadInbox: Int

    public init(name: String, slug: String, current: String, canSeeAudit: Bool = false, unreadInbox: Int = 0) {
        self.name = name
        self.slug = slug
        self.current = current
        self.canSeeAudit = canSeeAudit
        self.unreadInbox = unreadInbox
    }

    /// The sections in the navigation: the name pages give as `current`, the label, the address.
    static let sections: [(name: String, label: String, path: OrgPath)] = [
        ("", "Overview", .root), ("journeys", "Journeys", .records(.journeys)), ("conversations", "Conversations", .records(.conversations)),
        ("feedback", "Feedback", .records(.feedback)), ("legitimize", "Legitimize", .legitimize), ("initiatives", "Initiatives", .records(.initiatives)),
        ("changes", "Changes", .records(.changes)),
        ("nurture", "Nurture", .nurture), ("touchpoints", "Touchpoints", .records(.touchpoints)), ("handoffs", "Handoffs", .records(.handoffs)),
        ("frictions", "Frictions", .records(.frictions)), ("processes", "Processes & policies", .records(.processes)), ("systems", "Systems", .records(.systems)), ("teams", "Teams", .records(.teams)),
        ("people", "People", .records(.people)), ("goals", "Strategy goals", .records(.goals)),
        ("commitments", "Charters", .records(.commitments)), ("pulses", "Pulses", .records(.pulses)), ("health", "4C health", .health), ("metrics", "KPIs", .records(.kpis)),
        ("centricity", "Centricity", .centricity),
        ("customers", "Customers", .records(.customers)),
    ]
}

/// Who is signed in, for the header.
public struct AccountNav: Sendable, Equatable {
    public let name: String

    public init(name: String) {
        self.name = name
    }
}

/// The frame around every page: head, skip link, navigation, main content.
public struct PageShell: Sendable {
    public var title: String
    public var organization: OrganizationNav?
    public var account: AccountNav?
    /// A one-line confirmation shown above the content, e.g. after saving.
    public var notice: String?
    /// Reload the page every so many seconds, for pages that follow work in progress (no script needed).
    public var refreshSeconds: Int?

    public init(title: String, organization: OrganizationNav? = nil, account: AccountNav? = nil, notice: String? = nil) {
        self.title = title
        self.organization = organization
        self.account = account
        self.notice = notice
    }

    public func render(_ content: [Node<HTML.BodyContext>]) -> String {
        let html = HTML(
            .lang(.english),
            .head(
                .encoding(.utf8),
                .viewport(.accordingToDevice),
                .element(named: "title", nodes: [.safe(title + " · Align")]),
                .stylesheet(Paths.stylesheet),
                .unwrap(refreshSeconds) { .meta(.attribute(named: "http-equiv", value: "refresh"), .content(String($0))) }
            ),
            .body(
                .a(.class("skip-link"), .href("#main"), .text("Skip to content")),
                header,
                .element(named: "main", nodes: [
                    .id("main"),
                    .attr("tabindex", "-1"),
                    .unwrap(notice) { .p(.class("notice"), .attr("role", "status"), .safe($0)) },
                    .group(content),
                ])
            )
        )
        return html.render()
    }

    private var header: Node<HTML.BodyContext> {
        .header(.class("site-header"),
            .div(.class("brand-row"),
                .link("Align", to: Paths.organizations, class: "brand"),
                .unwrap(organization) { org in
                    .link(org.name, to: Paths.organization(org.slug), class: "org-name")
                },
                .unwrap(account) { account in
                    .div(.class("account"),
                         .span(.class("account-name"), .safe(account.name)),
                         .link("Change password", to: Paths.changePassword),
                         .unwrap(organization) { org in
                             .link(org.unreadInbox > 0 ? "Inbox (\(org.unreadInbox) new)" : "Inbox", to: Paths.page(org.slug, .inbox))
                         },
                         .unwrap(organization) { .link("API tokens", to: Paths.page($0.slug, .tokens)) },
                         .unwrap(organization) { org in
                             .if(org.canSeeAudit, .group(.link("Members", to: Paths.page(org.slug, .members)),
                                                         .link("Audit log", to: Paths.page(org.slug, .audit))))
                         },
                         postButton("Sign out", to: Paths.signOut))
                }
            ),
            .unwrap(organization) { org in
                .nav(.attr("aria-label", "Sections"), .ul(.class("nav"), .forEach(OrganizationNav.sections) { section in
                    let url = Paths.page(org.slug, section.path)
                    let isCurrent = section.name == org.current
                    return .li(.element(named: "a", nodes: [
                        .attr("href", url),
                        isCurrent ? .attr("aria-current", "page") : .empty,
                        .safe(section.label),
                    ]))
                }))
            }
        )
    }
}

/// A page header: title, an optional lead paragraph and action links/buttons.
public func pageHeading(_ title: String, lead: String? = nil, actions: [Node<HTML.BodyContext>] = []) -> Node<HTML.BodyContext> {
    .div(.class("page-heading"),
        .div(.h1(.safe(title)), .unwrap(lead) { .p(.class("lead"), .safe($0)) }),
        .if(!actions.isEmpty, .div(.class("actions"), .group(actions)))
    )
}

/// A link styled as a button.
public func buttonLink(_ text: String, to url: String, primary: Bool = false) -> Node<HTML.BodyContext> {
    .link(text, to: url, class: primary ? "button button--primary" : "button")
}
