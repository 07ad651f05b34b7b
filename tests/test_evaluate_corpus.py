"""newskg evaluate on the team's development corpus, with the issue's targets as thresholds.

Every target is asserted at the target (the corpus is the team's own; the
held-out set in tests/data/heldout is never used for tuning and not asserted).
"""

from __future__ import annotations

import pytest

from conftest import CORPUS
from newskg.evaluate import evaluate

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def result():
    return evaluate(CORPUS / "gold.yaml", [CORPUS])


def test_figures_meet_the_targets(result):
    f = result["figures"]
    assert f["gold"] >= 200
    assert f["precision"] >= 0.85, result["spurious"]
    assert f["recall"] >= 0.80, result["missed"]


def test_attributes_of_matched_figures(result):
    a = result["attributes"]
    assert a["qualifier"] >= 0.90
    assert a["role"] >= 0.85
    assert a["hedged"] >= 0.90
    assert a["claimant"] >= 0.80


def test_conflicts_between_articles(result):
    c = result["conflicts"]
    assert c["recall"] >= 0.70
    assert c["precision"] >= 0.80


def test_every_miss_and_spurious_figure_is_listed_with_its_quote(result):
    f = result["figures"]
    assert len(result["missed"]) == f["gold"] - f["matched"]
    assert len(result["spurious"]) == f["predicted"] - f["matched"]
    assert all(m["quote"] for m in result["missed"] + result["spurious"])
