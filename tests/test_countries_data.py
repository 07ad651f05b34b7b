"""Checks the country gazetteer data file ``nlp/data/countries.tsv``."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "newskg" / "nlp" / "data" / "countries.tsv"
HEADER = ["iso3", "name", "wikidata", "demonyms", "aliases", "capital", "cities"]

# The 193 UN member states plus Palestine, Kosovo, Taiwan, the Vatican and Western Sahara.
UN_MEMBERS = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE PRK DNK
DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB
GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO
LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR NAM NRU
NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB
ZWE
""".split())
EXTRA = {"PSE", "XKX", "TWN", "VAT", "ESH"}

US_STATES_BUT_GEORGIA = """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware
Florida Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico
New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina
South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia Wisconsin Wyoming"""

# Places that must not be used: common English words, or names of a country.
FORBIDDEN_PLACES = {
    "georgia", "mobile", "reading", "split", "nice", "bath", "bar", "male", "tyre", "salt", "van",
    "colon", "hue", "bled", "ruse", "same", "mango", "victoria", "jersey", "guinea", "congo",
}


def _rows() -> list[list[str]]:
    text = DATA.read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def _norm(form: str) -> str:
    form = form.strip().lower()
    return form[4:] if form.startswith("the ") else form


@pytest.fixture(scope="module")
def rows() -> list[list[str]]:
    return _rows()


@pytest.fixture(scope="module")
def countries(rows) -> dict[str, dict[str, object]]:
    out = {}
    for iso3, name, wd, dem, ali, cap, cit in rows[1:]:
        out[iso3] = {
            "name": name, "wikidata": wd, "demonyms": _split(dem), "aliases": _split(ali),
            "capital": cap, "cities": _split(cit),
        }
    return out


def test_file_has_comment_block():
    text = DATA.read_text(encoding="utf-8")
    assert text.startswith("#")
    assert "Wikidata" in text.split("\n\n")[0] or "Wikidata" in text[:3000]


def test_header(rows):
    assert rows[0] == HEADER


def test_every_row_has_seven_fields(rows):
    for row in rows:
        assert len(row) == 7, row
        assert all(cell == cell.strip() for cell in row), row


def test_row_count(rows):
    assert len(rows) - 1 >= 190


def test_iso3_unique_and_well_formed(rows):
    codes = [r[0] for r in rows[1:]]
    assert len(codes) == len(set(codes))
    for code in codes:
        assert re.fullmatch(r"[A-Z]{3}", code), code


def test_covers_un_members_and_extras(countries):
    assert UN_MEMBERS | EXTRA <= set(countries)
    assert len(UN_MEMBERS) == 193


def test_wikidata_ids_well_formed_and_unique(rows):
    ids = [r[2] for r in rows[1:] if r[2]]
    for qid in [r[2] for r in rows[1:]]:
        assert qid == "" or re.fullmatch(r"Q[1-9]\d*", qid), qid
    assert len(ids) == len(set(ids))


def test_names_and_capitals_present(countries):
    for iso3, c in countries.items():
        assert c["name"], iso3
        assert c["capital"], iso3
        assert len(c["cities"]) >= 3, iso3


def test_no_surface_form_maps_to_two_countries(countries):
    owners: dict[str, set[str]] = defaultdict(set)
    for iso3, c in countries.items():
        for form in [c["name"], *c["demonyms"], *c["aliases"], c["capital"]]:
            owners[_norm(form)].add(iso3)
    clashes = {form: sorted(isos) for form, isos in owners.items() if len(isos) > 1}
    assert not clashes


def test_places_are_unambiguous(countries):
    forms: dict[str, str] = {}
    for iso3, c in countries.items():
        for form in [c["name"], *c["demonyms"], *c["aliases"], c["capital"]]:
            forms[_norm(form)] = iso3
    place_owner: dict[str, set[str]] = defaultdict(set)
    for iso3, c in countries.items():
        for place in c["cities"]:
            place_owner[place.lower()].add(iso3)
            # a place may repeat its own country's capital (Washington), never another's form
            assert forms.get(_norm(place), iso3) == iso3, (iso3, place)
            assert place.lower() not in FORBIDDEN_PLACES, (iso3, place)
    clashes = {p: sorted(i) for p, i in place_owner.items() if len(i) > 1}
    assert not clashes


def test_united_states(countries):
    us = countries["USA"]
    assert us["name"] == "United States"
    assert us["wikidata"] == "Q30"
    assert "American" in us["demonyms"] and "Americans" in us["demonyms"]
    assert "U.S." in us["aliases"] and "USA" in us["aliases"]
    assert us["capital"] == "Washington"
    states = {s.replace("_", " ") for s in US_STATES_BUT_GEORGIA.split()}
    assert len(states) == 49
    assert states <= set(us["cities"])
    assert "Georgia" not in us["cities"]


def test_cuba(countries):
    cu = countries["CUB"]
    assert (cu["name"], cu["wikidata"], cu["capital"]) == ("Cuba", "Q241", "Havana")
    assert "Cuban" in cu["demonyms"]


def test_venezuela(countries):
    ve = countries["VEN"]
    assert (ve["name"], ve["wikidata"], ve["capital"]) == ("Venezuela", "Q717", "Caracas")
    assert "Venezuelan" in ve["demonyms"]


def test_united_kingdom(countries):
    uk = countries["GBR"]
    assert (uk["name"], uk["wikidata"], uk["capital"]) == ("United Kingdom", "Q145", "London")
    assert "Briton" in uk["demonyms"] and "British" in uk["demonyms"]
    assert "Britain" in uk["aliases"] and "U.K." in uk["aliases"]
    for place in ("England", "Scotland", "Wales", "Northern Ireland", "Manchester"):
        assert place in uk["cities"]


@pytest.mark.parametrize(
    "iso3,qid",
    [("FRA", "Q142"), ("DEU", "Q183"), ("TUR", "Q43"), ("JPN", "Q17"), ("RUS", "Q159"),
     ("CHN", "Q148"), ("COD", "Q974"), ("COG", "Q971")],
)
def test_known_wikidata_ids(countries, iso3, qid):
    assert countries[iso3]["wikidata"] == qid


def test_ambiguity_decisions(countries):
    assert "Congolese" in countries["COD"]["demonyms"]
    assert countries["COG"]["demonyms"] == []
    assert "Congo" in countries["COD"]["aliases"]  # as wire copy writes it
    assert "Congo" not in countries["COG"]["aliases"] and "Republic of Congo" in countries["COG"]["aliases"]
    assert "Guinean" in countries["GIN"]["demonyms"]
    assert "Bissau-Guinean" in countries["GNB"]["demonyms"]
    assert "Dominican" in countries["DOM"]["demonyms"]
    assert countries["DMA"]["demonyms"] == []
    assert "Georgian" in countries["GEO"]["demonyms"]
    assert "Sudanese" in countries["SDN"]["demonyms"]
    assert "South Sudanese" in countries["SSD"]["demonyms"]
    assert "Burma" in countries["MMR"]["aliases"]
    assert "Türkiye" in countries["TUR"]["aliases"]
    assert "Czechia" in countries["CZE"]["aliases"]
    assert "DPRK" in countries["PRK"]["aliases"]
    assert "UAE" in countries["ARE"]["aliases"]
