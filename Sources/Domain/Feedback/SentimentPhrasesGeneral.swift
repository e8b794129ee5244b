extension SentimentLexicon {
    /// Complaint phrases from product reviews and social media, beyond the service desk's:
    /// goods that broke, advice to stay away, low ratings. Same format as `complaintPhrases`, and
    /// no phrase may appear in any other list (see `phraseLists`). Left out on purpose: "must
    /// have" ("must have been"), "must read" ("must read the terms"), "returned it" and "sent it
    /// back" (the form, or the goods?), and "at best", which would need to damp the word before it.
    static let generalComplaintPhrases = """
    -2.5 stopped working
    -2.5 stops working
    -2.5 quit working
    -2.5 fell apart
    -2.5 falls apart
    -2.5 fall apart
    -2.5 falling apart
    -2.2 came apart
    -2.5 broke after
    -2.5 died after
    -2.5 died on me
    -2 only lasted
    -2 didn't last
    -2 did not last
    0/-2.5 turn on
    0/-2.5 switch on
    0/-2.5 hold a charge
    0/-2.5 hold charge
    -3 dead on arrival
    -3 piece of junk
    -3 piece of crap
    -3 piece of trash
    -3.5 piece of shit
    -3 ripped off
    -3 ripped me off
    -2 my money back
    -2 had to return
    -2.5 never buy
    -3 do not buy
    -3 don't buy
    -3 dont buy
    -3 do not waste
    -3 don't waste
    -3 save your money
    -2.5 stay away
    -3 stay away from
    -2.5 steer clear
    -3.5 avoid at all costs
    -3 would not recommend
    -3 wouldn't recommend
    -3 do not recommend
    -3 don't recommend
    -2.2 not impressed
    -1.2 not for me
    -1.5 not my cup of tea
    -1.5 nothing to write home about
    -2.5 what a joke
    -1.5 hit and miss
    -2 a pain
    -2.5 can't stand
    -2 had enough
    -1.5 gave up
    -2 gave up on
    -1.5 too good to be true
    -1.2 too small
    -1.2 too big
    -1.2 too tight
    -1.2 too sweet
    -2.2 low quality
    -2.2 over priced
    -2.2 over rated
    -3 epic fail
    -2.5 won't be back
    -2.5 wont be back
    -2.5 not be back
    0 won't be back until
    0 not be back until
    -2.5 never be back
    -2.5 not going back
    -2.5 never going back
    -1.5 two stars
    -1.5 2 stars
    -3 zero stars
    -3 no stars
    -2 thumbs down
    -1.5 oh no
    """
}
