/// The customer phrasings synthetic survey comments are written from. The same frictions come
/// back in many people's words ("asked for my account number again", "estimated bill", "visit
/// window"), so a theme engine can find them; nothing is labelled. Weights set how common each
/// phrasing is, `trend` how its share moves across the year and `peak` the month it clusters in.
enum SyntheticFeedbackPhrases {
    struct Template: Sendable {
        let text: String
        let topic: FeedbackTopic
        let weight: Double
        /// −1 fades out over the year, +1 grows: the share is scaled from 1 − trend to 1 + trend.
        let trend: Double
        /// The month (1–12) around which it is three times as common, or 0.
        let peak: Int
    }

    /// One comment of the given tone, preferring phrasings about the touchpoint's topic.
    static func comment(tone: FeedbackTone, topic: FeedbackTopic, month: Int, progress: Double, segment: String,
                        random: inout SplitMix64) -> String {
        let special = random.unit()
        if special < 0.001 { return pick(formulaLike, tone: tone, random: &random) }
        if special < 0.011 { return pick(otherLanguages, tone: tone, random: &random) }
        let bank = tone == .negative ? negative : tone == .positive ? positive : mixed
        func next() -> String {
            fill(choose(bank, topic: topic, month: month, progress: progress, random: &random).text,
                 segment: segment, random: &random)
        }
        var text = next()
        if random.unit() < 0.12 {
            let more = next()
            if more != text { text += " " + more }
        }
        return random.unit() < 0.05 ? text.lowercased() : text
    }

    static func choose(_ templates: [Template], topic: FeedbackTopic, month: Int, progress: Double,
                       random: inout SplitMix64) -> Template {
        func weight(_ template: Template) -> Double {
            var weight = template.weight * max(0.1, 1 + template.trend * (2 * progress - 1))
            if template.peak != 0 {
                let distance = abs(template.peak - month)
                if min(distance, 12 - distance) <= 1 { weight *= 3 }
            }
            if topic != .general {
                weight *= template.topic == topic ? 4 : template.topic == .general ? 1.5 : 0.3
            }
            return weight
        }
        var total = 0.0
        for template in templates { total += weight(template) }
        var target = random.unit() * total
        for template in templates {
            target -= weight(template)
            if target < 0 { return template }
        }
        return templates[templates.count - 1]
    }

    /// Replaces each `{slot}` with one of its variants.
    static func fill(_ text: String, segment: String, random: inout SplitMix64) -> String {
        guard text.contains("{") else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result.append(contentsOf: rest[..<open])
            let name = String(rest[rest.index(after: open)..<close])
            let options = name == "premises" ? premises[segment] ?? ["home"] : slots[name] ?? [name]
            result.append(options[random.below(options.count)])
            rest = rest[rest.index(after: close)...]
        }
        result.append(contentsOf: rest)
        return result
    }

    static func pick(_ texts: [(String, FeedbackTone)], tone: FeedbackTone, random: inout SplitMix64) -> String {
        let matching = texts.filter { $0.1 == tone }
        let from = matching.isEmpty ? texts : matching
        return from[random.below(from.count)].0
    }

    static let slots: [String: [String]] = [
        "mins": ["40 minutes", "40 minutes", "40 minutes", "45 minutes", "over an hour", "50 minutes", "35 minutes", "nearly an hour"],
        "weeks": ["two weeks", "three weeks", "a month", "six weeks", "over a fortnight"],
        "days": ["three days", "four days", "a week", "five days"],
        "times": ["three times", "twice", "four times", "three times"],
        "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
        "praise": ["Couldn't ask for more.", "Thank you.", "Spot on.", "Top marks.", "Brilliant."],
        "soon": ["the next day", "within two days", "the same week", "quickly"],
        "staff": ["The advisor", "The lady I spoke to", "The man on the phone", "Your colleague", "The call handler"],
    ]

    static let premises: [String: [String]] = [
        "Household": ["house", "flat", "house"],
        "Small business": ["shop", "salon", "café", "premises"],
        "Large business": ["site", "offices", "premises"],
        "Public sector": ["school", "building", "site"],
    ]

    private static func t(_ text: String, _ topic: FeedbackTopic = .general, _ weight: Double = 1,
                          trend: Double = 0, peak: Int = 0) -> Template {
        Template(text: text, topic: topic, weight: weight, trend: trend, peak: peak)
    }

    static let negative: [Template] = [
        // Billing
        t("Transferred between departments {times} and nobody could explain why my bill had gone up.", .billing, 3),
        t("I was asked for my account number again after being transferred. I'd already given it at the start.", .billing, 3),
        t("Asked for my account number again, then my date of birth, then my last payment. Every single call.", .billing, 2),
        t("Why do I have to give my account number three times in one call?", .billing, 1.5),
        t("On hold for {mins} just to ask about an estimated bill.", .billing, 2.5),
        t("Another estimated bill, even though the meter is right by the front door.", .billing, 2.5, trend: -0.6),
        t("The estimated bill was nearly double what we normally pay. Nobody has done a meter reading in a year.", .billing, 2, trend: -0.6),
        t("Still waiting for a call back about my bill, it's been {weeks}.", .billing, 3),
        t("Promised a call back within 48 hours. Nothing. Rang again, promised another call back. Nothing.", .billing, 1.5),
        t("The chat just gave me a phone number, then I had to explain twice on the phone.", .billing, 2),
        t("Had to explain twice what the problem was because the chat notes don't go anywhere.", .billing, 1.5),
        t("Reminders kept coming while my bill was in dispute. Very stressful.", .billing, 1.5),
        t("Got a final notice while I was still waiting for a meter reading. Disgraceful.", .billing, 1.5),
        t("The special meter reading took {weeks}, and the red letters kept arriving.", .billing, 1.5),
        t("App login keeps failing, I've reset my password {times}.", .billing, 2, trend: 1),
        t("Can't get past the app login since the update, so I rang instead and waited {mins}.", .billing, 1.5, trend: 1),
        t("The app says I'm in arrears but I paid on {day}.", .billing, 1, trend: -0.3),
        t("Couldn't set up a payment plan online, had to ring and sit on hold for {mins}.", .billing, 1.5, trend: 0.4),
        t("Payment plan agreed on the phone, then a letter arrived with completely different amounts.", .billing, 1.5, trend: 0.4),
        t("The bill is impossible to understand. Estimated and actual readings are on different pages.", .billing, 2, trend: -0.4),
        t("Asked the same security questions again even though I was logged into the app.", .billing, 1),
        t("Standing charge went up and nobody explained why.", .billing, 1),
        t("Sent an email {weeks} ago and still no reply.", .billing, 1),
        t("Billing line on a Monday morning: on hold for {mins}, then cut off.", .billing, 1.5),
        t("You took the wrong amount by direct debit and it took {weeks} to get it back.", .billing, 1),
        // Leaks and repairs
        t("Reported a leak in the road and was transferred between departments before anyone would log it.", .leak, 2.5),
        t("Transferred between departments twice on the leaks line, then asked for my account number again. I was only walking past!", .leak, 1.5),
        t("On hold for {mins} on the leaks line while water was pouring down the street.", .leak, 2, peak: 1),
        t("During the freeze I was on hold for {mins} and the message never mentioned leaks.", .leak, 1.5, peak: 1),
        t("Visit window was 8am to 6pm and nobody came.", .leak, 2, trend: 0.8),
        t("Took a day off work for the visit window and the engineer never turned up.", .leak, 2, trend: 0.8),
        t("A whole-day visit window is no use when someone has to stay at the {premises} all day.", .leak, 1, trend: 0.8),
        t("Road closure lasted {weeks} for what looked like a two-hour job.", .leak, 2, peak: 7),
        t("The road closure signs are still up but nobody has worked there for days.", .leak, 1.5, peak: 7),
        t("The road closure blocked the only way into our street and nobody warned us.", .leak, 1.5, peak: 7),
        t("The hole in the pavement has been there {weeks}, still fenced off.", .leak, 1.5),
        t("Nobody told us when the water was back on. We found out by turning the tap.", .leak, 1.5),
        t("Water was off at the {premises} for {days} with no warning.", .leak, 1),
        t("Still waiting for a call back to say whether the leak is ours or yours.", .leak, 2),
        t("Leak allowance form wanted the plumber's invoice again, even though I'd already sent it.", .leak, 2),
        t("Nobody mentioned the leak allowance until it was too late to claim.", .leak, 2),
        t("Leak allowance refused because I missed the 30 days. Nobody told me there was a deadline!", .leak, 1.5),
        t("The online leak form wouldn't submit without a meter number. I have no idea where my meter is.", .leak, 1.5),
        t("Reported the leak online on a Friday and nobody looked at it until Monday.", .leak, 1.5),
        t("They rang back and asked for the location again. I'd put a pin on the map!", .leak, 1.5),
        t("The email said an inspector within 24 hours. It was {days}.", .leak, 2),
        t("No follow-up call after the repair, even though the letter said there would be one.", .leak, 1),
        t("Low water pressure ever since the repair, and nobody will come back to look.", .leak, 1.5, trend: 0.3),
        t("One inspector said the leak was on my side, the next said it was yours. Had to explain twice to each of them.", .leak, 1),
        t("Burst pipe in the freeze and we had no water for {days}. Bottled water ran out on day two.", .leak, 1.5, peak: 1),
        t("Had to explain twice where the leak was, once online and again on the phone.", .leak, 1.5),
        // New connections
        t("The quote took {weeks} longer than promised and held up our build.", .connection, 2),
        t("Application form timed out and lost all our plans. Twice.", .connection, 1.5),
        t("We were told connected in six weeks. It took nearly twelve.", .connection, 2),
        t("Had to give the site address and plot numbers again after the enquiry call.", .connection, 1.5),
        t("New home, no meter for {weeks}, then an estimated bill for water we hadn't used.", .connection, 1.5),
        t("First bill was an estimated bill before the meter was even fitted.", .connection, 1.5),
        t("Nobody could tell us what the connection charge would be without ringing {times}.", .connection, 1),
        t("Booking the connection date took {times} calls and we were transferred between departments each time.", .connection, 1.5),
        t("Still waiting for a call back from the new connections team, {weeks} now.", .connection, 1.5),
        // Anything
        t("Transferred between departments, had to explain twice, and still nothing sorted.", .general, 2),
        t("Nobody ever calls you back. Still waiting for a call back from {day}.", .general, 1.5),
        t("Took {times} calls to get anything done.", .general, 1.5),
        t("{staff} was polite but couldn't actually do anything.", .general, 1.5),
        t("I had to chase every single step. Exhausting.", .general, 1),
        t("Complaint still not resolved after {weeks}.", .general, 1),
        t("Far too many automated options before you reach a person.", .general, 1),
        t("Asked for my account number again by every person I was put through to.", .general, 2),
        t("They said \"someone will call you back today\". Nobody did.", .general, 1.5),
        t("Three calls,\nthree different answers,\nand still no fix.", .general, 0.7),
        t("Honestly? Worst customer service I've had 😡", .general, 0.7),
        t("Transferred between departments and cut off. Twice. 🙄", .general, 0.7),
    ]

    static let positive: [Template] = [
        t("Friendly engineer, quick repair. {praise}", .leak, 3),
        t("The engineer was friendly and explained everything before he started.", .leak, 1.5),
        t("Quick repair, and the road was open again the same afternoon.", .leak, 2),
        t("Clear information about what would happen next and when.", .general, 2, trend: 0.6),
        t("Kept informed at every step, the texts were really helpful.", .general, 1.5, trend: 0.5),
        t("{staff} set up a payment plan in ten minutes and was very kind about it.", .billing, 1.5, trend: 0.4),
        t("Got a call back exactly when they said I would.", .general, 1.5),
        t("Clear information on the new bill, much easier to read.", .billing, 2, trend: 0.8),
        t("The new app is great, I can see my balance straight away.", .billing, 1, trend: 0.3),
        t("{staff} was patient and sorted it first time.", .general, 2),
        t("Meter reading done {soon} and the bill put right {soon}.", .billing, 1.5),
        t("Leak allowance was applied without any fuss. Thank you.", .leak, 1),
        t("Friendly engineer who cleaned up after himself. Much appreciated.", .leak, 1.5),
        t("Quick repair and a follow-up call a week later. Impressed.", .leak, 1),
        t("The crew were polite and tidy, and the road closure was shorter than expected.", .leak, 1, peak: 7),
        t("Connection done on the date promised, thank you.", .connection, 1),
        t("Quote arrived quickly and was easy to understand.", .connection, 1),
        t("Clear information on the website about who fixes which leak.", .leak, 1),
        t("The leaks line took the location first and gave me a job reference straight away.", .leak, 1.5),
        t("Didn't have to repeat myself once. That's a first!", .general, 1.5, trend: 0.5),
        t("Very helpful, resolved on the first call.", .general, 2),
        t("The text telling us the water was back on was really useful.", .leak, 1),
        t("Excellent service from start to finish 👍", .general, 1.5),
        t("The payment plan has made a real difference to us. Thank you.", .billing, 1, trend: 0.4),
        t("The billing specialist called back when she said she would and explained the estimated bill properly.", .billing, 1),
        t("Web chat answered my question in two minutes.", .billing, 1),
        t("Really easy to report the leak online.", .leak, 1),
        t("The engineer arrived at the start of the visit window and rang ahead. Brilliant.", .leak, 1),
        t("Fast, friendly and fixed.", .general, 1),
        t("Thank you to the friendly engineer who came out on a Sunday in the freezing cold.", .leak, 1, peak: 1),
        t("Site survey team were organised and the connection went in without a hitch.", .connection, 1),
        t("Quick repair, friendly engineer, clear information. Spot on.", .general, 1),
    ]

    static let mixed: [Template] = [
        t("Friendly engineer, but we were still waiting for a call back about the road closure.", .leak, 1.5),
        t("The repair was quick but nobody told us the water was back on.", .leak, 1.5),
        t("{staff} was lovely once I got through, but I was transferred between departments first.", .general, 2),
        t("Please send a text when the engineer is on the way instead of a whole-day visit window.", .leak, 1.5, trend: 0.5),
        t("Would be good to have actual meter readings instead of an estimated bill every quarter.", .billing, 1.5, trend: -0.3),
        t("Let me set up a payment plan in the app, please.", .billing, 1, trend: 0.4),
        t("Tell people about the leak allowance when you fix the leak, not afterwards.", .leak, 1.5),
        t("If the chat could see my account I wouldn't have to give my account number again on the phone.", .billing, 1.5),
        t("The bill is clearer than last year, but the estimated readings are still confusing.", .billing, 1, trend: 0.5),
        t("Good service once I got through, but on hold for {mins} first.", .general, 1.5),
        t("Quick repair, but the pavement was left in a mess.", .leak, 1),
        t("App login works now, but the balance is a day behind.", .billing, 1, trend: 0.6),
        t("Fine overall. Clear information on when the road closure ends would help.", .leak, 1, peak: 7),
        t("Put the connection charges on the website with a worked example, please.", .connection, 1),
        t("OK service, nothing special.", .general, 1),
        t("Please give one person ownership of my case, so I don't have to explain twice.", .general, 1.5),
        t("Engineer was great. The booking process was not.", .general, 1),
        t("Happy with the outcome, not with how long it took.", .general, 1.5),
        t("Maybe a shorter survey next time?", .general, 0.7),
        t("Why can't I send a photo of the meter instead of waiting for a meter reading?", .billing, 1),
        t("Quote was fine, but a named contact for the whole connection would save us a lot of chasing.", .connection, 1),
        t("Friendly engineer, quick repair, but \"within 24 hours\" turned into {days}.", .leak, 1),
    ]

    /// Welsh, Polish and French comments, about 1% of rows.
    static let otherLanguages: [(String, FeedbackTone)] = [
        ("Gwasanaeth da iawn, diolch yn fawr.", .positive),
        ("Roeddwn i'n aros am alwad yn ôl am bythefnos.", .negative),
        ("Dim gwasanaeth Cymraeg ar y ffôn, siomedig iawn.", .negative),
        ("Peiriannydd cyfeillgar, ond roedd y ffordd ar gau am wythnos.", .mixed),
        ("Czekałam 40 minut na połączenie, a potem się rozłączyło.", .negative),
        ("Bardzo miły technik, szybka naprawa. Dziękuję!", .positive),
        ("Znowu rachunek szacunkowy, nikt nie przyszedł odczytać licznika.", .negative),
        ("Service rapide et efficace, merci beaucoup.", .positive),
        ("J'ai dû expliquer deux fois mon problème, puis on m'a redemandé mon numéro de client.", .negative),
        ("Facture estimée encore une fois… c'est inadmissible.", .negative),
        ("Technicien sympathique, mais la rue est restée fermée pendant deux semaines.", .mixed),
    ]

    /// Comments a spreadsheet would read as formulas, about 0.1% of rows.
    static let formulaLike: [(String, FeedbackTone)] = [
        ("=( still waiting for a call back", .negative),
        ("+1 to everyone saying the app login is broken", .negative),
        ("=== ESTIMATED BILL AGAIN ===", .negative),
        ("+ friendly engineer\n+ quick repair\n- nobody told us the water was back on", .mixed),
        ("=) lovely engineer, quick repair", .positive),
    ]
}
