"""Stop words of the site's languages, already accent-folded.

Short on purpose: only words that carry no topic (articles, pronouns,
prepositions, auxiliaries, question words). A domain word such as
"customs" stays searchable; its weight is left to the ranking's IDF.
"""


def word_set(text):
    return frozenset(text.split())


ENGLISH = word_set(
    """
    a about above after again against all am an and any are as at be because been before being below between both
    but by can could did do does doing done down during each few for from further had has have having he her here
    hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of
    off on once only or other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up very was we were what
    when where which while who whom why will with would you your yours yourself yourselves
    """
)

FRENCH = word_set(
    """
    a au aux avec c ce ces cet cette d dans de des du elle elles en est et etre eux il ils j je l la le les leur
    leurs lui m ma mais me meme mes moi mon n ne nos notre nous on ont ou par pas pour qu que qui s sa se ses son
    sont sur t ta te tes toi ton tu un une vos votre vous y comment quoi quel quelle quels quelles dont ete
    """
)

SPANISH = word_set(
    """
    a al algo como con cual cuando de del desde donde e el ella ellas ellos en entre era es esa ese eso esta este
    esto estos fue ha hay la las le les lo los mas me mi muy nos o para pero por que se ser si sin sobre su sus
    te tu u un una uno unos unas y ya
    """
)

BY_LANGUAGE = {"en": ENGLISH, "fr": FRENCH, "es": SPANISH}
ANY_LANGUAGE = ENGLISH | FRENCH | SPANISH
