import Domain
import Plot

/// One input on a form, described independently of how it is drawn.
public struct FormField: Sendable {
    public struct Option: Sendable, Equatable {
        public let value: String
        public let label: String
        /// Options sharing a group are drawn under one heading (e.g. the journey of a stage).
        public let group: String?

        public init(_ value: String, _ label: String, group: String? = nil) {
            self.value = value
            self.label = label
            self.group = group
        }
    }

    public enum Kind: Sendable {
        case text, email, number, date, password
        /// A number that may have decimals, written with a point.
        case decimal
        case textarea(rows: Int)
        case select([Option], blank: String?)
        case checkbox
        case checkboxes([Option])
    }

    public let name: String
    public let label: String
    public let kind: Kind
    public let hint: String?
    public let required: Bool

    public init(_ name: String, _ label: String, _ kind: Kind = .text, hint: String? = nil, required: Bool = false) {
        self.name = name
        self.label = label
        self.kind = kind
        self.hint = hint
        self.required = required
    }

    public static func choice<C: Choice>(_ name: String, _ label: String, _ type: C.Type, hint: String? = nil) -> FormField {
        FormField(name, label, .select(type.options.map { Option($0.value, $0.label) }, blank: nil), hint: hint, required: true)
    }
}

/// A whole form page: fields, current values and any messages from a failed attempt.
public struct FormModel: Sendable {
    public var title: String
    public var lead: String?
    public var action: String
    public var submitLabel: String
    /// Where Cancel leads; nil for forms with nowhere to go back to, such as signing in.
    public var cancelURL: String?
    public var fields: [FormField]
    public var values: FormInput
    public var errors: [FieldError]
    /// Values carried through the form unseen, e.g. where to go after signing in.
    public var hiddenFields: [String: String] = [:]
    /// A second button sending the same fields elsewhere, e.g. to preview before saving.
    public var secondaryAction: (label: String, url: String)?

    public init(title: String, lead: String? = nil, action: String, submitLabel: String, cancelURL: String?,
                fields: [FormField], values: FormInput, errors: [FieldError] = []) {
        self.title = title
        self.lead = lead
        self.action = action
        self.submitLabel = submitLabel
        self.cancelURL = cancelURL
        self.fields = fields
        self.values = values
        self.errors = errors
    }
}

public enum FormView {
    public static func render(_ model: FormModel, shell: PageShell) -> String {
        shell.render([pageHeading(model.title, lead: model.lead), form(model)])
    }

    /// The form alone (error summary, fields, buttons), for pages that show more than one form.
    public static func form(_ model: FormModel) -> Node<HTML.BodyContext> {
        .group(
            .if(!model.errors.isEmpty, errorSummary(model)),
            .element(named: "form", nodes: [
                .class("record-form"), .attr("action", model.action), .attr("method", "post"), .attr("novalidate", "novalidate"),
                .group(model.hiddenFields.sorted { $0.key < $1.key }.map { key, value in
                    .element(named: "input", nodes: [.attr("type", "hidden"), .attr("name", key), .attr("value", value)])
                }),
                .group(model.fields.map { field(for: $0, in: model) }),
                .div(.class("form-actions"),
                     submitButton(model.submitLabel, primary: true),
                     .unwrap(model.secondaryAction) { action in
                         .element(named: "button", nodes: [.attr("type", "submit"), .attr("formaction", action.url), .class("button"),
                                                           .safe(action.label)])
                     },
                     .unwrap(model.cancelURL) { .link("Cancel", to: $0, class: "button") }),
            ]))
    }

    static func errorSummary(_ model: FormModel) -> Node<HTML.BodyContext> {
        let count = model.errors.count
        return .div(.class("error-summary"), .attr("role", "alert"), .attr("tabindex", "-1"),
            .h2(.text(count == 1 ? "Please correct 1 field" : "Please correct \(count) fields")),
            .ul(.forEach(model.errors) { error in
                .li(.link(error.message, to: "#field-\(error.field)"))
            }))
    }

    static func field(for field: FormField, in model: FormModel) -> Node<HTML.BodyContext> {
        let id = "field-\(field.name)"
        let error = model.errors.first { $0.field == field.name }?.message
        let described = [field.hint.map { _ in "hint-\(field.name)" }, error.map { _ in "error-\(field.name)" }]
            .compactMap { $0 }.joined(separator: " ")
        let common: [Node<HTML.BodyContext>] = [
            .attr("id", id), .attr("name", field.name),
            described.isEmpty ? .empty : .attr("aria-describedby", described),
            error == nil ? .empty : .attr("aria-invalid", "true"),
            field.required ? .attr("required", "required") : .empty,
        ]
        let value = model.values[field.name]
        return .div(.class(error == nil ? "field" : "field field--error"),
            label(field, id: id),
            .unwrap(field.hint) { .p(.class("hint"), .id("hint-\(field.name)"), .safe($0)) },
            .unwrap(error) { .p(.class("field-error"), .id("error-\(field.name)"), .safe($0)) },
            control(field, common: common, value: value, selected: model.values.fields[field.name] ?? [])
        )
    }

    static func label(_ field: FormField, id: String) -> Node<HTML.BodyContext> {
        if case .checkboxes = field.kind {
            return .p(.class("label"), .id("label-\(field.name)"), .safe(field.label))
        }
        if case .checkbox = field.kind { return .empty }
        return .element(named: "label", nodes: [.attr("for", id), .safe(field.label),
                                                 field.required ? .span(.class("required"), .text(" (required)")) : .empty])
    }

    static func control(_ field: FormField, common: [Node<HTML.BodyContext>], value: String,
                        selected: [String]) -> Node<HTML.BodyContext> {
        switch field.kind {
        case .text, .email, .number, .date:
            let type = switch field.kind { case .email: "email"; case .number: "number"; case .date: "date"; default: "text" }
            return .element(named: "input", nodes: common + [.attr("type", type), .attr("value", value)])
        case .decimal:
            // A number input would refuse 12.5 without a step and show 12,5 in some locales: text, with the decimal keypad on phones.
            return .element(named: "input", nodes: common + [.attr("type", "text"), .attr("inputmode", "decimal"), .attr("value", value)])
        case .password:
            // A password is never sent back to the browser, not even after a failed attempt.
            return .element(named: "input", nodes: common + [.attr("type", "password"), .attr("autocomplete", "current-password")])
        case .textarea(let rows):
            return .element(named: "textarea", nodes: common + [.attr("rows", String(rows)), .safe(value)])
        case .select(let options, let blank):
            var nodes = common
            if let blank { nodes.append(option("", blank, selected: value.isEmpty)) }
            nodes.append(contentsOf: grouped(options).map { group, items in
                let rendered = items.map { option($0.value, $0.label, selected: $0.value == value) }
                return group.map { .element(named: "optgroup", nodes: [.attr("label", $0)] + rendered) } ?? .group(rendered)
            })
            return .element(named: "select", nodes: nodes)
        case .checkbox:
            return .div(.class("checkbox"),
                .element(named: "input", nodes: common + [.attr("type", "checkbox"), .attr("value", "on"),
                                                          value.isEmpty ? .empty : .attr("checked", "checked")]),
                .element(named: "label", nodes: [.attr("for", "field-\(field.name)"), .safe(field.label)]))
        case .checkboxes(let options):
            return checkboxes(field, options, selected: selected)
        }
    }

    static func checkboxes(_ field: FormField, _ options: [FormField.Option], selected: [String]) -> Node<HTML.BodyContext> {
        .element(named: "fieldset", nodes: [.class("checkboxes"), .attr("aria-labelledby", "label-\(field.name)"),
            .group(grouped(options).map { group, items in
                .div(.class("checkbox-group"),
                     .unwrap(group) { .p(.class("checkbox-group-title"), .safe($0)) },
                     .group(items.enumerated().map { index, item in
                         let id = "field-\(field.name)-\(item.value)"
                         return .div(.class("checkbox"),
                             .element(named: "input", nodes: [.attr("type", "checkbox"), .attr("id", id),
                                 .attr("name", field.name), .attr("value", item.value),
                                 selected.contains(item.value) ? .attr("checked", "checked") : .empty]),
                             .element(named: "label", nodes: [.attr("for", id), .safe(item.label)]))
                     }))
            })])
    }

    static func option(_ value: String, _ label: String, selected: Bool) -> Node<HTML.BodyContext> {
        .element(named: "option", nodes: [.attr("value", value), selected ? .attr("selected", "selected") : .empty, .safe(label)])
    }

    /// Options in their given order, gathered under their group headings.
    static func grouped(_ options: [FormField.Option]) -> [(String?, [FormField.Option])] {
        var result: [(String?, [FormField.Option])] = []
        for option in options {
            if let last = result.indices.last, result[last].0 == option.group {
                result[last].1.append(option)
            } else {
                result.append((option.group, [option]))
            }
        }
        return result
    }
}

/// A submit button; forms are built as plain elements because Plot's form context
/// does not accept the body nodes used for fields.
public func submitButton(_ label: String, primary: Bool = false, danger: Bool = false) -> Node<HTML.BodyContext> {
    let classes = ["button", primary ? "button--primary" : nil, danger ? "button--danger" : nil].compactMap { $0 }
    return .element(named: "button", nodes: [.attr("type", "submit"), .attr("class", classes.joined(separator: " ")),
                                             .safe(label)])
}

/// A small POST form holding hidden fields and one button (delete, move up, …).
public func postButton(_ label: String, to url: String, fields: [String: String] = [:], danger: Bool = false,
                       accessibleLabel: String? = nil) -> Node<HTML.BodyContext> {
    .element(named: "form", nodes: [
        .class("inline-form"), .attr("action", url), .attr("method", "post"),
        .group(fields.sorted { $0.key < $1.key }.map { key, value in
            .element(named: "input", nodes: [.attr("type", "hidden"), .attr("name", key), .attr("value", value)])
        }),
        .element(named: "button", nodes: [
            .attr("type", "submit"), .attr("class", danger ? "button button--danger" : "button button--small"),
            accessibleLabel.map { .attr("aria-label", $0) } ?? .empty, .safe(label),
        ]),
    ])
}
