"""An answer from documents that cites a library document and a local one: the local index's hits and the
library's fused by search_with_library, answered by the real model through ask's Answer (the lead wires
search_with_library into ask itself); and with the library unreachable, the local answer and a notice."""
from __future__ import annotations

import os

from assistant.chat.ask import Answer
from assistant.library import settings as library_settings
from assistant.library.search import search_with_library
from assistant.library.settings import LibrarySettings
from tests.assistant.library.conftest import index_folders, role_name
from tests.helpers.documents import make_pdf
from tests.helpers.postgres import free_port

QUESTION = "When must the wind turbines be delivered, and how many days of paid leave do employees get?"


def answer(workspace, doc_index, k: int = 4):
    local = doc_index.search(QUESTION, k)
    hits, notice = search_with_library(workspace.home, local, QUESTION, doc_index.embedder, k)
    reply = Answer(workspace.engine(), workspace.settings, QUESTION, hits, max_tokens=48,
                   embedder=doc_index.embedder)
    "".join(reply)
    return reply.result, notice


def test_ask_cites_a_library_document_and_a_local_one(workspace, doc_index, library, shared_folders, postgres,
                                                      library_url, tmp_path, monkeypatch):
    (tmp_path / "mine").mkdir()
    make_pdf(tmp_path / "mine" / "handbook.pdf", ["Employee handbook.",
                                                  "Holidays: every employee gets twenty-seven days of paid leave."])
    list(doc_index.add([tmp_path / "mine"]))
    index_folders(library, [shared_folders["contracts"]])
    reader = role_name("asker")
    library.grant(reader, ["contracts"], password="asker-secret")
    monkeypatch.setenv("ASKER_PW", "asker-secret")
    library_settings.save(workspace.home, LibrarySettings(postgres.url(reader, library_url.rsplit("/", 1)[1]),
                                                          "ASKER_PW", 3.0))
    result, notice = answer(workspace, doc_index)
    assert notice is None
    cited = {os.path.basename(result.sources[n - 1]["path"]) for n in result.cited}
    assert {"handbook.pdf", "turbines.txt"} <= cited, (result.answer, result.sources, result.cited)

    library_settings.save(workspace.home, LibrarySettings(f"postgresql://{reader}@127.0.0.1:{free_port()}/x",
                                                          "ASKER_PW", 2.0))
    offline, notice = answer(workspace, doc_index)
    assert notice and "not searched" in notice
    assert {os.path.basename(source["path"]) for source in offline.sources} == {"handbook.pdf"}
    assert offline.cited
