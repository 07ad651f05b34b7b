"""The scoring rules of newskg evaluate, on hand-made rows (no model)."""

from __future__ import annotations

from newskg.evaluate import claimant_matches, score

GOLD = {
    "articles": [
        {"id": "a", "figures": [
            {"measure": "killed", "min": 12, "max": 12, "groups": [], "qualifier": "exact", "role": "all", "claimant": "the health ministry", "hedged": False},
            {"measure": "injured", "min": 3, "max": None, "groups": [], "qualifier": "vague", "role": "all", "claimant": "article", "hedged": False, "optional": True},
        ]},
        {"id": "b", "figures": [
            {"measure": "killed", "min": 15, "max": 15, "groups": [], "qualifier": "exact", "role": "all", "claimant": "police", "hedged": True},
        ]},
    ],
    "conflicts": [{"a": "a#0", "b": "b#0"}],
}


def row(article, measure, lo, hi, claimant="article", hedged="false", quote="q"):
    return {"article": article, "measure": measure, "min": str(lo), "max": None if hi is None else str(hi), "groups": "",
            "qualifier": "exact", "role": "all", "claimant": claimant, "hedged": hedged, "quote": quote}


def test_match_needs_article_measure_bounds_and_groups_and_counts_a_restated_headline_once():
    figures = [row("a", "killed", 12, 12, "Health Ministry"), row("a", "killed", 12, 12, quote="headline"),
               row("b", "killed", 15, 15, "police", "true"), row("b", "killed", 16, 16)]
    r = score(GOLD, figures, [])
    assert (r["figures"]["matched"], r["figures"]["predicted"], r["figures"]["gold"]) == (2, 3, 2)
    assert r["figures"]["precision"] == round(2 / 3, 4) and r["figures"]["recall"] == 1.0
    assert r["attributes"]["claimant"] == 1.0 and r["attributes"]["hedged"] == 1.0
    assert [s["min"] for s in r["spurious"]] == [16]


def test_optional_gold_is_neither_hit_nor_miss():
    r = score(GOLD, [row("a", "injured", 3, None)], [])
    assert r["figures"]["predicted"] == 0 and r["figures"]["matched"] == 0  # not counted either way
    assert r["spurious"] == [] and {m["article"] for m in r["missed"]} == {"a", "b"}


def test_conflicts_are_scored_through_matched_figures():
    figures = [row("a", "killed", 12, 12), row("b", "killed", 15, 15)]
    conflict = {"measure": "killed", "groups": "", "a_article": "a", "a_min": "12", "a_max": "12",
                "b_article": "b", "b_min": "15", "b_max": "15"}
    r = score(GOLD, figures, [conflict])
    assert (r["conflicts"]["precision"], r["conflicts"]["recall"]) == (1.0, 1.0)
    r = score(GOLD, figures, [])
    assert r["conflicts"]["recall"] == 0.0


def test_a_conflict_with_an_optional_figure_counts_neither_way():
    earlier = {"measure": "killed", "min": 9, "max": 9, "groups": [], "qualifier": "exact", "role": "all",
               "claimant": "article", "hedged": False, "optional": True}  # "up from nine"
    gold = {"articles": [{"id": "a", "figures": [*GOLD["articles"][0]["figures"], earlier]}, GOLD["articles"][1]],
            "conflicts": [{"a": "a#0", "b": "b#0"}, {"a": "a#2", "b": "b#0"}]}
    figures = [row("a", "killed", 12, 12), row("a", "killed", 9, 9), row("b", "killed", 15, 15)]
    optional_pair = {"measure": "killed", "groups": "", "a_article": "a", "a_min": "9", "a_max": "9",
                     "b_article": "b", "b_min": "15", "b_max": "15"}
    r = score(gold, figures, [optional_pair])
    assert r["conflicts"]["gold"] == 1 and r["conflicts"]["predicted"] == 0  # neither a miss nor a false one
    assert r["conflicts"]["recall"] == 0.0  # the required pair a#0 / b#0 is still missed


def test_claimant_matching_is_lenient_on_wording_not_on_who():
    assert claimant_matches("Cuba's government", "Cuba’s government")
    assert claimant_matches("the army", "The army")
    assert claimant_matches("Venezuelan authorities", "Venezuelan authorities said")
    assert not claimant_matches("article", "police")
    assert not claimant_matches("the Red Cross", "the health ministry")


def test_a_gold_file_of_several_documents_concatenates_their_lists(tmp_path):
    """Batches of articles are appended as their own YAML document: nobody edits another's lines."""
    import pytest

    from newskg.errors import ConfigError
    from newskg.evaluate import load_gold

    path = tmp_path / "gold.yaml"
    path.write_text(
        "articles:\n  - {id: a, figures: []}\nconflicts:\n  - {a: 'a#0', b: 'b#0'}\nevents:\n  - {id: e1}\n"
        "---\n# a later batch\narticles:\n  - {id: c, figures: []}\nconflicts:\n  - {a: 'c#0', b: 'd#0'}\n"
        "not_conflicts:\n  - {a: 'c#1', b: 'd#1'}\n", encoding="utf-8")
    gold = load_gold(path)
    assert [a["id"] for a in gold["articles"]] == ["a", "c"]
    assert [c["a"] for c in gold["conflicts"]] == ["a#0", "c#0"]
    assert gold["not_conflicts"] == [{"a": "c#1", "b": "d#1"}] and gold["events"] == [{"id": "e1"}]
    path.write_text("articles: []\n---\n- not a mapping\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_gold(path)


def test_a_claimant_with_another_name_in_brackets_matches_by_either():
    # newskg writes "the words (the body they stand for)" and "Name (ACRONYM)"
    assert claimant_matches("INGD", "the agency (INGD)")
    assert claimant_matches("Mozambique's disaster agency", "the agency (Mozambique's disaster agency)")
    assert claimant_matches("the ministry", "the ministry (Home Ministry)")
    assert claimant_matches("the ministry's latest bulletin", "the ministry (Home Ministry)")
    assert not claimant_matches("police", "the agency (INGD)")
    assert not claimant_matches("article", "the airline (Skyline Air)")
