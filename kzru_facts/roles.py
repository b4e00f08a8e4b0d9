"""Roles the article gives a person: "посол РФ" in "посол РФ Алексей Бородавкин".

Speaker resolution links "подчеркнул посол" back to the person introduced
with that role, so roles are read here, next to each person mention.
"""
from __future__ import annotations

import re

from .data import load_set
from .record import Entity

WORD = re.compile(r"[\w-]+")
ROLE_SPAN = 6      # words between a role word and the name it describes
LOOKBACK = 300     # characters that surely hold those words; keeps long lines linear


def find_role(text: str, mention: Entity) -> str | None:
    """The role phrase just before a mention: "посол РФ" in "посол РФ Бородавкин"."""
    low = max(0, mention.start - LOOKBACK)
    line_start = max(text.rfind("\n", low, mention.start) + 1, low)
    before = text[line_start:mention.start]
    words = list(WORD.finditer(before))[-ROLE_SPAN:]
    roles = load_set("roles")
    for i, w in enumerate(words):
        if w.group().lower() in roles:
            phrase = before[w.start():].strip(" ,—–-\t")
            if phrase and not re.search(r"[.!?;:«»\"]", phrase):
                return phrase
    return None
