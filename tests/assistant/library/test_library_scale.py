"""benchmarks/library_scale.py's core at 2,000 chunks against the real server, so the benchmark cannot rot
unnoticed: the load into the real schema, the reference answers, recall (1.0 when the index is turned off,
less against another reader's answers), each reader's share and HNSW plan, and row-level security on both kinds
of candidates."""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import numpy as np
import pytest

from assistant.library import search as library_search
from assistant.library.database import Database
from tests.assistant.library.conftest import CONTRACTS, POLICIES, new_database

BENCHMARK = Path(__file__).resolve().parents[3] / "benchmarks" / "library_scale.py"
CHUNKS = 2000
QUESTIONS = ["How many days of annual leave carry over?", "When are travel expenses reimbursed?",
             "Who provides the laptop for remote work?", "What is the penalty for late turbine delivery?",
             "How often are the windows cleaned?", "What notice ends the cleaning contract?",
             "Is a doctor's note needed for sick leave?", "Which class is allowed for short flights?",
             "warm up: parental leave", "warm up: the company laptop"]
WARM_UP = 2


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("library_scale", BENCHMARK)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["library_scale"] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def loaded(bench, postgres, embedder):
    """A 2,000-chunk library made by the benchmark's own loader, with its two readers."""
    texts = [sentence for text in [*POLICIES.values(), *CONTRACTS.values()]
             for sentence in re.split(r"(?<=\.)\s+", text.replace("#", "")) if len(sentence.split()) > 4]
    corpus = bench.Corpus(np.asarray(embedder.embed(texts), dtype=np.float32), texts)
    vectors = np.asarray(embedder.embed(QUESTIONS), dtype=np.float32)
    with new_database(postgres) as url, Database(url, postgres.password) as admin:
        figures = bench.load_library(admin, corpus, CHUNKS, embedder.name)
        reference = bench.references(corpus.seeds, CHUNKS, vectors[:-WARM_UP])
        yield url, corpus, vectors, reference, figures, admin


def reader_url(url: str, reader: str) -> str:
    return re.sub(r"//[^@]+@", f"//{reader}@", url)


def test_the_chunks_are_local_scales_vectors_around_their_seeds(bench, loaded):
    url, corpus, _vectors, _reference, figures, admin = loaded
    assert admin.query_one("SELECT count(*) AS n FROM deskmate.chunks")["n"] == CHUNKS
    assert {row["indexname"] for row in admin.query("SELECT indexname FROM pg_indexes WHERE tablename = 'chunks'")} \
        >= set(bench.chunk_indexes()) and figures["build_chunks_embedding_s"] >= 0
    vectors = bench.neighbours(corpus.seeds, 0, CHUNKS)
    assert np.array_equal(np.argmax(vectors @ corpus.seeds.T, axis=1), corpus.seed_of(0, CHUNKS))
    first = admin.query_one("SELECT text, embedding FROM deskmate.chunks WHERE id = 1")
    assert first["text"].startswith(corpus.texts[corpus.seed_of(0, 1)[0]])
    assert np.allclose(np.asarray(first["embedding"].to_numpy()), vectors[0], atol=1e-6)


def test_recall_is_one_with_the_index_turned_off_and_less_against_another_readers_answers(bench, loaded):
    url, _corpus, vectors, reference, _figures, _admin = loaded
    for reader in bench.READERS:
        exact = bench.time_reader(reader_url(url, reader), QUESTIONS, vectors, reference[reader], 100,
                                  exact=True, warm_up=WARM_UP)
        assert exact["recall_at_10"] == 1.0, reader
        assert exact["search"]["p95_ms"] > 0
        share = {"reader_all": 1.0, "reader_one": 0.5}[reader]  # two collections of 1,000 chunks
        assert exact["hnsw_plan"]["share"] == share and exact["hnsw_plan"]["resorted"] == (share < 1)
        assert exact["hnsw_plan"]["scan_limit"] == library_search.vector_plan(100, library_search.DEPTH,
                                                                              share).scan_limit
    one_against_all = bench.time_reader(reader_url(url, "reader_one"), QUESTIONS, vectors, reference["reader_all"],
                                        100, exact=True, warm_up=WARM_UP)
    assert one_against_all["recall_at_10"] < 0.9
    approximate = bench.time_reader(reader_url(url, "reader_all"), QUESTIONS, vectors, reference["reader_all"], 40,
                                    warm_up=WARM_UP)
    assert 0.5 <= approximate["recall_at_10"] <= 1.0


def test_a_reader_of_one_collection_gets_candidates_of_that_collection_only(bench, loaded):
    url, _corpus, vectors, _reference, _figures, _admin = loaded
    visible = {position + 1 for position in range(CHUNKS) if bench.collection_of(np.array([position]))[0] == 0}
    with Database(reader_url(url, "reader_one"), bench.READER_PASSWORD) as reader:
        reader.use_vectors()
        for question, vector in zip(QUESTIONS, vectors):
            dense = bench.vector_ids(reader, vector, 100)
            keyword = library_search.keyword_candidates(reader, question, 50)
            assert len(dense) == library_search.DEPTH and set(dense) <= visible
            assert keyword and set(keyword) <= visible, question
