"""Count what issue 12 asks about quotes and speakers over a real corpus.

    python bench/quote_counts.py /work/shared/corpus/news-2000.jsonl.gz
    python bench/quote_counts.py CORPUS -n 200 --examples 5

Reads a JSONL corpus (gzip or plain; one article per line with a ``text``
field), runs the pipeline on each article and prints:

- quotes, and quotes whose text looks like script, CSS, a URL or a button
  label (``junk``);
- speakers that are relays or buttons: an outlet or channel named only as
  the one who passed the words on (a name whose words are in
  data/relays.txt, or a news agency from a short list), or a
  share button's label;
- interview questions (kind ``question``) and how many carry a speaker (the
  outlet: a question's outlet is not counted as a relay speaker);
- person speakers whose name is not in the nominative: a word that
  pymorphy reads only as a surname or first name in an oblique case
  ("Скрипаля", "Ына"), or a name the article never writes in that form.

The checks are heuristics for a report, not part of the tool.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parent.parent))   # PYTHONPATH wins: compare trees

from kzru_facts.analysis.lemma import forms, lemmas  # noqa: E402
from kzru_facts.analysis.morph import known  # noqa: E402
from kzru_facts import const  # noqa: E402
from kzru_facts.data import load_set  # noqa: E402
from kzru_facts.pipeline import extract  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import read_rows  # noqa: E402  (beside this script)

SCRIPT = re.compile(r"function\s*\(|\bvar\s+\w+\s*=|[{};]\s*$|https?://|www\.|\.js\b|\.css\b|\bpx\b|"
                    r"document\.|window\.|getElement|</?\w+>|\w+\.\w+\(")
BUTTONS = frozenset({"поделиться", "подписаться", "читать далее", "читать также", "комментировать",
                     "смотреть", "нравится", "ответить", "показать"})
# outlets that relay others' words in this corpus's kind of news (for counting only)
AGENCIES = ("риа новости", "риа", "тасс", "интерфакс", "reuters", "ap", "afp", "bloomberg", "спутник",
            "sputnik", "regnum", "rt", "ntv", "bbc", "cnn", "sky news", "ура.ру", "лента.ру")
SURNAME_NOM = re.compile(r"[А-ЯЁ][а-яё-]+(?:ов|ев|ёв|ин|ын|ский|цкий)")
# a surname in a case ending: Лаврентьева, Скрипаля, Токаеву, Путиным
SURNAME_CASE = re.compile(r"[А-ЯЁ][а-яё-]+(?:(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е)|ля|ню|ня)")


def is_junk(text: str) -> bool:
    """Script, CSS, a URL or a button label rather than reported words."""
    return bool(SCRIPT.search(text)) or text.strip().lower() in BUTTONS


def relay_words() -> frozenset[str]:
    """data/relays.txt of this tree, or (run against an older tree) its core."""
    try:
        return load_set("relays")
    except OSError:
        return frozenset({"цитировать", "передавать", "беседа", "интервью", "эфир", "facebook",
                          "twitter", "telegram", "instagram", "youtube"})


def is_relay_or_button(name: str) -> bool:
    relays = relay_words()
    low = name.lower().strip()
    words = re.findall(r"[\w.-]+", low)
    return (low in BUTTONS or low in AGENCIES or any(w in relays or lemmas(w) & relays for w in words))


def is_oblique(name: str) -> bool:
    """A person's name not in the nominative: a first name pymorphy knows only
    in an oblique case ("Сергея Иванов"), or a man's first name with a
    surname in a case ending ("Александр Лаврентьева", "Сергей Скрипаля").
    Foreign names pymorphy does not know are not judged."""
    words = re.findall(r"[А-ЯЁ][а-яё-]+", name)
    if not words:
        return False
    first = [f for f in forms(words[0]) if "Name" in f.tag]
    if len(words) > 1 and first and known(words[0].lower()) and not any(f.tag.case == "nomn" for f in first):
        return True
    if len(words) == 1:
        return bool(first) and known(words[0].lower()) and not any(f.tag.case == "nomn" for f in first) \
            and not SURNAME_NOM.fullmatch(words[0])
    male = first and all(f.tag.gender == "masc" for f in first) and any(f.tag.case == "nomn" for f in first)
    return bool(male and len(words) > 1 and SURNAME_CASE.fullmatch(words[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("-n", type=int, default=None, help="only the first N articles")
    parser.add_argument("--examples", type=int, default=3, help="examples shown per count")
    parser.add_argument("--checkpoint", type=int, default=None, help="also print the counts after N articles")
    args = parser.parse_args()
    counts: Counter = Counter()
    examples: dict[str, list[str]] = {}
    by_name: Counter = Counter()

    def note(key: str, example: str) -> None:
        counts[key] += 1
        examples.setdefault(key, [])
        if len(examples[key]) < args.examples:
            examples[key].append(example)

    for article in read_rows(args.corpus, args.n):
        counts["articles"] += 1
        try:
            result = extract(article.get("text") or "")
        except Exception as exc:      # a report, not a test: count and go on
            note("errors", f"{article.get('id')}: {exc!r}")
            continue
        for q in result.quotes:
            counts["quotes"] += 1
            if is_junk(q.text):
                note("junk quotes (script, CSS, URL, button)", q.text[:80])
            s = q.speaker
            if q.kind == getattr(const, "QUESTION", "question"):
                counts["questions"] += 1
                counts["questions with a speaker"] += bool(s and s.name)
            if not s or not s.name:
                continue
            counts["quotes with a speaker"] += 1
            if is_relay_or_button(s.name) and s.rule != "question":   # a question is the outlet's own
                note("relay or button speakers", f"{s.name} ({s.rule}) «{q.text[:50]}»")
                by_name[s.name] += 1
            if s.name[:1].isupper() and s.rule not in ("body", "document", "source", "question") \
                    and is_oblique(s.name):
                note("non-nominative person speakers", f"{s.name} ({s.rule}, {s.mention!r})")
        if counts["articles"] == args.checkpoint:
            report(counts, examples, by_name)
            print("---")
    report(counts, examples, by_name)


def report(counts: Counter, examples: dict[str, list[str]], by_name: Counter) -> None:
    for key in ("articles", "errors", "quotes", "junk quotes (script, CSS, URL, button)",
                "quotes with a speaker", "relay or button speakers", "non-nominative person speakers",
                "questions", "questions with a speaker"):
        print(f"{key:45} {counts[key]:6}")
        for ex in examples.get(key, []):
            print(f"    {ex}")
    print("relay or button speakers by name:", ", ".join(f"{n} {c}" for n, c in by_name.most_common(10)))


if __name__ == "__main__":
    main()
