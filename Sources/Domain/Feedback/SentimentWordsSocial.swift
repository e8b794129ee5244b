extension SentimentLexicon {
    /// Chat and social-media words: laughter, interjections, abbreviations and respellings ("luv",
    /// "gr8"). Laughter is only mildly positive, like the laughing emoji, because it is often
    /// sarcastic. Stretched spellings ("loool", "yaaay", "soooo") need no entries of their own:
    /// `entry(for:)` squeezes repeated letters. Same format as `positiveWords`, and no word may
    /// appear in any other list (see `wordLists`). Left out as ambiguous: "rocks" (stones),
    /// "dope", "lit", "sick", "rip" ("rip out the old boiler"), "omg" (either way).
    static let socialWords = """
    3 awesomeness amazeballs awsome bestest awesomest
    2.5 luv luvs luvin lovin luvly gr8 ily ilysm
    2.2 woot yass yas tysm tyvm xoxo yippee hurray hurrah
    2 yum shoutout shoutouts gamechanger
    1.5 noice thanx thnx thankyou kewl kool
    1.2 ty haha hahaha hahahaha ahaha ahahaha lmao lmfao rofl
    1 lol lolol lolz hehe hehehe
    -1.2 ouch
    -1.5 ew urgh ughh uggh wth
    -1.8 eww
    -2 dammit damnit smfh smdh stfu
    -2.2 ffs
    -2.5 fml sux craptastic fugly
    -3 shitshow clusterfuck
    """
}
