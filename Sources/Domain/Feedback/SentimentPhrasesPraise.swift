extension SentimentLexicon {
    /// Praise phrases, plus the structural ones: modifiers that span words ("a bit", "even though")
    /// and zero-valued phrases that swallow words which would otherwise mislead. Same format as
    /// `complaintPhrases`.
    static let praisePhrases = """
    2.5 sorted it out
    2 sorted out
    2 sorted it
    2.5 got it sorted
    3.5 went above and beyond
    3.5 above and beyond
    3.5 went the extra mile
    3 extra mile
    2.5 fixed first time
    2.5 fixed the first time
    2.5 fixed it first time
    2.5 fixed it the first time
    2.5 first time fix
    2 right first time
    2.5 sorted first time
    2.5 resolved first time
    0 first time
    2.5 quick response
    2.5 quick reply
    2.5 fast response
    2.5 prompt response
    1.5 same day
    1.5 within the hour
    1.5 within an hour
    1.5 within minutes
    1.5 no problem
    1.5 no problems
    1.5 no issues
    2 no complaints
    2 no hassle
    1.5 no fuss
    1.5 no wait
    1.5 no waiting
    1 not a problem
    2.5 hassle free
    3 can't fault
    3 cannot fault
    3 couldn't fault
    3 could not fault
    1.5 can't complain
    1.5 cannot complain
    3.5 couldn't be happier
    3.5 could not be happier
    3 couldn't be better
    3.5 can't thank
    3.5 cannot thank
    3.5 never been happier
    3 never been better
    x1.5 never been so
    2 hard working
    2 hardworking
    2.5 well done
    2 went well
    2.5 made it easy
    3 made my day
    2 peace of mind
    3 over the moon
    2.5 spot on
    3 top notch
    3 first class
    3.5 second to none
    3 five star
    3 five stars
    3 5 star
    3 5 stars
    -2.5 one star
    -2.5 1 star
    1.5 can't wait
    0 customer service
    0 smart meter
    0 smart meters
    0 customer services
    0 not only
    0 not just
    0 but also
    0 nothing but
    0 no doubt
    1 without a doubt
    neg no longer
    neg anything but
    neg far from
    x0.6 a bit
    x0.6 a little
    x0.6 a tad
    x0.6 kind of
    x0.6 sort of
    x1.2 at all
    though even though
    despite in spite of
    """
}
