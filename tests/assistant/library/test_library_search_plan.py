"""The HNSW scan a login gets from the share of the library it sees (search.vector_plan), and that share as the
server counts it for a reader of one collection, of both, and for the administrator."""
from __future__ import annotations

import math

import numpy as np
import pytest

from assistant.library import search as library_search
from assistant.library.database import Database
from assistant.library.search import DEPTH, MAX_EF_SEARCH, VectorPlan, vector_plan
from tests.assistant.library.conftest import index_folders, role_name

SHARES = [0.0, 0.001, 0.05, 0.1, 0.25, 1 / 3, 0.5, 0.75, 0.9, 0.999]


def test_a_login_that_sees_everything_keeps_one_pass_of_the_configured_ef_search():
    assert vector_plan(1000, DEPTH, 1.0) == VectorPlan(1000, DEPTH, resorted=False)
    assert vector_plan(400, DEPTH, 1.0) == VectorPlan(400, DEPTH)  # library.json's default
    assert vector_plan(20, DEPTH, 1.0) == VectorPlan(DEPTH, DEPTH)  # never fewer than the candidates asked for
    assert vector_plan(5000, DEPTH, 1.0) == VectorPlan(MAX_EF_SEARCH, DEPTH)  # pgvector's limit


def test_half_the_library_gets_two_passes_of_six_tenths():
    assert vector_plan(1000, DEPTH, 0.5) == VectorPlan(600, 330, resorted=True)
    assert vector_plan(400, DEPTH, 0.5) == VectorPlan(240, 132, resorted=True)


@pytest.mark.parametrize("configured", [1, 40, 100, 400, 700, 1000, 5000])
@pytest.mark.parametrize("share", SHARES)
def test_a_hidden_share_asks_for_more_visible_rows_than_one_pass_yields(configured, share):
    plan = vector_plan(configured, DEPTH, share)
    assert plan.resorted
    assert DEPTH <= plan.ef_search <= min(MAX_EF_SEARCH, max(configured, DEPTH))  # no wider than configured
    assert plan.scan_limit >= DEPTH  # the candidates asked for
    assert plan.scan_limit > plan.ef_search * share  # more than the first pass yields: the scan resumes
    assert plan.scan_limit <= max(DEPTH, math.ceil(plan.ef_search * share * 1.1))  # and only just more


def test_tiny_libraries_and_small_settings_stay_within_bounds():
    assert vector_plan(100, DEPTH, 0.5) == VectorPlan(60, DEPTH, resorted=True)
    assert vector_plan(1, DEPTH, 0.5) == VectorPlan(DEPTH, DEPTH, resorted=True)
    assert vector_plan(1000, 5, 0.5).scan_limit == 330  # depth only floors the limit


def reader_share(url: str, password: str, schema_version: str = "3") -> tuple[float, float]:
    """The share this login learns on a new connection, and what a second call on that connection returns."""
    with Database(url, password) as database:
        share = library_search.visible_share(database, schema_version)
        database.cache["visible_share"] = -1.0  # cached: a second call must not count again
        return share, library_search.visible_share(database, schema_version)


def test_the_share_is_the_readers_chunks_over_the_librarys(library, shared_folders, postgres, library_url, embedder,
                                                           admin_db):
    index_folders(library, [shared_folders["policies"], shared_folders["contracts"]])
    counts = {row["name"]: int(row["n"]) for row in admin_db.query(
        "SELECT k.name, count(*) AS n FROM deskmate.chunks c JOIN deskmate.collections k ON k.id = c.collection_id "
        "GROUP BY k.name")}
    one, both = role_name("share_one"), role_name("share_both")
    library.grant(one, ["contracts"], password="one-secret")
    library.grant(both, ["contracts", "policies"], password="both-secret")
    database_name = library_url.rsplit("/", 1)[1]
    share, cached = reader_share(postgres.url(one, database_name), "one-secret")
    assert share == pytest.approx(counts["contracts"] / sum(counts.values())) and 0 < share < 1
    assert cached == -1.0  # counted once per connection
    assert reader_share(postgres.url(both, database_name), "both-secret")[0] == 1.0
    assert library_search.visible_share(admin_db) == 1.0  # the owner sees every collection
    # A library made before schema version 3 has no chunk_total: searched as by a reader of everything.
    assert reader_share(postgres.url(one, database_name), "one-secret", schema_version="2")[0] == 1.0
    with Database(postgres.url(one, database_name), "one-secret") as reader:
        reader.use_vectors()
        vector = np.asarray(embedder.embed(["when must the turbines be delivered"])[0], dtype=np.float32)
        plan = library_search.use_hnsw_settings(reader, 1000, DEPTH)
        assert plan == vector_plan(1000, DEPTH, share) and plan.resorted
        assert reader.query_one("SHOW hnsw.ef_search")["hnsw.ef_search"] == str(plan.ef_search)
        found = library_search.vector_candidates(reader, vector, DEPTH, 1000)
        distances = [row["d"] for row in reader.query(
            "SELECT c.id, c.embedding <=> %s AS d FROM unnest(%s::bigint[]) WITH ORDINALITY AS f(id, n) "
            "JOIN deskmate.chunks c ON c.id = f.id ORDER BY f.n", (vector, found))]
        explained = [row["QUERY PLAN"] for row in reader.query(
            "EXPLAIN " + library_search.dense_statement(plan), {"vector": vector, "depth": DEPTH,
                                                                "scan_limit": plan.scan_limit})]
    assert any("Sort Key: ((scanned.distance" in line for line in explained), explained  # sorted again
    assert len(found) == min(DEPTH, counts["contracts"]) and distances == sorted(distances)
