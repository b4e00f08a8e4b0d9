"""Text for matching: invisible characters out, Latin look-alikes made Cyrillic.

Pages put characters into names that no reader sees: zero-width spaces,
soft hyphens, word joiners, stress marks ("Тока́ев", "То\u00adкаев"). Left
in, one person becomes three or four entities and ``--speaker Токаев``
finds none of them. Latin letters that look Cyrillic ("Тoкаев" with a Latin
o) cut names short. The article is analysed in its normalised form and
every record is mapped back, so offsets and quoted words stay exact:

    original  Т о ­ к а е в      (a soft hyphen at 2)
    matched   Т о к а е в        positions [0, 1, 3, 4, 5, 6]
    a span [0, 6) of the matched text is [0, 7) of the original, and its
    words are read from the original: "То­каев"; its name stays "Токаев".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any

# Soft hyphen, combining grave and acute (stress marks), zero-width space,
# non-joiner and joiner, word joiner, invisible operators, a BOM inside the text.
INVISIBLE = re.compile("[\u00ad\u0300\u0301\u200b-\u200d\u2060-\u2064\ufeff]")
# Latin letters drawn like Cyrillic ones, replaced inside Cyrillic words only.
LOOK_ALIKES = str.maketrans("aceopxyACEHKMOPTXBk", "асеорхуАСЕНКМОРТХВк")
MIXED_WORD = re.compile(r"[^\W\d_]*[а-яёА-ЯЁ][^\W\d_]*")
LATIN = re.compile(r"[aceopxyACEHKMOPTXBk]")


@dataclass(frozen=True)
class Normalized:
    text: str                      # for matching
    positions: list[int] | None    # original offset of each character; None: same offsets


def cyrillic_words(text: str) -> str:
    """Latin look-alikes inside words that hold Cyrillic made Cyrillic (same length).

    >>> cyrillic_words("Тoкаев and Tokayev")
    'Токаев and Tokayev'
    """
    return MIXED_WORD.sub(lambda m: m.group().translate(LOOK_ALIKES) if LATIN.search(m.group())
                          else m.group(), text)


def normalize(text: str) -> Normalized:
    """The text for matching, with the way back to the original offsets.

    >>> n = normalize("То\\u00adкаев сказал")
    >>> n.text, n.positions[:4]
    ('Токаев сказал', [0, 1, 3, 4])
    """
    if INVISIBLE.search(text):
        positions = [i for i, c in enumerate(text) if not INVISIBLE.match(c)]
        text = "".join(text[i] for i in positions)
    else:
        positions = None
    return Normalized(cyrillic_words(text) if LATIN.search(text) else text, positions)


class OffsetMap:
    """Offsets of the normalised text mapped to the original's."""

    def __init__(self, positions: list[int], length: int):
        self.positions, self.length = positions, length

    def start(self, i: int) -> int:
        return self.positions[i] if i < len(self.positions) else self.length

    def end(self, i: int) -> int:
        return self.positions[i - 1] + 1 if i > 0 else 0


# Fields that hold the words at [start:end) of the text.
WORDS = ("text", "mention")


def restore(value: Any, offsets: OffsetMap, original: str) -> Any:
    """A record with every start/end mapped back and its words read from ``original``."""
    if isinstance(value, tuple):
        return tuple(restore(v, offsets, original) for v in value)
    if not is_dataclass(value):
        return value
    names = {f.name for f in fields(value)}
    changes: dict[str, Any] = {}
    for name in names:
        v = getattr(value, name)
        if isinstance(v, tuple) or is_dataclass(v):
            changes[name] = restore(v, offsets, original)
    start, end = getattr(value, "start", None), getattr(value, "end", None)
    if "start" in names and isinstance(start, int) and isinstance(end, int):
        changes["start"], changes["end"] = offsets.start(start), offsets.end(end) if end > start \
            else offsets.start(start)
        for name in WORDS:
            if name in names and isinstance(getattr(value, name), str):
                changes[name] = original[changes["start"]:changes["end"]]
    return replace(value, **changes)
