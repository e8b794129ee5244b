/// What may name a theme: a topic a person would file feedback under ("parking", "account number"),
/// not how the customer felt ("good", "love") nor a word that goes with any topic ("took", "back",
/// "first time"). A phrase made only of such words is no theme; a phrase with one topic word in it
/// ("great service") is.
enum ThemeTopics {
    /// Words of feeling and judgement, from the sentiment lists.
    static let feelings: HashSlots<Bool> = table(evaluative + ["like", "liked", "likes", "love", "good", "great", "nice", "bad", "fine", "ok", "okay"])
    /// Those and the words that fit any topic.
    static let notTopics: HashSlots<Bool> = table(evaluative + generic.split(whereSeparator: \.isWhitespace).map(String.init))

    private static func table(_ words: [String]) -> HashSlots<Bool> {
        var table = HashSlots(capacity: 2048, empty: false)
        for word in words { table.set(ByteHash.of(word.utf8), true) }
        return table
    }

    /// Every word the praise lists carry, and the complaint words strong enough to be judgements (valence −2.5 or below).
    static var evaluative: [String] {
        let praise = [SentimentLexicon.positiveWords, SentimentLexicon.generalPositiveWords, SentimentLexicon.socialWords]
            .flatMap { words(in: $0) { _ in true } }
        let blame = [SentimentLexicon.negativeWords, SentimentLexicon.generalNegativeWords].flatMap { words(in: $0) { $0 <= -2.5 } }
        return praise + blame
    }

    /// The words of a sentiment list whose valence passes `keep` (lines of "valence word word…").
    private static func words(in list: String, keeping keep: (Double) -> Bool) -> [String] {
        list.split(separator: "\n").flatMap { line -> [String] in
            let fields = line.split(separator: " ")
            guard let spec = fields.first, let valence = Double(spec), keep(valence) else { return [] }
            return fields.dropFirst().map(String.init)
        }
    }

    static let generic = """
        like liked likes love good great nice bad fine ok okay best better worse worst
        back took take taken takes taking first twice time times thing things lot lots way ways make made makes making
        going go goes went gone come came comes coming know knew think thought said say says saying tell told
        want wanted need needed needs use used using try tried put see saw seen look looked looking give gave given
        day days week weeks year years ever never always yet since around without able sure maybe etc
        something anything everything nothing someone anyone everyone bit little thank thanks please yes
        arrived arrive arrives received receive ordered order bought buy purchased
        may might must shall enough through across along among within upon per via whether either neither between
        self itself myself yourself himself herself themselves ourselves
        there's that's what's here's he's she's they're you're we're let's doesn't isn't aren't wasn't weren't can't
        won't wouldn't couldn't shouldn't haven't hasn't hadn't cannot
        new old long short big small whole quite rather almost already perhaps probably simply actually less least
        far lot kind sort part real right left next last another others help helped helping helps
        """

    /// Whether a phrase (its words' hashes) names a topic: not every word is a feeling or a word for anything ("took",
    /// "first time"), and it neither starts nor ends with a feeling, so "good green tea" gives way to "green tea"
    /// while "call back" stays.
    static func isTopic(_ words: [UInt64]) -> Bool {
        guard let first = words.first, let last = words.last, words.contains(where: { notTopics[$0] == nil }) else { return false }
        return feelings[first] == nil && feelings[last] == nil
    }
}
