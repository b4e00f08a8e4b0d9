"""Find quotations: text in quotation marks that reports someone's words.

Names in quotation marks (newspapers, channels, documents, events) are not
quotes; the decision is read from the context (a speech verb, a colon or a
dash around the marks) and from the words inside (a sentence vs a name).
Each quotation keeps the span of the words that say who spoke
(``attribution``); speakers.py reads the speaker from there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..analysis.segment import back_to
from ..const import DIRECT, INTERVIEW, PARTIAL, QUESTION
from ..data import load_set
from ..analysis.lemma import forms, has_any, has_lemma
from ..analysis.doc import iter_words
from .quotemarks import find_pairs, has_words, words

DASHES = "—–-"
SENT_END = re.compile(r"[.!?…](?=\s|$)")

# A name in quotation marks inside an attribution does not end it:
# "— заявил «Известиям» директор завода «Прогресс» Иван Петров".
TITLE = r"«[A-ZА-ЯЁ0-9][^«»\n]{0,40}»"
ATTR_CHARS = rf"(?:[^\n«»\"]|{TITLE})"
# «Q1, — сказал X. — Q2»: an attribution inside the marks splits the quote.
INNER_ATTRIBUTION = re.compile(rf"(?<=[,.!?…])\s*[—–-]\s+({ATTR_CHARS}{{2,250}}?[,.:])\s*[—–-]\s+")
# «Q», — сказал X.  /  "Q", - пишет он.  /  «Q», констатировал президент.
AFTER = re.compile(rf"[ \t]*[,.!?…]?[ \t]*(?:[—–-]+[ \t]*)?({ATTR_CHARS}{{1,200}}?)(?:[.!?…](?=\s|$)|$|(?=«(?!{TITLE[1:]})|[\"\n]))", re.M)
# «Q»: посол РФ о бытовом национализме   (a headline names the speaker after a colon)
HEADLINE = re.compile(r":\s*([^\n.!?«»\"]{2,60}?)\s+(?:о|об|про)\s")
# «Q». Об этом заявил министр.  /  «Q». Так прокомментировал ситуацию посол.
NEXT_SENTENCE = re.compile(r"[ \t]*[.!?…]?[ \t]*((?:Так|Об этом|Это|Такое|Такую|Эти слова)\b[^\n«»\"]{1,200}?)(?:[.!?…](?=\s|$)|$)",
                           re.M)
# X заявил: «Q»
BEFORE = re.compile(r"([^.!?…\n«»\"]{1,200}):\s*$")
# A closing mark followed by ", — <word>": where a merged «…«…»» quote ends.
AFTER_SPEECH = re.compile(r"\s*[,.!?…]?\s*[—–-]\s*\w")
INTERVIEW_LINE = re.compile(r"^[ \t]*[—–-][ \t]+(\S.*)$", re.M)
# — Q, — сказал он.   (a speech paragraph that ends with its attribution)
DASH_TAIL = re.compile(r"(?<=[,.!?…])\s*[—–-]\s+([^—–\n]{2,150}?)[.!?…]?\s*$")
WORDS_FIRST = 3        # a comma-only attribution starts with the speech verb
CONTINUATION_WORDS = 12  # an interview answer's next paragraph is a long one


@dataclass(frozen=True)
class Found:
    """A quotation before speaker resolution."""
    start: int
    end: int
    kind: str
    attribution: tuple[int, int] | None   # where the words about the speaker are


@lru_cache(maxsize=4096)
def has_speech_word(text: str) -> bool:
    """True when a word of ``text`` has a speech-verb lemma (the words read one by
    one, up to the first such; only words that begin like a speech word's form
    are looked up in the dictionary)."""
    verbs = load_set("speech_verbs")
    return any(has_any(w, verbs) for w in iter_words(text))


POSSESSIVES = frozenset({"его", "ее", "её", "их", "моему", "нашему", "своему"})


def according_at(ws: list[str], i: int) -> bool:
    """``ws[i]`` is the noun of a "по X-у" phrase that credits its sentence: "по его
    утверждению", "по версии издания" (data/according_nouns.txt), right after "по"
    or "по" and a possessive; the noun alone does not count."""
    if not has_lemma(ws[i], load_set("according_nouns")):
        return False
    before = [w.lower() for w in ws[max(0, i - 2):i]]
    return before[-1:] == ["по"] or (len(before) == 2 and before[0] == "по" and before[1] in POSSESSIVES)


def credits_someone(before: str) -> bool:
    """The words hold a "по X-у" phrase of an according noun (``according_at``)."""
    ws = words(before)
    return any(according_at(ws, i) for i in range(len(ws)))


# Sentence punctuation; a dot inside a word is a site's name («24.kg»).
SENTENCE_PUNCT = re.compile(r"[.!?…](?!\w)|,")


def starts_like_name(inner: str) -> bool:
    """A capital or a digit first: «Россия 24», «24.kg», «Ana tili»."""
    return bool(inner[:1]) and not inner[:1].islower() and not inner[:1].isspace()


def looks_like_name(inner: str) -> bool:
    """Short, title-case, no sentence punctuation: «Россия 24», «Росатом», «24.kg»."""
    return starts_like_name(inner) and not SENTENCE_PUNCT.search(inner) and not has_words(inner, 5)


def after_dash(text: str, end: int) -> bool:
    """A dash right after the closing mark: «Q», — ..."""
    return bool(re.match(r"\s*[,.!?…]?\s*[—–-]", text[end + 1:end + 6]))


def attribution_after(text: str, end: int) -> tuple[int, int] | None:
    """«Q», — сказал X. (with a dash) or «Q», сказал X. (the verb comes first)."""
    m = AFTER.match(text, end + 1)
    if not m or not has_speech_word(m[1]):
        return None
    if not after_dash(text, end) and not has_speech_word(" ".join(words(m[1])[:WORDS_FIRST])):
        return None
    return m.start(1), m.end(1)


def attribution_next(text: str, end: int) -> tuple[int, int] | None:
    """«Q». Об этом заявил министр. (the next sentence points back at the quote)"""
    m = NEXT_SENTENCE.match(text, end + 1)
    if not m or not has_speech_word(m[1]):
        return None
    return m.start(1), m.end(1)


def attribution_headline(text: str, start: int, end: int) -> tuple[int, int] | None:
    """«Q»: посол РФ о бытовом национализме, for a quote that opens its line."""
    line_start = back_to(text, "\n", start)
    if text[line_start:start].strip():
        return None
    m = HEADLINE.match(text, end + 1)
    return (m.start(1), m.end(1)) if m else None


def colon_clause(line: str) -> re.Match | None:
    """BEFORE's match: only a line that ends in a colon can hold one, and the
    search is slow on long lines, so that is tested first."""
    return BEFORE.search(line) if line.rstrip().endswith(":") else None


def attribution_before(text: str, start: int) -> tuple[int, int] | None:
    """X заявил: «Q», on the same line or as the previous paragraph."""
    line_start = back_to(text, "\n", start)
    m = colon_clause(text[line_start:start])
    if m:
        return line_start + m.start(1), line_start + m.end(1)
    if text[line_start:start].strip(" \t" + DASHES):
        return None
    prev_end = len(text[:line_start].rstrip())
    prev = text[back_to(text, "\n", prev_end):prev_end]
    m = colon_clause(prev)
    if m:
        return prev_end - len(prev) + m.start(1), prev_end - len(prev) + m.end(1)
    return None


def opens_sentence(text: str, start: int) -> bool:
    """Nothing but a colon, dash or line start before the quotation mark."""
    before = text[back_to(text, "\n", start):start].rstrip()
    return not before or before[-1] in ":" + DASHES or bool(SENT_END.search(before[-1:] + " "))


def has_verb(inner: str) -> bool:
    """A finite verb or short participle inside: a sentence rather than a name."""
    return any(forms(w)[0].tag.POS in ("VERB", "PRTS") for w in words(inner))


def after_noun(text: str, start: int) -> bool:
    """The word just before the mark is a noun: в статье «…», газете «…»."""
    before = words(text[max(0, start - 40):start])
    if not before or not text[:start].rstrip()[-1:].isalnum():
        return False
    return forms(before[-1])[0].tag.POS == "NOUN"


def is_title(text: str, start: int, end: int) -> bool:
    """A name in quotation marks: «Россия 24», в статье «Вечная дружба – …»."""
    inner = text[start + 1:end]
    if looks_like_name(inner):
        return True
    return starts_like_name(inner) and after_noun(text, start) and not has_verb(inner)


def classify(text: str, start: int, end: int) -> Found | None:
    """A quotation found between marks at ``start`` and ``end``, or None."""
    inner = text[start + 1:end]
    if not has_words(inner):
        return None
    after = (attribution_after(text, end) or attribution_headline(text, start, end)
             or attribution_next(text, end))
    before = attribution_before(text, start)
    if is_title(text, start, end) and not after and not before:
        return None
    if opens_sentence(text, start) and (after or before or has_words(inner, 6)):
        return Found(start + 1, end, DIRECT, after or before)
    sent_start = back_to(text, ".!?\n", start)
    if (has_speech_word(text[sent_start:start]) or credits_someone(text[sent_start:start])) \
            and not looks_like_name(inner):
        return Found(start + 1, end, PARTIAL, (sent_start, start))
    if after and not is_title(text, start, end):
        return Found(start + 1, end, PARTIAL, after)
    return None


def first_inner_attribution(inner: str) -> re.Match | None:
    """The first dash-enclosed clause with a speech word; a clause without one
    («… (где возможно. – «НГ»), – говорит он. – …», an editor's note) is
    stepped over, not taken for the end of the search."""
    pos = 0
    while (m := INNER_ATTRIBUTION.search(inner, pos)) is not None:
        if has_speech_word(m[1]) and not in_note(m[1]):
            return m
        pos = m.start() + 1
    return None


def in_note(clause: str) -> bool:
    """A clause after a dash that closes a bracket it did not open: the
    signature of an editor's note, "(работы в сети. — РБК), о которых
    мы расскажем", not an attribution."""
    close = clause.find(")")
    return close >= 0 and "(" not in clause[:close]


def split_inner(text: str, found: Found) -> list[Found]:
    """«Q1, — сказал X. — Q2» as two quotations sharing the inner attribution."""
    inner = text[found.start:found.end]
    m = first_inner_attribution(inner)
    if not m:
        return [found]
    attribution = (found.start + m.start(1), found.start + m.end(1))
    first_end = found.start + m.start() - inner[:m.start()].endswith(",")
    first = Found(found.start, first_end, found.kind, attribution)
    second = Found(found.start + m.end(), found.end, found.kind, found.attribution or attribution)
    return [first, second]


def split_dash_line(text: str, start: int, end: int) -> list[Found]:
    """— Q, — сказал он.  /  — Q1, — сказал он. — Q2  /  — Q (an interview turn)."""
    line = text[start:end]
    m = DASH_TAIL.search(line)
    if m and has_speech_word(m[1]) and not in_note(m[1]):
        return split_inner(text, Found(start, start + m.start(), DIRECT,
                                       (start + m.start(1), start + m.end(1))))
    parts = split_inner(text, Found(start, end, INTERVIEW, None))
    if len(parts) > 1:
        return [Found(p.start, p.end, DIRECT, p.attribution) for p in parts]
    return parts


def is_narration(para: str) -> bool:
    """A paragraph in the outlet's voice: it holds a quotation of its own, or
    opens with a desk formula ("Напомним, …", "Ранее …")."""
    low = para.strip().lower()
    return (any(mark in para for mark in "«»„“\"")
            or any(low.startswith(w) for w in load_set("recap_openers")))


def continuations(text: str, answer: Found, taken: list[tuple[int, int]]) -> list[Found]:
    """Paragraphs that carry on an interview answer without a new dash."""
    out, pos = [], text.find("\n", answer.end)
    for m in re.compile(r"[^\n]+").finditer(text, pos if pos >= 0 else len(text)):
        para = m.group()
        if (INTERVIEW_LINE.match(para) or is_narration(para)
                or not has_words(para, CONTINUATION_WORDS) or any(s <= m.start() < e for s, e in taken)):
            break
        out.append(Found(m.start() + len(para) - len(para.lstrip()), m.end(), INTERVIEW, None))
    return out


def in_interview(text: str, pos: int) -> bool:
    """The article calls itself an interview before ``pos``."""
    return bool(re.search(r"интервью", text[:pos], re.I))


def near_question(text: str, line: re.Match) -> bool:
    """This dash line or the dash line before it asks a question (a Q&A)."""
    prev_end = back_to(text, "\n", line.start()) - 1
    prev = text[back_to(text, "\n", max(prev_end, 0)):max(prev_end, 0)]
    return any(INTERVIEW_LINE.match(t) and t.rstrip().endswith("?") for t in (line.group(), prev))


def find_interview(text: str, taken: list[tuple[int, int]]) -> list[Found]:
    """Dash-introduced paragraphs: interview questions and answers, dash speech."""
    out: list[Found] = []
    for m in INTERVIEW_LINE.finditer(text):
        if any(s <= m.start(1) < e for s, e in taken + [(f.start, f.end) for f in out]):
            continue
        parts = split_dash_line(text, m.start(1), m.end(1))
        last = parts[-1]
        if last.kind == INTERVIEW and not (in_interview(text, m.start()) or near_question(text, m)):
            continue      # a bulleted list, not speech: "— рост торговли на 5%;"
        if last.kind == INTERVIEW and is_question(text, last):
            out.extend(parts[:-1] + [Found(last.start, last.end, QUESTION, None)])
            continue
        out.extend(parts)
        if last.kind == INTERVIEW:
            out.extend(continuations(text, last, taken))
    return out


def is_question(text: str, turn: Found) -> bool:
    """An interview turn that asks: it ends in a question mark."""
    return text[turn.start:turn.end].rstrip().endswith("?")


def find_quotes(text: str) -> list[Found]:
    """Every quotation in the (cleaned) text, in order."""
    found: list[Found] = []
    for start, end in find_pairs(text, lambda c: bool(AFTER_SPEECH.match(text, c + 1))):
        f = classify(text, start, end)
        if f:
            found.extend(split_inner(text, f))
    taken = [(f.start, f.end) for f in found]
    found.extend(find_interview(text, taken))
    return sorted(found, key=lambda f: f.start)
