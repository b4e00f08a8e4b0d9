"""The Dask recipe from the README: kzru_facts.extract over a dask.bag of texts.

Needs the optional extra (pip install 'kzru-facts[dask]'); skipped without it.
"""
from __future__ import annotations

import pytest

from kzru_facts import extract
from kzru_facts.text.inputs import bundled_seeds

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():
    """A LocalCluster of two worker processes, one thread each."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            yield client


def test_bag_of_texts_gives_what_extract_gives_here(client):
    texts = [p.read_text(encoding="utf-8") for p in sorted(bundled_seeds().glob("*.txt"))]
    # The recipe, as in the README:
    bag = db.from_sequence(texts, npartitions=2)
    records = bag.map(extract).map(lambda article: article.to_dict()).compute()
    assert records == [extract(t).to_dict() for t in texts]
    assert len(client.scheduler_info()["workers"]) == 2
