"""Line breaks left by links: "— ⏎ заявил ⏎ Порошенко." read as one line.

Pages that mark a word up as a link often lose the markup as a line break on
each side of it, so an attribution falls apart over three lines:

    «…», —⏎ заявил⏎ бывший глава области.          (no end punctuation before)
    — говорится⏎ в заявлении МИД⏎ России.
    «… (посёлок под Москвой. ⏎ — РБК⏎ )», — сказал он.  (an editor's note in brackets)

A short line that starts in lower case right after a line that does not end
a sentence is joined to the line before, and to the line after when that one
carries on the sentence (each break becomes a space, so every offset stays
put). Headings, photo credits and new paragraphs start with a
capital or follow a finished sentence, and stay apart.
"""
from __future__ import annotations

import re

SHORT = 6                      # words in a link fragment ("в заявлении МИД")
ENDS = tuple(".!?…»\":;")       # a line that ends like this ends its sentence
BREAK = re.compile(r"\n")


def is_fragment(line: str, prev: str) -> bool:
    """A short lower-case line after an unfinished one."""
    body = line.strip()
    return (bool(body) and body[:1].islower() and len(body.split()) <= SHORT
            and bool(prev.strip()) and not prev.rstrip().endswith(ENDS))


def is_note_piece(line: str, prev: str) -> bool:
    """A piece of an editor's note in brackets that a link broke apart:
    "(посёлок под Москвой. ⏎ — РБК ⏎ )», — сказал он": a line that opens
    with a closing bracket or mark, or a short dash line after a line whose
    bracket is still open."""
    body = line.strip()
    if not body:
        return False                 # a blank line is no piece of anything ("" is "in" any string)
    if body[0] in ")»":
        return bool(prev.strip())
    dashed = body[:1] in "—–" or prev.rstrip()[-1:] in ("—", "–")     # "(… — ⏎ РБК ⏎ )" too
    return dashed and bool(body) and len(body.split()) <= SHORT and prev.count("(") > prev.count(")")


def continues(text: str, start: int) -> bool:
    """The line at ``start`` carries on the sentence: it opens in lower case
    or with punctuation, or it is short ("России." after "в заявлении МИД")."""
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else len(text)].strip()
    return bool(line) and (not line[:1].isupper() or len(line.split()) <= SHORT)


def join_link_breaks(text: str) -> str:
    """``text`` with the line breaks around link fragments made spaces.

    >>> join_link_breaks("сказал, —\\n заявил\\n Иван Петров.\\nНовый абзац")
    'сказал, —  заявил  Иван Петров.\\nНовый абзац'
    >>> join_link_breaks("Конец фразы.\\nзаявил\\nПетров")
    'Конец фразы.\\nзаявил\\nПетров'
    >>> join_link_breaks("Первый абзац\\n\\nВторой абзац")      # a blank line stays
    'Первый абзац\\n\\nВторой абзац'
    """
    if "\n" not in text:
        return text
    out = list(text)
    starts = [0] + [m.end() for m in BREAK.finditer(text)]
    lines = [(s, (e - 1 if e else len(text))) for s, e in zip(starts, starts[1:] + [0])]
    for (ps, pe), (s, e) in zip(lines, lines[1:]):
        if is_note_piece(text[s:e], text[ps:pe]):
            out[s - 1] = " "
        elif is_fragment(text[s:e], text[ps:pe]):
            out[s - 1] = " "
            if e < len(text) and not text[s:e].rstrip().endswith(ENDS) and continues(text, e + 1):
                out[e] = " "
    return "".join(out)
