"""Follow-up questions made searchable: "And what about its warranty?" after "How long does the X200
battery last?" is searched as "And what about its warranty? X200".

Only the retrieval query changes; the user's words are what the conversation keeps. A follow-up
usually replaces one of two things in the question before it: the thing asked about (its *names*:
"X200", "Brava", "March") or the aspect asked for (its other content words: "battery last"). So a
follow-up without names of its own carries the earlier question's names, and one that brings its
own names ("And the Z9?") carries the earlier aspect (its first content word; a plural one first when the
follow-up points back with "them" or "they": "Who approves them?" after "What is the hotel limit for travel
expenses?" carries "expenses", not "hotel"). Questions that do not look like follow-ups
are searched as they are. Measured against no rewrite and a rewrite by the bundled model on
tests/assistant/chat/test_followups.py (`python -m tests.assistant.chat.test_followups`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.documents.keywords import STOPWORDS, words

OPENERS = ("and ", "and,", "what about", "how about", "also", "but ", "then ", "so ", "what if", "same ")
BACK_REFERENCES = frozenset("""
it its it's itself they them their theirs this that these those he him his she her hers former latter
""".split())
PLURAL_REFERENCES = frozenset("they them their theirs these those".split())
# Words that ask rather than name (keywords.py's stopwords already cover the function words).
ASKING_WORDS = frozenset("""
how long much many often tell please know want need get got give say says said explain describe find happen
happens happened mean means anything something everything thing things about also like ok okay thanks
""".split())
FEW_WORDS = 2  # a question without names and with at most this many content words leans on what came before
MAX_NAMES = 3
# The aspect is carried as its first content word only ("battery" of "How long does the X200 battery
# last?"): on the 15 pairs, carrying 1 word put the right page first for 15, 2 words for 14, 4 or more
# for 12 (the carried words outweigh the follow-up's own "request", "approves").
MAX_ASPECT_WORDS = 1
_TOKEN = re.compile(r"\w[\w'’-]*", re.UNICODE)


def content_words(text: str) -> list[str]:
    """The words that say what a question is about, in order, once each (lower case)."""
    return list(dict.fromkeys(w for w in words(text) if w not in ASKING_WORDS))


def names(text: str) -> list[str]:
    """Names as they are written: a word with a digit (X200, Z9), or a capital that does not only
    start the sentence (Brava, March), or an acronym (HR)."""
    found = []
    for position, token in enumerate(_TOKEN.findall(text)):
        has_digit = any(ch.isdigit() for ch in token) and not token.isdigit()
        capital = token[:1].isupper() and (position > 0 or token.isupper() and len(token) > 1)
        token = re.sub(r"['’]s$", "", token)  # the X200's
        if (has_digit or capital) and token.lower() not in STOPWORDS | BACK_REFERENCES:
            found.append(token)
    return list(dict.fromkeys(found))


def is_follow_up(question: str) -> bool:
    """Whether a question leans on the conversation: it opens like a follow-up ("And ...", "What
    about ..."), points back ("its", "they"), or says too little to stand alone (no name, a word or two)."""
    lowered = question.strip().lower()
    if lowered.startswith(OPENERS):
        return True
    if any(token.lower() in BACK_REFERENCES for token in _TOKEN.findall(question)):
        return True
    return not names(question) and len(content_words(question)) <= FEW_WORDS


def carried_terms(question: str, earlier: str) -> list[str]:
    """What the earlier question lends this follow-up: its names, or its aspect when the follow-up
    brings names of its own (or the earlier question had none)."""
    own = {w.lower() for w in names(question)} | set(content_words(question))
    earlier_names = names(earlier)
    if earlier_names and not names(question):
        return [name for name in earlier_names if name.lower() not in own][:MAX_NAMES]
    named = {n.lower() for n in earlier_names}
    aspect = [w for w in content_words(earlier) if w not in named and w not in own]
    if PLURAL_REFERENCES & {token.lower() for token in _TOKEN.findall(question)}:
        aspect.sort(key=lambda word: not plural(word))  # "them" stands for a plural: "expenses", not "hotel"
    return aspect[:MAX_ASPECT_WORDS]


def plural(word: str) -> bool:
    """A word that reads as an English plural ("expenses", "days"; not "class", "bus", "this")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def retrieval_query(question: str, earlier_queries: Sequence[str]) -> str:
    """The text to search for: the question, plus what a follow-up takes from the question before
    it (`earlier_queries`: the earlier turns' own retrieval queries, oldest first, so a chain of
    follow-ups keeps its subject)."""
    question = question.strip()
    if not earlier_queries or not is_follow_up(question):
        return question
    carried = carried_terms(question, earlier_queries[-1])
    return f"{question} {' '.join(carried)}" if carried else question
