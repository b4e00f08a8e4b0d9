"""The HTML report: it parses, keeps every quote and speaker, escapes the article."""
from __future__ import annotations

import re

import html5lib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kzru_facts.cli import cli
from kzru_facts.record import Article, DateRef, Document, Entity, Facts, Quote, Speaker, Visit
from kzru_facts.output.report import render
from tests.conftest import make_env
from tests.sample_article import QUOTE, SPEAKER, TEXT, sample_article

NS = {"h": "http://www.w3.org/1999/xhtml"}


def parse(page: str):
    """The page as an element tree; html5lib's strict mode raises on any parse error."""
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(page)


def text_of(el, skip_class: str = "who") -> str:
    """All text below an element, leaving out elements of ``skip_class``."""
    parts = [el.text or ""]
    for child in el:
        if skip_class not in (child.get("class") or "").split():
            parts.append(text_of(child, skip_class))
        parts.append(child.tail or "")
    return "".join(parts)


def article_texts(root) -> list[str]:
    return [text_of(div) for div in root.iter("div") if div.get("class") == "text"]


@pytest.fixture(scope="module")
def page() -> str:
    return render([sample_article("one.txt"), sample_article("two.txt")], "Проба <b>")


@pytest.fixture(scope="module")
def root(page):
    return parse(page)


def test_article_text_survives_exactly(root):
    """Nested and split marks never change the text: labels aside, it is the input."""
    assert article_texts(root) == [TEXT, TEXT]


def test_article_script_stays_text(page, root):
    assert "<script" not in page.lower()
    assert list(root.iter("script")) == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<title>Проба &lt;b&gt;</title>" in page
    assert root.find(".//title").text == "Проба <b>" and root.find(".//h1").text == "Проба <b>"


def quote_pieces(root) -> dict[str, str]:
    """Quote text by its note; a quote split by a crossing mark is joined again."""
    first = next(div for div in root.iter("div") if div.get("class") == "text")
    joined: dict[str, str] = {}
    for el in first.iter("span"):
        if el.get("class") == "quote":
            joined[el.get("title")] = joined.get(el.get("title"), "") + text_of(el)
    return joined


def test_every_quote_is_marked_with_its_speaker(root):
    quotes = quote_pieces(root)
    assert sorted(quotes.values()) == sorted([QUOTE, "Мы готовы"])
    [note] = [n for n, q in quotes.items() if q == QUOTE]
    assert SPEAKER in note and "министр" in note and "direct" in note
    texts = [div for div in root.iter("div") if div.get("class") == "text"]
    labels = [el.text for div in texts for el in div.iter("span") if el.get("class") == "who"]
    assert labels == [SPEAKER, "?", SPEAKER, "?"]


def test_split_quote_keeps_one_id(root):
    """The visit crosses the quote's «, so the quote comes in two pieces."""
    pieces = [el for el in root.iter("span")
              if el.get("class") == "quote" and QUOTE.startswith(text_of(el))]
    assert len(pieces) >= 2
    ids = [el.get("id") for el in root.iter() if el.get("id")]
    assert len(ids) == len(set(ids))


def test_speakers_table_lists_every_quote(root):
    table = root.find(".//section[@id='speakers']/table")
    rows = [text_of(tr) for tr in table.find("tbody")]
    assert rows[0].startswith(SPEAKER) and "министр" in rows[0] and QUOTE in rows[0]
    assert rows[-1].startswith("not resolved") and "Мы готовы" in rows[-1]


def test_entities_table_counts_mentions_across_articles(root):
    rows = [[text_of(td) for td in tr] for tr in root.find(".//section[@id='entities']//tbody")]
    assert ["PER", SPEAKER] == rows[0][:2] and rows[0][3] == "4"


def section_rows(root, section: str) -> list[list[str]]:
    body = root.find(f".//section[@id='{section}']//tbody")
    return [] if body is None else [[text_of(td) for td in tr] for tr in body]


def test_visits_and_dates_have_sections_of_their_own(root):
    visits = section_rows(root, "visits")
    assert [r[:4] for r in visits] == [["2024-05-05", SPEAKER, "Омск", "done"]] * 2
    sentence = f"{SPEAKER} заявил: «{QUOTE}», — сказал министр {SPEAKER}."
    assert [r[:2] for r in section_rows(root, "dates")] == [["2024-05-05", sentence]] * 2


def test_articles_are_named_by_title_and_date(root):
    assert visits_links(root) == ["Проба (2024-05-06)"] * 2
    assert [h.text for h in root.iter("h3")] == ["Проба (2024-05-06)"] * 2


def visits_links(root) -> list[str]:
    return [a.text for a in root.find(".//section[@id='visits']").iter("a")]


def test_documents_have_a_section():
    text = "Стороны подписали Договор о дружбе."
    doc = Document("Договор о дружбе", "signed", "Договор о дружбе", 18, 34)
    root = parse(render([Article("d.txt", None, None, facts=Facts(documents=(doc,)),
                                 text=text)]))
    assert section_rows(root, "documents") == [["Договор о дружбе", "signed",
                                                "Стороны подписали Договор о дружбе.",
                                                "d.txt"]]


def test_links_point_at_ids(root):
    ids = {el.get("id") for el in root.iter() if el.get("id")}
    hrefs = [a.get("href") for a in root.iter("a")]
    assert hrefs and all(h.startswith("#") and h[1:] in ids for h in hrefs)


def test_nothing_is_fetched(page, root):
    assert not [el for el in root.iter() if el.get("src") or el.tag in ("script", "iframe")]
    assert [el.get("href") for el in root.iter("link")] == ["data:,"]
    assert not re.search(r"url\(|@import|https?://", page)


def test_empty_report_still_parses():
    root = parse(render([]))
    assert "No quotes found." in text_of(root.find(".//section[@id='speakers']"))


SENT = "Встреча прошла 3 июня."
TIMELINE = [
    # (dates as (value, start, end), visits as (when, start, end), expected rows)
    ([("2024-06-03", 15, 21)], [], [["date", "2024-06-03", SENT]]),
    # a date inside a visit that carries the same date is listed once, as the visit
    ([("2024-06-03", 15, 21)], [("2024-06-03", 0, 22)], [["visit", "2024-06-03", "?"]]),
    ([(None, 15, 21)], [], []),                     # unresolved dates are left out
    ([], [(None, 0, 22)], [["visit", "date unknown", "?"]]),
    ([("2024-06-03", 15, 21)], [(None, 0, 22), ("2024-01-02", 0, 22)],  # undated visits last
     [["visit", "2024-01-02", "?"], ["visit", "date unknown", "?"],
      ["date", "2024-06-03", SENT]]),
]


@pytest.mark.parametrize("dates, visits, expected", TIMELINE)
def test_visit_and_date_rows(dates, visits, expected):
    text = "Встреча прошла 3 июня. Больше ничего."
    facts = Facts(dates=tuple(DateRef(v, text[s:e], s, e) for v, s, e in dates),
                  visits=tuple(Visit(None, None, w, "done", text[s:e], s, e) for w, s, e in visits))
    root = parse(render([Article("d.txt", None, None, facts=facts, text=text)]))
    rows = [[kind] + r[:2] for kind in ("visit", "date")
            for r in section_rows(root, kind + "s")]
    assert rows == expected


# ── any text, any marks: the page parses and keeps the text ──────────────

def random_article(text: str, cuts: list[tuple[int, int]]) -> Article:
    size = len(text)
    spans = [(min(a, b) % (size + 1), max(a, b) % (size + 1)) for a, b in cuts]
    spans = [(s, e) for s, e in spans if s < e]
    quotes = tuple(Quote(text[s:e], s, e, "direct", Speaker("<i>Кто</i>", None, None, None))
                   for s, e in spans[::2])
    entities = tuple(Entity("PER", text[s:e], None, s, e) for s, e in spans[1::2])
    return Article("<doc>", "<title>", None, quotes=quotes, entities=entities, text=text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("аб «»<>&\"'\n—"), max_size=30),
       st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=6))
def test_any_article_renders_to_valid_html(text, cuts):
    article = random_article(text, cuts)
    root = parse(render([article]))
    assert article_texts(root) == [text]
    assert list(root.iter("script")) == [] and list(root.iter("i")) == []


# ── the command line ─────────────────────────────────────────────────────

def fake_extract(text, published=None, doc=None, **meta):
    return sample_article(doc)


def test_cli_report_writes_the_file(runner, monkeypatch, tmp_path):
    monkeypatch.setattr("kzru_facts.pipeline.extract", fake_extract)
    out = tmp_path / "report.html"
    result = runner.invoke(cli, ["report", "-", "-o", str(out)], obj=make_env(stdin=True),
                           input=TEXT)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and f"wrote {out}" in result.stderr
    assert article_texts(parse(out.read_text(encoding="utf-8"))) == [TEXT]


def test_cli_report_to_a_pipe(runner, monkeypatch):
    monkeypatch.setattr("kzru_facts.pipeline.extract", fake_extract)
    result = runner.invoke(cli, ["report", "--title", "T", "-"], obj=make_env(stdin=True),
                           input=TEXT)
    assert result.exit_code == 0, result.stderr
    assert parse(result.stdout).find(".//title").text == "T"


def test_cli_report_refuses_to_print_html_on_a_terminal(runner):
    result = runner.invoke(cli, ["report"], obj=make_env(tty=True))
    assert result.exit_code == 2 and "-o FILE" in result.stderr
