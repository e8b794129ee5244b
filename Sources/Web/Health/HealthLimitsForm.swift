import Domain
import Foundation

/// The organization's 4C health limits as a form: one field per figure that marks a sign of misalignment.
public enum HealthLimitsForm {
    public static func model(slug: String, values: FormInput, errors: [FieldError]) -> FormModel {
        FormModel(
            title: "4C health limits",
            lead: "A team's experience shows a sign of misalignment when one of its figures is past its limit. The same limits apply to every team "
                + "and to the whole organization; pulse scores are compared only where enough people answered.",
            action: Paths.page(slug, .healthLimits), submitLabel: "Save limits", cancelURL: Paths.page(slug, .health),
            fields: [FormField("favourable_below", "Pulse score below (% favourable)", .number, required: true),
                     FormField("nps_below", "NPS on a team's touchpoints below", .number, hint: "From -100 to 100.", required: true),
                     FormField("open_frictions_above", "Open friction points on a team's touchpoints above", .number, required: true),
                     FormField("leaver_rate_above", "Leavers in twelve months above (% of headcount)", .number, required: true),
                     FormField("community_issues_above", "Handoff problems and escalations (90 days) above", .number, required: true),
                     FormField("commitments_kept_below", "Charter commitments kept below (% of those assessed)", .number, required: true)],
            values: values, errors: errors)
    }
}
