"""Find quotations: text in quotation marks that reports someone's words.

Names in quotation marks (newspapers, channels, documents, events) are not
quotes; the decision is read from the context and from the words inside.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .const import DIRECT, INTERVIEW, PARTIAL
from .data import load_set
from .lemma import has_lemma

OPENERS = {"«": "»", "„": "“", "“": "”", '"': '"'}
DASHES = "—–-"
WORD = re.compile(r"[\w-]+")
SENT_END = re.compile(r"[.!?…](?=\s|$)")

# «Q1, — сказал X. — Q2»: an attribution inside the marks splits the quote.
INNER_ATTRIBUTION = re.compile(r"(?<=[,.!?…])\s*[—–-]\s+([^«»\"\n]{2,150}?[,.:])\s*[—–-]\s+")
# «Q», — сказал X.  /  "Q", - пишет он.
AFTER = re.compile(r"\s*[,.!?…]?\s*[—–-]+\s*([^\n«»\"]{1,200}?)(?:[.!?…](?=\s|$)|$|(?=[«\"]))")
# X заявил: «Q»
BEFORE = re.compile(r"([^.!?…\n«»\"]{1,200}):\s*$")
INTERVIEW_LINE = re.compile(r"^[ \t]*[—–-][ \t]+(\S.*)$", re.M)
# No attribution reaches further back than this from a quotation mark; the
# bound keeps a long unbroken line ('он сказал «да» ' * 4000) linear.
LOOKBACK = 1000


@dataclass(frozen=True)
class Found:
    """A quotation before speaker resolution."""
    start: int
    end: int
    kind: str
    attribution: tuple[int, int] | None   # where the words about the speaker are


def find_pairs(text: str) -> list[tuple[int, int]]:
    """(open, close) positions of outermost quotation marks within a paragraph.

    >>> find_pairs('А «Б «В» Г» и "Д"')
    [(2, 10), (14, 16)]
    >>> find_pairs('«не закрыта\\nстрока»')
    []
    """
    pairs, stack = [], []
    for i, ch in enumerate(text):
        if ch == "\n":
            stack.clear()
        elif ch == "«" or ch == "„" or (ch == "“" and not stack):
            stack.append((ch, i))
        elif stack and ch == OPENERS[stack[-1][0]] and ch != '"':
            opener, start = stack.pop()
            if not stack:
                pairs.append((start, i))
        elif ch == '"':
            if stack and stack[-1][0] == '"' and is_closing(text, i):
                _, start = stack.pop()
                if not stack:
                    pairs.append((start, i))
            elif is_opening(text, i):
                stack.append((ch, i))
    return pairs


def is_opening(text: str, i: int) -> bool:
    return (i == 0 or not text[i - 1].isalnum()) and i + 1 < len(text) and not text[i + 1].isspace()


def is_closing(text: str, i: int) -> bool:
    return i + 1 >= len(text) or not text[i + 1].isalnum()


def words(text: str) -> list[str]:
    return WORD.findall(text)


def has_speech_word(text: str) -> bool:
    verbs = load_set("speech_verbs")
    return any(has_lemma(w, verbs) for w in words(text))


def looks_like_name(inner: str) -> bool:
    """Short, title-case, no sentence punctuation: «Россия 24», «Росатом»."""
    ws = words(inner)
    return len(ws) <= 4 and inner[:1].isupper() and not re.search(r"[.!?…,]", inner)


def attribution_after(text: str, end: int) -> tuple[int, int] | None:
    m = AFTER.match(text, end + 1)
    if m and has_speech_word(m[1]):
        return m.start(1), m.end(1)
    return None


def back_to(text: str, chars: str, start: int) -> int:
    """Just past the last of ``chars`` before ``start``, at most LOOKBACK back.

    >>> back_to("Он сказал. Она: «да»", ".\\n", 16)
    10
    """
    low = max(0, start - LOOKBACK)
    return max(max(text.rfind(c, low, start) for c in chars) + 1, low)


def attribution_before(text: str, start: int) -> tuple[int, int] | None:
    line_start = back_to(text, "\n", start)
    m = BEFORE.search(text[line_start:start])
    if m:
        return line_start + m.start(1), line_start + m.end(1)
    return None


def opens_sentence(text: str, start: int) -> bool:
    """Nothing but a colon, dash or line start before the quotation mark."""
    before = text[back_to(text, "\n", start):start].rstrip()
    return not before or before[-1] in ":" + DASHES or bool(SENT_END.search(before[-1:] + " "))


def classify(text: str, start: int, end: int) -> Found | None:
    """A quotation found between marks at ``start`` and ``end``, or None."""
    inner = text[start + 1:end]
    if not words(inner):
        return None
    after = attribution_after(text, end)
    before = attribution_before(text, start)
    if looks_like_name(inner) and not after and not before:
        return None
    if opens_sentence(text, start) and (after or before or len(words(inner)) >= 6):
        return Found(start + 1, end, DIRECT, after or before)
    sent_start = back_to(text, ".!?\n", start)
    if has_speech_word(text[sent_start:start]) and not looks_like_name(inner):
        return Found(start + 1, end, PARTIAL, (sent_start, start))
    return None


def split_inner(text: str, found: Found) -> list[Found]:
    """«Q1, — сказал X. — Q2» as two quotations sharing the inner attribution."""
    inner = text[found.start:found.end]
    m = INNER_ATTRIBUTION.search(inner)
    if not m or not has_speech_word(m[1]):
        return [found]
    attribution = (found.start + m.start(1), found.start + m.end(1))
    first = Found(found.start, found.start + m.start(), found.kind, attribution)
    second = Found(found.start + m.end(), found.end, found.kind, found.attribution or attribution)
    return [first, second]


def find_interview(text: str, taken: list[tuple[int, int]]) -> list[Found]:
    """Dash-introduced paragraphs: interview questions and answers."""
    out = []
    for m in INTERVIEW_LINE.finditer(text):
        if any(s <= m.start(1) < e for s, e in taken):
            continue
        out.append(Found(m.start(1), m.end(1), INTERVIEW, None))
    return out


def find_quotes(text: str) -> list[Found]:
    """Every quotation in the (cleaned) text, in order."""
    found: list[Found] = []
    for start, end in find_pairs(text):
        f = classify(text, start, end)
        if f:
            found.extend(split_inner(text, f))
    taken = [(f.start, f.end) for f in found]
    found.extend(find_interview(text, taken))
    return sorted(found, key=lambda f: f.start)
