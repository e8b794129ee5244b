import Domain
import Foundation

/// What Riverbend's teams committed to in their charters, each commitment serving named goals on the
/// touchpoints customers meet. Enterprise Architecture's charter touches nothing customers meet yet:
/// the gap the charter pages show. Billing's last review found neither of
/// its commitments kept, which its Core health shows.
extension RiverbendWater {
    static let firstContact = "Resolve it at the first contact", informed = "Keep customers informed without them chasing"
    static let leaks = "Find and fix leaks faster", bills = "Bills customers understand"

    static let commitments: [DemoCommitment] = [
        DemoCommitment(team: "contact-centre", text: "We call back within the slot we offered.", goals: [firstContact, informed],
                       touchpoints: ["bq-billing-callback", "leak-follow-up"], measure: "Callbacks made inside the offered slot, weekly"),
        DemoCommitment(team: "contact-centre", text: "Whoever answers owns the question until the customer says it is sorted.", goals: [firstContact],
                       touchpoints: ["bq-call", "leak-call", "nc-enquiry-call"], measure: "First-contact resolution by channel"),
        DemoCommitment(team: "billing", text: "We explain every corrected bill in plain words before it is sent.", goals: [bills],
                       touchpoints: ["bq-corrected-bill"], measure: "Billing queries per 1,000 bills", status: .missed),
        DemoCommitment(team: "billing", text: "We offer a payment plan at the first sign someone is struggling.", goals: [bills, firstContact],
                       touchpoints: ["bq-payment-plan"], measure: "Plans set up in the first contact", status: .partly),
        DemoCommitment(team: "field-ops", text: "We text the customer when the crew is on its way and when supply is back.", goals: [informed, leaks],
                       touchpoints: ["leak-job-email", "leak-restored-notice"], measure: "Jobs with both messages sent"),
        DemoCommitment(team: "field-ops", text: "We triage every reported leak within two hours.", goals: [leaks],
                       touchpoints: ["leak-triage"], measure: "Share of leaks triaged within two hours"),
        DemoCommitment(team: "metering", text: "We read the meter rather than estimate when a customer disputes a bill.", goals: [bills],
                       touchpoints: ["bq-meter-read"], measure: "Estimated reads as a share of bills"),
        DemoCommitment(team: "new-connections", text: "We confirm the connection date in writing the day it is booked.", goals: [informed],
                       touchpoints: ["nc-booking-call", "nc-quote-letter"], measure: "Bookings confirmed the same day"),
        DemoCommitment(team: "marketing", text: "We tell customers about planned works before the road closes.", goals: [informed],
                       touchpoints: ["leak-repair"], measure: "Closures announced 48 hours ahead"),
        DemoCommitment(team: "digital", text: "The app shows the same balance and job status the advisors see.", goals: [informed, bills],
                       touchpoints: ["bq-app-balance", "leak-job-email"], measure: "Status mismatches reported per month"),
        DemoCommitment(team: "leadership", text: "We review first-contact resolution with every team each month.", goals: [firstContact],
                       measure: "Monthly reviews held"),
        DemoCommitment(team: "hr", text: "We train every new advisor on the calls customers make most before they take one alone.", goals: [firstContact],
                       touchpoints: ["bq-call", "leak-call"], measure: "New advisors trained before their first solo call"),
        DemoCommitment(team: "enterprise-architecture", text: "We keep billing and field systems in step overnight.", goals: [bills, leaks],
                       measure: "Sync failures per week", status: .notAssessed),
    ]
}
