extension SentimentLexicon {
    /// General-purpose praise for product, book, film, restaurant and app reviews, beyond the
    /// service vocabulary in `positiveWords`: build ("sturdy", "durable"), taste ("delicious"),
    /// storytelling ("gripping", "masterful") and delight ("elated", "joyful"). Same format as
    /// `positiveWords`, and no word may appear in any other list (see `wordLists`). Words whose
    /// sense depends on the product are left out on purpose: "cheap" (price or build?), "returned"
    /// (to the shop or to the restaurant?), "quiet", "flat", "dead", "stopped", "cheesy".
    static let generalPositiveWords = """
    3.5 masterpiece masterpieces masterful masterfully masterly flawlessly superbly sublime breathtaking
    3.5 unforgettable
    3.2 extraordinary spectacular stunning mesmerizing mesmerising exquisite exquisitely perfection
    3.2 magnificently brilliance godsend spellbinding unputdownable elated
    3 astounding heavenly delectable scrumptious mouthwatering delicious gorgeous splendidly marvellously
    3 marvelously impeccably excellence finest glorious immaculate adores euphoric
    2.8 adorable beautiful beautifully gripping captivating riveting enthralling heartwarming dazzling
    2.8 ingenious invaluable priceless unbeatable unrivaled unrivalled incomparable thrilling exhilarating
    2.8 gloriously deliciously delight delightfully joy joyful joyous amazed amazes gems
    2.5 captivated captivates enthralled hilarious charming gorgeously compelling tasty yummy inspirational
    2.5 delish fascinating uplifting inspiring memorable timeless beloved lovable loveable adoring delights
    2.5 treasure treasured happiness luxurious sumptuous majestic succulent legendary remarkable unmatched
    2.5 cutest loveliest friendliest kindest praiseworthy spotless pristine amaze excelled excels impresses
    2.5 greatness
    2.2 tastiest entertaining funniest witty insightful enlightening refreshing elegant elegantly stylish
    2.2 stylishly classy superior commendable admirable admirably applaud applauded nailed meticulous
    2.2 meticulously gracious rewarding standout tremendous effortlessly immersive exciting nicest lovelier
    2.2 prettiest flavorful flavourful tastier blessed blessing expertly charmingly indestructible heartfelt
    2 sturdy sturdier sturdiest durable intuitive sleek cute comfy comfiest cleverly thoughtful winner
    2 winners thoughtfully engaging engrossing fascinated intrigued entertained excited eloquent eloquently
    2 vibrant tastefully tasteful lovingly enjoys enjoying enjoyment enjoyably elegance illuminating proud
    2 rave raves acclaimed applause fave faves fav favourites favorites keeper admire admired admires
    2 generously fulfilling praised praises praising pleases pleasurable coolest freshest picturesque
    2 peaceful relaxing skillfully skilfully gladly charmed shines shone unfailingly handsome flattering
    2/-2 recommends recommendable
    1.8 charm robust powerful versatile nifty slick polished refined sophisticated chic nuanced amusing
    1.8 reliably soothing comforting juicy optimistic appealing appetizing appetising attractive evocative
    1.8 gracefully painlessly satisfies satisfyingly prettier nicer suspenseful poignant humorous lush
    1.8 hospitable cosy cozy smoothest easiest reassure
    1.5 durability versatility luxury spacious roomy lightweight intuitively hearty snappy epic successfully
    1.5 profound amused worthy zippy fastest comfortably solidly affordably bargains lively playful
    1.5 hospitality atmospheric haunting hauntingly lyrical calming optimism fortunately thankfully
    1.5 practical usefulness respectable competently improves safest cleanest authentic noteworthy positives
    1.5 plentiful bonus inviting fashionable addictive addicting shine shining wit originality scenic
    1.5 relaxed funnier
    1.2 classic classics crisp vivid inexpensive economical readable educational healthy healthier funny
    1.2 safer decently trendy whimsical homemade fluffy quaint perk perks luckily lucky hopeful rugged
    1.2 enhanced enhances conveniently fresher practicality clearer fortunate comfort
    1 fresh crispy quirky addicted gentle interesting
    0.8 serviceable
    0.8/-2 acceptable
    0.5/-1.5 adequate fits
    0/-1.5 fit
    """

    /// General-purpose complaints for reviews: flimsy or broken goods, bland food, dull or
    /// clichéd stories, buggy apps, feeling cheated. Same format and rules as
    /// `generalPositiveWords`.
    static let generalNegativeWords = """
    -3.5 abomination godawful shittiest unwatchable
    -3.2 execrable abominable horrific travesty inedible crappiest detestable disgracefully
    -3 disaster disasters disastrous disastrously catastrophe catastrophic trainwreck unplayable unusable
    -3 counterfeit scams scammy scamming frauds ripoffs loathed loathes loathing despised despises detest
    -3 detested detests horrifically abysmally atrociously appallingly horrendously deplorable shite
    -3 bullshit extortion enraged fuming revolting repulsive rudest bricked unconscionable doa incompetently
    -3 scumbags
    -2.8 pitiful pathetically moronic drivel hideous nauseating sickening excruciating excruciatingly
    -2.8 insufferable unbearably irate humiliated betrayed conned swindled fleeced ghastly deceit deceitful
    -2.8 deception dishonesty unreadable nightmarish stupidest
    -2.5 lamest dumbest brainless cringeworthy stinker fakes fake bogus tripe suck sucked sucky stinks
    -2.5 racist sexist miserably exasperating exasperated maddening angrily offensively insulted insults
    -2.5 toxic unhygienic unsanitary untrustworthy scummy unethical hideously woeful woefully lamentable
    -2.5 dismal dismally wretched egregious shamefully misery agony agonizing agonising torture torturous
    -2.5 gouging sickened duped fucked pissed ruins ruining spyware ineptitude undrinkable stupidity moldy
    -2.5 mouldy rotten
    -2.4 frustrates frustratingly disappointments misleads
    -2.3 frustrations
    -2.2 overrated overhyped underwhelming underwhelmed flimsy flimsier flimsiest shoddily knockoff unfunny
    -2.2 knockoffs dud duds flop flopped bombed malfunctioned malfunctioning malfunctions nonfunctional
    -2.2 inoperable disgruntled dissatisfied dissatisfaction unenjoyable disheartening disheartened
    -2.2 overcharge overcharges greedy greed sleazy misrepresented offended offends immoral rigged
    -2.2 aggravating soulless regretting poorest unappealing foul filthy letdown letdowns
    -2 gross uninspired uninspiring unimaginative unoriginal dumb dumber lame cringe cringey cringy
    -2 heartbroken snoozefest incoherent nonsensical senseless mindless spammy adware trite hackneyed
    -2 contrived pretentious lifeless joyless uninteresting unimpressed unimpressive unsatisfied
    -2 unsatisfying displeased displeasure mediocrity dullest inferior rickety chintzy tacky defect defects
    -2 junky trashy crummy laggy glitchy bloatware malware yuck yucky stink stinky stank stunk tasteless
    -2 flavorless flavourless undercooked unappetizing unappetising unpalatable grimy unclean depressing
    -2 depressed saddened saddens resentful ashamed disillusioned demoralizing demoralising annoys
    -2 annoyingly irritates irritatingly aggravated pointlessly regrettable regretful unaffordable sketchy
    -2 ineffective ineffectual unworkable unfit dysfunctional ignoring ignores neglect uncooperative worsens
    -2 deteriorate deteriorates deteriorating destroys screwup uglier carelessly sloppily hazardous
    -2 dangerously overheats overheating overheated eyesore beware clickbait painfully hurts misleadingly
    -2 shameless shamelessly lacklustre lackluster unlikable unlikeable devastating dirtiest obnoxious
    -1.8 cliched clichéd formulaic mediocre forgettable stale shallow preachy bland dull duller tedium
    -1.8 unengaging garbled unworthy tediously monotonous boredom slog plodding aimless clunky clunkier
    -1.8 gimmicky lazily flawed unintuitive unstable erratic flaky flakey cracked leaked leaky leakage
    -1.8 breakage smelly overcooked soggy intrusive cringing cringed embarrassed frightened resentment
    -1.8 unconvincing humorless humourless overacted overacting disjointed muddled tiresome smug creepy
    -1.8 garish illegible blurry inadequately feeble sluggishness slowest slowness unattractive unsightly
    -1.8 discouraged discouraging nonexistent bummed headaches hassles inconveniences glitched corrupted
    -1.8 hacked freezes weakest measly blunder blunders messier messes dirtier incapable disconnects
    -1.8 disconnecting facepalm annoy annoyances irritate irritation dislikes disliking
    -1.5 cliché cliche cliches clichés corny melodramatic superficial repetitive repetitious unflattering
    -1.5 hammy schmaltzy gratuitous bore bores yawn overlong confusingly awkward awkwardly clumsy clumsily
    -1.5 cumbersome unwieldy counterintuitive lag lags lagged bloated invasive froze brittle wobbly cheaply
    -1.5 snapped dented scratchy rusted rusty greasy burnt flaw flaws outdated obsolete grainy pixelated
    -1.5 distorted muffled tinny weak weaker stuttering stutters choppy implausible unrealistic illogical
    -1.5 miscast fiddly finicky cluttered rambling tiring uncomfortably discomfort itchy watery rubbery
    -1.5 harsh hazard crooked plasticky shrank pilling frayed fraying jammed clogged uninstall uninstalled
    -1.5 uninstalling grindy bummer baffled bewildered suspicious alarming disturbing worrisome gimmick
    -1.5 gimmicks fruitless futile insufficient mislabeled mislabelled inaccuracies stingy skimpy paltry
    -1.5 underpowered shame naff negatively damage discolored discoloured smh
    -1.2 predictable predictably drags wobbles breaks scratched stained bugs overdone torn rushed sappy
    -1.2 excessive mushy bitter lukewarm cramped unbalanced shortcoming shortcomings drawback drawbacks
    -1.2 downside downsides weakness weaknesses needless needlessly unnecessary unremarkable wordy typos
    -1.2 pricier pricy intermittent intermittently mishap scuffed shrunk nervous overwhelmed imperfections
    -1.2 defunct noisier unhealthy gloomy bleak pity negatives unlucky avoid
    -1 rust scratches imperfect imperfection verbose typo paywall unexceptional fragile bulky blah bleh sigh
    -1 alas puzzled perplexed
    -0.8 crowded tricky hiccup hiccups weird
    """
}
