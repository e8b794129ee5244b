import Domain
import Foundation
import Plot

/// The initiatives a signed-in person owns or whose team owns them, and what their teams must learn.
public enum MyInitiativesPage {
    public static func render(_ model: MyInitiativesModel, shell: PageShell) -> String {
        let who: String
        if let name = model.personName {
            who = "Initiatives owned by \(name)" + (model.teamNames.isEmpty ? "." : " or by \(model.teamNames.joined(separator: ", ")).")
        } else if !model.teamNames.isEmpty {
            who = "Initiatives owned by the teams you lead: \(model.teamNames.joined(separator: ", "))."
        } else {
            who = "Your account's email matches nobody on the People list, so no initiative is yours yet. Ask an administrator to add you to People with the same email."
        }
        return shell.render([
            .p(.class("breadcrumb"), .link("← All initiatives", to: Paths.list(model.slug, .initiatives)), .text(" · "),
               .link("Board", to: Paths.page(model.slug, .board))),
            pageHeading("My initiatives", lead: who),
            .section(.class("detail-section"), .h2(.text("Initiatives")),
                     model.initiatives.isEmpty ? .p(.class("empty-state"), .text("Nothing here. Initiatives you or your team own appear here, soonest due first."))
                        : recordTable(["Initiative", "Status", "Owner", "Due", "Frictions"], model.initiatives)),
            .section(.class("detail-section"), .h2(.text("What your teams must learn")),
                     model.needs.isEmpty ? .p(.class("empty-state"), .text("No open capability needs for your teams."))
                        : recordTable(["Need", "Kind", "Team", "Initiative", "Due", "Status"], model.needs)),
        ])
    }
}
