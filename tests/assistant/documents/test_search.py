"""Search results that cover the sources: distinct files before a second chunk of one file (real index)."""
from __future__ import annotations

import os

TERMS = ["crema", "tamping", "portafilter", "ristretto", "lungo", "doppio", "grind size", "bloom", "channeling",
         "pre-infusion", "basket", "puck", "dose", "yield", "shot time", "burr", "roast", "extraction"]


def glossary() -> str:
    """A glossary page: four long sections, every sentence about espresso (it matches in every chunk)."""
    sections = []
    for part in range(4):
        sentences = [f"Espresso glossary entry {part}-{n}: {term} is an espresso word; in espresso brewing the "
                     f"{term} of the espresso shot shapes the espresso taste."
                     for n, term in enumerate(TERMS[part * 4:part * 4 + 6])]
        sections.append(" ".join(sentences))
    return "\n\n".join(sections)


def write(folder, files: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def names(hits) -> list[str]:
    return [os.path.basename(h.path) for h in hits]


def test_top_three_show_a_second_file_before_a_third_chunk_of_one(doc_index, tmp_path):
    write(tmp_path / "docs", {
        "glossary.md": glossary(),
        "machine.md": "Our espresso machine brews espresso at nine bars of pressure; descale it monthly.",
        "taxes.md": "The annual tax return is due in April; keep receipts for deductions.",
    })
    list(doc_index.add([tmp_path / "docs"]))
    assert doc_index.document_by_path(tmp_path / "docs" / "glossary.md")["chunk_count"] >= 3
    searcher = doc_index.searcher()
    searcher.refresh()
    vector = doc_index.embedder.embed(["espresso"])[0]
    rows, _ = searcher.rank("espresso", "hybrid", vector, 3)
    by_rank = [int(searcher.document_ids[r]) for r in rows]
    assert len(set(by_rank)) == 1  # by score alone the glossary takes all three places
    top = names(doc_index.search("espresso", 3))
    assert top[0] == "glossary.md" and "machine.md" in top and "taxes.md" not in top, top


def test_a_query_only_one_file_matches_still_gets_three_of_its_chunks(doc_index, tmp_path):
    write(tmp_path / "docs", {
        "glossary.md": glossary(),
        "taxes.md": "The annual tax return is due in April; keep receipts for deductions.",
        "garden.md": "Prune the roses in late winter and water the tomatoes every evening.",
    })
    list(doc_index.add([tmp_path / "docs"]))
    for mode in ("keyword", "hybrid"):
        assert names(doc_index.search("espresso crema portafilter", 3, mode=mode)) == ["glossary.md"] * 3, mode


def test_the_same_passage_in_two_files_is_one_hit_naming_both(doc_index, tmp_path):
    note = "The spare key to the boathouse hangs behind the blue door of the garden shed."
    write(tmp_path / "docs", {"a.txt": note, "b.md": note + "\n", "c.md": "Boats are stored for winter."})
    list(doc_index.add([tmp_path / "docs"]))
    hits = doc_index.search("where is the spare key to the boathouse", 3)
    assert names(hits)[0] in ("a.txt", "b.md") and len([h for h in hits if h.text == note]) == 1
    assert sorted(names(hits[:1]) + [os.path.basename(p) for p in hits[0].also_in]) == ["a.txt", "b.md"]
    assert hits[0].to_dict()["also_in"] and {"chunk_id", "path", "page", "text", "score"} <= set(hits[0].to_dict())


def test_a_close_second_file_takes_the_third_place_from_a_third_chunk_of_one(doc_index, tmp_path):
    write(tmp_path / "docs", {
        "glossary.md": glossary(),
        "faq.md": "Frequently asked: how do I pull a good espresso shot? Grind finer if the espresso runs fast.",
        "taxes.md": "The annual tax return is due in April; keep receipts for deductions.",
    })
    list(doc_index.add([tmp_path / "docs"]))
    top = names(doc_index.search("espresso shot grind", 3, mode="hybrid"))
    assert top.count("glossary.md") == 2 and "faq.md" in top, top
