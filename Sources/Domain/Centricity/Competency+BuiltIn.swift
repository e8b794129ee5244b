/// Align's capability model: six competencies, five levels each, in plain words an assessor can recognise.
extension Competency {
    public static let customerInsight = "customer-insight", journeyManagement = "journey-management", measuresIncentives = "measures-incentives"

    public static let builtIn: [Competency] = [
        Competency(key: "leadership", name: "Leadership", description: "Leaders set customer priorities, fund them and act on them.", levels: [
            "Customers come up when something has gone wrong.",
            "A leader speaks for customers; priorities still come from inside.",
            "Leaders review customer outcomes regularly and name owners for the worst.",
            "Customer outcomes weigh in every major decision and budget, with trade-offs said out loud.",
            "Leaders are judged by customer outcomes and change course when customers show they should.",
        ], position: 1),
        Competency(key: customerInsight, name: "Customer insight", description: "What customers say and do is gathered, understood and shared.", levels: [
            "Feedback arrives by chance and stays with whoever received it.",
            "One channel is surveyed; results are read by a few.",
            "Feedback from at least two channels is gathered, themed and reviewed on a schedule.",
            "Themes are confirmed against the journey and linked to the friction behind them.",
            "Insight reaches every team that can act on it, and customers hear what changed.",
        ], position: 2),
        Competency(key: journeyManagement, name: "Journey management", description: "Journeys are mapped with what is behind them and owned end to end.", levels: [
            "No shared picture of the customer's journey.",
            "A journey map exists from a workshop; nobody keeps it.",
            "Key journeys are mapped with touchpoints, handoffs and owning teams.",
            "Every handoff has an accountable team and friction on it is tracked to closure.",
            "Journeys are run as owned products: measured, reviewed and improved continuously.",
        ], position: 3),
        Competency(key: "employee-enablement", name: "Employee enablement", description: "People can do right by customers in their daily work.", levels: [
            "People follow the script even when it fails the customer.",
            "Good people work around the process to help customers.",
            "Teams know which goals their work serves and can raise what gets in the way.",
            "Teams have the authority, skills and tools to fix customer problems where they arise.",
            "Employee and customer experience are managed together and reinforce each other.",
        ], position: 4),
        Competency(key: measuresIncentives, name: "Measures and incentives", description: "What teams are measured and rewarded for serves customers.", levels: [
            "Teams are measured on output and cost alone.",
            "A customer score is reported but rewards nothing.",
            "Each team's KPIs declare what they do to customers.",
            "Conflicting measures between teams are found and resolved.",
            "Incentives reward customer outcomes across team lines.",
        ], position: 5),
        Competency(key: "continuous-improvement", name: "Continuous improvement", description: "Changes close the loop with customers and are checked afterwards.", levels: [
            "Changes are made without asking what customers would notice.",
            "Big changes are announced to customers; small ones are not.",
            "Initiatives name the friction they remove and are checked once done.",
            "Every change is traced to the customers and teams it touches, who are told in advance.",
            "The organization learns from each change's measured effect and plans the next with it.",
        ], position: 6),
    ]
}
