extension SentimentLexicon {
    /// Praise phrases from product reviews and social media, and the negated idioms that are
    /// praise: "can't recommend it enough", "couldn't ask for more", "you can't go wrong" carry
    /// their praise as the negated valence ("0/2.5"), since a negator always comes first. Same
    /// format as `complaintPhrases`.
    static let generalPraisePhrases = """
    3 worth every penny
    2/-2.5 worth the money
    2/-2.5 worth the price
    2/-2 worth the wait
    2/-2.5 worth the hype
    2.5 well worth
    2/-2 well made
    2/-2 well built
    2.5/-2 well written
    2/-2 well designed
    1.8/-2 works well
    1.8/-2 worked well
    1/-2 work well
    2.8 like a charm
    1.5/-2 does the job
    1.5/-2 did the job
    0.5/-2 do the job
    1.8/-2 does the trick
    1.8/-2 did the trick
    1.8 gets the job done
    2/-2.5 does what it says
    2.5 does exactly what it says
    0.5/-2.5 do what it says
    1.5/-2.5 as described
    1.5/-2.5 as advertised
    0.5/-2 as expected
    1.5/-2 last long
    1.5/-2 lasts long
    3 highly recommend
    3 highly recommended
    3 highly recommends
    3.5/3.5 recommend enough
    3.5/3.5 recommend them enough
    3.5/3.5 recommend it enough
    3.5/3.5 recommend highly enough
    3.5/3.5 recommend them highly enough
    3.5/3.5 recommend it highly enough
    3/3 say enough
    3.5/3.5 say enough good things
    0/2.5 ask for more
    0/2.5 ask for better
    0/2.5 ask for a better
    0/2.5 asked for more
    0/2.5 asked for a better
    -1.8/2.5 go wrong
    2.5 can't beat
    2.5 cannot beat
    2.5 can't be beaten
    2.5 can't get enough
    2/-2.5 buy again
    2/-2.5 buy it again
    2/-2.5 order again
    2/-2.5 use them again
    2.5 definitely be back
    2 so far so good
    2 zero issues
    2 zero problems
    2.5 no brainer
    2.5 a must
    2 must have for
    2 must see
    2 must try
    2 thumbs up
    2.5 two thumbs up
    2 four stars
    2 4 stars
    3 blown away
    3 out of this world
    2.5 hit the spot
    2.5 to die for
    3 life saver
    2.8 game changer
    1.5/-1.8 a fan of
    0/-1.8 a fan
    2/-1.8 a big fan of
    0/-1.8 a big fan
    2 big fan of
    2.5 huge fan of
    2/-2 bang for the buck
    2 high quality
    2.5 you rock
    2 shout out
    """
}
