extension SentimentLexicon {
    /// Service verbs and nouns whose weight shows mostly when negated: "it works" is faint praise,
    /// "it still doesn't work" a strong complaint. Spec is "valence/valence when negated"; without
    /// these, negation would merely flip a near-zero value and lose the complaint.
    static let mixedWords = """
    0/-2 work works working answer reply respond response responses replies arrive arrived
    0/-2.5 care callback bother bothered
    0/-1.5 update updates contact contacted explain communicate communication support
    0/-1.5 understand know listening
    0/-1 notice
    0/-1.5 call calls phoned emailed
    0/-2 called
    0.3/-1.5 refund
    0.5/-2 fix resolve solve assistance listen answered replied responded
    0.5/-1.5 available
    0.8/-2 resolution solution worked
    1.2/-1.5 reconnected credited explained
    1.2/-2 listens cares refunded delivered
    1.5/-2.2 fixed repaired
    1.5/-2 sorted restored worth trust
    1.8/-2.2 resolved solved
    1.8/-2 helped understood
    1.8/-2.5 listened cared
    2/-2.5 recommend
    2/-2 recommended
    """
}
