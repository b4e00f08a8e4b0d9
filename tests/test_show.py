"""The terminal view: styles on the right words, labels, legend, pager, golden seed."""
from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.style import Style

from kzru_facts.cli import cli
from kzru_facts.output.marks import LEGEND
from kzru_facts.record import Article, Entity, Quote
from kzru_facts.output.show import LABEL, STYLES, body, label_text, legend, show
from tests.conftest import SEEDS, make_env
from tests.sample_article import QUOTE, SPEAKER, TEXT, at, sample_article

GOLDEN = Path(__file__).parent / "golden"
GOLDEN_SEED = SEEDS / "000_791e629fc53aa867.txt"
UPDATE = os.environ.get("KZRU_UPDATE_GOLDEN") == "1"
WIDTH = 100


def style_at(text, offset: int) -> Style:
    """The combined style of one character of a rich Text."""
    return text.get_style_at_offset(Console(), offset)


def offset_in_body(sub: str, nth: int = 0) -> int:
    """Where TEXT[at(sub)] lands in the body: labels before it shift it."""
    start = at(sub, nth)[0]
    return start + (len(label_text(SPEAKER)) if start > at(QUOTE)[1] else 0)


def has(style: Style, wanted: str) -> bool:
    """True when every attribute of ``wanted`` is set in ``style``."""
    return Style.combine([style, Style.parse(wanted)]) == style


STYLED = [
    # (words of the sample, nth occurrence, style they must carry)
    ("Главная", 0, STYLES["skipped"]),
    ("Визит", 0, STYLES["quote"]),
    ("Визит", 0, STYLES["visit"]),            # the visit crosses the quote's «
    ("Омск", 0, STYLES["LOC"]),
    ("Омск", 0, STYLES["quote"]),             # an entity inside a quote keeps both
    ("5 мая", 0, STYLES["date"]),
    ("5 мая", 0, STYLES["quote"]),
    ("<script>", 0, STYLES["quote"]),
    ("Иван Петров", 0, STYLES["PER"]),
    ("Иван Петров", 1, STYLES["speaker"]),    # the speaker's words win over PER
    ("Мы готовы", 0, STYLES["quote"]),
]


@pytest.mark.parametrize("sub, nth, wanted", STYLED)
def test_marks_are_styled(sub, nth, wanted):
    text = body(sample_article())
    assert has(style_at(text, offset_in_body(sub, nth)), wanted)


UNSTYLED = [("министр", 0), ("сказал", 0), ("кто-то", 0)]


@pytest.mark.parametrize("sub, nth", UNSTYLED)
def test_plain_words_stay_plain(sub, nth):
    assert style_at(body(sample_article()), offset_in_body(sub, nth)) == Style()


def test_body_is_the_text_plus_labels_after_closing_marks():
    plain = body(sample_article()).plain
    assert f"хорошо»{label_text(SPEAKER)}," in plain
    assert f"«Мы готовы»{label_text('?')}," in plain
    assert plain.replace(label_text(SPEAKER), "").replace(label_text("?"), "") == TEXT


def test_labels_are_styled():
    text = body(sample_article())
    start = text.plain.index(label_text(SPEAKER))
    assert has(style_at(text, start + 2), LABEL)


def test_legend_names_every_kind():
    plain = legend().plain
    assert all(name in plain for name in LEGEND.values())


def test_empty_article_shows_header_and_legend():
    out = io.StringIO()
    show([Article("empty.txt", None, None)], Console(file=out, width=80))
    assert "empty.txt" in out.getvalue() and "Legend:" in out.getvalue()


def test_pager_gets_the_whole_view(monkeypatch):
    paged = []
    monkeypatch.setattr("pydoc.pager", paged.append)
    out = io.StringIO()
    show([sample_article()], Console(file=out, width=80), pager=True)
    assert out.getvalue() == "" and "Иван Петров" in paged[0] and "Legend:" in paged[0]


def fake_extract(text, published=None, doc=None, **meta):
    return sample_article(doc)


def test_cli_show_without_pager_when_piped(runner, monkeypatch):
    monkeypatch.setattr("kzru_facts.pipeline.extract", fake_extract)
    monkeypatch.setattr("pydoc.pager", lambda text: pytest.fail("paged while piped"))
    result = runner.invoke(cli, ["show", "--width", "120", "-"], obj=make_env(stdin=True),
                           input=TEXT)
    assert result.exit_code == 0, result.stderr
    assert "\x1b[" not in result.stdout
    assert f"хорошо»{label_text(SPEAKER)}" in result.stdout and "Legend:" in result.stdout


def test_cli_show_pages_on_a_terminal(runner, monkeypatch):
    monkeypatch.setattr("kzru_facts.pipeline.extract", fake_extract)
    paged = []
    monkeypatch.setattr("pydoc.pager", paged.append)
    result = runner.invoke(cli, ["show", "-"], obj=make_env(tty=True, stdin=True), input=TEXT)
    assert result.exit_code == 0, result.stderr
    assert len(paged) == 1 and "Legend:" in paged[0]


def test_cli_show_missing_file_is_a_usage_error(runner):
    result = runner.invoke(cli, ["show", "no/such/file.txt"], obj=make_env())
    assert result.exit_code == 2 and "no such file" in result.stderr


# ── golden: one seed article as a fixed-width console records it ─────────

def render_seed() -> tuple[str, str]:
    """(plain console text, rich markup of the body) of the golden seed."""
    from kzru_facts import extract
    article = extract(GOLDEN_SEED.read_text(encoding="utf-8"), doc=f"seeds/{GOLDEN_SEED.name}")
    console = Console(file=io.StringIO(), width=WIDTH, record=True, color_system=None)
    show([article], console)
    return console.export_text(), body(article).markup + "\n"


@pytest.mark.parametrize("suffix, index", [(".txt", 0), (".markup", 1)])
def test_golden_seed(suffix, index):
    """Regenerate with KZRU_UPDATE_GOLDEN=1 python3 -m pytest tests/test_show.py."""
    path = GOLDEN / f"show_{GOLDEN_SEED.stem}{suffix}"
    got = render_seed()[index]
    if UPDATE:
        path.write_text(got, encoding="utf-8")
    assert path.exists(), f"{path} missing: run with KZRU_UPDATE_GOLDEN=1"
    assert got == path.read_text(encoding="utf-8")


# ── any text, any marks: nothing raises, the text comes back whole ───────

@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("аб «»[]\\\n—"), max_size=30),
       st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=6))
def test_any_article_shows_its_whole_text(text, cuts):
    spans = sorted({(min(a, b), max(a, b)) for a, b in cuts if min(a, b) < max(a, b) <= len(text)})
    quotes = tuple(Quote(text[s:e], s, e, "direct", None) for s, e in spans[::2])
    entities = tuple(Entity("LOC", text[s:e], None, s, e) for s, e in spans[1::2])
    article = Article("x.txt", None, None, quotes=quotes, entities=entities, text=text)
    assert body(article).plain.replace(label_text("?"), "") == text
    out = io.StringIO()
    show([article], Console(file=out, width=60))
    assert "Legend:" in out.getvalue()
