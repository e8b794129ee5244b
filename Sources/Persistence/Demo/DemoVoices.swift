import Domain

/// A listening conversation for demo data: who was heard, when and how, the four guided prompts
/// as noted, and what was said split into items on the touchpoints they concern. Customers and
/// touchpoints are named by the demo organization's keys and account names, not ids.
public struct DemoConversationScript: Sendable {
    public var key: String
    /// A demo customer's account name.
    public var customer: String
    public var date: CalendarDate
    public var format: ConversationFormat
    public var worksWell: String
    public var doesNotWork: String
    public var mattersMost: String
    public var improvements: String
    public var items: [Item]

    public struct Item: Sendable {
        public var text: String
        public var kind: FeedbackKind
        /// Demo touchpoint keys, e.g. "leak-call".
        public var touchpointKeys: [String]
        /// The customer's own priority, 1 (nice to have) to 5 (matters most).
        public var priority: Int?

        public init(text: String, kind: FeedbackKind, touchpointKeys: [String], priority: Int? = nil) {
            self.text = text
            self.kind = kind
            self.touchpointKeys = touchpointKeys
            self.priority = priority
        }
    }

    public init(key: String, customer: String, date: CalendarDate, format: ConversationFormat,
                worksWell: String, doesNotWork: String, mattersMost: String, improvements: String, items: [Item]) {
        self.key = key
        self.customer = customer
        self.date = date
        self.format = format
        self.worksWell = worksWell
        self.doesNotWork = doesNotWork
        self.mattersMost = mattersMost
        self.improvements = improvements
        self.items = items
    }
}

/// What customers told the demo organizations in listening conversations. For Riverbend Water
/// they confirm several of the frictions the team found walking the journeys, raise some the team
/// had not recorded (being asked for the account number again after a transfer, whole-day visit
/// windows, no warning before the water goes off, low pressure after a repair, the app login,
/// payment plan letters) and say nothing about others. They use the same words as the survey
/// comments of `SyntheticFeedback`, so themes span both.
public enum DemoVoices {
    private typealias Item = DemoConversationScript.Item

    private static func works(_ text: String, _ keys: [String], _ priority: Int) -> Item {
        Item(text: text, kind: .worksWell, touchpointKeys: keys, priority: priority)
    }

    private static func friction(_ text: String, _ keys: [String], _ priority: Int) -> Item {
        Item(text: text, kind: .friction, touchpointKeys: keys, priority: priority)
    }

    private static func idea(_ text: String, _ keys: [String], _ priority: Int) -> Item {
        Item(text: text, kind: .suggestion, touchpointKeys: keys, priority: priority)
    }

    private static func ask(_ text: String, _ keys: [String], _ priority: Int) -> Item {
        Item(text: text, kind: .question, touchpointKeys: keys, priority: priority)
    }

    private static func talk(_ key: String, _ customer: String, _ date: String, _ format: ConversationFormat,
                             works: String, doesNot: String, matters: String, improve: String,
                             _ items: [Item]) -> DemoConversationScript {
        guard let day = CalendarDate(date) else { preconditionFailure("demo conversation \(key) has a bad date \(date)") }
        return DemoConversationScript(key: key, customer: customer, date: day, format: format, worksWell: works,
                                      doesNotWork: doesNot, mattersMost: matters, improvements: improve, items: items)
    }

    public static let riverbendConversations: [DemoConversationScript] = [
        talk("okafor-household-2026-01", "The Okafor household", "2026-01-14", .call,
             works: "The advisor who finally rang back was apologetic and clear.",
             doesNot: "Online leak report ignored over the weekend; asked for the location again; whole-day visit window.",
             matters: "Not losing a day's pay waiting in for an inspector.",
             improve: "Someone watching the online reports at weekends, and a shorter visit window.", [
                friction("Reported the leak online on the Friday night and nobody looked at it until Monday.", ["leak-web-form", "leak-triage"], 5),
                friction("When they rang back they asked for the location again, although I had put a pin on the map.", ["leak-triage"], 3),
                friction("Took a day off work for the visit window, 8am to 6pm, and the inspector came at ten past six.", ["leak-job-email", "leak-inspection"], 4),
             ]),
        talk("alder-street-bakery-2026-01", "Alder Street Bakery", "2026-01-21", .siteVisit,
             works: "The repair crew were quick and helpful once they arrived.",
             doesNot: "Long wait on the leaks line in the freeze; road closed at 6am with no warning to the shop.",
             matters: "Deliveries at dawn and customers able to reach the door.",
             improve: "Warn businesses before a road closure.", [
                friction("On hold for 40 minutes on the leaks line during the freeze, and the message never said anything about leaks.", ["leak-call"], 4),
                friction("The road closure went up at six in the morning with no warning, and our flour delivery could not get to the door.", ["leak-repair"], 5),
                works("Friendly engineer, quick repair once the crew arrived; they even moved the barrier so customers could reach the shop.", ["leak-repair"], 3),
                idea("Warn the businesses on the street the day before a planned road closure, even just by text.", ["leak-repair"], 4),
             ]),
        talk("st-catherines-hospital-2026-01", "St Catherine's Hospital", "2026-01-27", .video,
             works: "Honest, clear updates from the crew on site.",
             doesNot: "Estates team transferred twice before a leak on the hospital main was logged; not told when supply came back.",
             matters: "Patient safety: water to theatres and dialysis without interruption.",
             improve: "A direct line to network control for critical sites.", [
                friction("During the freeze our estates team was transferred between departments twice before anyone would log a leak on the hospital main.", ["leak-call"], 5),
                idea("Critical sites like ours need a direct line to network control, not the general leaks queue.", ["leak-call", "leak-triage"], 5),
                friction("Nobody told us when supply was restored; our engineers found out by checking the pressure gauges.", ["leak-restored-notice"], 4),
                works("Once the crew was on site we had clear information every hour, and honest answers.", ["leak-repair"], 2),
             ]),
        talk("riverside-launderette-2026-02", "Riverside Launderette", "2026-02-04", .siteVisit,
             works: "The payment plan conversation.",
             doesNot: "Estimated bills then a huge catch-up bill; five weeks for a special read; final notice during a dispute.",
             matters: "Cash flow: the machines run on water, and a surprise bill hurts.",
             improve: "Real meter readings, and no reminders while a bill is in dispute.", [
                friction("Three estimated bills in a row, then a catch-up bill for four thousand pounds.", ["bq-bill-arrives"], 5),
                friction("The special meter reading took five weeks and the reminder letters kept coming while we waited.", ["bq-meter-read"], 4),
                friction("We got a final notice while the bill was in dispute. I nearly switched the machines off.", ["bq-billing-callback"], 5),
                works("Tomás set up a payment plan for the catch-up amount in one call and was very kind about it.", ["bq-payment-plan"], 3),
             ]),
        talk("hartley-homes-2026-02", "Hartley Homes", "2026-02-10", .lunch,
             works: "Site survey team are organised.",
             doesNot: "Quotes late against the published ten days; 'connected in six weeks' is really twelve; the application form loses plans.",
             matters: "A build programme we can rely on; buyers move in on a fixed date.",
             improve: "A named contact from quote to meter fit, and honest lead times.", [
                friction("The quote for Meadow Rise took fifteen working days; your website says ten, and our build programme assumes ten.", ["nc-quote-letter"], 4),
                friction("The developer pack says connected in six weeks. On our last three sites it took eleven or twelve.", ["nc-booking-call", "nc-connection-works"], 5),
                friction("The online connection application timed out and lost the site plans twice.", ["nc-application-form"], 3),
                idea("Give us one named contact from quote to meter fit, so we are not transferred between departments every time we chase.", ["nc-booking-call"], 5),
                works("The site survey team were organised and briefed our site manager properly.", ["nc-site-survey"], 2),
             ]),
        talk("kettle-and-crumb-2026-02", "Kettle & Crumb Café", "2026-02-18", .coffee,
             works: "Direct debit is painless.",
             doesNot: "Chat hands over to the phone and everything starts again; long Monday waits; promised call back never came.",
             matters: "Time: every minute on hold is a minute away from the counter.",
             improve: "Let the chat see the account; keep promises about call backs.", [
                friction("The chat just gave me the billing line number, and on the phone I was asked for my account number again and had to explain twice.", ["bq-chat", "bq-call"], 4),
                friction("On hold for 40 minutes on the Monday after the bills came out.", ["bq-call"], 3),
                friction("Still waiting for a call back about the sewerage charge; they promised one within 48 hours.", ["bq-billing-callback"], 4),
                idea("Let the person in the chat see my account so I don't start from zero.", ["bq-chat"], 3),
             ]),
        talk("campbell-household-2026-02", "The Campbell household", "2026-02-25", .call,
             works: "The night crew.",
             doesNot: "Long wait on the leaks line during the freeze; not told when the water was back.",
             matters: "Knowing when the water will be back.",
             improve: "A text when supply is restored.", [
                friction("Burst pipe in the freeze and we were on hold for 50 minutes on the leaks line.", ["leak-call"], 4),
                friction("No water for three days and nobody told us when the supply was back on.", ["leak-restored-notice"], 4),
                works("The crew that came were friendly and worked through the night.", ["leak-repair"], 3),
             ]),
        talk("brennan-household-2026-03", "The Brennan household", "2026-03-09", .call,
             works: "A kind advisor who offered help straight away.",
             doesNot: "The payment plan letter did not match what was agreed.",
             matters: "Being treated with respect when money is tight.",
             improve: "Letters that say what was agreed.", [
                works("The advisor on the billing line offered a payment plan before I'd even finished explaining, and never made me feel judged.", ["bq-call", "bq-payment-plan"], 3),
                friction("The payment plan letter that arrived had different amounts from what we agreed on the phone.", ["bq-payment-plan"], 4),
                ask("If I miss one payment, does the whole payment plan stop?", ["bq-payment-plan"], 3),
             ]),
        talk("nguyen-household-2026-03", "The Nguyen household", "2026-03-17", .coffee,
             works: "Direct debit and reminder texts.",
             doesNot: "App login fails; security questions again on the phone though already signed in.",
             matters: "Sorting things out online in a few minutes.",
             improve: "An app that lets you in.", [
                friction("The app login keeps failing since the update, so I ring instead.", ["bq-app-balance"], 3),
                friction("I was logged into the app and still had to answer the same security questions again when I called.", ["bq-call"], 3),
                works("Paying by direct debit is easy and the reminder texts are useful.", ["bq-bill-arrives"], 1),
             ]),
        talk("millbrook-garden-centre-2026-03", "Millbrook Garden Centre", "2026-03-24", .siteVisit,
             works: "The smart meter alert.",
             doesNot: "Told about the leak allowance too late; asked for the plumber's invoice again.",
             matters: "Not paying for water that leaked away underground.",
             improve: "Mention the allowance at the inspection.", [
                friction("Nobody mentioned the leak allowance until the next bill arrived, and by then we had missed the 30 days.", ["leak-allowance"], 5),
                friction("Billing asked for the plumber's invoice again and a description of the leak, though the inspector had seen it himself.", ["leak-allowance", "leak-inspection"], 4),
                works("The high-usage alert from the smart meter is what made us look for the leak at all.", ["leak-usage-alert"], 3),
                idea("Tell people about the leak allowance at the inspection, when the inspector finds the leak is on our side.", ["leak-inspection", "leak-allowance"], 4),
             ]),
        talk("westfield-business-park-2026-04", "Westfield Business Park", "2026-04-08", .lunch,
             works: "Little; the account works when nobody needs to call.",
             doesNot: "Fourteen separate bills, many estimated; a promised specialist call back never came.",
             matters: "Recharging tenants accurately and on time.",
             improve: "One consolidated bill based on real readings.", [
                idea("One consolidated bill for the whole park instead of fourteen separate ones arriving on different days.", ["bq-bill-arrives"], 4),
                friction("Half of the fourteen meters get an estimated bill, although our tenants would read them for you.", ["bq-bill-arrives", "bq-meter-read"], 4),
                friction("Still waiting for a call back from a billing specialist I was promised in February.", ["bq-billing-callback"], 5),
                ask("Can we send you our own meter readings every month through the app?", ["bq-app-balance"], 2),
             ]),
        talk("fitzgerald-household-2026-04", "The Fitzgerald household", "2026-04-15", .call,
             works: "The leaks line advisor.",
             doesNot: "The 24-hour promise was three days; whole-day visit window.",
             matters: "Fitting a visit around shift work.",
             improve: "Keep the promise in the email, or change the email.", [
                works("The person on the leaks line took the location first and gave me a job reference straight away.", ["leak-call"], 3),
                friction("The email promised an inspector within 24 hours. It was three days.", ["leak-job-email"], 4),
                friction("A visit window of the whole day is no use when you work shifts.", ["leak-job-email"], 3),
             ]),
        talk("harbour-view-hotel-2026-04", "Harbour View Hotel", "2026-04-22", .siteVisit,
             works: "The engineer worked around our guests.",
             doesNot: "Low pressure since the street repair; two inspectors, same story twice.",
             matters: "Guests' showers, every morning.",
             improve: "Tell us before working on the main nearby.", [
                friction("Low water pressure on the top two floors ever since the repair in the street, and nobody has come back to look.", ["leak-repair", "leak-meter-check"], 5),
                friction("Had to explain twice, to two different inspectors, what guests were seeing in the showers.", ["leak-inspection"], 3),
                works("Friendly engineer, and he kept the road closure to the night hours when we asked.", ["leak-repair"], 2),
                idea("Tell us before you work on the main near us so we can warn guests.", ["leak-repair"], 4),
             ]),
        talk("riverbend-brewing-company-2026-05", "Riverbend Brewing Company", "2026-05-06", .lunch,
             works: "The billing specialist, when we reach her.",
             doesNot: "Estimated bills on a brewery; transferred and asked for the account number again on every call.",
             matters: "Accurate bills: water is our main ingredient.",
             improve: "Take our daily readings; a named account manager.", [
                friction("An estimated bill on a brewery is thousands of pounds either way; we read our own meter daily, and nobody takes our reading.", ["bq-bill-arrives", "bq-meter-read"], 5),
                friction("Every call starts from scratch: transferred between departments and asked for my account number again.", ["bq-call", "bq-billing-callback"], 4),
                works("Mei Chen in billing understands our tariff and gives clear information when we get to her.", ["bq-billing-callback"], 3),
                idea("A named account manager for the largest business customers.", ["bq-call"], 4),
             ]),
        talk("bright-smile-dental-2026-05", "Bright Smile Dental Practice", "2026-05-12", .call,
             works: "Nothing stood out.",
             doesNot: "Water off without warning; no word when it came back.",
             matters: "A dental surgery cannot open without water.",
             improve: "A text when it goes off and when it comes back.", [
                friction("Water was off at the practice for half a day with no warning, and we had to cancel eleven patients.", ["leak-repair"], 5),
                friction("Nobody told us when the water was back on; we kept ringing the leaks line to ask.", ["leak-restored-notice", "leak-call"], 4),
                idea("A text when the supply is off and another when it is back on.", ["leak-restored-notice"], 4),
             ]),
        talk("mansour-household-2026-05", "The Mansour household", "2026-05-19", .coffee,
             works: "The web chat.",
             doesNot: "Cannot tell estimated from actual on the bill.",
             matters: "Understanding the bill without calling.",
             improve: "Say on the first page whether the reading was real.", [
                friction("I can't tell from the bill whether I'm paying for an estimated or an actual meter reading; they are on different pages.", ["bq-bill-arrives"], 3),
                works("The web chat answered my question about the standing charge in two minutes.", ["bq-chat"], 2),
                ask("Why was my bill estimated when the meter is right by the front door?", ["bq-bill-arrives", "bq-meter-read"], 3),
             ]),
        talk("riverbend-city-council-2026-05", "Riverbend City Council", "2026-05-27", .lunch,
             works: "Smart meter alerts on council buildings.",
             doesNot: "Road closures stay up long after the work; highways hears about them from residents.",
             matters: "Keeping the city moving and our residents informed.",
             improve: "Share planned works a week ahead.", [
                friction("Road closures for your repairs stay up long after the work is done; putting the surface back takes weeks.", ["leak-repair"], 4),
                friction("Our highways team hears about your road closures from residents, not from you.", ["leak-repair"], 4),
                idea("Share planned works with us a week ahead so we can coordinate with our own roadworks.", ["leak-repair"], 3),
                works("The high-usage alerts helped us find two leaks in school buildings last year.", ["leak-usage-alert"], 2),
             ]),
        talk("tanaka-reid-household-2026-05", "The Tanaka-Reid household", "2026-05-29", .coffee,
             works: "The enquiry call explained the whole process.",
             doesNot: "The application form timed out; the quote was slow and unexplained.",
             matters: "Knowing the cost of the self-build early.",
             improve: "A quote that explains each charge.", [
                friction("The online connection application timed out and I lost the site plans I'd attached.", ["nc-application-form"], 4),
                friction("The quote took three weeks, and the letter didn't explain what the infrastructure charge was for.", ["nc-quote-letter"], 4),
                works("The enquiry call was really helpful; the advisor gave clear information about the whole process.", ["nc-enquiry-call"], 3),
                ask("Can we pay the connection charge in two instalments?", ["nc-payment"], 2),
             ]),
        talk("kowalczyk-household-2026-06", "The Kowalczyk household", "2026-06-03", .call,
             works: "The repair itself.",
             doesNot: "Explaining twice on the leaks line; sending the invoice again for the allowance.",
             matters: "Being understood the first time.",
             improve: "Information in Polish.", [
                friction("I called the leaks line and had to explain twice, because the first person could not find my street.", ["leak-call"], 3),
                friction("The leak allowance form wanted the plumber's invoice again although I had sent it by email.", ["leak-allowance"], 4),
                idea("Information in Polish would help; many people in my street speak it at home.", ["leak-web-advice"], 2),
             ]),
        talk("clearwater-car-wash-2026-06", "Clearwater Car Wash", "2026-06-10", .siteVisit,
             works: "The corrected bill was clear.",
             doesNot: "Final notice during a dispute; month-long wait for a special read.",
             matters: "Not being threatened while we are the ones asking questions.",
             improve: "Pause reminders during a dispute.", [
                friction("While the bill was in dispute we got a final notice, and the dispute had been open for a month.", ["bq-billing-callback", "bq-corrected-bill"], 5),
                friction("The special meter reading took over a month.", ["bq-meter-read"], 4),
                works("The corrected bill explained clearly what had changed and why.", ["bq-corrected-bill"], 3),
             ]),
        talk("singh-household-2026-06", "The Singh household", "2026-06-16", .video,
             works: "The new bill layout.",
             doesNot: "App login fails after the update.",
             matters: "Doing it in the app, not on the phone.",
             improve: "Payment plans in the app.", [
                friction("App login fails every time since the new version; I've reset my password three times.", ["bq-app-balance"], 3),
                idea("Let me set up a payment plan in the app instead of ringing.", ["bq-payment-plan", "bq-app-balance"], 3),
                works("Bills are clearer this year, with clear information about what the standing charge is.", ["bq-bill-arrives"], 2),
             ]),
        talk("hughes-household-2026-06", "The Hughes household", "2026-06-24", .call,
             works: "Little this time.",
             doesNot: "No Welsh speaker on the billing line; estimated bill despite a photo of the meter.",
             matters: "Dealing with you in Welsh.",
             improve: "Meter readings by photo in the app.", [
                friction("There was no one to speak Welsh on the billing line; I was told to call back another day.", ["bq-call"], 3),
                friction("Another estimated bill, even though I emailed a photo of the meter.", ["bq-bill-arrives", "bq-email"], 3),
                idea("Let customers send a meter reading with a photo in the app.", ["bq-app-balance"], 3),
             ]),
        talk("farouk-household-2026-07", "The Farouk household", "2026-07-08", .call,
             works: "The billing specialist sorted it quickly in the end.",
             doesNot: "Final notice during a dispute; transferred twice and explaining twice.",
             matters: "Not being chased for money we don't owe.",
             improve: "One person who owns the dispute.", [
                friction("I got a final notice in the middle of a dispute about an estimated bill.", ["bq-bill-arrives", "bq-billing-callback"], 5),
                friction("Transferred between departments twice; each time I had to explain twice what the dispute was about.", ["bq-call"], 4),
                works("Once it reached the billing specialist it was sorted in a week, with a clear letter.", ["bq-corrected-bill"], 3),
             ]),
        talk("northgate-veterinary-clinic-2026-07", "Northgate Veterinary Clinic", "2026-07-14", .siteVisit,
             works: "A helpful crew.",
             doesNot: "Three-week road closure; no warning before it.",
             matters: "Clients with sick animals must be able to reach us.",
             improve: "Notice before closures and shorter ones.", [
                friction("The road closure outside the clinic lasted three weeks for what looked like a two-day job.", ["leak-repair"], 4),
                friction("Clients with sick animals couldn't park, and nobody told us the road closure was coming.", ["leak-repair"], 4),
                works("The crew were friendly and moved the barriers for an emergency patient.", ["leak-repair"], 2),
             ]),
        talk("hartley-homes-2026-07", "Hartley Homes", "2026-07-21", .siteVisit,
             works: "Your crew's quick repair when our groundworkers hit a pipe.",
             doesNot: "Buyers wait for meters and get estimated first bills; meter fitters turn up unannounced.",
             matters: "Buyers' first impression of their new home.",
             improve: "A meter fit date we can give buyers.", [
                friction("Our buyers move in and wait up to two weeks for a meter, then get an estimated first bill.", ["nc-meter-fit", "nc-first-bill"], 5),
                friction("The meter fitters arrived on site without telling our site manager, and couldn't get in.", ["nc-meter-fit"], 3),
                works("Quick repair when our groundworkers hit a service pipe; your crew were there the same afternoon.", ["leak-repair"], 2),
                ask("Can you tell us the day the meter will be fitted, so we can tell buyers?", ["nc-meter-fit"], 4),
             ]),
        talk("thompson-household-2026-07", "The Thompson household", "2026-07-28", .coffee,
             works: "The inspector explained everything with a drawing.",
             doesNot: "Heard about the leak allowance from a neighbour, not from you.",
             matters: "Knowing where we stand.",
             improve: "Tell people what help exists.", [
                works("Friendly engineer who explained which pipe was ours and which was yours, with a drawing.", ["leak-inspection"], 3),
                works("Clear information on what to do next, and the job reference by email.", ["leak-job-email"], 2),
                friction("Nobody told us the leak allowance existed; a neighbour did.", ["leak-allowance"], 4),
             ]),
        talk("harbour-view-hotel-2026-08", "Harbour View Hotel", "2026-08-05", .lunch,
             works: "Kwame during the pressure problem.",
             doesNot: "Three transfers on a billing call, account number every time; call back never came.",
             matters: "Peak season: no time to chase.",
             improve: "One contact for a business account.", [
                friction("I was transferred between departments three times and asked for my account number again each time.", ["bq-call", "bq-billing-callback"], 4),
                friction("The call back from billing never came, so I chased for two weeks.", ["bq-billing-callback"], 4),
                works("Your engineer Kwame was excellent during the pressure problem and kept us informed every day.", ["leak-repair"], 3),
             ]),
        talk("eze-household-2026-08", "The Eze household", "2026-08-12", .call,
             works: "The hardship check.",
             doesNot: "A final notice came before anyone mentioned help.",
             matters: "Keeping up with bills on a low income.",
             improve: "Offer help before the red letters.", [
                works("The hardship check on the billing line moved me to a cheaper tariff; it made a real difference.", ["bq-payment-plan"], 4),
                friction("I'd been sent a final notice before anyone mentioned a payment plan.", ["bq-bill-arrives"], 4),
                ask("Will the cheaper tariff carry on next year, or do I have to apply again?", ["bq-payment-plan"], 3),
             ]),
        talk("lindqvist-household-2026-08", "The Lindqvist household", "2026-08-26", .coffee,
             works: "The repair was fine.",
             doesNot: "The online form demands a meter number; waited in all day.",
             matters: "Not wasting a day.",
             improve: "A text when the engineer is on the way.", [
                friction("The online leak form wouldn't submit without a meter number, and I have no idea where my meter is.", ["leak-web-form"], 3),
                friction("The visit window was 8 to 6 and I waited in all day.", ["leak-job-email", "leak-inspection"], 3),
                idea("Send a text when the engineer is on the way.", ["leak-job-email"], 4),
             ]),
        talk("millbrook-academy-trust-2026-09", "Millbrook Academy Trust", "2026-09-08", .video,
             works: "A quick, tidy repair.",
             doesNot: "A road closure on the first day of term; long wait to report a leak.",
             matters: "Pupils arriving safely.",
             improve: "Plan non-urgent works for the holidays.", [
                friction("Your road closure on the first day of term blocked the school bus drop-off.", ["leak-repair"], 4),
                friction("We were on hold for 40 minutes to report a leak in the playground.", ["leak-call"], 3),
                idea("Plan non-urgent works near schools for the holidays; we can give you our term dates.", ["leak-repair"], 3),
                works("Quick repair once the crew came, and they left the site tidy.", ["leak-repair"], 2),
             ]),
        talk("abernathy-household-2026-09", "The Abernathy household", "2026-09-15", .siteVisit,
             works: "The engineer brought bottled water unasked.",
             doesNot: "Having to explain twice that she relies on water for home dialysis.",
             matters: "Never being without water.",
             improve: "A list of customers who must be checked on.", [
                friction("I had to explain twice that I'm on dialysis at home and can't be without water.", ["leak-call", "leak-triage"], 5),
                works("The engineer was friendly and brought bottled water without being asked.", ["leak-inspection"], 3),
                ask("Is there a list I can be on, so you know to check on me when the water goes off?", ["leak-triage"], 4),
             ]),
        talk("st-catherines-hospital-2026-09", "St Catherine's Hospital", "2026-09-22", .lunch,
             works: "The billing specialist kept her word.",
             doesNot: "Estimates ignore the new wing.",
             matters: "Budgeting accurately for water across the estate.",
             improve: "Monthly meter data we can download.", [
                friction("Our estimated bill was based on last winter, before the new wing opened.", ["bq-bill-arrives"], 4),
                works("The billing specialist called back when she said she would and explained the estimated bill properly.", ["bq-billing-callback"], 3),
                idea("Monthly meter reading data we can download, rather than quarterly paper bills.", ["bq-app-balance"], 3),
             ]),
        talk("rossi-household-2026-09", "The Rossi household", "2026-09-29", .call,
             works: "A patient advisor.",
             doesNot: "Too many survey emails; chat to phone means starting over.",
             matters: "Not repeating herself.",
             improve: "Fewer surveys, and a chat that passes things on.", [
                friction("Every contact ends with a satisfaction survey email, sometimes three in a week.", ["bq-survey"], 2),
                friction("The chat passed me to the phone and I had to give my account number again and explain twice.", ["bq-chat", "bq-call"], 4),
                works("The advisor on the phone was patient and sorted it first time once I got through.", ["bq-call"], 2),
             ]),
        talk("riverside-launderette-2026-10", "Riverside Launderette", "2026-10-06", .coffee,
             works: "The new bill shows actual or estimated on the front page; the payment plan ran smoothly.",
             doesNot: "Still chasing a tariff review call back.",
             matters: "Predictable bills.",
             improve: "Call backs that happen.", [
                works("The new bill gives clear information: whether the reading is actual or estimated is on the first page now.", ["bq-bill-arrives"], 3),
                works("The payment plan is finished and nobody chased us while it ran.", ["bq-payment-plan"], 2),
                friction("Still waiting for a call back about the tariff review we asked for in the summer.", ["bq-billing-callback"], 4),
             ]),
        talk("walsh-household-2026-10", "The Walsh household", "2026-10-13", .call,
             works: "Nothing, this time.",
             doesNot: "Leak allowance refused for the 30-day rule; invoice sent twice.",
             matters: "Fairness.",
             improve: "Start the 30 days when you tell people about the allowance.", [
                friction("Leak allowance refused because I missed the 30 days; the letter came with the next bill.", ["leak-allowance"], 5),
                friction("I had to send the plumber's invoice again, and describe the leak again, to someone who hadn't read the inspector's notes.", ["leak-allowance"], 4),
                ask("Can the 30 days start from when you tell me about the leak allowance?", ["leak-allowance"], 3),
             ]),
        talk("hollis-and-daughters-2026-10", "Hollis & Daughters Hair Studio", "2026-10-20", .siteVisit,
             works: "The restored-supply text.",
             doesNot: "Water off on a Saturday without warning; long wait on the leaks line.",
             matters: "Saturdays are half the week's takings.",
             improve: "Warning before the water goes off.", [
                friction("Water off at the salon on a Saturday with no warning, and I had clients with colour in their hair.", ["leak-repair"], 5),
                friction("On hold for 40 minutes on the leaks line to find out when it would be back.", ["leak-call"], 4),
                works("The text telling me the water was back on came through right away this time.", ["leak-restored-notice"], 2),
             ]),
        talk("costa-household-2026-10", "The Costa household", "2026-10-27", .coffee,
             works: "The welcome email.",
             doesNot: "Estimated first bill in a new-build before the meter was fitted.",
             matters: "Starting off on the right foot in a new home.",
             improve: "Fit the meter before people move in.", [
                friction("We moved into a new-build and our first bill was an estimated bill, because the meter was fitted weeks later.", ["nc-first-bill", "nc-meter-fit"], 4),
                works("The welcome email had clear information about how to read the meter and set up the account.", ["nc-account-setup"], 2),
                ask("Who do we ask about the connection now, you or the developer?", ["nc-account-setup"], 2),
             ]),
        talk("chowdhury-household-2026-11", "The Chowdhury household", "2026-11-03", .call,
             works: "Nothing mentioned.",
             doesNot: "Monday wait, account number again after a transfer, and a call back that never came.",
             matters: "Not waiting in for calls.",
             improve: "Booked call back times.", [
                friction("On hold for 40 minutes on a Monday morning, then asked for my account number again after being transferred.", ["bq-call"], 4),
                friction("Still waiting for a call back that was promised within 48 hours, three weeks ago.", ["bq-billing-callback"], 5),
                idea("Let me book a time for the call back instead of waiting in all day.", ["bq-billing-callback"], 3),
             ]),
        talk("whitfield-household-2026-11", "The Whitfield household", "2026-11-10", .video,
             works: "The smart meter alert and a painless leak allowance.",
             doesNot: "The meter check was booked without asking.",
             matters: "Catching problems early.",
             improve: "Ask before booking visits.", [
                works("The high-usage alert from the smart meter caught a leak under the patio within a day.", ["leak-usage-alert"], 4),
                works("Leak allowance was applied without any fuss once the inspector confirmed it.", ["leak-allowance"], 3),
                friction("The meter check after the repair was booked for a day I'd said I was away.", ["leak-meter-check"], 2),
             ]),
        talk("dlamini-household-2026-11", "The Dlamini household", "2026-11-17", .coffee,
             works: "A text when the engineer was on the way.",
             doesNot: "The pavement stayed fenced off for weeks after the repair.",
             matters: "A safe pavement for the children.",
             improve: "Tell people who to contact after the job is closed.", [
                works("This time I got a text when the engineer was on the way; much better than a whole-day visit window.", ["leak-job-email"], 3),
                friction("The hole in the pavement outside our house was fenced off for three weeks after the repair.", ["leak-repair"], 3),
                ask("Who do I call about the pavement now the job is closed?", ["leak-repair"], 2),
             ]),
    ]
}
