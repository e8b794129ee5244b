import Domain
import Foundation
import Plot

/// A team's charter as a poster page: the poster, and above it (not printed) the choice of paper size.
public enum PosterView {
    public static func render(_ model: PosterModel, shell: PageShell) -> String {
        shell.render([
            .div(.class("poster-tools"),
                 .p(.class("breadcrumb"), .link("← Charter of \(model.teamName)", to: Paths.page(model.slug, .teamCharter(.value(model.teamID), .show)))),
                 .h1(.safe("Poster of \(model.teamName)'s charter")),
                 .p(.safe("Laid out for one \(model.size.label) portrait page: print it from your browser (Ctrl+P or ⌘P). "), .text("Paper: "),
                    .group(PosterModel.Size.allCases.map { size in
                        size == model.size ? .strong(.text(size.label + " ")) : .group(.link(size.label, to: path(model, size)), .text(" "))
                    })),
                 .if(model.overflows, .p(.class("warning"), .safe("This charter says more than one page holds, even in the smallest type: "
                     + "its last lines will be cut. Shorten or merge its commitments."))),
                 .if(model.commitments.isEmpty, .p(.class("empty-state"), .safe("The team has no commitments yet: the poster shows only the organization's purpose and promise.")))),
            poster(model),
        ])
    }

    /// The poster itself; the strategy wall shows the same, smaller.
    static func poster(_ model: PosterModel, onWall: Bool = false) -> Node<HTML.BodyContext> {
        .element(named: "article", nodes: [
            .class("poster poster--\(model.size.rawValue) poster--\(model.density)" + (onWall ? " poster--wall" : "")),
            .attr("aria-label", "Charter poster of \(model.teamName)"),
            .header(.class("poster-head"),
                    .p(.class("poster-org"), .safe(model.organizationName)),
                    onWall ? .h3(.class("poster-team"), .link(model.teamName, to: Paths.page(model.slug, .teamCharter(.value(model.teamID), .show))))
                        : .h2(.class("poster-team"), .safe(model.teamName)),
                    .p(.class("poster-purpose"), .strong("Our purpose: "), .safe(model.purpose.isEmpty ? "not written yet" : model.purpose)),
                    .p(.class("poster-promise"), .strong("Our promise to customers: "), .safe(model.brandPromise.isEmpty ? "not written yet" : model.brandPromise))),
            model.commitments.isEmpty ? .p(.class("muted"), .text("No commitments yet.")) : .group(
                .p(.class("poster-lead"), .text("What we do every day to bring it to life:")),
                .ol(.class("poster-commitments"), .forEach(model.commitments) { commitment in
                    .li(.p(.class("poster-commitment"), .safe(commitment.text)),
                        .p(.class("poster-goals"), .safe("Serves: " + commitment.goals.joined(separator: " · "))))
                })),
        ])
    }

    static func path(_ model: PosterModel, _ size: PosterModel.Size) -> String {
        Paths.page(model.slug, .teamCharter(.value(model.teamID), .poster), query: ["size": size.rawValue])
    }
}
