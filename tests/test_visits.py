"""Visits and visit counts read off the parse, with a hand-made referent table
instead of the NER. Sentences are invented; names are placeholders."""
import re

import pytest

from kzru_facts.analysis.doc import Doc
from kzru_facts.const import DONE, LOC, ONGOING, PER, PLANNED
from kzru_facts.facts.dates import FACT_KINDS, find_dates
from kzru_facts.facts.visit_counts import find_visit_counts, merge_counts
from kzru_facts.facts.visits import find_visits, merge
from kzru_facts.record import Entity, Referent, Visit, VisitCount

# surface form -> (type, nominative form of this mention, canonical name)
LEXICON = {
    "Иван Петров": (PER, "Иван Петров", "Иван Петров"),
    "Ивана Петрова": (PER, "Иван Петров", "Иван Петров"),
    "Иваном Петровым": (PER, "Иван Петров", "Иван Петров"),
    "Петрова": (PER, "Петров", "Иван Петров"),
    "Петров": (PER, "Петров", "Иван Петров"),
    "Петровой": (PER, "Петрова", "Мария Петрова"),
    "Анна Сидорова": (PER, "Анна Сидорова", "Анна Сидорова"),
    "Анны Сидоровой": (PER, "Анна Сидорова", "Анна Сидорова"),
    "Анной Сидоровой": (PER, "Анна Сидорова", "Анна Сидорова"),
    "Франция": (LOC, "Франция", "Франция"),
    "Францию": (LOC, "Франция", "Франция"),
    "Франции": (LOC, "Франция", "Франция"),
    "Бразилии": (LOC, "Бразилия", "Бразилия"),
    "Бразилию": (LOC, "Бразилия", "Бразилия"),
    "Париж": (LOC, "Париж", "Париж"),
    "Париже": (LOC, "Париж", "Париж"),
    "РФ": (LOC, "РФ", "РФ"),
}
FORMS = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, LEXICON), key=len, reverse=True)) + r")\b")


def referents(text: str) -> list[Referent]:
    """The referents a perfect tagger would give for the lexicon's forms."""
    groups: dict[tuple[str, str], list[Entity]] = {}
    for m in FORMS.finditer(text):
        etype, normal, name = LEXICON[m.group()]
        groups.setdefault((etype, name), []).append(Entity(etype, m.group(), normal, *m.span()))
    return [Referent(t, name, (), tuple(ms)) for (t, name), ms in groups.items()]


def doc_of(text: str) -> Doc:
    return Doc(text, (), referents(text))


def visits(text: str, published: str | None = "2026-03-10"):
    found = find_visits(doc_of(text), find_dates(text, published, FACT_KINDS), published)
    return [(v.visitor, v.destination, v.when, v.status) for v in found]


CASES = [
    ("Иван Петров прибыл с государственным визитом в Бразилию 11 ноября.",
     [("Иван Петров", "Бразилия", "2025-11-11", DONE)]),
    ("Визит Ивана Петрова во Францию ожидается в 2027 году.",
     [("Иван Петров", "Франция", "2027", PLANNED)]),
    ("Петров посетит Францию в мае.", [("Иван Петров", "Франция", "2026-05", PLANNED)]),
    ("Иван Петров совершил визит в Бразилию в ноябре прошлого года.",
     [("Иван Петров", "Бразилия", "2025-11", DONE)]),
    ("Иван Петров находится сейчас во Франции.", [("Иван Петров", "Франция", "2026-03-10", ONGOING)]),
    ("На этой неделе во Франции побывал с визитом Иван Петров.",
     [("Иван Петров", "Франция", None, DONE)]),
    ("Иван Петров прибыл в Париж.", [("Иван Петров", "Париж", "2026-03", DONE)]),
    ("Анна Сидорова пригласила Ивана Петрова посетить Бразилию.",
     [("Иван Петров", "Бразилия", None, PLANNED)]),
    # "тот" is the person named last, not the subject before
    ("Анна Сидорова встретилась с Иваном Петровым. Тот прибыл в Париж с рабочим визитом.",
     [("Иван Петров", "Париж", "2026-03", DONE)]),
    ("Иван Петров посетил РФ.", [("Иван Петров", "Россия", None, DONE)]),
    # the visit noun's visitor: its genitive, or the subject of the clause it frames
    ("Поездка Анны Сидоровой в Бразилию прошла успешно.", [("Анна Сидорова", "Бразилия", None, DONE)]),
    ("Во время своего визита в Бразилию Иван Петров намерен обсудить торговлю.",
     [("Иван Петров", "Бразилия", None, PLANNED)]),
    ("В ходе поездки во Францию Петров выступит в парламенте.",
     [("Иван Петров", "Франция", None, PLANNED)]),
    # one trip, two destinations
    ("Иван Петров уехал сначала в Бразилию, затем во Францию.",
     [("Иван Петров", "Бразилия", None, DONE), ("Иван Петров", "Франция", None, DONE)]),
    ("Иван Петров побывал с визитом в Бразилии и Франции.",
     [("Иван Петров", "Бразилия", None, DONE), ("Иван Петров", "Франция", None, DONE)]),
    # "который" stands for the person before its comma
    ("Иван Петров, который сейчас находится в Париже, поручил помочь пострадавшим.",
     [("Иван Петров", "Париж", "2026-03-10", ONGOING)]),
    # a vehicle with its owner: the owner travels
    ("Самолет Ивана Петрова приземлился в Париже вечером.", [("Иван Петров", "Париж", None, DONE)]),
    # the subject's own name, not a genitive inside it; a generic place noun's place
    ("Соперница Петровой Анна Сидорова прибыла в Париж.", [("Анна Сидорова", "Париж", "2026-03", DONE)]),
    ("Иван Петров прибыл в столицу Франции.", [("Иван Петров", "Франция", "2026-03", DONE)]),
    # "накануне визита": the visit comes in the days after the article
    ("Накануне визита Петрова во Францию министр дал интервью.",
     [("Иван Петров", "Франция", "2026-03", PLANNED)]),
    # a promise is a plan
    ("Иван Петров пообещал посетить Францию.", [("Иван Петров", "Франция", None, PLANNED)]),
    # one visit per visitor and place; the dated mention wins
    ("Визит Петрова во Францию. Петров прибыл во Францию 2 марта.",
     [("Иван Петров", "Франция", "2026-03-02", DONE)]),
    # a bare "республика" is the place the same visitor's other trip names
    ("Визит Петрова во Францию готовят. Визит Петрова в республику ожидается в 2027 году.",
     [("Иван Петров", "Франция", "2027", PLANNED)]),
    # must yield nothing: no visitor, no place, a place only mentioned
    ("Визит во Францию был удачным.", []),
    ("Иван Петров говорил о визитах иностранцев.", []),
    ("Анна Сидорова, по данным Франции, прибыла.", []),
    ("Иван Петров обсудил с Анной Сидоровой ситуацию во Франции.", []),
    # nothing: a vehicle or an organisation's seat is no person
    ("Тот же самолет прибыл в Париж.", []),
    ("Штаб-квартира компании находится в Париже.", []),
    ("Подопечные Ивана Петрова прибыли в Париж на матч.", []),
    # nothing: a place deep inside the phrase is no destination
    ("Иван Петров приехал на матч Кубка Франции.", []),
    # nothing: negated, cancelled, a past stay, a legal state, a place guessed
    ("Иван Петров не приедет во Францию.", []),
    ("Иван Петров отменил свой визит во Францию.", []),
    ("Иван Петров находился в Париже в прошлом году.", []),
    ("Иван Петров находится под следствием во Франции.", []),
    ("Иван Петров пообещал посетить республику.", []),
    # nothing: a pronoun in quoted words does not stand for someone named outside them
    ("Иван Петров рассказал: «Мы позвонили, когда он летел в Париж».", []),
    # nothing: "она" is not Иван Петров
    ("Иван Петров выступил с речью. Она прибыла в Париж.", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_visits(text, expected):
    assert visits(text) == expected


def test_merge_keeps_the_precise_date_and_drops_undated_repeats():
    a = Visit("Иван Петров", "Франция", None, DONE, "визит", 0, 5)
    b = Visit("Иван Петров", "Франция", "2026-03", DONE, "прибыл", 10, 16)
    c = Visit("Иван Петров", "Франция", "2026-03-02", DONE, "прибыл", 20, 26)
    d = Visit("Иван Петров", "Франция", "2024", DONE, "был", 30, 33)
    assert merge([a, b, c, d]) == [c, d]


COUNT_CASES = [
    ("Иван Петров совершил 33 визита в Бразилию.", [("Иван Петров", "Бразилия", 33)]),
    ("Иван Петров совершил тридцать три визита во Францию.", [("Иван Петров", "Франция", 33)]),
    # must yield nothing
    ("Иван Петров принял 33 делегации.", []),
    ("Во Францию прибыли 33 туриста.", []),
    ("К 300-летию визита Ивана Петрова во Францию выпустили марку.", []),
    ("Иван Петров назвал число 5\nВизит Петрова во Францию", []),
]


@pytest.mark.parametrize("text, expected", COUNT_CASES)
def test_visit_counts(text, expected):
    found = find_visit_counts(doc_of(text))
    assert [(c.visitor, c.destination, c.count) for c in found] == expected
    assert all(text[c.start:c.end] == c.text for c in found)


def test_one_count_per_visitor_and_number_keeping_the_destination():
    lead = VisitCount("Иван Петров", "Узбекистан", 12, "12 визитов", 10, 20)
    later = VisitCount("Иван Петров", None, 12, "12 визитов", 300, 310)
    other = VisitCount("Иван Петров", None, 3, "3 визита", 400, 408)
    assert merge_counts([later, lead, other]) == [lead, other]


# A stay over several days is dated by its first day (sentences written for this test).
@pytest.mark.parametrize("text, when", [
    ("С 3 по 5 марта 2019 года Иван Петров находился с визитом в Бразилии.", "2019-03-03"),
    ("12—14 мая 2021 года Иван Петров побывал с визитом во Франции.", "2021-05-12"),
    ("Иван Петров 7 июня 2020 года прибыл с визитом в Париж.", "2020-06-07"),
])
def test_a_visit_over_a_range_takes_its_first_day(text, when):
    assert [v[2] for v in visits(text)] == [when]
