extension SentimentLexicon {
    /// Praise, from "outstanding" down to "okay". Each line is a valence (−4…4) and the words that
    /// carry it, inflections listed separately so lookups stay exact. Service virtues (prompt,
    /// knowledgeable, kept informed) sit a little higher than in general-purpose lexicons.
    static let positiveWords = """
    3.5 outstanding exceptional phenomenal flawless superb exemplary
    3.2 excellent excellently fantastic fantastically brilliant brilliantly amazing amazingly awesome incredible
    3.2 wonderful wonderfully marvellous marvelous magnificent terrific stellar sensational
    3 perfect perfectly love loved loving adore adored delighted thrilled ecstatic overjoyed impeccable
    3 faultless fabulous splendid lifesaver superstar superstars hero heroes gem
    2.8 great best greatest kindness exceeded surpassed
    2.5 happy pleased impressive glad lovely delightful grateful kudos bravo fab legend legends angel
    2.5 effortless seamless seamlessly genius magical enjoyable happiest loves
    2.5 impressed
    2.2 helpful proactive thankful appreciated pleasure pleasantly smoothly compassionate compassion exceeds
    2.2 enjoyed happier proactively helpfulness
    2 friendliness professionalism impressively
    1.9 good
    2 friendly efficient reliable dependable trustworthy responsive thorough diligent worthwhile valuable
    2 ideal success successful favourite favorite enjoy cheerful generous accommodating patience courtesy
    2 empathy appreciate appreciative smooth talented wow yay hooray woohoo congrats congratulations
    2 knowledgeable supportive reassuring considerate attentive caring kind courteous punctual empathetic
    2 gratitude praise commend commended recommending pleasant brill
    1.8 professional professionally polite respectful competent honest genuine sincere informative expert
    1.8 expertise skilled skilful skillful easy nice convenient speedy swift swiftly prompt promptly obliging
    1.8 useful beneficial effective relieved relief reassured reassurance welcoming positive satisfied
    1.8 satisfying improved magic helpfully efficiently friendlier cleaner smoother happily liked pleasing
    1.5 quick quickly quicker easier easily straightforward painless patient patiently flexible flexibility
    1.5 capable comfortable confident nicely fun smile smiling safe handy rapid saved improvement
    1.5 thanks thank thanked thx respect respected warmly trusted goodwill bargain clarity organised
    1.5 organized tidy neat sympathetic transparent positively politely kindly better recommendation xd
    1.5 convenience reliability faster improvements upgrade likes efficiency
    1.4 fast
    1.2 decent solid fair reasonable affordable cheaper calm accurate correctly clear secure sensible
    1.2 satisfactory consistent stable accessible benefit benefits advantage progress smart clever
    1.2 intelligent apologetic assisted cool sweet welcome upgraded cheers improving tidied clean
    1.2 understanding
    1 helps helping correct savings discount save reachable achieved compensated accurately simple
    1 useable usable ta warm
    0.8 fine apologised apologized functional consistently compensation cleaned reimbursed
    0.6 okay ok alright
    0.5 apology quality
    """
}
