"""Which article events are one real event: dates without a year, and undated events.

An article with no publication date whose dateline names no year ("KERMAN, Jan. 22 —")
keeps the day; it joins the event of its kind and country whose date falls on that day
of the calendar, and never an older one months away. An event with no date at all joins
only the one event of its kind and country that fits: with two candidates nothing tells
which, and joining both would merge two real events into one.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newskg.resolve import LocalEvent, cluster, same_event

CORPUS = Path(__file__).parent / "data" / "corpus"


def ev(name, type="earthquake", day=None, published=None, country="IRN", place=None, month_day=None):
    return LocalEvent(iri=f"https://x.test/article/{name}/event/e0", type=type, date=day, published=published,
                      place=None, place_label=place, country=country, parent=None, graph=name,
                      month_day=month_day)


def groups(events):
    return sorted(sorted(m.graph for m in members) for members in cluster(events).values())


def test_a_yearless_day_joins_the_event_on_that_day_not_one_months_away():
    jan = ev("jan", day=date(2025, 1, 22), place="Ravar")
    sep = ev("sep", day=date(2024, 9, 17), published=date(2024, 9, 18), place="Kerman province")
    wire = ev("wire", month_day=(1, 22), place="Iran")
    assert same_event(wire, jan) and not same_event(wire, sep)
    assert groups([jan, sep, wire]) == [["jan", "wire"], ["sep"]]


def test_a_yearless_day_is_compared_across_the_new_year():
    assert same_event(ev("a", month_day=(12, 30)), ev("b", day=date(2025, 1, 2)))
    assert not same_event(ev("a", month_day=(6, 11)), ev("b", day=date(2024, 3, 14)))


def test_best_known_dates_far_apart_never_merge_even_through_an_undated_event():
    old = ev("old", day=date(2023, 10, 3))
    new = ev("new", published=date(2024, 11, 6))
    undated = ev("undated")
    got = groups([old, new, undated])
    assert ["new", "old"] not in got and ["new", "old", "undated"] not in got
    assert got == [["new"], ["old"], ["undated"]]  # two candidates: the undated one stays alone


def test_an_undated_event_joins_the_only_event_of_its_kind_and_country():
    dated = ev("dated", day=date(2024, 3, 14), country="KEN", type="fire")
    undated = ev("undated", country="KEN", type="explosion")
    elsewhere = ev("elsewhere", day=date(2024, 3, 14), country="GHA", type="fire")
    assert groups([dated, undated, elsewhere]) == [["dated", "undated"], ["elsewhere"]]


def test_with_two_candidates_the_one_naming_the_same_place_is_taken():
    a = ev("a", day=date(2023, 10, 3), country="TUR", place="Malatya")
    b = ev("b", day=date(2024, 11, 6), country="TUR", place="Van")
    undated = ev("undated", country="TUR", place="Van")
    assert groups([a, b, undated]) == [["a"], ["b", "undated"]]


def test_undated_events_of_one_kind_and_country_with_nothing_else_are_one_event():
    assert groups([ev("a"), ev("b"), ev("c", country="TUR")]) == [["a", "b"], ["c"]]


def test_without_a_country_only_close_event_days_join():
    assert same_event(ev("a", month_day=(6, 11), country="GHA", type="explosion"),
                      ev("b", day=date(2024, 6, 11), country=None, type="explosion"))
    assert not same_event(ev("a", country="GHA", type="explosion"), ev("b", day=date(2024, 6, 11), country=None, type="explosion"))


@pytest.mark.model
def test_the_day_of_a_yearless_dateline_is_kept_when_no_year_is_known():
    from newskg.model import Article
    from newskg.nlp.extract import extract

    text = ("Quake kills 12 in eastern Turkey\nANKARA, March 3 (Anatolia Wire) — An earthquake struck eastern "
            "Turkey early today, killing 12 people, the disaster agency said.\n")
    e0 = extract(Article(id="t", text=text, source="t")).events[0]
    assert (e0.date, e0.month_day) == (None, (3, 3))
    # with a publication date, the year is that of the nearest such day not after publication
    e0 = extract(Article(id="t", text=text, source="t", published=date(2025, 1, 10))).events[0]
    assert (e0.date, e0.month_day) == (date(2024, 3, 3), None)
    e0 = extract(Article(id="t", text=text, source="t", published=date(2024, 3, 4))).events[0]
    assert e0.date == date(2024, 3, 3)


@pytest.mark.model
def test_a_yearless_wire_is_compared_with_its_own_quake_only(tmp_path):
    """Ravar (a yearless wire and a feature three days later) and Kuhbanan, four months earlier,
    in the same province: conflicts only between the two Ravar articles."""
    from newskg.ingest import ingest
    from newskg.queries import run
    from newskg.store import EmbeddedStore

    store = EmbeddedStore(tmp_path / "store")
    try:
        ingest([CORPUS / f"r3c_quake_0{i}_{k}" for i, k in ((1, "wire.txt"), (2, "feature.md"), (3, "brief.txt"))], store)
        _, rows = run(store, "conflicts")
    finally:
        store.close()
    pairs = {frozenset((r["a_article"], r["b_article"])) for r in rows}
    assert frozenset(("r3c_quake_01_wire", "r3c_quake_02_feature")) in pairs
    assert not any("r3c_quake_03_brief" in p for p in pairs)


def _main_event(text: str, published=date(2025, 5, 17)):
    from newskg.model import Article
    from newskg.nlp.extract import extract

    return extract(Article(id="t", text=text, source="t", published=published)).events[0]


@pytest.mark.model
def test_a_stampede_or_crowd_crush_is_its_own_type_but_crush_injuries_are_not():
    assert _main_event("A crush at a football stadium in Lobito killed 13 people on Saturday.").type == "crowd_crush"
    assert _main_event("Eleven pilgrims died in a stampede at the shrine, officials said.").type == "crowd_crush"
    e = _main_event("A building collapsed in Lagos on Monday. Two workers were crushed by debris and have "
                    "crush injuries, the fire service said.")
    assert e.type == "building_collapse"


@pytest.mark.model
def test_gazetteer_places_the_tagger_misses_still_give_the_event_country():
    text = ("Live: deadly crush at Lobito stadium after cup semi-final\n\n"
            "Police say eight people were killed when fans surged towards a locked gate. "
            "The provincial governor is on his way to Lobito from Luanda.")
    assert _main_event(text).place_country == "AGO"


@pytest.mark.model
def test_a_foreign_ministry_speaks_of_its_nationals_abroad_not_of_the_event_country():
    text = ("NAIROBI — Tanzania's transport ministry on Saturday raised the death toll from Thursday's ferry "
            "disaster on Lake Victoria to 52. Kenya's foreign ministry said seven Kenyans were among the dead. "
            "Tanzania began three days of national mourning. In Nairobi, Kenya's president sent condolences.")
    assert _main_event(text, date(2024, 3, 16)).place_country == "TZA"


@pytest.mark.model
def test_a_wire_dateline_and_a_framing_place_abroad():
    text = ("Airliner crashes on approach in storm\n\n"
            "TAMALE, Ghana, March 2 (Wire) - A turboprop carrying 40 people crashed short of the runway on Sunday, "
            "killing at least 19, officials said.\n\n"
            "In Brussels, the Belgian foreign ministry said four of its citizens had been on the flight.\n\n"
            "(Reporting by Anne Mbuyi; Additional reporting by Paul Lenoir in Brussels; Editing by Sam Holt)")
    e = _main_event(text)
    assert e.type == "air_crash" and e.place_country == "GHA"


@pytest.mark.model
def test_a_bare_crash_takes_the_vehicle_the_article_names():
    text = ("Flight 88 crash: toll reaches 30\n\n"
            "The toll from Monday's crash rose to 30. The aircraft came down in fields near the airport.")
    assert _main_event(text).type == "air_crash"


@pytest.mark.model
def test_the_blast_of_a_bombing_is_the_bombing():
    text = ("Market blast toll rises to 22\n\nThe blast tore through the market on Friday. The explosion was "
            "heard across the city. Police said a suicide bombing was the cause.")
    assert _main_event(text).type == "bombing"


@pytest.mark.model
def test_where_victims_come_from_is_not_where_it_happened():
    text = ("Dozens die as boat sinks on Lake Kivu\n\nA boat capsized on Lake Kivu near Goma on Tuesday, drowning "
            "31 people, Congolese officials said. Among the dead were a family from Gisenyi, who were travelling "
            "to a funeral, and two traders from Gisenyi.")
    assert _main_event(text).place_country == "COD"


@pytest.mark.model
def test_a_region_the_tagger_knows_nothing_about_still_gives_the_country():
    text = ("Blast at chemical plant kills 9\n\nThe number of workers killed in Tuesday's explosion at the plant "
            "in Kocaeli has risen to nine, the governor's office said. Three of the dead were Syrian.")
    assert _main_event(text).place_country == "TUR"


def test_regions_come_from_iso_3166_2_but_not_ambiguous_or_generic_names():
    from newskg.nlp import gazetteer

    places = gazetteer.load().places
    assert places["lorestan"] == "IRN" and places["tillabéri"] == "NER" and places["tillaberi"] == "NER"
    assert places["khyber pakhtunkhwa"] == "PAK" and places["minya"] == "EGY"
    assert "punjab" not in places  # India and Pakistan
    assert "central" not in places and "coast" not in places



@pytest.mark.model
def test_one_mention_of_a_region_name_found_abroad_does_not_place_the_event():
    # a Philippine quake story set in towns the model does not tag, naming the town of Valencia once
    # (also a Spanish province): not placed in Spain; its dateline town (DUMAGUETE CITY) is in the
    # Philippines
    from newskg.read import read_all

    path = Path(__file__).parent / "data" / "round8" / "b8_quake_3_regional.html"
    (article,) = read_all([path])
    assert _main_event(article.text, article.published).place_country == "PHL"


@pytest.mark.model
def test_where_people_fled_to_is_not_where_it_happened():
    text = ("Gunmen kill 30 in Niger village\n\nGunmen killed 30 people in an attack on a village in Niger's "
            "Tillaberi region on Sunday. Survivors said hundreds of families fled into Burkina Faso, and others "
            "sheltered in villages across the border in Burkina Faso. Burkina Faso's army said it was on alert.")
    assert _main_event(text, date(2025, 6, 2)).place_country == "NER"


@pytest.mark.model
def test_a_state_named_with_its_unit_still_gives_the_country():
    text = ("Bandits kill 12 in raid\n\nBandits killed 12 villagers in a raid in Zamfara State on Monday, "
            "police in the state said.")
    assert _main_event(text, date(2025, 6, 2)).place_country == "NGA"


@pytest.mark.model
def test_a_group_s_other_countries_do_not_move_the_event_out_of_its_own():
    text = ("Militants overrun army post\n\nMilitants overran an army post near Dosso in Niger on Tuesday, killing "
            "11 soldiers, the defence ministry said. The group, long active in Mali, has grown in Mali and in "
            "Burkina Faso in recent years, and more recently in Mali's south. In Dosso, residents said the attackers "
            "came on motorbikes at dawn.")
    e = _main_event(text, date(2025, 6, 2))
    assert e.place_country == "NER"


def test_the_bundled_samples_are_one_event(samples_store):
    """The demo's four reports of one ferry disaster, one of them filed in Nairobi, are one event
    (its dateline tells where it was written, not where the ferry sank), dated by "Thursday's ferry disaster"."""
    rows = samples_store.select("SELECT DISTINCT ?r WHERE { GRAPH ?g { ?e nkg:resolvedTo ?r } FILTER(!CONTAINS(STR(?r), '/mourning')) }")
    assert [r["r"].rsplit("/", 1)[-1] for r in rows] == ["sinking-2024-03-14-tza"]  # it sank on Thursday 14 March


def test_a_dateline_is_not_part_of_the_sentence_it_opens():
    from newskg.nlp import pipeline

    doc = pipeline.load()("Ferry toll rises\nKAMPALA — Uganda's police on Friday raised the toll to 12.")
    first = next(s for s in doc.sents if "police" in s.text)
    assert first.text.startswith("Uganda's police")


# -- towns the gazetteer knows only from GeoNames, AP datelines, and names shared between reports


def test_towns_of_one_country_only_are_known_but_shared_names_are_not():
    from newskg.nlp import gazetteer

    towns = gazetteer.load().cities
    assert towns["dumaguete"] == "PHL" and towns["charsadda"] == "PAK" and towns["tuolumne county"] == "USA"
    assert "valencia" not in towns and "florence" not in towns  # several countries have one


@pytest.mark.model
@pytest.mark.parametrize("line, country", [
    ("GARDNERVILLE, Nev. (Valley Wire) - A fire swept through a motel overnight, killing four guests.", "USA"),
    ("BACOLOD CITY - Four guests were killed when a fire swept through a motel overnight.", "PHL"),
    ("MARDAN: Four guests were killed when a fire swept through a motel overnight, police said.", "PAK"),
])
def test_a_dateline_of_a_town_or_with_a_us_state_abbreviation_gives_the_country(line, country):
    assert _main_event("Motel fire kills four\n\n" + line + " The cause is not known.").place_country == country


@pytest.mark.model
def test_a_town_of_the_wrong_country_does_not_outvote_what_else_the_story_says():
    # "Rasht district" is in Tajikistan; the only city called Rasht is in Iran
    text = ("Mudflows kill 12 in eastern valleys\n\n"
            "At least 12 people were killed by mudflows in Rasht district overnight, the emergencies "
            "committee in Dushanbe said on Tuesday. Roads into Rasht district remain closed.")
    assert _main_event(text).place_country == "TJK"


def test_an_undated_report_joins_the_event_whose_reports_share_its_names():
    names = {"spring": {"actor/tera", "actor/tillaberi-governor", "actor/niger"},
             "autumn": {"actor/ayorou", "actor/niger"},
             "undated": {"actor/tera", "actor/tillaberi-governor", "actor/niger", "actor/red-cross"}}
    lookup = lambda graphs: {g: names[g] for g in graphs}  # noqa: E731
    spring = ev("spring", type="attack", country="NER", month_day=(3, 2))
    autumn = ev("autumn", type="attack", country="NER", month_day=(9, 22))
    undated = ev("undated", type="attack", country="NER")
    assert groups([spring, autumn, undated]) == [["autumn"], ["spring"], ["undated"]]  # nothing to tell them
    got = sorted(sorted(m.graph for m in members) for members in cluster([spring, autumn, undated], lookup).values())
    assert got == [["autumn"], ["spring", "undated"]]
    names["autumn"] |= {"actor/tera", "actor/tillaberi-governor"}  # as much in common with both: still alone
    got = sorted(sorted(m.graph for m in members) for members in cluster([spring, autumn, undated], lookup).values())
    assert got == [["autumn"], ["spring"], ["undated"]]


@pytest.mark.model
def test_towns_of_the_story_outweigh_a_capital_named_for_a_foreign_ministry():
    text = ("Army plane crashes near Montepuez\n\n"
            "A military transport plane crashed on approach to the airstrip at Montepuez on Thursday, killing 14 "
            "people on board. Survivors were driven to the hospital in Montepuez and later flown to Nacala. "
            "Residents of Cuamba said relatives had been on the flight. In Kigali, the Rwandan defence ministry "
            "said two of its officers were among the dead, and Kigali's mayor ordered flags lowered.")
    assert _main_event(text).place_country == "MOZ"


@pytest.mark.model
def test_a_place_in_a_sentence_about_an_earlier_year_does_not_place_the_event():
    text = ("Cargo plane crashes short of runway\n\n"
            "A cargo plane crashed short of the runway at Lichinga on Friday, killing its four crew, the civil "
            "aviation authority said. It is the worst crash in the country since the 2013 loss of an airliner "
            "in Namibia, in which 33 people died, and since a 2009 accident in Namibia.")
    assert _main_event(text, date(2026, 2, 21)).place_country == "MOZ"
