"""Hybrid search over the indexed chunks: BM25 keywords and embedding cosine, fused.

Up to LARGE_INDEX_CHUNKS, all chunk vectors are held in memory as one float32 matrix, so dense
search is one matrix-vector product (exact, about 10 ms at 100k chunks). Larger indexes keep
their vectors on disk in an approximate index (assistant/documents/dense.py, vector_index.py) and
score only a pool of candidates: the graph's nearest chunks and the best keyword chunks.
Keyword scores come from the in-memory
BM25 index in assistant/documents/keywords.py. The copy in memory is reloaded when the index's
generation number changes (any document added, changed or removed).

A search can keep to some documents (`documents=`: ids) before anything is ranked: those of a folder,
or those a taught classifier labelled so (`labelled_documents`, from the document_labels table that
assistant/tools/document_labels.py fills); each hit carries its file's labels.
"""
from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field

import numpy as np

from assistant.documents.dense import LARGE_INDEX_CHUNKS, IndexedVectors, MemoryVectors
from assistant.documents.dense import top_positions as _top
from assistant.documents.keywords import TERM_DTYPE, KeywordIndex
from assistant.documents.vector_index import INDEX_FILE, VectorIndex
from assistant.errors import InvalidInput
from assistant.storage.store import Store

MODES = ("hybrid", "keyword", "dense")
# Diversity by file: the best hit of each file comes before a second hit of any file, for files
# whose best hit scores at least this share of the top score (weaker files do not push out a
# good second passage). On the 22 questions about the Python manual (benchmarks/real_corpus_questions.json)
# the best other file scored 0.36-0.49 of the top where it did not answer the question and 0.51-0.89
# where it was related. Candidates are taken POOL_PER_HIT times deeper than asked.
DIVERSITY_FLOOR = 0.5
# The third place goes to another file scoring at least this share of the best, rather than to a
# third passage of one file (git-doc: "search the tracked files for a string" had git-grep three
# times while gitfaq, which answers it too, scored 0.49 of the best).
THIRD_PLACE_FLOOR = 0.35
POOL_PER_HIT = 5
LOAD_BATCH = 50_000  # rows read into the in-memory copy per statement
ID_BATCH = 500  # document ids per statement (SQLite allows 999 parameters in older builds)
# A locator naming one of these is a place of its own; any other unit is a page, and its locator
# says so ("page" is also what an index from before locators gets).
UNIT_KEYS = ("page", "slide", "sheet", "chapter", "message_id")


def cited_place(label: str | None, page: int) -> str:
    """How a person cites a hit's unit: its label ("Slide 3"), or "page N"."""
    return label or f"page {page}"


def hit_locator(stored: str | None, page: int, char_start: int, char_end: int) -> dict:
    """The structured place of a hit: the reader's locator, "page" for paged kinds, and the span."""
    try:
        locator = json.loads(stored) if stored else {}
    except ValueError:  # a damaged row cites its page, as before locators
        locator = {}
    if not isinstance(locator, dict):
        locator = {}
    place = {} if any(key in locator for key in UNIT_KEYS) else {"page": page}
    return {**place, **locator, "char_start": char_start, "char_end": char_end}


@dataclass(frozen=True)
class Fusion:
    """How keyword and dense scores combine (tuned on NFCorpus dev queries; see benchmarks/)."""
    method: str = "convex"  # "convex": weighted sum of normalised scores; "rrf": reciprocal rank fusion
    dense_weight: float = 0.5
    depth: int = 300  # candidates taken from each side
    rrf_k: int = 60
    # Pseudo-relevance feedback: the query vector moves towards the best few fused hits
    # (Rocchio), and the dense scores of a candidate pool are recomputed with it.
    feedback: float = 1.0
    feedback_hits: int = 3
    feedback_pool: int = 2000


@dataclass
class Hit:
    chunk_id: int
    document_id: int
    path: str
    page: int
    text: str
    score: float
    char_start: int
    char_end: int
    also_in: list[str] = field(default_factory=list)  # other files holding exactly this passage
    label: str | None = None  # how a person cites the unit ("Sheet 'Costs', rows 40-62"); None: "page N"
    locator: dict = field(default_factory=dict)  # the same place structured, with char_start and char_end
    document_labels: dict = field(default_factory=dict)  # classifier -> the label it gave the file ("kind": "contract")

    @property
    def place(self) -> str:
        return cited_place(self.label, self.page)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class _Candidate:
    row: int
    score: float
    same_text: list[int] = field(default_factory=list)  # rows of other chunks with exactly this text


class Searcher:
    def __init__(self, store: Store, embedder, fusion: Fusion | None = None):
        self.store, self.embedder = store, embedder
        self.fusion = fusion or Fusion()
        self._generation = None
        self._lock = threading.Lock()
        self.chunk_ids = np.zeros(0, dtype=np.int64)
        self.document_ids = np.zeros(0, dtype=np.int64)
        self.vectors = np.zeros((0, 0), dtype=np.float32)  # all of them, for an index held in memory
        self.dense: MemoryVectors | IndexedVectors = MemoryVectors(self.vectors)
        self.text_hashes: list[str | None] = []
        self.files = np.zeros(0, dtype=np.int64)
        self.keywords: KeywordIndex | None = None
        self._graph_worker: ThreadPoolExecutor | None = None  # a large index's graph side, beside the keywords

    def refresh(self) -> None:
        """Reload the in-memory copy if the index changed since the last load."""
        generation = self.store.query_single("SELECT generation FROM index_state")["generation"]
        with self._lock:
            if generation != self._generation:
                self._load()
                self._generation = generation

    @property
    def vector_file(self):
        return self.store.path.with_name(INDEX_FILE)

    def forget(self) -> None:
        """Load again at the next search (the vector file was written anew)."""
        with self._lock:
            self._generation = None

    def _load(self) -> None:
        large = self.store.query_single("SELECT COUNT(*) AS n FROM chunks")["n"] >= LARGE_INDEX_CHUNKS
        ids, documents, files, lengths, terms, per_row, vectors = [], [], [], [], [], [], []
        self.text_hashes = []
        for rows in self._stored_rows(large):  # a batch at a time: a million rows at once held 2 GB of tuples
            ids.append(np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows)))
            documents.append(np.fromiter((r[1] for r in rows), dtype=np.int64, count=len(rows)))
            if not large:
                vectors.append(b"".join(r[2] for r in rows))
            terms.append(np.frombuffer(b"".join(r[3] for r in rows), dtype=TERM_DTYPE))
            per_row.append(np.fromiter((len(r[3]) // TERM_DTYPE.itemsize for r in rows), dtype=np.int64,
                                       count=len(rows)))
            lengths.append(np.fromiter((r[4] for r in rows), dtype=np.float32, count=len(rows)))
            self.text_hashes += [r[5] for r in rows]
            # A near-duplicate (a page's source markup) counts as its twin's file for diversity.
            files.append(np.fromiter((r[6] for r in rows), dtype=np.int64, count=len(rows)))
        self.chunk_ids, self.document_ids, self.files = (_joined(parts, np.int64) for parts in (ids, documents, files))
        if large:
            self.vectors = np.zeros((0, 0), dtype=np.float32)
            self.dense = IndexedVectors(VectorIndex(self.vector_file, self.chunk_ids, self._stored_vectors),
                                        self.chunk_ids)
        else:
            blob = b"".join(vectors)
            dims = len(blob) // 4 // self.size if self.size else 0
            self.vectors = np.frombuffer(blob, dtype=np.float32).reshape(self.size, dims) if self.size else \
                np.zeros((0, 0), dtype=np.float32)
            self.dense = MemoryVectors(self.vectors)
        packed = np.concatenate(terms) if terms else np.zeros(0, dtype=TERM_DTYPE)
        del terms  # the batches' copy, before the index makes its own
        self.keywords = KeywordIndex.from_packed(packed, _joined(per_row, np.int64), _joined(lengths, np.float32))

    def _stored_rows(self, large: bool):
        """Every chunk's row for the in-memory copy, in id order, LOAD_BATCH at a time."""
        last = -1
        while True:
            rows = self.store.execute(
                f"""SELECT c.id, c.document_id, {"NULL" if large else "c.vector"}, c.terms, c.term_count,
                           c.text_hash, COALESCE(d.near_duplicate_of, c.document_id)
                    FROM chunks c LEFT JOIN documents d ON d.id = c.document_id WHERE c.id > ?
                    ORDER BY c.id LIMIT ?""", (last, LOAD_BATCH)).fetchall()
            if not rows:
                return
            yield rows
            last = rows[-1][0]

    def _stored_vectors(self, chunk_ids: np.ndarray) -> np.ndarray:
        """Vectors of chunks the approximate index does not hold yet, read from the database."""
        parts = []
        for start in range(0, len(chunk_ids), ID_BATCH):
            part = [int(i) for i in chunk_ids[start:start + ID_BATCH]]
            found = dict(self.store.execute(
                f"SELECT id, vector FROM chunks WHERE id IN ({','.join('?' * len(part))})", part).fetchall())
            parts.append(np.frombuffer(b"".join(found[i] for i in part), dtype=np.float32).reshape(len(part), -1))
        return np.concatenate(parts)

    @property
    def size(self) -> int:
        return len(self.chunk_ids)

    def search(self, query: str, k: int = 5, mode: str = "hybrid", documents=None,
               query_vector: np.ndarray | None = None) -> list[Hit]:
        """The k best chunks for `query`, optionally only from the given document ids.

        Distinct files come first (see DIVERSITY_FLOOR), and a passage stored in several files
        is one hit that lists the others in `also_in`."""
        if not query.strip():
            raise InvalidInput("Type something to search for.")
        if mode not in MODES:
            raise InvalidInput(f"Unknown search mode '{mode}'; use one of {', '.join(MODES)}.")
        self.refresh()
        if not self.size:
            return []
        if query_vector is None and mode != "keyword":
            query_vector = self.embedder.embed([query])[0]
        rows, scores = self.rank(query, mode, query_vector, max(k * POOL_PER_HIT, 20), documents)
        return self._hits(self.diverse(rows, scores, k))

    def diverse(self, rows: np.ndarray, scores: np.ndarray, k: int) -> list[_Candidate]:
        """The k hits to show from ranked candidates: one per passage text, distinct files first."""
        candidates = self._merge_same_text(rows, scores)
        floor = DIVERSITY_FLOOR * candidates[0].score if candidates and candidates[0].score > 0 else -np.inf
        first, rest, files = [], [], set()
        for candidate in candidates:
            file = int(self.files[candidate.row])
            if file not in files and candidate.score >= floor:
                files.add(file)
                first.append(candidate)
            else:
                rest.append(candidate)
        return self._not_one_file_three_times(first + rest)[:k]

    def _not_one_file_three_times(self, ranked: list[_Candidate]) -> list[_Candidate]:
        """The first three hits do not all come from one file while another file comes close enough.

        A long manual can hold the three best passages for a question, and the best of another
        file just below the diversity floor; the third place then goes to that file, so a person
        sees that other files speak to the question too (THIRD_PLACE_FLOOR).
        """
        if len(ranked) <= 3 or len({int(self.files[c.row]) for c in ranked[:3]}) > 1:
            return ranked
        only, floor = int(self.files[ranked[0].row]), THIRD_PLACE_FLOOR * ranked[0].score
        other = next((i for i, c in enumerate(ranked[3:], start=3) if int(self.files[c.row]) != only), None)
        if other is None or ranked[other].score < floor or ranked[0].score <= 0:
            return ranked
        return ranked[:2] + [ranked[other]] + ranked[2:other] + ranked[other + 1:]

    def _merge_same_text(self, rows: np.ndarray, scores: np.ndarray) -> list[_Candidate]:
        merged: list[_Candidate] = []
        by_text: dict[str, _Candidate] = {}
        for row, score in zip(rows.tolist(), scores.tolist()):
            digest = self.text_hashes[row] if row < len(self.text_hashes) else None
            if digest is not None and digest in by_text:
                by_text[digest].same_text.append(row)
                continue
            candidate = _Candidate(row, score)
            merged.append(candidate)
            if digest is not None:
                by_text[digest] = candidate
        return merged

    def rank(self, query: str, mode: str, query_vector, k: int, documents=None) -> tuple[np.ndarray, np.ndarray]:
        """Row numbers of the k best chunks and their scores, best first."""
        subset = None
        if documents is not None:
            subset = np.flatnonzero(np.isin(self.document_ids, np.fromiter(documents, dtype=np.int64)))
        if self.dense.approximate and mode != "keyword":
            return self._rank_pool(query, mode, np.asarray(query_vector, dtype=np.float32), k, subset)
        vectors = self.vectors if subset is None else self.vectors[subset]
        dense = vectors @ np.asarray(query_vector, dtype=np.float32) if mode != "keyword" else None
        keyword = self.keywords.scores(query) if mode != "dense" and self.keywords is not None else None
        if keyword is not None and subset is not None:
            keyword = keyword[subset]
        if (mode == "keyword" and keyword is None) or (subset is not None and not len(subset)):
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        if mode == "hybrid" and dense is not None and self.fusion.feedback:
            scores, rows = feedback(vectors, np.asarray(query_vector, dtype=np.float32), dense, keyword, self.fusion)
        elif mode == "hybrid" and dense is not None:
            scores, rows = fuse(dense, keyword, self.fusion)
        else:
            scores, rows = _single(dense, keyword)
        best = _top(scores, k)
        rows = rows[best]
        return (rows if subset is None else subset[rows]), scores[best]

    def _rank_pool(self, query: str, mode: str, query_vector: np.ndarray, k: int,
                   subset: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """rank() for a large index: the same fusion and feedback, over a pool of candidates (the
        graph's nearest rows and the best keyword rows) instead of every row."""
        if subset is not None and not len(subset):
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        # The graph search releases the GIL: it runs on its own thread while this one scores the keywords.
        graph_side = self._graph_thread().submit(self.dense.candidates, query_vector, self.fusion.depth, subset)
        keyword = self.keywords.scores(query) if mode == "hybrid" and self.keywords is not None else None
        if keyword is not None:
            best_keyword = _top(keyword, self.fusion.depth) if subset is None else \
                subset[_top(keyword[subset], self.fusion.depth)]
        pool = graph_side.result()
        if keyword is not None:
            pool = np.union1d(pool, best_keyword[keyword[best_keyword] > 0])
        if not len(pool):
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        vectors = self.dense.of(pool)
        dense, pool_keyword = vectors @ query_vector, (keyword[pool] if keyword is not None else None)
        if mode == "hybrid" and self.fusion.feedback:
            scores, rows = feedback(vectors, query_vector, dense, pool_keyword, self.fusion)
        elif mode == "hybrid":
            scores, rows = fuse(dense, pool_keyword, self.fusion)
        else:
            scores, rows = _single(dense, None)
        best = _top(scores, k)
        return pool[rows[best]], scores[best]

    def _graph_thread(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._graph_worker is None:
                self._graph_worker = ThreadPoolExecutor(1, thread_name_prefix="search-graph")
            return self._graph_worker

    def _hits(self, candidates: list[_Candidate]) -> list[Hit]:
        ids = [int(self.chunk_ids[c.row]) for c in candidates]
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        found = {r["id"]: r for r in self.store.query(
            f"""SELECT c.id, c.document_id, d.path, c.page, c.text, c.char_start, c.char_end, c.label, c.locator
                FROM chunks c JOIN documents d ON d.id = c.document_id WHERE c.id IN ({marks})""", ids)}
        paths = self._paths({int(self.document_ids[row]) for c in candidates for row in c.same_text})
        labels = labels_of(self.store, {row["document_id"] for row in found.values()})
        hits = []
        for i, candidate in zip(ids, candidates):
            if i not in found:
                continue
            row = found[i]
            also = [paths[d] for d in dict.fromkeys(int(self.document_ids[r]) for r in candidate.same_text)
                    if d in paths and d != row["document_id"]]
            hits.append(Hit(chunk_id=i, document_id=row["document_id"], path=row["path"], page=row["page"],
                            text=row["text"], score=round(float(candidate.score), 4), char_start=row["char_start"],
                            char_end=row["char_end"], also_in=also, label=row["label"],
                            locator=hit_locator(row["locator"], row["page"], row["char_start"], row["char_end"]),
                            document_labels=labels.get(row["document_id"], {})))
        return hits

    def _paths(self, document_ids: set[int]) -> dict[int, str]:
        if not document_ids:
            return {}
        ids = sorted(document_ids)
        return {r["id"]: r["path"] for r in self.store.query(
            f"SELECT id, path FROM documents WHERE id IN ({','.join('?' * len(ids))})", ids)}


def labels_of(store: Store, document_ids: Iterable[int]) -> dict[int, dict[str, str]]:
    """document id -> {classifier: label} for the documents a taught classifier labelled."""
    ids = sorted(set(document_ids))
    labels: dict[int, dict[str, str]] = {}
    for start in range(0, len(ids), ID_BATCH):
        part = ids[start:start + ID_BATCH]
        for row in store.query(f"""SELECT document_id, classifier, label FROM document_labels
                                   WHERE document_id IN ({','.join('?' * len(part))}) ORDER BY classifier""", part):
            labels.setdefault(row["document_id"], {})[row["classifier"]] = row["label"]
    return labels


def labelled_documents(store: Store, wanted: Mapping[str, Iterable[str]]) -> set[int] | None:
    """Ids of the documents the filter allows: {classifier: labels}, the labels of one classifier
    either-or, different classifiers all at once ("kind" contract or invoice, and "team" legal).
    None: no filter (every document). Resolved at each search, so a label given since counts."""
    allowed: set[int] | None = None
    for classifier, labels in wanted.items():
        chosen = sorted(set(labels))
        if not chosen:
            continue
        rows = store.query(f"""SELECT document_id FROM document_labels WHERE classifier = ?
                               AND label IN ({','.join('?' * len(chosen))})""", (classifier, *chosen))
        found = {row["document_id"] for row in rows}
        allowed = found if allowed is None else allowed & found
    return allowed


def within(*allowed: set[int] | None) -> set[int] | None:
    """The documents every restriction allows (None in a place: that one allows all; all None: None)."""
    restrictions = [ids for ids in allowed if ids is not None]
    return set.intersection(*restrictions) if restrictions else None


def _joined(parts: list[np.ndarray], dtype) -> np.ndarray:
    return np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)


def _single(dense, keyword) -> tuple[np.ndarray, np.ndarray]:
    scores = dense if dense is not None else keyword
    if dense is None:
        matched = np.flatnonzero(keyword > 0)
        return keyword[matched], matched
    return scores, np.arange(len(scores))


def fuse(dense: np.ndarray, keyword: np.ndarray | None, fusion: Fusion, dense_rows: np.ndarray | None = None,
         keyword_rows: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Fused scores of the candidate rows (the best `depth` of each side): (scores, rows).

    The best rows of each side, best first, may be given when the caller has them already.
    """
    dense_rows = _top(dense, fusion.depth) if dense_rows is None else dense_rows[:fusion.depth]
    if keyword is None:
        return dense[dense_rows], dense_rows
    keyword_rows = _top(keyword, fusion.depth) if keyword_rows is None else keyword_rows[:fusion.depth]
    keyword_rows = keyword_rows[keyword[keyword_rows] > 0]
    rows = np.union1d(dense_rows, keyword_rows)
    if fusion.method == "rrf":
        return _rrf(rows, dense_rows, keyword_rows, fusion), rows
    top_dense, floor = dense[dense_rows[0]], dense[dense_rows[-1]]
    dense_part = np.clip((dense[rows] - floor) / max(top_dense - floor, 1e-6), 0, 1)
    top_keyword = keyword[keyword_rows[0]] if len(keyword_rows) else 1.0
    keyword_part = keyword[rows] / max(top_keyword, 1e-6)
    return fusion.dense_weight * dense_part + (1 - fusion.dense_weight) * keyword_part, rows


def feedback(vectors: np.ndarray, query: np.ndarray, dense: np.ndarray, keyword: np.ndarray | None,
             fusion: Fusion) -> tuple[np.ndarray, np.ndarray]:
    """Fusion after moving the query vector towards its best fused hits (pseudo-relevance feedback).

    Only a pool of candidates is re-scored: the best `feedback_pool` rows by the first dense
    scores and the best keyword rows. Returns (scores, rows) like fuse().
    """
    dense_rows = _top(dense, max(fusion.feedback_pool, fusion.depth))
    keyword_rows = _top(keyword, fusion.depth) if keyword is not None else None
    scores, rows = fuse(dense, keyword, fusion, dense_rows, keyword_rows)
    centroid = vectors[rows[_top(scores, fusion.feedback_hits)]].mean(axis=0)
    pool = dense_rows if keyword_rows is None else np.union1d(dense_rows, keyword_rows)
    moved = (dense[pool] + fusion.feedback * (vectors[pool] @ centroid))
    moved /= max(float(np.linalg.norm(query + fusion.feedback * centroid)), 1e-6)
    scores, positions = fuse(moved, keyword[pool] if keyword is not None else None, fusion)
    return scores, pool[positions]


def _rrf(rows, dense_rows, keyword_rows, fusion: Fusion) -> np.ndarray:
    def reciprocal(ranked):
        score = np.zeros(len(rows), dtype=np.float64)
        position = np.searchsorted(rows, ranked)
        score[position] = 1.0 / (fusion.rrf_k + np.arange(1, len(ranked) + 1))
        return score

    return 2 * (fusion.dense_weight * reciprocal(dense_rows) + (1 - fusion.dense_weight) * reciprocal(keyword_rows))
