import Domain
import Foundation
import Web

extension Fixture {
    /// Lists, forms, record pages, deletions and errors: the pages every kind of record shares.
    enum Common {
        static let journeyReportLeak = id(11), journeyMoveHouse = id(12), journeyBusiness = id(13)
        static let touchpointLeakLine = id(21), touchpointLeakForm = id(22), touchpointSiteVisit = id(23), touchpointBillLetter = id(24)
        static let teamBilling = id(31), teamContactCentre = id(32), teamFieldOps = id(33)
        static let personPriya = id(41), personTom = id(42), personGrace = id(43)
        static let frictionWait = id(51), frictionRepeat = id(52), frictionInbox = id(53)

        static var journeyOptions: [FormField.Option] {
            [.init(journeyReportLeak.uuidString, "Report a leak", group: "Residential customers"),
             .init(journeyMoveHouse.uuidString, "Move house", group: "Residential customers"),
             .init(journeyBusiness.uuidString, "Open a business account " + markup, group: "Business customers")]
        }

        static var teamOptions: [FormField.Option] {
            [.init(teamBilling.uuidString, "Billing"), .init(teamContactCentre.uuidString, "Contact centre"),
             .init(teamFieldOps.uuidString, "Field operations")]
        }

        /// Touchpoints grouped under "journey › stage", as the forms offer them.
        static var touchpointOptions: [FormField.Option] {
            [.init(touchpointLeakLine.uuidString, "Leak report line", group: "Report a leak › Report"),
             .init(touchpointLeakForm.uuidString, "Online leak form", group: "Report a leak › Report"),
             .init(touchpointSiteVisit.uuidString, "Site assessment visit", group: "Report a leak › Assess"),
             .init(touchpointBillLetter.uuidString, "First bill letter " + markup, group: "Move house › Settle in")]
        }

        // MARK: Lists

        /// Open frictions, page 2 of 3, filtered by status, with every kind of cell.
        static var frictionList: ListModel {
            let base = Paths.list(slug, .frictions)
            var model = ListModel(
                title: "Frictions", lead: "Where customers meet friction: on a touchpoint, a handoff, or a process or policy.",
                basePath: base, newURL: Paths.new(slug, .frictions), newLabel: "New friction",
                filters: [FilterControl("status", "Status", options: options(FrictionStatus.self), selected: "open"),
                          FilterControl("kind", "Kind", options: options(FrictionKind.self), selected: nil),
                          FilterControl("journey_id", "Journey", options: journeyOptions, selected: nil)],
                columns: ["Description", "Kind", "Severity", "Attached to", "Status", "Steps", "Decide"],
                rows: [
                    [.link("Callers wait 12 minutes at peak before anyone answers", url: Paths.item(slug, .frictions, frictionWait)),
                     .text("Wait"), .text("4"),
                     .group([.link("Leak report line", url: Paths.item(slug, .touchpoints, touchpointLeakLine)), .muted("Report a leak › Report")]),
                     .badge("Open", tone: .bad), .lines(["Customer calls", "Menu asks for the account number", "Queue"]),
                     .button("Mark addressed", url: Paths.item(slug, .frictions, frictionWait) + "/status", fields: ["status": "addressed", "return_to": base])],
                    [.link("Online reports sit in a shared inbox until someone calls back " + markup, url: Paths.item(slug, .frictions, frictionInbox)),
                     .text("Handoff"), .text("5"), .text("Online leak form → Leak report line"),
                     .badge("Open", tone: .bad), .lines([]), .muted("—")],
                    [.link("Customers are asked for the account number twice", url: Paths.item(slug, .frictions, frictionRepeat)),
                     .text("Repeat information"), .text("3"), .link("Leak report line", url: Paths.item(slug, .touchpoints, touchpointLeakLine)),
                     .badge("Open", tone: .warn), .prose("Seen on the secret-shopper call of 12 February.\nThe agent apologised twice."),
                     .muted("—")],
                ],
                page: 2, pageCount: 3, total: 57,
                emptyMessage: "No frictions recorded yet. Walk a journey as a customer would and note each place it is hard.",
                exportURL: Paths.export(slug, .frictions, query: ["status": "open"]))
            model.extraActions = [("Board", Paths.page(slug, .board))]
            return model
        }

        /// Nobody recorded yet and no filter chosen: the empty state says what to add first.
        static var emptyPeopleList: ListModel {
            ListModel(title: "People", lead: "Everyone who meets customers or works behind them.", basePath: Paths.list(slug, .people),
                      newURL: Paths.new(slug, .people), newLabel: "New person",
                      filters: [FilterControl("team_id", "Team", options: teamOptions, selected: nil)],
                      columns: ["Name", "Team", "Job title", "Email"], rows: [], page: 1, pageCount: 1, total: 0,
                      emptyMessage: "No people yet. Add the people who own touchpoints and handoffs, so each one has a name behind it.")
        }

        /// A filter that matches nothing: the empty state offers to clear the filters instead.
        static var filteredEmptyHandoffList: ListModel {
            ListModel(title: "Handoffs", basePath: Paths.list(slug, .handoffs), newURL: Paths.new(slug, .handoffs), newLabel: "New handoff",
                      filters: [FilterControl("journey_id", "Journey", options: journeyOptions, selected: journeyBusiness.uuidString),
                                FilterControl("owner", "Accountable", options: [.init("none", "Nobody (unowned)")], selected: "none")],
                      columns: ["From", "To", "Accountable", "Information passed on"], rows: [], page: 1, pageCount: 1, total: 0,
                      emptyMessage: "No handoffs yet.")
        }

        // MARK: Forms

        /// A blank form with every kind of field: choice, text, select, textareas, a date and grouped checkboxes.
        static var newProcessForm: FormModel {
            FormModel(title: "New process or policy", lead: "What stands behind a touchpoint: how the work is done, or the rule it follows.",
                      action: Paths.list(slug, .processes), submitLabel: "Save process or policy", cancelURL: Paths.list(slug, .processes),
                      fields: [
                        .choice("kind", "Kind", ProcessKind.self),
                        FormField("name", "Name", hint: "As the team calls it, e.g. “Leak triage”.", required: true),
                        FormField("owner_team_id", "Owner team", .select(teamOptions, blank: "No owner team")),
                        FormField("description", "Description", .textarea(rows: 4)),
                        FormField("steps", "Documented steps", .textarea(rows: 6), hint: "One step per line, in order."),
                        FormField("last_reviewed", "Last reviewed", .date),
                        FormField("review_every_months", "Review every (months)", .number),
                        FormField("touchpoint_ids", "Touchpoints", .checkboxes(touchpointOptions),
                                  hint: "The touchpoints this process or policy stands behind."),
                      ],
                      values: FormInput(single: ["kind": "process"]))
        }

        /// A failed attempt: values come back, each bad field says what is wrong, and the summary links to it.
        static var handoffFormWithErrors: FormModel {
            var values = FormInput(single: [
                "from_touchpoint_id": touchpointLeakForm.uuidString, "to_touchpoint_id": touchpointLeakForm.uuidString,
                "accountable_team_id": teamContactCentre.uuidString, "accountable_person_id": personPriya.uuidString,
                "information": "Form answers: address, photos " + markup, "customer_repeats": "on",
            ])
            values.fields["unused"] = ["ignored"]
            return FormModel(
                title: "New handoff", action: Paths.list(slug, .handoffs), submitLabel: "Save handoff", cancelURL: Paths.list(slug, .handoffs),
                fields: [
                    FormField("from_touchpoint_id", "From touchpoint", .select(touchpointOptions, blank: "Choose a touchpoint"), required: true),
                    FormField("to_touchpoint_id", "To touchpoint", .select(touchpointOptions, blank: "Choose a touchpoint"), required: true),
                    FormField("accountable_team_id", "Accountable team", .select(teamOptions, blank: "Nobody"),
                              hint: "One accountable owner: a team or a person. Leave both empty to record an unowned handoff."),
                    FormField("accountable_person_id", "Accountable person",
                              .select([.init(personPriya.uuidString, "Priya Shah"), .init(personTom.uuidString, "Tom O'Neill")], blank: "Nobody")),
                    FormField("information", "Information passed on", .textarea(rows: 3)),
                    FormField("customer_repeats", "The customer has to repeat information here", .checkbox),
                ],
                values: values,
                errors: [FieldError(field: "to_touchpoint_id", message: "To touchpoint must differ from the touchpoint the handoff starts at."),
                         FieldError(field: "accountable_person_id", message: "Choose one accountable owner: a team or a person, not both.")])
        }

        /// Signing in: no cancel, a hidden return address, and a password that is never sent back.
        static var signInForm: FormModel {
            var form = FormModel(title: "Sign in to Align", action: Paths.signIn, submitLabel: "Sign in", cancelURL: nil,
                                 fields: [FormField("email", "Email", .email, required: true),
                                          FormField("password", "Password", .password, required: true)],
                                 values: FormInput(single: ["email": "ana.ruiz@riverbendwater.example", "password": "hunter2-never-shown"]),
                                 errors: [FieldError(field: "password", message: "That email and password do not match an account.")])
            form.hiddenFields = ["next": "/orgs/riverbend-water/journeys?view=heat&x=\"" + markup + "\"", "csrf": "c5f0e1"]
            return form
        }

        // MARK: Record pages

        static var billingTeam: DetailModel {
            DetailModel(
                title: "Billing", kindLabel: "Team",
                facts: [Fact("Function", .text("Billing / finance")),
                        Fact("Parent team", .link("Customer operations", url: Paths.item(slug, .teams, id(34)))),
                        Fact("Touchpoints owned", .text("4")),
                        Fact("Notes", .prose("Works Monday to Friday, 8:00–18:00.\nOut of hours, leak allowances wait for the next day " + markup))],
                sections: [
                    DetailSection(title: "People", columns: ["Name", "Job title", "Email"],
                                  rows: [[.link("Grace Mensah", url: Paths.item(slug, .people, personGrace)), .text("Billing team lead"),
                                          .text("grace.mensah@riverbendwater.example")],
                                         [.link("Tom O'Neill", url: Paths.item(slug, .people, personTom)), .text("Billing adviser"), .muted("—")]],
                                  emptyMessage: "Nobody in this team yet.",
                                  action: ("Add person", Paths.new(slug, .people, query: ["team_id": teamBilling.uuidString]))),
                    DetailSection(title: "Touchpoints it owns", columns: ["Touchpoint", "Journey › stage", "Open frictions"],
                                  rows: [[.link("First bill letter", url: Paths.item(slug, .touchpoints, touchpointBillLetter)),
                                          .text("Move house › Settle in"), .badge("2 open", tone: .warn)]],
                                  emptyMessage: "This team owns no touchpoint."),
                    DetailSection(title: "Processes and policies it owns", columns: ["Name", "Kind"], rows: [],
                                  emptyMessage: "No process or policy names this team as its owner.",
                                  action: ("New process or policy", Paths.new(slug, .processes))),
                ],
                editURL: Paths.edit(slug, .teams, teamBilling), deleteURL: Paths.delete(slug, .teams, teamBilling),
                backLink: ("Teams", Paths.list(slug, .teams)))
        }

        static var deleteTeam: ConfirmDeleteModel {
            ConfirmDeleteModel(title: "Delete the team “Contact centre”?",
                               consequences: ["2 people lose their team; they stay on the People list.",
                                              "The handoff “Online leak form → Leak report line” becomes unowned.",
                                              "Its note “" + markup + "” is deleted with it."],
                               blocker: nil, action: Paths.delete(slug, .teams, teamContactCentre),
                               cancelURL: Paths.item(slug, .teams, teamContactCentre))
        }

        static var deleteBlockedTeam: ConfirmDeleteModel {
            ConfirmDeleteModel(title: "Delete the team “Field operations”?", consequences: ["Never shown while blocked."],
                               blocker: "It owns 6 touchpoints on “Report a leak”. Give them another owning team first " + markup + ".",
                               action: Paths.delete(slug, .teams, teamFieldOps), cancelURL: Paths.item(slug, .teams, teamFieldOps))
        }

        // MARK: Export

        static let exportColumns = ["Customer", "What they said", "NPS", "Steps", "Where", "Action"]

        /// Cells a spreadsheet would misread: formulas, commas, quotes, line breaks, and cells with no text.
        static var exportRows: [[Cell]] {
            [[.link("Hill & Sons Bakery", url: Paths.item(slug, .customers, id(61))),
              .prose("=HYPERLINK(\"http://evil.example\",\"Click\")"), .text("3"), .lines(["Called", "Waited 40 min", "Hung up"]),
              .group([.text("Leak report line"), .muted("Report a leak")]), .button("Confirm", url: "/x", fields: [:])],
             [.text("—"), .text("Said \"the bill is estimated, again\", and that a meter reader never came"), .text("-2"), .lines([]),
              .badge("Open", tone: .bad), .text("+44 1632 960000")],
             [.muted("@riverbend_resident"), .prose("Line one\nline two " + markup), .muted("—"), .lines(["Only step"]),
              .link("Online leak form", url: "/y"), .text("\tTabbed")]]
        }
    }
}
