import Domain
import Foundation
import Plot

public enum ImportsView {
    public static func list(_ model: ImportsListModel, shell: PageShell) -> String {
        let imports = model.imports, slug = model.slug, page = model.page, pageCount = model.pageCount, total = model.total,
            canImport = model.canImport
        let rows: [[Cell]] = imports.map { item in
            [.link(item.fileName, url: Paths.feedbackImport(slug, item.id)), .badge(item.statusLabel, tone: item.tone),
             .text(item.started), .text("\(item.imported)"), .text("\(item.duplicates)"), .text("\(item.rejected)")]
        }
        return shell.render([
            .p(.class("breadcrumb"), .link("← Feedback", to: Paths.list(slug, .feedback))),
            pageHeading("Feedback imports", lead: "Survey answers and tickets, imported from CSV or Formbricks Hub JSON.",
                        actions: canImport ? [buttonLink("Import a file", to: Paths.page(slug, .newImport), primary: true)] : []),
            imports.isEmpty
                ? .p(.class("empty-state"), .text(canImport
                    ? "Nothing imported yet. Import a survey export (CSV) or Formbricks Hub records: you choose which column holds what, see the first rows, then Align imports the rest in the background."
                    : "Nothing imported yet. A CX lead or administrator can import survey exports here."))
                : recordTable(["File", "State", "Started", "Imported", "Duplicates skipped", "Rejected"], rows),
            .if(total > 0, .nav(.class("pager"), .attr("aria-label", "Pages"),
                .p(.text("Page \(page) of \(pageCount) · \(total) in all")),
                .if(page > 1, .link("← Previous", to: Paths.page(slug, .imports, query: ["page": "\(page - 1)"]), class: "button")),
                .if(page < pageCount, .link("Next →", to: Paths.page(slug, .imports, query: ["page": "\(page + 1)"]), class: "button")))),
        ])
    }

    /// The upload form; the file goes first to the server, then the columns are mapped.
    public static func upload(_ model: ImportUploadModel, shell: PageShell) -> String {
        let slug = model.slug, format = model.format, error = model.error
        return shell.render([
            .p(.class("breadcrumb"), .link("← Feedback imports", to: Paths.page(slug, .imports))),
            pageHeading("Import feedback", lead: "Step 1 of 2: choose the file. Next you say which column holds what and see the first rows before anything is stored."),
            .unwrap(error) { message in
                .div(.class("error-summary"), .attr("role", "alert"), .attr("tabindex", "-1"),
                     .h2(.text("The file was not accepted")), .p(.id("error-file"), .safe(message)))
            },
            .element(named: "form", nodes: [
                .class("record-form"), .attr("action", Paths.page(slug, .imports)), .attr("method", "post"),
                .attr("enctype", "multipart/form-data"), .attr("data-upload-progress", "true"),
                .div(.class("field"),
                     .element(named: "label", nodes: [.attr("for", "field-format"), .text("Format")]),
                     .element(named: "select", nodes: [.attr("id", "field-format"), .attr("name", "format"),
                        .group(ImportFormat.allCases.map { option in
                            .element(named: "option", nodes: [.attr("value", option.rawValue),
                                                              option == format ? .attr("selected", "selected") : .empty, .safe(option.label)])
                        })])),
                .div(.class(error == nil ? "field" : "field field--error"),
                     .element(named: "label", nodes: [.attr("for", "field-file"), .text("File")]),
                     .p(.class("hint"), .id("hint-file"),
                        .text("UTF-8 text, with or without a byte-order mark; any size. Excel workbooks: save as CSV UTF-8 first.")),
                     .element(named: "input", nodes: [.attr("id", "field-file"), .attr("name", "file"), .attr("type", "file"),
                                                      .attr("accept", ".csv,.txt,.json,.jsonl,text/csv,application/json"),
                                                      .attr("aria-describedby", error == nil ? "hint-file" : "hint-file error-file"),
                                                      .attr("required", "required")])),
                .div(.class("field"), .id("upload-status"), .attr("hidden", "hidden"), .attr("aria-live", "polite"),
                     .element(named: "label", nodes: [.id("upload-progress-label"), .attr("for", "upload-progress"), .text("Sending the file…")]),
                     .element(named: "progress", nodes: [.id("upload-progress"), .attr("max", "100"), .attr("value", "0"), .text("0%")])),
                .div(.class("form-actions"), submitButton("Upload and map columns", primary: true),
                     .link("Cancel", to: Paths.page(slug, .imports), class: "button")),
            ]),
            .element(named: "script", nodes: [.attr("src", Paths.uploadScript), .attr("defer", "defer")]),
        ])
    }
}
