"""Frame helpers over the parse: clauses, negation, mentions by offset."""
from kzru_facts.analysis.doc import Doc
from kzru_facts.const import LOC, PER
from kzru_facts.facts.frames import Mentions, case_word, clause, clause_head, negated
from kzru_facts.record import Entity, Referent

TEXT = "Иван Петров не приехал в Париж, где его ждали."


def word(doc: Doc, text: str):
    parse = doc.parse_at(doc.text.index(text))
    return parse, parse.at(doc.text.index(text))


def test_clause_leaves_out_nested_clauses():
    doc = Doc(TEXT)
    parse, verb = word(doc, "приехал")
    words = [w.text for w in clause(parse, clause_head(parse, verb))]
    assert "Париж" in words and "ждали" not in words


def test_negation_and_preposition():
    doc = Doc(TEXT)
    parse, verb = word(doc, "приехал")
    _, place = word(doc, "Париж")
    assert negated(parse, verb) and case_word(parse, place) == "в"


def test_mentions_by_offset_and_by_role():
    ivan = Referent(PER, "Иван Петров", ("президент Альфы",), (Entity(PER, "Иван Петров", None, 0, 11),))
    paris = Referent(LOC, "Париж", (), (Entity(LOC, "Париж", None, 25, 30),))
    mentions = Mentions.of([ivan, paris])
    doc = Doc(TEXT, (), [ivan, paris])
    parse, place = word(doc, "Париж")
    assert mentions.at(3, PER) is ivan and mentions.at(26, LOC) is paris and mentions.at(26, PER) is None
    assert mentions.any_in(20, 40, LOC) and not mentions.any_in(12, 24, LOC)
    assert mentions.place_in([place]) is paris
    role = Doc("Визит президента Альфы")
    rparse = role.parse_at(0)
    assert mentions.role([w for w in rparse.words if w.text != "Визит"]) is ivan
