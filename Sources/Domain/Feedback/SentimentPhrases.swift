extension SentimentLexicon {
    /// Complaint phrases, matched before single words and longest first, so "no one called back" is
    /// one complaint rather than a negated "one". Each line is a spec (as in the word lists) and the
    /// phrase; `#` matches any number. "0/-2.5" phrases matter only when negated ("didn't call
    /// back"). Tuned for utilities, telecoms and other service desks.
    static let complaintPhrases = """
    -2 on hold
    -2.5 kept on hold
    -2.5 left on hold
    -2.5 hours on hold
    -1.5 hold music
    -2.5 still waiting
    -3 waiting for weeks
    -3.5 waiting for months
    -3 waited for weeks
    -3.5 waited for months
    -3 waited weeks
    -3.5 waited months
    -2.5 waited # weeks
    -3 waited # months
    -1.5 waited # days
    -2 waited # hours
    -1 waited # minutes
    -2.5 waiting # weeks
    -3 waiting # months
    -1.5 weeks later
    -2 months later
    -2.5 took forever
    -2.5 takes forever
    -2.5 taking forever
    -2 took ages
    -2 took weeks
    -2.5 took months
    -2 took # weeks
    -2.5 took # months
    -1 took # days
    -2 is down
    -2 was down
    -2 been down
    -1.5 too high
    -1.5 too long
    -1 too much
    -1 estimated bill
    -1 estimated bills
    -2 long wait
    -2 long waits
    -1 waiting times
    -1 wait times
    -2.5 transferred again
    -1 transferred to
    -2 transferred between departments
    -1.5 between departments
    -2.5 passed around
    -3 pillar to post
    -2.5 bounced around
    -2.5 round in circles
    -2.5 around in circles
    -2.5 had to explain twice
    -2.5 explain again
    -2.5 explain everything again
    -2.5 explaining again
    -2.5 repeat myself
    -2.5 repeating myself
    -2 had to repeat
    -2.5 had to repeat myself
    -1.5 had to explain
    -2.5 had to explain again
    -2 account number again
    -1.5 same questions
    -2 start from scratch
    -2 all over again
    -3 no one called back
    -3 nobody called back
    -3 never called back
    -3 never heard back
    -3 never got back
    -2.5 heard nothing
    -2 no response
    -2 no reply
    -2 no answer
    -2 no update
    -2 no updates
    -2.5 no help
    -1.5 no idea
    -2 no one knew
    -2.5 no show
    -2 never did
    -2 never happened
    -2 never came
    -2.5 never showed
    0/-2.5 call back
    1/-3 called back
    0/-2.5 get back to me
    1/-2.5 got back to me
    0/-2.5 turn up
    0/-2.5 turned up
    0/-2.5 show up
    0/-2.5 showed up
    2.5/-2.5 kept me informed
    2/-2.5 keep me informed
    2.5/-2.5 kept me updated
    2/-2.5 keep me updated
    1.5/-2.5 followed up
    0/-2 follow up
    0/-2 sort it out
    1.5/-2 on time
    1.5/-2 as promised
    1/-2 as agreed
    2/-2 value for money
    2/-2.5 worth it
    -3 waste of time
    -3 waste of money
    -2.5 let down
    -2.5 let me down
    -2.5 let us down
    -2.5 fobbed off
    -2.5 fobbed me off
    -2 cut off
    -2.5 hung up
    -3 hung up on me
    -2 call dropped
    -2 line went dead
    -2.5 keeps dropping
    -2.5 keeps cutting out
    -2 cutting out
    -2 no signal
    -2 no internet
    -2 no broadband
    -2 no connection
    -2 no power
    -2 no heating
    -2.5 no hot water
    -2 no water
    -2 no service
    -1.5 power cut
    -1.5 price increase
    -1.5 price rise
    -3 hidden charges
    -3 hidden fees
    -2.5 charged twice
    -2.5 double charged
    -2 wrong bill
    -3 rip off
    -2 in the dark
    -2.5 kept in the dark
    -2.5 had to chase
    -2.5 broken promises
    -2.5 gone downhill
    -2.5 went downhill
    -3 never again
    -2.5 got nowhere
    -2.5 deaf ears
    -2.5 brick wall
    -2 out of pocket
    -2.5 fed up
    -2.5 sick of
    -3 sick and tired
    -3 last straw
    -3 thanks for nothing
    -3 thank you for nothing
    -2.5 couldn't be bothered
    -3 couldn't care less
    -3 could not care less
    -1 could be better
    -1.5 could have been better
    -2.5 not good enough
    -1.5 lack of
    -1.5 different answers
    -2 nothing was done
    -2 nothing happened
    -1.8 red tape
    -1.5 nothing special
    """
}
