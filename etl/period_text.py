"""Sentences, clauses and paragraphs as the period rules read them: a period phrase governs
its own clause first, then its sentence, then what its paragraph says after it. Kept apart
so that the phrase finder, the assignment and the comparisons cut text the same way.
"""
from __future__ import annotations

import re

from .textorder import first_match_in, last_start_before, last_stop_before, stop_span


_CLAUSE_END = re.compile(r"[,;:,;:。!?\n ]")
# the text up to the last clause break (a greedy run backs off to it), and how far around a
# position clause_around looks for the breaks before falling back to the text's list of them
_UP_TO_LAST_CLAUSE_END = re.compile(r"(?s).*" + _CLAUSE_END.pattern)
_NEAR_CLAUSE = 200
_SENT_END = re.compile(r"[。!?\n]")
_PARAGRAPH_END = re.compile(r"\n")
_TITLE_MARK = re.compile(r"[《》]")


def in_title_marks(text: str, pos: int) -> bool:
    """Inside 《…》: a book or document title, not a period of anything. That is when the
    last title mark before ``pos`` opens one; the marks are listed once per text and bisected
    (searching back for 《 read the whole text before each phrase of a text without one)."""
    mark = last_stop_before(text, pos, _TITLE_MARK)
    return mark is not None and text[mark] == "《"




def sentence_around(text: str, pos: int) -> tuple[int, int]:
    return stop_span(text, pos, _SENT_END)


def clause_around(text: str, pos: int) -> tuple[int, int]:
    """``stop_span(text, pos, _CLAUSE_END)``, read off the text near ``pos`` when a clause
    break stands within ``_NEAR_CLAUSE`` characters on each side (most figures: listing an
    article's clause breaks, one match each, cost more than all its figures' clauses read
    here); else from the breaks listed once and bisected, so that a text without breaks is
    not read again for each position in it."""
    if 0 <= pos <= len(text):
        lo, hi = max(0, pos - _NEAR_CLAUSE), pos + _NEAR_CLAUSE
        before = _UP_TO_LAST_CLAUSE_END.match(text, lo, pos)
        after = _CLAUSE_END.search(text, pos, hi)
        if (before is not None or lo == 0) and (after is not None or hi >= len(text)):
            return (before.end() if before is not None else 0,
                    after.start() if after is not None else len(text))
    return stop_span(text, pos, _CLAUSE_END)


def previous_sentence_start(text: str, pos: int) -> int:
    """Where the sentence before the one at ``pos`` starts (its own start when it is first)."""
    s, _ = sentence_around(text, pos)
    return sentence_around(text, s - 1)[0] if s > 0 else 0


def paragraph_around(text: str, pos: int) -> tuple[int, int]:
    return stop_span(text, pos, _PARAGRAPH_END)


# Spans longer than this are searched among the text's matches, listed once and bisected:
# reading a clause of thousands of figures again for each figure (a table run together) was
# quadratic. A news clause is read directly, which costs less than listing an article's matches.
LONG_SPAN = 400


def search_within(text: str, lo: int, hi: int, pattern: re.Pattern) -> re.Match | None:
    """``pattern.search(text[lo:hi])``, for a pattern no match of which reaches across ``lo``."""
    if hi - lo <= LONG_SPAN:
        return pattern.search(text, lo, hi)
    return first_match_in(text, lo, hi, pattern)


def rfind_within(text: str, lo: int, hi: int, word: str) -> int:
    return text.rfind(word, lo, hi) if hi - lo <= LONG_SPAN else last_start_before(text, lo, hi, word)
