"""Find the parts of a page that are not the article: menus, widgets, credits.

Cleaning never changes offsets: set-aside text is blanked with spaces
(line breaks kept), so every later stage reads a string of the same length
and its spans index the original text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..data import load_set
from ..record import Zone

LINE = re.compile(r"[^\n]*")
SENTENCE_END = re.compile(r"[.!?…:;»\"”)]\s*$")
LETTER = re.compile(r"[^\W\d_]")
# "07:50 22/02/2024", "19:09, 12 Ноябрь 2025 | GMT +5", "АСТАНА, 11 фев — Sputnik.":
# dates stay visible for the dates extractor (NER skips them itself).
DATE_LINE = re.compile(r"\d{1,2}[:./]\d{2}|\b\d{1,2}\s+[А-Яа-яЁё]{3,9}\.?,?\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b")
# "Иван Сидоров/РИА Новости", "… / akorda.kz, бильд-редактор: Иван Петров"
INLINE_CREDIT = re.compile(r"^\s*[А-ЯЁA-Z][\w-]+\s+[А-ЯЁA-Z][\w-]+\s*/\s*\S"
                           r"|\s/\s*[\w.-]+\.(?:kz|ru|com|org|net)\b|бильд-редактор|фото\s*:", re.I)
LABEL = re.compile(r"^\s*[\w ]{2,20}:\s*$")

# Page machinery left in the text: an embedded video player's JavaScript
# ("jwplayer(…).setup({ advertising: (function() {", "var players =
# document.querySelectorAll(…)"), CSS ("position: relative;padding-top: 25px;"),
# HTML tags. Its string literals must not be read as quotes.
SCRIPT = re.compile(r"function\s*\(|\bvar\s+\w+\s*=|\b(?:document|window|location)\.\w|jwplayer"
                    r"|encodeURI|=>|&&|\|\||[{};]\s*[{};]|\)\s*\{|<\w+[^>]*>|</\w+>"
                    r"|\b[a-z-]{3,}\s*:\s*[\w#.%-]+\s*;|\\u[0-9A-Fa-f]{4}")
CODE_CHARS = re.compile(r"[{}\[\]=<>]")   # not "()" nor ";": "(Озил, 10'; Вернер, 21')"
SCRIPT_SPAN = 300         # characters of a line per sign of code it must show
CODE_SHARE = 0.05          # a line this dense in brackets and semicolons is code
# Tweet embeds: "pic.twitter.com/DR0qTN0P6X", "https://t.co/b73Epf5w6s",
# "#ajax", "@FLOTUS", and the credit "— Donald J. Trump (@realDonaldTrump)
# January 4, 2018": the credit is set aside up to the handle, its date stays
# for the dates extractor (it may also come on the next line).
URL_LINE = re.compile(r"^\s*(?:(?:https?://|www\.|pic\.twitter\.com/)\S*\s*)+$", re.I)
TAG_LINE = re.compile(r"^\s*(?:[#@][\w.]+[\s!.,]*)+$")
EMBED_CREDIT = re.compile(r"^\s*[—–-]\s*[^\n]{1,80}\(@\w{1,30}\)")

# A run of this many short lines without sentence punctuation is a menu:
# "Политика / Экономика / Общество / Происшествия" (seed 000).
MENU_RUN = 3
MENU_WORDS = 4


@dataclass(frozen=True)
class Cleaned:
    text: str                  # same length as the input, set-aside text blanked
    zones: tuple[Zone, ...]    # what was set aside, and why


def split_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its line break."""
    return [m.span() for m in LINE.finditer(text) if m.start() < len(text) or m.group()]


def is_credit(line: str) -> bool:
    """A photo credit, a source note, a copyright or tag line."""
    low = line.strip().lower()
    if low.startswith("©") or "©" in low[:40]:
        return True
    return any(low.startswith(w) for w in load_set("credit_starts"))


def is_credit_inline(line: str) -> bool:
    """A photo caption credit: "Иван Сидоров/РИА Новости"."""
    return bool(INLINE_CREDIT.search(line)) and not SENTENCE_END.search(line.strip()[-1:] or "")


def is_date_line(line: str) -> bool:
    """A timestamp or dateline, kept visible for the dates extractor."""
    return bool(DATE_LINE.search(line))


def is_widget(line: str) -> bool:
    """A line with no letters at all, such as a temperature '+7°' (not a date)."""
    return bool(line.strip()) and not LETTER.search(line) and not is_date_line(line)


def word_count(line: str) -> int:
    """Words of a raw line as razdel counts them («Санкт-Петербург» is one), read
    off its spaces: cleaning runs on every line before there is a Doc.

    >>> word_count("Главная | Политика  Санкт-Петербург")
    3
    """
    return sum(1 for w in line.split() if any(c.isalnum() for c in w))


def is_short(line: str) -> bool:
    """A menu-like line: a few words, no sentence punctuation."""
    s = line.strip()
    return bool(s) and word_count(s) <= MENU_WORDS and not SENTENCE_END.search(s)


def is_script(line: str) -> bool:
    """JavaScript, CSS or HTML of an embed, not prose."""
    s = line.strip()
    # one sign of code per SCRIPT_SPAN characters: a page saved as one long line
    # is not set aside whole for one stray "&&" in it
    if len(SCRIPT.findall(s)) >= max(1, len(s) // SCRIPT_SPAN):
        return True
    code = len(CODE_CHARS.findall(s))
    return code >= 3 and code >= CODE_SHARE * len(s.replace(" ", ""))


def is_embed(line: str) -> bool:
    """A tweet embed's link, tag line or credit: "pic.twitter.com/…", "— Name (@handle)"."""
    return bool(URL_LINE.match(line) or TAG_LINE.match(line) or EMBED_CREDIT.match(line))


def is_button(line: str) -> bool:
    """A button's label alone on its line: "Поделиться"."""
    return re.sub(r"[^\w ]+", "", line).strip().lower() in load_set("button_labels")


def residue_kind(line: str) -> str | None:
    """Why a line is page machinery ("script", "embed", "widget"), or None."""
    if is_script(line):
        return "script"
    if is_embed(line):
        return "embed"
    return "widget" if is_button(line) else None


def residue_end(line: str) -> int:
    """How much of a residue line to set aside: a tweet credit up to its handle.

    >>> line = "— Donald J. Trump (@realDonaldTrump) January 4, 2018"
    >>> line[residue_end(line):]
    ' January 4, 2018'
    """
    m = EMBED_CREDIT.match(line)
    return m.end() if m and not URL_LINE.match(line) else len(line)


def find_zones(text: str) -> list[Zone]:
    """Zones of the text that are not article prose."""
    lines = [(s, e) for s, e in split_lines(text) if text[s:e].strip()]
    zones: list[Zone] = []
    run: list[tuple[int, int]] = []

    def flush() -> None:
        if len(run) >= MENU_RUN:
            zones.extend(Zone("menu", s, e) for s, e in run)
        run.clear()

    after_label = False
    for s, e in lines:
        line = text[s:e]
        residue = residue_kind(line)
        if residue:
            zones.append(Zone(residue, s, s + residue_end(line)))
        elif is_credit(line) or is_credit_inline(line) or after_label:
            zones.append(Zone("credit", s, e))
        elif is_widget(line):
            zones.append(Zone("widget", s, e))
        # "Теги:" alone on its line: the next line is the tag list
        after_label = is_credit(line) and bool(LABEL.match(line))
        if (is_short(line) or is_widget(line)) and not is_date_line(line):
            run.append((s, e))
        else:
            flush()
    flush()
    return merge_zones(zones)


def merge_zones(zones: list[Zone]) -> list[Zone]:
    """One zone per line, first reason kept, in text order."""
    seen: dict[tuple[int, int], Zone] = {}
    for z in zones:
        seen.setdefault((z.start, z.end), z)
    return sorted(seen.values(), key=lambda z: z.start)


def blank(text: str, zones: list[Zone]) -> str:
    """The text with every zone replaced by spaces, line breaks kept."""
    chars = list(text)
    for z in zones:
        for i in range(z.start, z.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def clean(text: str) -> Cleaned:
    """Blank what is not article prose; keep offsets.

    >>> c = clean("Политика\\nЭкономика\\nСпорт\\nПутин прибыл в Астану.")
    >>> c.text.strip()
    'Путин прибыл в Астану.'
    >>> len(c.text) == len("Политика\\nЭкономика\\nСпорт\\nПутин прибыл в Астану.")
    True
    """
    zones = find_zones(text)
    return Cleaned(blank(text, zones), tuple(zones))
