"""Follow-up questions find the right passages: the retrieval query carries the earlier question's
subject, the user's own words stay as they were.

The corpus is six product manuals (PDF, one topic a page, the same topics in each, so a follow-up
without its subject is ambiguous), a staff handbook (DOCX) and three board minutes (Markdown).
`python -m tests.assistant.chat.test_followups` prints each approach's share of follow-ups whose right
file and page is in the top 3 (no rewrite, carried terms, carried terms plus names from the model's
answer, a rewrite by the bundled model).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from assistant.chat.followups import carried_terms, is_follow_up, names, plural, retrieval_query
from tests.helpers.followup_corpus import (
    FACTS,
    HELD_OUT_FACTS,
    HELD_OUT_PAIRS,
    PAIRS,
    STANDALONE,
    follow_ups_answered,
    write_corpus,
)

TOP = 3


def in_top(index, query: str, name: str, page: int, k: int = TOP) -> bool:
    return any((os.path.basename(hit.path), hit.page) == (name, page) for hit in index.search(query, k))


def share(index, queries: list[str], cases) -> float:
    return sum(in_top(index, query, name, page) for query, (_, _, name, page) in zip(queries, cases)) / len(cases)


@pytest.fixture
def corpus_index(doc_index, tmp_path):
    list(doc_index.add([write_corpus(tmp_path / "docs")]))
    return doc_index


def test_follow_ups_are_recognised_and_new_topics_are_not():
    assert all(is_follow_up(follow_up) for _, follow_up, _, _ in PAIRS)
    assert not any(is_follow_up(question) for _, question, _, _ in STANDALONE)
    assert not any(is_follow_up(first) for first, _, _, _ in PAIRS + STANDALONE)


def test_a_follow_up_carries_the_subject_or_the_aspect():
    assert names("How long does the X200 battery last?") == ["X200"]
    assert carried_terms("And what about its warranty?", "How long does the X200 battery last?") == ["X200"]
    assert carried_terms("And the Z9?", "How long does the X200 battery last?") == ["battery"]
    assert retrieval_query("And what about its warranty?", ["How long does the X200 battery last?"]) == \
        "And what about its warranty? X200"
    assert retrieval_query("What is the Z9's suction power?", ["How long does the X200 battery last?"]) == \
        "What is the Z9's suction power?"
    assert retrieval_query("And its warranty?", []) == "And its warranty?"


def test_a_chain_of_follow_ups_keeps_its_subject():
    first = "How long does the Trekker battery last?"
    second = retrieval_query("And its warranty?", [first])
    assert retrieval_query("How heavy is it?", [first, second]).endswith("Trekker")


def test_carried_terms_find_the_right_page_where_the_bare_follow_up_does_not(corpus_index):
    bare = share(corpus_index, [f for _, f, _, _ in PAIRS], PAIRS)
    rewritten = share(corpus_index, [retrieval_query(f, [q]) for q, f, _, _ in PAIRS], PAIRS)
    assert rewritten == 1.0 and rewritten - bare >= 0.2, (bare, rewritten)
    standalone = [retrieval_query(s, [q]) for q, s, _, _ in STANDALONE]
    assert standalone == [s for _, s, _, _ in STANDALONE] and share(corpus_index, standalone, STANDALONE) == 1.0


def test_chat_follow_ups_are_answered_and_cited_from_the_right_page(workspace, corpus_index):
    workspace._documents = corpus_index
    assert follow_ups_answered(workspace.chat()) >= 0.8  # measured 1.00 (15 of 15; issue 16 asks 0.75)


def test_held_out_follow_ups_are_answered_too(workspace, corpus_index):
    """Pairs written after the rewriting and the quote selection were tuned on PAIRS."""
    workspace._documents = corpus_index
    assert follow_ups_answered(workspace.chat(), HELD_OUT_PAIRS, HELD_OUT_FACTS) >= 0.8  # measured 0.90 (9 of 10)


def test_a_heading_is_not_quoted_as_the_answer_the_sentence_after_it_is(workspace, corpus_index):
    workspace._documents = corpus_index
    chat = workspace.chat()
    first = chat.send("How long does the X200 battery last?", max_tokens=8, documents={"enabled": True, "folders": []})
    "".join(first)
    follow = chat.send("And the Z9?", first.conversation_id, max_tokens=8)
    reply = "".join(follow)
    assert "120 minutes" in reply and "“Z9 battery.”" not in reply and follow.result.cited == [1]


def test_them_carries_the_earlier_plural():
    assert carried_terms("Who approves them?", "What is the hotel limit for travel expenses?") == ["expenses"]
    assert carried_terms("Who approves it?", "What is the hotel limit for travel expenses?") == ["hotel"]
    assert not plural("class") and not plural("bus") and plural("days")


def test_a_question_the_documents_do_not_answer_says_so(workspace, corpus_index):
    workspace._documents = corpus_index
    turn = workspace.chat().send("Who won the 1998 football world cup?", max_tokens=8,
                                 documents={"enabled": True, "folders": []})
    text = "".join(turn)
    assert not turn.result.found and "do not seem to answer" in text and turn.result.cited == []
    assert workspace.history.messages(turn.result.conversation_id)[-1].content == text


def test_a_chat_follow_up_searches_with_the_earlier_subject_and_keeps_the_users_words(workspace, corpus_index):
    workspace._documents = corpus_index
    chat = workspace.chat()
    on = {"enabled": True, "folders": []}
    first = chat.send("How long does the X200 battery last?", max_tokens=8, documents=on)
    "".join(first)
    follow = chat.send("And what about its warranty?", first.conversation_id, max_tokens=8)  # the saved option
    "".join(follow)
    assert follow.result.retrieval_query == "And what about its warranty? X200"
    assert (os.path.basename(follow.result.sources[0]["path"]), follow.result.sources[0]["page"]) == ("x200.pdf", 3)
    asked = [m for m in workspace.history.messages(first.conversation_id) if m.role == "user"]
    assert [m.content for m in asked] == ["How long does the X200 battery last?", "And what about its warranty?"]
    assert asked[1].meta["retrieval_query"] == "And what about its warranty? X200" and "retrieval_query" not in asked[0].meta
    assert follow.result.style == "quote" and follow.result.found  # the bundled model is too small to write
    assert "three-year warranty" in follow.result.reply and 1 in follow.result.cited
    attributed = chat.attribute("The X200 has a three-year warranty covering parts and labour.", follow.sources)
    assert attributed is not None and attributed.cited[:1] == [1]  # Deskmate cites, whatever the model wrote
    assert follow.result.cited == sorted({n for s in follow.result.sentences if s["supported"] for n in s["sources"]})


# -- the measurement behind the choice (python -m tests.assistant.chat.test_followups) ----------------------

REWRITE_PROMPT = ("Rewrite the follow-up question so that it can be understood without the conversation. "
                  "Reply with the rewritten question only.\n\nEarlier question: {earlier}\nFollow-up: {question}\n"
                  "Rewritten question:")


def model_rewrite(engine, earlier: str, question: str) -> str:
    messages = [{"role": "user", "content": REWRITE_PROMPT.format(earlier=earlier, question=question)}]
    text = "".join(engine.stream(messages, 40, 0.0, 1.0)).strip().splitlines()
    return (text[0] if text else "").strip() or question


def with_answer_names(query: str, answer: str) -> str:
    extra = [n for n in names(answer) if n.lower() not in query.lower()][:3]
    return f"{query} {' '.join(extra)}" if extra else query


def measure() -> None:
    import tempfile

    from assistant.workspace import Workspace

    with tempfile.TemporaryDirectory() as scratch:
        workspace = Workspace(Path(scratch) / "home")
        index = workspace.documents
        list(index.add([write_corpus(Path(scratch) / "docs")]))
        engine = workspace.engine()
        chat = workspace.chat()
        answers = []
        for first, _, _, _ in PAIRS:
            turn = chat.send(first, max_tokens=48, documents={"enabled": True, "folders": []})
            answers.append("".join(turn))
        cases = {
            "a. no rewrite": [f for _, f, _, _ in PAIRS],
            "b. carried terms of the earlier question": [retrieval_query(f, [q]) for q, f, _, _ in PAIRS],
            "b2. carried terms + names in the first reply": [
                with_answer_names(retrieval_query(f, [q]), a) for (q, f, _, _), a in zip(PAIRS, answers)],
            "c. rewritten by the bundled model": [model_rewrite(engine, q, f) for q, f, _, _ in PAIRS],
        }
        for label, queries in cases.items():
            top1 = sum(in_top(index, q, n, p, 1) for q, (_, _, n, p) in zip(queries, PAIRS)) / len(PAIRS)
            print(f"{label}: right file and page in the top {TOP} for {share(index, queries, PAIRS):.2f} "
                  f"of {len(PAIRS)} follow-ups (top 1: {top1:.2f})")
        for label, queries in (("standalone, as typed", [s for _, s, _, _ in STANDALONE]),
                               ("standalone, after b", [retrieval_query(s, [q]) for q, s, _, _ in STANDALONE])):
            print(f"{label}: {share(index, queries, STANDALONE):.2f} of {len(STANDALONE)} new-topic questions")
        for label, pairs, facts in (("", PAIRS, FACTS), ("held out ", HELD_OUT_PAIRS, HELD_OUT_FACTS)):
            misses: list = []
            print(f"chat follow-ups, {label}correct and cited to the right file and page (bundled model): "
                  f"{follow_ups_answered(chat, pairs, facts, misses):.2f} of {len(pairs)}")
            for follow_up, query, reply in misses:
                print(f"  miss: {follow_up!r} searched as {query!r}: {reply[:160]!r}", file=sys.stderr)
        for (q, f, _, _), rewritten in zip(PAIRS, cases["c. rewritten by the bundled model"]):
            print(f"  model: {f!r} after {q!r} -> {rewritten!r}", file=sys.stderr)
        workspace.close()


if __name__ == "__main__":
    measure()
