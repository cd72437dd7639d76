"""Everything the analysis finds in the article corpus and the GUM sample is as stored: a
change shows as a diff of the documents it touches (see tests/analysis/snapshots.py)."""

import pytest

from tests.analysis import snapshots


@pytest.mark.parametrize("corpus", snapshots.CORPORA)
def test_analysis_matches_the_stored_snapshot(corpus):
    assert snapshots.path(corpus).exists(), snapshots.UPDATE
    changes = snapshots.diff(corpus, snapshots.load(corpus), snapshots.build(corpus))
    if changes:
        pytest.fail(f"{changes}\n{snapshots.UPDATE}", pytrace=False)
