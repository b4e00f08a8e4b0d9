"""The parse step: the grammatical subject of the speech verb (its object
for "цитирует агентство X"), and a full name closing the attribution past
its appositions."""
from __future__ import annotations

from dataclasses import replace

from ..analysis.lemma import forms, has_lemma
from ..analysis.names import Token, tokens
from ..data import load_set
from ..record import Speaker
from .attribution import by_name
from .bodies import by_body
from .context import Context
from .cues import cue_of, windows
from .finder import Found
from .salience import by_pronoun, by_role
from .words import cue_female, is_speech_noun, maybe_nominative


PARSE_CHARS = 2000     # longer "sentences" (pages without punctuation) are not parsed


# Dependents that open a clause of their own: "директор, который ранее …".
CLAUSE_RELS = frozenset({"acl", "acl:relcl", "advcl", "parataxis", "conj", "cc", "punct"})


def subject_words(ctx: Context, q: Found, cue: Token) -> tuple[list[Token], list[Token]] | None:
    """(name phrase, clause-bounded subtree) of the speech verb's grammatical
    subject, from the dependency parse; for "цитирует агентство X", of its
    object. None when the parse gives the verb no subject outside quotes."""
    sent = ctx.parsed().sentence_at(cue.start)
    if sent is None or sent.end - sent.start > PARSE_CHARS:
        return None           # a run-on "sentence" of a whole page: no parse, the windows decide
    parse = ctx.parsed().parse_at(cue.start)
    verb = parse.at(cue.start) if parse else None
    if verb is None:
        return None
    quoting = has_lemma(cue.text, load_set("relays"))
    head = (parse.object(verb) if quoting else None) or parse.subject(verb)
    if head is None and verb.rel == "xcomp" and parse.head(verb):
        head = parse.subject(parse.head(verb))     # "протестующие начали скандировать"
    if head is None or ctx.inside_quote(head.start):
        return None
    keep, todo = [head], [head]
    while todo:
        for w in parse.dependents(todo.pop(), None):
            if w.rel not in CLAUSE_RELS:
                keep.append(w)
                todo.append(w)
    as_tokens = lambda ws: [Token(w.start, w.stop, w.text) for w in sorted(ws, key=lambda w: w.index)
                            if w.text[:1].isalnum() and not ctx.inside_quote(w.start)]
    return as_tokens(parse.phrase(head)), as_tokens(keep)


def last_name(ctx: Context, clause: list[Token]) -> Speaker | None:
    """The last person named in full in the subject's words, each word possibly
    nominative: "соседка семьи, уроженка Ингушетии Зарема Евлоева" (the
    name hangs off an apposition); "помощник Владимира Путина" names no one."""
    for t in reversed(clause):
        found = by_name(ctx, [t], True)
        if found and found.mention and len(found.mention.split()) > 1 \
                and all(maybe_nominative(w) for w in found.mention.split()):
            return found
    return None


def name_run(phrase: list[Token], clause: list[Token]) -> list[Token]:
    """The capitalised words right after the subject's head noun: "экономист
    Александр Дудчак" (a name the parser hung under the noun another way);
    two words at least, the first one possibly nominative ("пресс-секретарь
    Владимира Путина" is no run)."""
    if not phrase:
        return []
    after = [t for t in clause if t.start > phrase[0].start]
    run = []
    for t in after:
        if not t.text[:1].isupper():
            break
        run.append(t)
    nominative = run and any(f.tag.case == "nomn" for f in forms(run[0].text))
    return run if len(run) > 1 and nominative else []


def not_owner(phrase: list[Token], s: Speaker | None) -> Speaker | None:
    """``s`` unless it is the genitive owner of the subject's head noun that the
    parser hung under the noun as a name ("помощник министра Ивана Петрова",
    "приятель Худжамова" of Иштимир Худжамов): a name after a noun whose first
    word cannot be nominative, or a bare surname written in another form than
    the referent's own. The head noun's holder is then for the next steps."""
    if not s or not s.mention or not phrase or phrase[0].start >= (s.start or 0):
        return s
    written = s.mention.split()
    surname = s.name.split()[-1] if s.name else ""
    if not maybe_nominative(written[0]) or (
            len(written) == 1 and written[0] != surname and written[0].startswith(surname)):
        return None
    return s


def crowd(phrase: list[Token]) -> Speaker | None:
    """A participle standing for people, in the plural: "протестующие",
    "собравшиеся" are a group speaker as named."""
    if len(phrase) != 1:
        return None
    form = forms(phrase[0].text)[0]
    if form.tag.POS == "PRTF" and form.tag.number == "plur" and form.tag.case == "nomn":
        t = phrase[0]
        return Speaker(t.text.lower(), t.text, t.start, t.end, None, "group")
    return None


def as_subject(s: Speaker | None) -> Speaker | None:
    """A name the parse says is the subject is written in the nominative:
    where the referent's surname was normalised off it ("Чобану" read as a
    genitive of "Чобан"), the surname as written is kept.

    >>> as_subject(Speaker("Виктор Чобан", "Виктор Чобану", 0, 13)).name
    'Виктор Чобану'
    >>> as_subject(Speaker("Дмитрий Песков", "Песков", 0, 6)).name
    'Дмитрий Песков'
    """
    if not s or not s.mention or not s.name:
        return s
    written, named = s.mention.split()[-1], s.name.split()[-1]
    if written != named and written[:1].isupper() and written.startswith(named):
        return replace(s, name=" ".join(s.name.split()[:-1] + [written]))
    return s


# An unnamed source ("— сообщил источник RT"): the sieve stops, the speaker is null.
ANONYMOUS = Speaker(None, None, None, None, None, "anonymous")


def rule_subject(ctx: Context, q: Found) -> Speaker | None:
    """The subject of the speech verb, read off the dependency parse:
    "— подвёл итоги социолог Виктор Чобану" -> its name phrase (in any case:
    the parse, not the ending, says it is the subject), else a nominative
    name in it, a role or person noun, a pronoun, a body."""
    cue = cue_of(ctx, q)
    if not cue or is_speech_noun(cue):
        return None
    found = subject_words(ctx, q, cue)
    if not found:
        return None
    phrase, clause = found
    if phrase and has_lemma(phrase[0].text, load_set("anonymous")):
        return ANONYMOUS
    female = cue_female(cue)
    quoting = has_lemma(cue.text, load_set("relays"))
    keep = (lambda s: s) if quoting else as_subject
    near = windows(ctx, q, cue)[0]      # the parse may hang a long subject's name elsewhere
    speaker = (keep(not_owner(phrase, by_name(ctx, phrase, True))) or by_name(ctx, name_run(phrase, clause), True)
               or by_name(ctx, clause, False) or keep(last_name(ctx, clause))
               or by_name(ctx, near, False) or keep(last_name(ctx, near))
               or by_role(ctx, clause, q.start, female, True, True, animate=True, head_only=True)
               or by_pronoun(ctx, phrase, q, female) or by_body(ctx, clause, q.start)
               or crowd(phrase))
    return replace(speaker, rule=f"subject:{speaker.rule}") if speaker else None


def rule_apposition(ctx: Context, q: Found) -> Speaker | None:
    """"«…», — рассказывает соседка семьи, уроженка Ингушетии Зарема Евлоева":
    a full name closing the attribution after the quote, past the commas of
    its appositions (the parse gave the verb no subject)."""
    cue = cue_of(ctx, q)
    if not cue or q.attribution[0] < q.end or is_speech_noun(cue) \
            or by_name(ctx, windows(ctx, q, cue)[0], False):
        return None         # a name right at the cue is the subject: the next step reads it
    words = [t for t in tokens(ctx.text, cue.end, q.attribution[1]) if not ctx.inside_quote(t.start)]
    found = as_subject(last_name(ctx, words))
    return replace(found, rule="apposition") if found else None
