extension SentimentLexicon {
    /// Complaints, from "worst" down to "sorry". Same format as `positiveWords`. Delay, chasing and
    /// billing words carry more weight than general lexicons give them, because in service comments
    /// they are the complaint.
    static let negativeWords = """
    -3.5 worst horrendous appalling atrocious abysmal disgraceful diabolical
    -3.3 furious livid outraged
    -3.2 terrible awful disgusted disgusting
    -3 horrible dreadful shocking pathetic useless incompetent incompetence outrageous scandalous unacceptable
    -3 inexcusable unforgivable nightmare hellish shambles scam scammed fraud fraudulent ripoff lied liar
    -3 liars hate hated loathe despise vile disgrace appalled devastated infuriating infuriated extortionate
    -3 abusive morons shit shitty shambolic scammers crooks
    -2.8 fiasco farce lies lying dishonest deceptive deceived robbed robbery cheated miserable hates hating
    -2.8 negligent negligence shameful humiliating horrified terrified unbearable intolerable heartless
    -2.8 callous idiotic idiots moron exorbitant abuse abused harassed harassment crook horrid
    -2.7 angry rudeness rude
    -2.6 unprofessional
    -2.5 bad rubbish garbage trash crap crappy sucks lousy dire worse laughable ridiculous ludicrous rudely
    -2.5 disrespectful arrogant condescending patronising patronizing insulting insult offensive nasty
    -2.5 gutted hopeless uncaring idiot inept shoddy botched wrecked ruined destroyed worthless suffering
    -2.5 distressed distressing runaround ghosted bully bullied clowns cowboys waste wasted wasting hell
    -2.5 hostile aggressive cheat fuck wtf anger angered overcharged overcharging
    -2.4 disappointing disappointed disappointment frustrating frustrated unhelpful misleading misled
    -2.4 dismissive clueless unreliable ignored neglected abandoned stupid dangerous unsafe embarrassment
    -2.3 unhappy frustration
    -2.2 poor substandard unsatisfactory upset upsetting unfair unjust overpriced impolite careless sloppy
    -2.2 lazy ignorant unresponsive faulty defective failed failure chaos chaotic disorganised disorganized
    -2.2 inefficient pointless absurd dismayed shocked desperate sneaky shady dodgy unsympathetic
    -2.2 insensitive unanswered unresolved embarrassing amateurish harmful intimidating stranded bodged
    -2.2 ruin argumentative suffered stressful badly misinformed yelled shouted disappointingly arrogance
    -2 mad annoying annoyed irritating irritated worsened poorly subpar inadequate stressed broken damaged
    -2 mess messed fail fails failing failures malfunction buggy impossible nonsense unreasonable
    -2 unfriendly hurt harm scary scared unpleasant painful exhausting contradictory refused refuses
    -2 refusing dismissed pushy bodge shouting distrust tactless unreachable panic grief suffer downhill
    -2 deteriorated flooded flooding worsening insane helpless trapped untrained unfairly outage outages
    -2 begging terribly horribly awfully shockingly dreadfully unsolved unfixed
    -2 grim laziness carelessness ugly
    -2/2.2 disappoint disappoints
    -1.8 broke sad annoyance wrong wrongly incorrect incorrectly inaccurate sluggish delayed overdue tedious
    -1.8 hassle inconvenience inconvenient inconvenienced problematic worrying chased chasing crash crashed
    -1.8 crashes crashing forgotten forgot dislike disliked abrupt curt sarcastic afraid fear anxious
    -1.8 anxiety pressured nuisance headache powerless exhausted inconsistent unwilling bureaucratic
    -1.8 bureaucracy indifferent leaking dirty messy confusing disrupted disruption disconnected slow
    -1.8 disconnection unqualified uninformed regret regrets regretted
    -1.6 confused confusion delay delays
    -1.5 late lateness problem problems difficult complicated struggle struggled struggling trouble
    -1.5 troubles complaint complaints complain complained complaining dispute expensive costly unavailable
    -1.5 lost missing missed error errors mistake mistakes glitch glitches leak leaks burst blockage
    -1.5 freezing stuck penalty penalties hike hikes cancelled canceled inexperienced unfinished incomplete
    -1.5 worried beg chase excuse excuses blame blamed blaming repeatedly recurring spoilt spoiled vanished
    -1.5 disappeared maze conflicting boring robotic defensive interruption amateur uncomfortable unprepared
    -1.5 junk spam pleading nagging unclear slower convoluted sceptical skeptical ugh argh grr yikes
    -1.2 slowly difficulty difficulties mistaken escalated repeated interrupted tired pricey bug blocked
    -1.2 unfortunate vague scripted silly concerned reluctant forever doubtful noisy
    -1 unfortunately sadly regrettably concern concerns issue issues worry debt doubt ages frozen cold
    -1 declined escalate smells cancellation queues hidden cheeky joke jargon bored meh boo
    -0.8 waiting waited queue noise cancel cut ongoing silent dropped dropping
    -0.5 sorry charges script automated loud fees
    """
}
