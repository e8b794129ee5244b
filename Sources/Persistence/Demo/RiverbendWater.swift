import Domain

/// The demo organization: a regional water utility that has started to put the customer at the
/// centre of how it works. Everything here is fixed data; records refer to each other by key.
enum RiverbendWater {
    static let organization = DemoOrganization(
        name: "Riverbend Water",
        slug: "riverbend-water",
        purpose: """
            We supply safe, reliable water to 420,000 people across the Riverbend valley and take \
            it away again cleanly, at a fair price, for this generation and the next.
            """,
        brandPromise: """
            When you need us, one person takes care of it from start to finish, tells you what \
            happens next and when, and never makes you repeat yourself.
            """,
        teams: teams,
        people: people,
        goals: goals,
        journeys: [newConnection, billingQuery, reportALeak],
        handoffs: handoffs,
        processes: processes,
        customers: customers,
        frictions: frictions,
        goalOwners: [
            "Resolve it at the first contact": "daniel.osei@riverbendwater.example",
            "Keep customers informed without them chasing": "chloe.dubois@riverbendwater.example",
            "Find and fix leaks faster": "priya.raman@riverbendwater.example",
            "Bills customers understand": "henrik.larsen@riverbendwater.example",
        ],
        commitments: commitments
    )

    // MARK: - Teams and people

    private static let teams: [DemoTeam] = [
        DemoTeam(key: "leadership", name: "Executive Leadership", function: .leadership),
        DemoTeam(key: "contact-centre", name: "Contact Centre", function: .customerService),
        DemoTeam(key: "billing", name: "Billing", function: .billingFinance),
        DemoTeam(key: "field-ops", name: "Field Operations", function: .operations),
        DemoTeam(key: "metering", name: "Metering", function: .operations, parent: "field-ops"),
        DemoTeam(key: "new-connections", name: "New Connections", function: .operations, parent: "field-ops"),
        DemoTeam(key: "marketing", name: "Marketing & Communications", function: .marketing),
        DemoTeam(key: "sales", name: "Sales", function: .sales),
        DemoTeam(key: "digital", name: "Digital Services", function: .product),
        DemoTeam(key: "hr", name: "People & Culture", function: .hr),
        DemoTeam(key: "enterprise-architecture", name: "Enterprise Architecture", function: .itArchitecture),
    ]

    private static let people: [DemoPerson] = [
        DemoPerson(name: "Margaret Ellison", email: "margaret.ellison@riverbendwater.example",
                   team: "leadership", jobTitle: "Chief Executive"),
        DemoPerson(name: "Daniel Osei", email: "daniel.osei@riverbendwater.example",
                   team: "leadership", jobTitle: "Chief Customer Officer"),
        DemoPerson(name: "Priya Raman", email: "priya.raman@riverbendwater.example",
                   team: "leadership", jobTitle: "Director of Operations"),

        DemoPerson(name: "Sofia Marquez", email: "sofia.marquez@riverbendwater.example",
                   team: "contact-centre", jobTitle: "Contact Centre Manager"),
        DemoPerson(name: "Liam O'Connor", email: "liam.oconnor@riverbendwater.example",
                   team: "contact-centre", jobTitle: "Team Leader, Emergencies and Leaks Line"),
        DemoPerson(name: "Aisha Bello", email: "aisha.bello@riverbendwater.example",
                   team: "contact-centre", jobTitle: "Senior Customer Advisor"),

        DemoPerson(name: "Henrik Larsen", email: "henrik.larsen@riverbendwater.example",
                   team: "billing", jobTitle: "Billing Manager"),
        DemoPerson(name: "Mei Chen", email: "mei.chen@riverbendwater.example",
                   team: "billing", jobTitle: "Billing Specialist, Disputes"),
        DemoPerson(name: "Tomás Alvarez", email: "tomas.alvarez@riverbendwater.example",
                   team: "billing", jobTitle: "Collections and Hardship Lead"),

        DemoPerson(name: "Grace Mwangi", email: "grace.mwangi@riverbendwater.example",
                   team: "field-ops", jobTitle: "Field Operations Manager"),
        DemoPerson(name: "Rhys Morgan", email: "rhys.morgan@riverbendwater.example",
                   team: "field-ops", jobTitle: "Network Control and Dispatch Lead"),
        DemoPerson(name: "Kwame Asante", email: "kwame.asante@riverbendwater.example",
                   team: "field-ops", jobTitle: "Senior Network Technician"),

        DemoPerson(name: "Hannah Kowalski", email: "hannah.kowalski@riverbendwater.example",
                   team: "metering", jobTitle: "Metering Team Lead"),
        DemoPerson(name: "Ravi Patel", email: "ravi.patel@riverbendwater.example",
                   team: "metering", jobTitle: "Meter Data Analyst"),

        DemoPerson(name: "Fiona MacLeod", email: "fiona.macleod@riverbendwater.example",
                   team: "new-connections", jobTitle: "New Connections Manager"),
        DemoPerson(name: "Jamal Haddad", email: "jamal.haddad@riverbendwater.example",
                   team: "new-connections", jobTitle: "Developer Services Coordinator"),

        DemoPerson(name: "Chloe Dubois", email: "chloe.dubois@riverbendwater.example",
                   team: "marketing", jobTitle: "Head of Marketing & Communications"),
        DemoPerson(name: "Ben Nakamura", email: "ben.nakamura@riverbendwater.example",
                   team: "marketing", jobTitle: "Customer Communications and Social Media Specialist"),

        DemoPerson(name: "Nadia Petrova", email: "nadia.petrova@riverbendwater.example",
                   team: "digital", jobTitle: "Head of Digital Services"),
        DemoPerson(name: "Oliver Grant", email: "oliver.grant@riverbendwater.example",
                   team: "digital", jobTitle: "Product Owner, Online Account and App"),
        DemoPerson(name: "Yusuf Demir", email: "yusuf.demir@riverbendwater.example",
                   team: "digital", jobTitle: "Service Designer"),

        DemoPerson(name: "Laura Bianchi", email: "laura.bianchi@riverbendwater.example",
                   team: "hr", jobTitle: "People & Culture Business Partner"),
        DemoPerson(name: "Samuel Adeyemi", email: "samuel.adeyemi@riverbendwater.example",
                   team: "hr", jobTitle: "Learning and Development Lead"),

        DemoPerson(name: "Ingrid Solberg", email: "ingrid.solberg@riverbendwater.example",
                   team: "enterprise-architecture", jobTitle: "Lead Enterprise Architect"),
        DemoPerson(name: "Marcus Reid", email: "marcus.reid@riverbendwater.example",
                   team: "enterprise-architecture", jobTitle: "Integration Architect"),
    ]

    // MARK: - Strategy

    private static let goals: [StrategyGoal] = [
        StrategyGoal(
            title: "Resolve it at the first contact",
            description: """
                Whoever the customer reaches first can sort out the question or own it to the end, \
                without transfers between teams.
                """,
            measure: "First-contact resolution across phone, chat and email: from 61% in 2025 to 80% by December 2026.",
            horizon: CalendarDate(year: 2026, month: 12, day: 31)),
        StrategyGoal(
            title: "Keep customers informed without them chasing",
            description: """
                Customers hear from us at every milestone of a leak repair, a new connection or a \
                billing review, before they think to ask.
                """,
            measure: "Share of 'where is my job?' calls per 100 open jobs: halve it from the 2025 baseline of 38.",
            horizon: CalendarDate(year: 2027, month: 6, day: 30)),
        StrategyGoal(
            title: "Find and fix leaks faster",
            description: """
                Every leak a customer reports is triaged within two hours and repaired quickly, \
                because each lost litre is money and trust lost.
                """,
            measure: "Median days from a customer's leak report to repair: from 9 days to 5 days; leakage down 15% by 2027.",
            horizon: CalendarDate(year: 2027, month: 12, day: 31)),
        StrategyGoal(
            title: "Bills customers understand",
            description: """
                A bill a customer can read in one minute, based on real meter reads, with help \
                offered early to anyone who struggles to pay.
                """,
            measure: "Billing queries per 1,000 bills issued: down 30% against 2025; estimated reads below 10% of bills.",
            horizon: CalendarDate(year: 2027, month: 3, day: 31)),
    ]

    // MARK: - Journeys

    private static let newConnection = DemoJourney(
        key: "new-connection",
        name: "New connection",
        segment: "Developers and new homeowners",
        description: """
            From first asking how to get a new home or site connected to the network, through \
            application, quote, payment and works on site, to the first bill.
            """,
        stages: [
            DemoStage(
                name: "Find out how to connect",
                description: "The developer or self-builder learns what is needed, what it costs and how long it takes.",
                touchpoints: [
                    DemoTouchpoint(key: "nc-web-guide", name: "Connections guide on the website", channel: .web,
                                   team: "digital", effortMinutes: 25,
                                   description: "Web pages and a downloadable price list explaining connection types, charges and lead times."),
                    DemoTouchpoint(key: "nc-enquiry-call", name: "Pre-application enquiry call", channel: .phone,
                                   team: "contact-centre", waitMinutes: 12, effortMinutes: 15,
                                   description: "An advisor answers general questions and passes technical ones to New Connections."),
                ]),
            DemoStage(
                name: "Apply",
                description: "The applicant submits site details and plans and receives a quote.",
                touchpoints: [
                    DemoTouchpoint(key: "nc-application-form", name: "Online connection application", channel: .web,
                                   team: "new-connections", effortMinutes: 60,
                                   description: "A multi-page web form capturing site address, number of plots, expected demand and contact details."),
                    DemoTouchpoint(key: "nc-plans-email", name: "Site plans sent by email", channel: .email,
                                   team: "new-connections", effortMinutes: 20,
                                   description: "Drawings too large for the form are emailed to the connections mailbox and matched to the application by hand."),
                    DemoTouchpoint(key: "nc-quote-letter", name: "Quote and terms letter", channel: .mail,
                                   team: "new-connections", waitMinutes: 14_400,
                                   description: "A posted letter with the connection charge, infrastructure charge and terms, valid for 90 days."),
                ]),
            DemoStage(
                name: "Pay and book",
                description: "The applicant accepts the quote, pays and agrees a date for the works.",
                touchpoints: [
                    DemoTouchpoint(key: "nc-payment", name: "Pay the connection charge", channel: .web,
                                   team: "billing", effortMinutes: 10,
                                   description: "Payment by card online or by bank transfer quoting the application reference."),
                    DemoTouchpoint(key: "nc-booking-call", name: "Book the connection date", channel: .phone,
                                   team: "new-connections", waitMinutes: 20, effortMinutes: 15,
                                   description: "A coordinator calls the applicant to agree a survey date and a window for the works."),
                ]),
            DemoStage(
                name: "Get connected",
                description: "Crews survey the site, lay the connection and fit the meter.",
                touchpoints: [
                    DemoTouchpoint(key: "nc-site-survey", name: "Site survey visit", channel: .inPerson,
                                   team: "field-ops", effortMinutes: 60,
                                   description: "A technician checks the route, depth and the position of the meter box with the site manager."),
                    DemoTouchpoint(key: "nc-connection-works", name: "Connection works on site", channel: .inPerson,
                                   team: "field-ops",
                                   description: "A crew connects the service pipe to the main, tests pressure and reinstates the footpath."),
                    DemoTouchpoint(key: "nc-meter-fit", name: "Meter fitted", channel: .inPerson,
                                   team: "metering",
                                   description: "A meter fitter installs the meter in the boundary box and records the serial and opening read."),
                ]),
            DemoStage(
                name: "Start the account",
                description: "The new occupier is set up as a customer and receives the first bill.",
                touchpoints: [
                    DemoTouchpoint(key: "nc-account-setup", name: "Welcome email and account set-up", channel: .email,
                                   team: "billing",
                                   description: "An email confirming the account number, how bills work and how to register for the online account."),
                    DemoTouchpoint(key: "nc-first-bill", name: "First bill", channel: .mail,
                                   team: "billing",
                                   description: "The first bill, covering the period from the connection date to the first scheduled read."),
                ]),
        ])

    private static let billingQuery = DemoJourney(
        key: "billing-query",
        name: "Billing query",
        segment: "Residential customers",
        description: """
            A household receives a bill it does not understand or believes is wrong, looks for an \
            answer, gets in touch and waits for it to be put right.
            """,
        stages: [
            DemoStage(
                name: "Receive the bill",
                description: "The customer sees the bill or balance and notices something unexpected.",
                touchpoints: [
                    DemoTouchpoint(key: "bq-bill-arrives", name: "Quarterly bill arrives", channel: .mail,
                                   team: "billing", effortMinutes: 5,
                                   description: "A four-page paper bill showing charges, meter reads and the payment due date."),
                    DemoTouchpoint(key: "bq-app-balance", name: "Check the balance in the app", channel: .app,
                                   team: "digital", effortMinutes: 3,
                                   description: "The Riverbend Water app shows the balance, recent payments and the latest bill as a PDF."),
                ]),
            DemoStage(
                name: "Look for an answer",
                description: "The customer tries to understand the bill without contacting anyone.",
                touchpoints: [
                    DemoTouchpoint(key: "bq-help-pages", name: "Billing help pages", channel: .web,
                                   team: "digital", effortMinutes: 15,
                                   description: "Help articles explaining charges, reads, payment options and how to dispute a bill."),
                    DemoTouchpoint(key: "bq-chat", name: "Web chat assistant", channel: .chat,
                                   team: "digital", waitMinutes: 2, effortMinutes: 10,
                                   description: "An automated chat assistant answers common billing questions and can hand over to an advisor."),
                ]),
            DemoStage(
                name: "Get in touch",
                description: "The customer contacts Riverbend Water to question the bill.",
                touchpoints: [
                    DemoTouchpoint(key: "bq-call", name: "Billing line call", channel: .phone,
                                   team: "contact-centre", waitMinutes: 18, effortMinutes: 20,
                                   description: "An advisor takes the query, checks the account and either resolves it or requests a billing review."),
                    DemoTouchpoint(key: "bq-email", name: "Billing enquiry email", channel: .email,
                                   team: "contact-centre", waitMinutes: 4_320, effortMinutes: 10,
                                   description: "Emails to the billing address are answered by the contact centre within three working days."),
                    DemoTouchpoint(key: "bq-social", name: "Message on social media", channel: .social,
                                   team: "marketing", waitMinutes: 240, effortMinutes: 5,
                                   description: "Public posts and direct messages about bills, answered by the communications team in office hours."),
                ]),
            DemoStage(
                name: "Get it resolved",
                description: "Billing reviews the account, checks the meter if needed and agrees a way forward.",
                touchpoints: [
                    DemoTouchpoint(key: "bq-billing-callback", name: "Callback from a billing specialist", channel: .phone,
                                   team: "billing", waitMinutes: 2_880, effortMinutes: 15,
                                   description: "A billing specialist reviews the reads and charges and calls the customer with the outcome."),
                    DemoTouchpoint(key: "bq-meter-read", name: "Special meter read", channel: .inPerson,
                                   team: "metering", waitMinutes: 7_200,
                                   description: "A meter reader visits to take an actual read when the bill was estimated or the read is disputed."),
                    DemoTouchpoint(key: "bq-payment-plan", name: "Set up a payment plan", channel: .phone,
                                   team: "billing", effortMinutes: 25,
                                   description: "A specialist agrees instalments or a hardship tariff with a customer who cannot pay in full."),
                ]),
            DemoStage(
                name: "Hear back",
                description: "The customer receives the corrected bill and is asked how it went.",
                touchpoints: [
                    DemoTouchpoint(key: "bq-corrected-bill", name: "Corrected bill or outcome letter", channel: .mail,
                                   team: "billing",
                                   description: "A revised bill, or a letter explaining why the original bill stands."),
                    DemoTouchpoint(key: "bq-survey", name: "Satisfaction survey email", channel: .email,
                                   team: "marketing",
                                   description: "A five-question survey sent two days after the query is closed."),
                ]),
        ])

    private static let reportALeak = DemoJourney(
        key: "report-a-leak",
        name: "Report a leak",
        segment: "All customers",
        description: """
            Someone spots water where it should not be, in the street or at home, reports it, and \
            waits for it to be assessed, repaired and the supply and road put back to normal.
            """,
        stages: [
            DemoStage(
                name: "Notice the leak",
                description: "A customer or passer-by sees water, hears running water or gets a high-usage warning.",
                touchpoints: [
                    DemoTouchpoint(key: "leak-web-advice", name: "'Is it our leak or yours?' web page", channel: .web,
                                   team: "digital", effortMinutes: 10,
                                   description: "A page explaining which leaks Riverbend Water fixes and which are the property owner's responsibility."),
                    DemoTouchpoint(key: "leak-usage-alert", name: "High-usage alert from smart meter", channel: .app,
                                   team: "metering",
                                   description: "An app notification when a smart meter records continuous flow for 24 hours."),
                ]),
            DemoStage(
                name: "Report it",
                description: "The customer tells Riverbend Water about the leak by phone, online or on social media.",
                touchpoints: [
                    DemoTouchpoint(key: "leak-call", name: "Emergencies and leaks line", channel: .phone,
                                   team: "contact-centre", waitMinutes: 9, effortMinutes: 12,
                                   description: "A 24-hour phone line where advisors record the location and open a leak job."),
                    DemoTouchpoint(key: "leak-web-form", name: "Online leak report form", channel: .web,
                                   team: "digital", effortMinutes: 15,
                                   description: "A web form with a map pin, photo upload and questions about the size of the leak."),
                    DemoTouchpoint(key: "leak-social", name: "Leak reported on social media", channel: .social,
                                   team: "marketing", waitMinutes: 90, effortMinutes: 5,
                                   description: "Photos of leaks posted publicly or sent by direct message, picked up by the communications team."),
                ]),
            DemoStage(
                name: "Triage and dispatch",
                description: "Network control decides how urgent the leak is and sends someone out.",
                touchpoints: [
                    DemoTouchpoint(key: "leak-triage", name: "Triage call-back from network control", channel: .phone,
                                   team: "field-ops", waitMinutes: 240, effortMinutes: 10,
                                   description: "A network controller calls the reporter to confirm the location and the size of the leak."),
                    DemoTouchpoint(key: "leak-job-email", name: "Job reference and visit window email", channel: .email,
                                   team: "field-ops",
                                   description: "An automatic email with the job reference and the promised inspection window."),
                ]),
            DemoStage(
                name: "Repair",
                description: "An inspector confirms the leak and a crew repairs it.",
                touchpoints: [
                    DemoTouchpoint(key: "leak-inspection", name: "Inspector visit", channel: .inPerson,
                                   team: "field-ops", waitMinutes: 2_880, effortMinutes: 20,
                                   description: "An inspector finds the leak, decides whose pipe it is and orders the repair."),
                    DemoTouchpoint(key: "leak-repair", name: "Repair works and road closure", channel: .inPerson,
                                   team: "field-ops",
                                   description: "A crew excavates and repairs the pipe, sometimes with a temporary road or footpath closure."),
                    DemoTouchpoint(key: "leak-meter-check", name: "Meter check after repair", channel: .inPerson,
                                   team: "metering",
                                   description: "A meter technician checks the meter was not damaged and records a read."),
                ]),
            DemoStage(
                name: "Restore and follow up",
                description: "Supply and road are back to normal, the bill is adjusted and the customer is asked how it went.",
                touchpoints: [
                    DemoTouchpoint(key: "leak-restored-notice", name: "Supply restored notification", channel: .app,
                                   team: "digital",
                                   description: "An app and email notice that the repair is complete and the supply is back to normal."),
                    DemoTouchpoint(key: "leak-allowance", name: "Apply for a leak allowance", channel: .web,
                                   team: "billing", effortMinutes: 30,
                                   description: "An online claim to reduce the bill for water lost through a leak on the customer's own pipe."),
                    DemoTouchpoint(key: "leak-follow-up", name: "Follow-up call after the repair", channel: .phone,
                                   team: "contact-centre", effortMinutes: 5,
                                   description: "An advisor calls a week after the repair to check the leak has not come back."),
                ]),
        ])

    // MARK: - Handoffs

    private static let handoffs: [DemoHandoff] = [
        // Report a leak
        DemoHandoff(key: "leak-call-to-triage", from: "leak-call", to: "leak-triage",
                    ownerPerson: "liam.oconnor@riverbendwater.example",
                    information: "Address or nearest landmark, what the caller saw, whether supply is affected and a contact number."),
        DemoHandoff(key: "leak-form-to-triage", from: "leak-web-form", to: "leak-triage",
                    information: "Form submission with map pin and photos, delivered to a shared leaks mailbox.",
                    customerRepeats: true),
        DemoHandoff(key: "leak-social-to-call", from: "leak-social", to: "leak-call",
                    ownerTeam: "marketing",
                    information: "The social team replies asking the customer to ring the leaks line; nothing is passed on.",
                    customerRepeats: true),
        DemoHandoff(key: "leak-triage-to-inspection", from: "leak-triage", to: "leak-inspection",
                    ownerTeam: "field-ops",
                    information: "Priority, confirmed location, access notes and any vulnerable customers nearby."),
        DemoHandoff(key: "leak-inspection-to-repair", from: "leak-inspection", to: "leak-repair",
                    ownerPerson: "rhys.morgan@riverbendwater.example",
                    information: "Inspection findings, materials needed and whether a street works permit is required."),
        DemoHandoff(key: "leak-repair-to-meter-check", from: "leak-repair", to: "leak-meter-check",
                    ownerTeam: "metering",
                    information: "Repair completed near a meter; request to check the meter and take a read."),
        DemoHandoff(key: "leak-repair-to-restored", from: "leak-repair", to: "leak-restored-notice",
                    information: "Job closure in the works system; the customer notice only goes out if the crew changes the job status."),
        DemoHandoff(key: "leak-inspection-to-allowance", from: "leak-inspection", to: "leak-allowance",
                    ownerTeam: "billing",
                    information: "Inspector's finding that the leak was on the customer's pipe, and the date it was found.",
                    customerRepeats: true),

        // Billing query
        DemoHandoff(key: "bq-chat-to-call", from: "bq-chat", to: "bq-call",
                    ownerTeam: "digital",
                    information: "Chat assistant offers the billing line number; the chat transcript is not passed on.",
                    customerRepeats: true),
        DemoHandoff(key: "bq-call-to-callback", from: "bq-call", to: "bq-billing-callback",
                    information: "Callback request with the account number, the disputed amount and the customer's preferred time."),
        DemoHandoff(key: "bq-email-to-callback", from: "bq-email", to: "bq-billing-callback",
                    ownerPerson: "mei.chen@riverbendwater.example",
                    information: "The customer's email forwarded with the account number and the advisor's summary."),
        DemoHandoff(key: "bq-callback-to-meter-read", from: "bq-billing-callback", to: "bq-meter-read",
                    ownerPerson: "hannah.kowalski@riverbendwater.example",
                    information: "Request for a special read, with meter location and access notes."),
        DemoHandoff(key: "bq-meter-read-to-corrected-bill", from: "bq-meter-read", to: "bq-corrected-bill",
                    ownerTeam: "billing",
                    information: "Validated actual read and the reason for the correction."),

        // New connection
        DemoHandoff(key: "nc-enquiry-to-application", from: "nc-enquiry-call", to: "nc-application-form",
                    ownerTeam: "new-connections",
                    information: "Enquiry notes: site address, number of plots, expected start date.",
                    customerRepeats: true),
        DemoHandoff(key: "nc-application-to-quote", from: "nc-application-form", to: "nc-quote-letter",
                    ownerPerson: "fiona.macleod@riverbendwater.example",
                    information: "Completed application, site plans and the design engineer's demand calculation."),
        DemoHandoff(key: "nc-booking-to-survey", from: "nc-booking-call", to: "nc-site-survey",
                    ownerTeam: "field-ops",
                    information: "Agreed survey date, site manager's contact and site access rules."),
        DemoHandoff(key: "nc-works-to-meter-fit", from: "nc-connection-works", to: "nc-meter-fit",
                    information: "Completion notice for the connection; Metering learns of it from a weekly spreadsheet."),
        DemoHandoff(key: "nc-meter-fit-to-account", from: "nc-meter-fit", to: "nc-account-setup",
                    ownerTeam: "billing",
                    information: "Meter serial number, opening read and the plot's postal address."),
    ]

    // MARK: - Processes, policies and practices

    private static let processes: [DemoProcess] = [
        DemoProcess(
            key: "leak-responsibility-policy", kind: .policy, name: "Who fixes which leak",
            ownerTeam: "field-ops",
            description: "Sets the boundary between pipes Riverbend Water repairs and pipes the property owner repairs.",
            steps: [
                "Riverbend Water repairs all mains and service pipes up to and including the meter or boundary box.",
                "The property owner repairs the supply pipe from the meter into the building.",
                "Where there is no meter, the boundary is the property line.",
                "Shared supply pipes are repaired by Riverbend Water once, free of charge, under the 2023 shared-pipe scheme.",
            ],
            lastReviewed: "2024-03-11",
            touchpoints: ["leak-web-advice", "leak-inspection", "leak-allowance"]),
        DemoProcess(
            key: "leak-triage-process", kind: .process, name: "Leak triage and prioritisation",
            ownerTeam: "field-ops",
            description: "How network control decides how urgent a reported leak is and when to send an inspector.",
            steps: [
                "Open a leak job with the location and a description from the reporter.",
                "Check for other reports and pressure alarms in the same area.",
                "Call the reporter back to confirm the size of the leak and any risk to property or traffic.",
                "Set priority: P1 within 2 hours, P2 within 24 hours, P3 within 5 working days.",
                "Assign an inspector and send the job reference email.",
            ],
            lastReviewed: "2025-06-02",
            touchpoints: ["leak-call", "leak-web-form", "leak-triage", "leak-job-email"]),
        DemoProcess(
            key: "emergency-call-handling", kind: .practice, name: "Emergencies line call handling",
            ownerTeam: "contact-centre",
            description: "The script and habits advisors follow when someone rings the emergencies and leaks line.",
            steps: [
                "Answer with the leaks greeting and ask whether anyone is in danger.",
                "Take the location first, before any account details.",
                "Search for an existing job at the same location.",
                "Open or update the leak job and give the caller the job reference.",
            ],
            lastReviewed: "2025-09-15",
            touchpoints: ["leak-call", "leak-web-advice"]),
        DemoProcess(
            key: "leak-allowance-policy", kind: .policy, name: "Leak allowance",
            ownerTeam: "billing",
            description: "When and how a bill is reduced for water lost through a leak on the customer's own pipe.",
            steps: [
                "The customer applies within 30 days of the bill that shows the high usage.",
                "The customer provides proof the leak was repaired within 21 days of being found.",
                "Billing estimates normal usage from the previous 12 months.",
                "One allowance is granted per property in any five-year period.",
            ],
            lastReviewed: "2024-01-22",
            touchpoints: ["leak-allowance", "bq-billing-callback"]),
        DemoProcess(
            key: "job-update-practice", kind: .practice, name: "Keeping customers updated on jobs",
            ownerTeam: "field-ops",
            description: "What customers should hear, and when, while a leak job is open.",
            steps: [
                "Send the job reference and visit window when the job is prioritised.",
                "Tell the customer if the visit window changes.",
                "Send the supply restored notice when the crew closes the job.",
                "Call a week later to check the leak has not returned.",
            ],
            lastReviewed: nil,
            touchpoints: ["leak-job-email", "leak-restored-notice", "leak-follow-up"]),
        DemoProcess(
            key: "street-works-process", kind: .process, name: "Street works permits and reinstatement",
            ownerTeam: "field-ops",
            description: "Getting permission to dig in the road and putting the surface back afterwards.",
            steps: [
                "Apply to the highway authority for a permit, or use the immediate-works route for P1 leaks.",
                "Set up traffic management and notify neighbouring properties.",
                "Complete the repair and make the excavation safe.",
                "Close the permit and raise a reinstatement order for the contractor.",
                "Reinstate the surface within 10 working days.",
            ],
            lastReviewed: "2024-11-04",
            touchpoints: ["leak-repair"]),
        DemoProcess(
            key: "billing-dispute-process", kind: .process, name: "Billing dispute handling",
            ownerTeam: "billing",
            description: "How a questioned bill is reviewed, corrected or confirmed.",
            steps: [
                "Advisor records the query and the amount in dispute.",
                "Advisor raises a billing review request for anything they cannot resolve on the call.",
                "Billing specialist checks the reads, tariff and payments within 5 working days.",
                "Request a special read if the bill was estimated or the read is in doubt.",
                "Issue a corrected bill or an outcome letter and close the review.",
            ],
            lastReviewed: "2025-02-17",
            touchpoints: ["bq-call", "bq-email", "bq-billing-callback", "bq-corrected-bill"]),
        DemoProcess(
            key: "special-read-process", kind: .process, name: "Special meter reads",
            ownerTeam: "metering",
            description: "Taking an actual read outside the normal reading cycle.",
            steps: [
                "Receive the request with the meter location and access notes.",
                "Add the read to the next available reading route.",
                "Take the read, with a photo of the dial.",
                "Validate the read and send it to Billing.",
            ],
            lastReviewed: "2024-08-29",
            touchpoints: ["bq-meter-read", "leak-meter-check"]),
        DemoProcess(
            key: "payment-plan-policy", kind: .policy, name: "Payment plans and hardship support",
            ownerTeam: "billing",
            description: "Who can spread payments or move to a reduced tariff, and on what terms.",
            steps: [
                "Offer a payment plan to any customer who asks, over up to 12 months.",
                "Offer a hardship tariff check when the customer mentions difficulty paying.",
                "Pause recovery action while a plan is being agreed.",
            ],
            lastReviewed: "2025-11-10",
            touchpoints: ["bq-payment-plan", "bq-call"]),
        DemoProcess(
            key: "identity-check-policy", kind: .policy, name: "Caller identity verification",
            ownerTeam: "contact-centre",
            description: "The security checks required before discussing or changing an account.",
            steps: [
                "Ask for the account number or the postcode and first line of the address.",
                "Ask two security questions: date of birth and last payment amount.",
                "Do not discuss account details until both checks pass.",
            ],
            lastReviewed: "2024-05-20",
            touchpoints: ["bq-call", "bq-chat", "leak-call"]),
        DemoProcess(
            key: "connection-application-process", kind: .process, name: "New connection application and quote",
            ownerTeam: "new-connections",
            description: "From a submitted application to a quote the applicant can accept.",
            steps: [
                "Check the application is complete and the site plans are attached.",
                "Design engineer checks network capacity and the connection route.",
                "Calculate connection and infrastructure charges.",
                "Send the quote and terms letter within 10 working days.",
            ],
            lastReviewed: "2025-04-07",
            touchpoints: ["nc-application-form", "nc-plans-email", "nc-quote-letter"]),
        DemoProcess(
            key: "connection-scheduling-process", kind: .process, name: "Connection works scheduling",
            ownerTeam: "new-connections",
            description: "Booking the survey, the works and the meter fit once the quote is paid.",
            steps: [
                "Confirm full payment has cleared.",
                "Call the applicant to agree a survey date.",
                "Book the works crew after the survey passes.",
                "Notify Metering of the completed connection.",
                "Book the meter fit.",
            ],
            lastReviewed: nil,
            touchpoints: ["nc-booking-call", "nc-site-survey", "nc-connection-works", "nc-meter-fit"]),
        DemoProcess(
            key: "social-response-practice", kind: .practice, name: "Responding on social media",
            ownerTeam: "marketing",
            description: "How the communications team answers customers who contact us on social media.",
            steps: [
                "Reply publicly within 4 office hours and move the conversation to a direct message.",
                "Never ask for account details in public.",
                "Send leak and billing matters to the right phone line.",
            ],
            lastReviewed: "2026-01-12",
            touchpoints: ["bq-social", "leak-social"]),
    ]

    // MARK: - Customers

    private static let customers: [DemoCustomer] = [
        // Residential households
        household("Okafor", .medium, [("Ngozi Okafor", "ngozi.okafor@mail.example"),
                                      ("Emeka Okafor", "emeka.okafor@mail.example")]),
        household("Brennan", .low, [("Siobhan Brennan", "siobhan.brennan@mail.example")]),
        household("Nguyen", .medium, [("Thanh Nguyen", "thanh.nguyen@mail.example"),
                                      ("Linh Nguyen", "linh.nguyen@mail.example")]),
        household("Kowalczyk", .low, [("Piotr Kowalczyk", "piotr.kowalczyk@mail.example")]),
        household("Mansour", .medium, [("Rania Mansour", "rania.mansour@mail.example")]),
        household("Fitzgerald", .high, [("Clare Fitzgerald", "clare.fitzgerald@mail.example")]),
        household("Singh", .medium, [("Harpreet Singh", "harpreet.singh@mail.example"),
                                     ("Manpreet Kaur", "manpreet.kaur@mail.example")]),
        household("Eze", .low, [("Chidi Eze", "chidi.eze@mail.example")]),
        household("Lindqvist", .medium, [("Astrid Lindqvist", "astrid.lindqvist@mail.example")]),
        household("Moreau", .low, [("Camille Moreau", "camille.moreau@mail.example")]),
        household("Thompson", .medium, [("Gary Thompson", "gary.thompson@mail.example"),
                                        ("Denise Thompson", "denise.thompson@mail.example")]),
        household("Yilmaz", .low, [("Elif Yilmaz", "elif.yilmaz@mail.example")]),
        household("Abernathy", .high, [("Ruth Abernathy", "ruth.abernathy@mail.example")]),
        household("Sato", .medium, [("Kenji Sato", "kenji.sato@mail.example")]),
        household("Papadopoulos", .low, [("Eleni Papadopoulos", "eleni.papadopoulos@mail.example")]),
        household("Walsh", .medium, [("Declan Walsh", "declan.walsh@mail.example")]),
        household("Ibrahim", .low, [("Fatima Ibrahim", "fatima.ibrahim@mail.example")]),
        household("Costa", .medium, [("João Costa", "joao.costa@mail.example"),
                                     ("Ana Costa", "ana.costa@mail.example")]),
        household("Hughes", .low, [("Bethan Hughes", "bethan.hughes@mail.example")]),
        household("Mensah", .medium, [("Kofi Mensah", "kofi.mensah@mail.example")]),
        household("Novak", .low, [("Jana Novak", "jana.novak@mail.example")]),
        household("Rossi", .medium, [("Giulia Rossi", "giulia.rossi@mail.example")]),
        household("Achterberg", .high, [("Willem Achterberg", "willem.achterberg@mail.example")]),
        household("Kim", .medium, [("Ji-woo Kim", "jiwoo.kim@mail.example")]),
        household("Campbell", .low, [("Morag Campbell", "morag.campbell@mail.example")]),
        household("Delgado", .medium, [("Lucía Delgado", "lucia.delgado@mail.example")]),
        household("Farouk", .low, [("Omar Farouk", "omar.farouk@mail.example")]),
        household("Bergström", .medium, [("Erik Bergström", "erik.bergstrom@mail.example")]),
        household("O'Sullivan", .low, [("Aoife O'Sullivan", "aoife.osullivan@mail.example")]),
        household("Chowdhury", .medium, [("Nasrin Chowdhury", "nasrin.chowdhury@mail.example"),
                                         ("Rafiq Chowdhury", "rafiq.chowdhury@mail.example")]),
        household("Whitfield", .high, [("Jonathan Whitfield", "jonathan.whitfield@mail.example")]),
        household("Petrenko", .low, [("Oksana Petrenko", "oksana.petrenko@mail.example")]),
        household("Dlamini", .medium, [("Thandiwe Dlamini", "thandiwe.dlamini@mail.example")]),
        household("Greene", .low, [("Patricia Greene", "patricia.greene@mail.example")]),
        household("Tanaka-Reid", .medium, [("Hana Tanaka", "hana.tanaka@mail.example"),
                                           ("Callum Reid", "callum.reid@mail.example")]),

        // Small businesses
        DemoCustomer(accountName: "Alder Street Bakery", segment: "Small business", valueTier: .medium, contacts: [
            DemoContact(name: "Marta Wiśniewska", role: "Owner", email: "marta@alderstreetbakery.example"),
        ]),
        DemoCustomer(accountName: "Riverside Launderette", segment: "Small business", valueTier: .high, contacts: [
            DemoContact(name: "Sunil Mehta", role: "Owner", email: "sunil@riversidelaunderette.example"),
        ]),
        DemoCustomer(accountName: "Kettle & Crumb Café", segment: "Small business", valueTier: .medium, contacts: [
            DemoContact(name: "Isla Fraser", role: "Manager", email: "isla@kettleandcrumb.example"),
        ]),
        DemoCustomer(accountName: "Bright Smile Dental Practice", segment: "Small business", valueTier: .medium, contacts: [
            DemoContact(name: "Amara Nwosu", role: "Practice owner", email: "amara.nwosu@brightsmiledental.example"),
            DemoContact(name: "Kelly Dunn", role: "Practice manager", email: "kelly.dunn@brightsmiledental.example"),
        ]),
        DemoCustomer(accountName: "Millbrook Garden Centre", segment: "Small business", valueTier: .high, contacts: [
            DemoContact(name: "Tom Ashworth", role: "Director", email: "tom@millbrookgardens.example"),
        ]),
        DemoCustomer(accountName: "Clearwater Car Wash", segment: "Small business", valueTier: .high, contacts: [
            DemoContact(name: "Viktor Horvat", role: "Owner", email: "viktor@clearwatercarwash.example"),
        ]),
        DemoCustomer(accountName: "Hollis & Daughters Hair Studio", segment: "Small business", valueTier: .low, contacts: [
            DemoContact(name: "Janine Hollis", role: "Owner", email: "janine@hollisanddaughters.example"),
        ]),
        DemoCustomer(accountName: "Northgate Veterinary Clinic", segment: "Small business", valueTier: .medium, contacts: [
            DemoContact(name: "Priyanka Shah", role: "Practice manager", email: "priyanka.shah@northgatevets.example"),
        ]),

        // Large commercial accounts
        DemoCustomer(accountName: "Riverbend Brewing Company", segment: "Commercial", valueTier: .strategic, contacts: [
            DemoContact(name: "Alastair Boyd", role: "Operations Director", email: "alastair.boyd@riverbendbrewing.example"),
            DemoContact(name: "Nina Sørensen", role: "Facilities Manager", email: "nina.sorensen@riverbendbrewing.example"),
        ]),
        DemoCustomer(accountName: "Hartley Homes", segment: "Commercial", valueTier: .strategic, contacts: [
            DemoContact(name: "Gemma Hartley", role: "Development Director", email: "gemma.hartley@hartleyhomes.example"),
            DemoContact(name: "Paul Okonkwo", role: "Site Services Manager", email: "paul.okonkwo@hartleyhomes.example"),
        ]),
        DemoCustomer(accountName: "Westfield Business Park", segment: "Commercial", valueTier: .high, contacts: [
            DemoContact(name: "Gareth Pryce", role: "Estates Manager", email: "gareth.pryce@westfieldpark.example"),
        ]),
        DemoCustomer(accountName: "Harbour View Hotel", segment: "Commercial", valueTier: .high, contacts: [
            DemoContact(name: "Lena Fischer", role: "General Manager", email: "lena.fischer@harbourviewhotel.example"),
            DemoContact(name: "Marco Bellini", role: "Chief Engineer", email: "marco.bellini@harbourviewhotel.example"),
        ]),

        // Public sector
        DemoCustomer(accountName: "Riverbend City Council", segment: "Public sector", valueTier: .strategic, contacts: [
            DemoContact(name: "Deborah Lane", role: "Head of Facilities", email: "deborah.lane@riverbendcouncil.example"),
            DemoContact(name: "Ahmed Qureshi", role: "Sustainability Officer", email: "ahmed.qureshi@riverbendcouncil.example"),
        ]),
        DemoCustomer(accountName: "St Catherine's Hospital", segment: "Public sector", valueTier: .strategic, contacts: [
            DemoContact(name: "Robert Kaye", role: "Director of Estates and Facilities", email: "robert.kaye@stcatherines.example"),
            DemoContact(name: "Joanne Price", role: "Energy and Water Manager", email: "joanne.price@stcatherines.example"),
        ]),
        DemoCustomer(accountName: "Millbrook Academy Trust", segment: "Public sector", valueTier: .high, contacts: [
            DemoContact(name: "Simon Oduya", role: "Business Manager", email: "simon.oduya@millbrookacademy.example"),
        ]),
    ]

    /// A residential account: "The Okafor household", first contact the account holder.
    private static func household(_ surname: String, _ tier: ValueTier,
                                  _ holders: [(name: String, email: String)]) -> DemoCustomer {
        DemoCustomer(
            accountName: "The \(surname) household",
            segment: "Residential",
            valueTier: tier,
            contacts: holders.enumerated().map { index, holder in
                DemoContact(name: holder.name, role: index == 0 ? "Account holder" : "Joint account holder",
                            email: holder.email)
            })
    }

    // MARK: - Friction found walking the journeys

    private static let frictions: [DemoFriction] = [
        // Report a leak
        DemoFriction(target: .touchpoint("leak-web-advice"), kind: .findability,
                     description: "The page explaining whether a leak is ours or the customer's is four clicks deep and does not come up when searching the site for 'leak'.",
                     severity: 3, source: .internalWalk),
        DemoFriction(target: .touchpoint("leak-web-advice"), kind: .policy,
                     description: "The diagram still shows the old boundary at the property line, although the policy now puts it at the meter.",
                     severity: 2, source: .secretShopper),
        DemoFriction(target: .touchpoint("leak-call"), kind: .handoff,
                     description: "Caller is transferred twice before reaching someone who can open a leak job.",
                     severity: 4, source: .secretShopper),
        DemoFriction(target: .touchpoint("leak-call"), kind: .wait,
                     description: "During the January freeze the leaks line took 14 minutes on average to answer, and the queue message never mentions leaks.",
                     severity: 4, source: .customer),
        DemoFriction(target: .touchpoint("leak-web-form"), kind: .effort,
                     description: "Online leak form asks for a meter number customers cannot find, and will not submit without it.",
                     severity: 3, source: .internalWalk),
        DemoFriction(target: .handoff("leak-form-to-triage"), kind: .handoff,
                     description: "Web form reports land in a shared mailbox nobody is responsible for at weekends; one report sat for 62 hours.",
                     severity: 5, source: .internalWalk),
        DemoFriction(target: .handoff("leak-form-to-triage"), kind: .repeatInformation,
                     description: "The controller rings back and asks for the location again because the map pin is not copied into the job.",
                     severity: 3, source: .customer),
        DemoFriction(target: .handoff("leak-social-to-call"), kind: .repeatInformation,
                     description: "The social team replies 'please call us' and the customer has to tell the whole story again on the phone.",
                     severity: 3, source: .customer, status: .addressed),
        DemoFriction(target: .touchpoint("leak-triage"), kind: .systemSync,
                     description: "The contact centre system and the works management system do not share job status, so advisors cannot tell callers whether a crew is assigned.",
                     severity: 4, source: .internalWalk),
        DemoFriction(target: .touchpoint("leak-job-email"), kind: .brokenPromise,
                     description: "The email promises an inspector within 24 hours; on the walk the median for non-urgent leaks was three days.",
                     severity: 4, source: .internalWalk),
        DemoFriction(target: .handoff("leak-repair-to-restored"), kind: .handoff,
                     description: "Nobody is accountable for telling the customer the repair is finished; the notice only goes out if the crew remembers to change the job status.",
                     severity: 4, source: .internalWalk),
        DemoFriction(target: .touchpoint("leak-repair"), kind: .brokenPromise,
                     description: "Residents are told the road will be reinstated within 10 working days, but the contractor is only told once the permit is closed.",
                     severity: 3, source: .customer),
        DemoFriction(target: .handoff("leak-inspection-to-allowance"), kind: .repeatInformation,
                     description: "Customer must describe the leak and send the plumber's invoice again because the inspector's notes are not visible to billing.",
                     severity: 4, source: .customer),
        DemoFriction(target: .process("leak-allowance-policy"), kind: .policy,
                     description: "The allowance must be claimed within 30 days of the bill, but most customers only hear about it when the next bill arrives.",
                     severity: 4, source: .customer),
        DemoFriction(target: .process("emergency-call-handling"), kind: .policy,
                     description: "Advisors ran a full identity check before taking a leak report, even from passers-by who are not customers.",
                     severity: 3, source: .secretShopper, status: .closed),
        DemoFriction(target: .touchpoint("leak-follow-up"), kind: .brokenPromise,
                     description: "The follow-up call is in the customer charter but happened on only 2 of the 12 jobs we traced.",
                     severity: 3, source: .internalWalk),

        // Billing query
        DemoFriction(target: .touchpoint("bq-bill-arrives"), kind: .effort,
                     description: "Estimated and actual reads are on different pages of the bill; customers cannot tell which figure they are paying for.",
                     severity: 3, source: .customer),
        DemoFriction(target: .touchpoint("bq-help-pages"), kind: .findability,
                     description: "Help pages explain 'standing charge' but not 'estimated read', the top reason for billing calls.",
                     severity: 2, source: .internalWalk),
        DemoFriction(target: .handoff("bq-chat-to-call"), kind: .repeatInformation,
                     description: "Customer must give the account number again after the transfer from chat, and explain the problem from the start.",
                     severity: 4, source: .secretShopper),
        DemoFriction(target: .touchpoint("bq-call"), kind: .wait,
                     description: "Billing line waits reach 35 minutes on the Monday after quarterly bills are posted.",
                     severity: 4, source: .customer),
        DemoFriction(target: .touchpoint("bq-app-balance"), kind: .systemSync,
                     description: "The app balance only updates overnight, so customers who paid by phone see arrears and call in.",
                     severity: 3, source: .customer, status: .addressed),
        DemoFriction(target: .handoff("bq-call-to-callback"), kind: .handoff,
                     description: "Callback requests go into a queue that the contact centre and billing each think the other works; one in five callbacks never happens.",
                     severity: 5, source: .internalWalk),
        DemoFriction(target: .touchpoint("bq-meter-read"), kind: .wait,
                     description: "A special read takes up to five weeks, and reminder letters keep arriving while the customer waits.",
                     severity: 4, source: .customer),
        DemoFriction(target: .process("billing-dispute-process"), kind: .policy,
                     description: "Raising a dispute does not pause collection reminders, so customers in dispute still receive a final notice.",
                     severity: 5, source: .internalWalk),
        DemoFriction(target: .process("identity-check-policy"), kind: .repeatInformation,
                     description: "Customers already signed in to the app are asked the same security questions again when they call.",
                     severity: 3, source: .secretShopper),
        DemoFriction(target: .touchpoint("bq-social"), kind: .handoff,
                     description: "The social team could not see accounts, so every billing message was redirected to the phone line.",
                     severity: 2, source: .internalWalk, status: .closed),

        // New connection
        DemoFriction(target: .touchpoint("nc-web-guide"), kind: .findability,
                     description: "Connection charges are only in a PDF price list with no worked example; developers ring to ask what they will pay.",
                     severity: 3, source: .customer),
        DemoFriction(target: .handoff("nc-enquiry-to-application"), kind: .repeatInformation,
                     description: "Details given on the enquiry call are not saved; the applicant types the site address, plot count and contacts again online.",
                     severity: 3, source: .internalWalk),
        DemoFriction(target: .touchpoint("nc-application-form"), kind: .effort,
                     description: "The application form times out after 20 minutes and loses the attached plans.",
                     severity: 4, source: .customer),
        DemoFriction(target: .touchpoint("nc-quote-letter"), kind: .brokenPromise,
                     description: "Quotes take 15 working days on average against the 10 we publish.",
                     severity: 4, source: .customer),
        DemoFriction(target: .touchpoint("nc-booking-call"), kind: .brokenPromise,
                     description: "Developer packs say 'connected in six weeks'; the field schedule is ten to twelve weeks.",
                     severity: 5, source: .customer),
        DemoFriction(target: .handoff("nc-works-to-meter-fit"), kind: .systemSync,
                     description: "Metering hears about finished connections from a weekly spreadsheet, so new homes wait up to two weeks for a meter and get an estimated first bill.",
                     severity: 4, source: .internalWalk),
        DemoFriction(target: .process("connection-scheduling-process"), kind: .policy,
                     description: "Works can only be booked once payment has cleared, which adds five working days for bank transfers.",
                     severity: 2, source: .internalWalk, status: .addressed),
    ]
}
