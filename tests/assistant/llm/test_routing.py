"""Routing between this computer and the office server, against a real llama-cpp-python server
behind a proxy that records every request it gets."""
from __future__ import annotations

import pytest

from assistant.errors import InvalidInput
from assistant.llm.routing import (
    LONG_WORK_TOKENS,
    Routing,
    Task,
    choose_route,
    parse_routing,
    under_private_folder,
)
from assistant.readers import Document, Page
from assistant.tools.summarize import summarize
from tests.helpers.recording_proxy import RecordingProxy
from tests.helpers.servers import free_port

PARAGRAPH = ("The harbour authority met on the first Monday of the month. It reviewed the ferry timetable, "
             "the repair of the north pier and the cost of dredging the channel before winter. ")


@pytest.mark.parametrize("routing, task, tokens, private, where", [
    (Routing.LOCAL, Task.SUMMARIZE, 50_000, False, "local"),
    (Routing.OFFICE, Task.CHAT, 5, False, "office"),
    (Routing.AUTO, Task.CHAT, 12, False, "local"),
    (Routing.AUTO, Task.SUMMARIZE, 25_000, False, "office"),
    (Routing.AUTO, Task.SUMMARIZE, 200, False, "local"),
    (Routing.AUTO, Task.TRANSLATE, 30, False, "office"),
    (Routing.AUTO, Task.ASK, LONG_WORK_TOKENS, False, "office"),
    (Routing.OFFICE, Task.ASK, 10, True, "local"),
    (Routing.AUTO, Task.SUMMARIZE, 25_000, True, "local"),
])
def test_the_route_follows_the_setting_the_size_of_the_work_and_privacy(routing, task, tokens, private, where):
    assert choose_route(routing, task, tokens, office_configured=True, private=private).where == where
    assert choose_route(routing, task, tokens, office_configured=False, private=private).where == "local"


def test_a_bad_routing_value_names_the_choices():
    assert parse_routing(" Auto ") == Routing.AUTO
    with pytest.raises(InvalidInput, match="local, office, auto"):
        parse_routing("cloud")


def test_private_folders_cover_their_whole_tree_and_nothing_beside_it(tmp_path):
    private = tmp_path / "clients"
    (private / "acme").mkdir(parents=True)
    (tmp_path / "clients-public").mkdir()
    assert under_private_folder([private / "acme" / "contract.pdf"], [str(private)])
    assert not under_private_folder([tmp_path / "clients-public" / "a.txt"], [str(private)])
    assert not under_private_folder([tmp_path / "x.txt"], [])


@pytest.fixture
def recorded_office(isolated_home, llama_server):
    """A workspace in auto routing whose office server sits behind a recording proxy."""
    from assistant.workspace import Workspace

    with RecordingProxy(llama_server[: -len("/v1")]) as proxy:
        space = Workspace(isolated_home)
        space.settings.engine_url, space.settings.engine_n_ctx, space.settings.routing = proxy.url, 2048, "auto"
        yield space, proxy
        space.close()


def test_auto_sends_a_fifty_page_summary_to_the_office_and_keeps_a_one_line_chat_here(recorded_office):
    space, proxy = recorded_office
    chat = space.engine_for(Task.CHAT, work_tokens=8)
    assert chat.engine.is_local and chat.ran_on == "this computer"
    chat_engine_reply = "".join(space.chat().send("Say hello.", max_tokens=8))
    assert chat_engine_reply.strip() and proxy.bodies() == []  # the chat never reached the server

    pages = [PARAGRAPH * 6 for _ in range(50)]
    document = Document(path=None, kind="pasted", pages=[Page(i + 1, text) for i, text in enumerate(pages)])
    tokens = space.engine_for(Task.CHAT).engine.count_tokens(document.text)
    routed = space.engine_for(Task.SUMMARIZE, work_tokens=tokens)
    assert tokens > 10_000 and routed.route.is_office and not routed.engine.is_local
    assert routed.ran_on.startswith("the office server at 127.0.0.1:")
    steps = summarize(routed.engine, document, max_tokens=16)
    for _ in steps:  # the first model reply is enough to prove where the summary runs
        if proxy.bodies():
            break
    steps.close()
    assert "harbour authority" in proxy.bodies()[0]


def test_auto_falls_back_to_this_computer_when_the_office_server_is_down(isolated_home):
    from assistant.workspace import Workspace

    space = Workspace(isolated_home)
    space.settings.engine_url, space.settings.routing = f"http://127.0.0.1:{free_port()}/v1", "auto"
    space.settings.engine_timeout_s = 3
    routed = space.engine_for(Task.SUMMARIZE, work_tokens=30_000)
    assert routed.engine.is_local and "did not answer" in routed.route.reason
    space.close()


def test_a_tool_can_have_its_own_model_and_a_private_folder_stays_here(recorded_office, tmp_path):
    space, proxy = recorded_office
    space.settings.tool_models = {"translate": "default"}
    space.settings.private_folders = [str(tmp_path / "clients")]
    assert space.is_private([tmp_path / "clients" / "acme.pdf"])
    routed = space.engine_for(Task.TRANSLATE, work_tokens=10, private=True)
    assert routed.engine.is_local and "never leaves" in routed.route.reason
    assert proxy.bodies() == []


def test_passages_of_a_private_folder_never_reach_the_office_server(recorded_office, tmp_path):
    from assistant.chat.ask import ask
    from assistant.runtime.generators import run_to_end

    space, proxy = recorded_office
    space.settings.routing = "office"  # even when everything else goes to the office server
    private, shared = tmp_path / "clients", tmp_path / "handbook"
    private.mkdir()
    shared.mkdir()
    (private / "acme.txt").write_text("Acme Shipping pays a retainer of 4,750 euros every quarter.\n")
    (shared / "leave.txt").write_text("Every employee gets twenty-six days of paid leave a year.\n")
    run_to_end(iter(space.documents.add([private, shared])))
    space.settings.private_folders = [str(private)]

    secret = ask(space, "What retainer does Acme Shipping pay?", k=1, max_tokens=16)
    "".join(secret)
    assert secret.result.ran_on == "this computer" and "never leaves" in secret.result.route
    assert not any("4,750" in body or "Acme" in body for body in proxy.bodies())

    public = ask(space, "How many days of paid leave does an employee get?", k=1, max_tokens=16)
    "".join(public)
    assert public.result.ran_on.startswith("the office server")
    assert any("twenty-six days" in body for body in proxy.bodies())
    assert not any("4,750" in body for body in proxy.bodies())


def test_a_chat_with_private_documents_answers_here_even_with_routing_office(recorded_office, tmp_path):
    from assistant.runtime.generators import run_to_end

    space, proxy = recorded_office
    space.settings.routing = "office"
    private = tmp_path / "clients"
    private.mkdir()
    (private / "acme.txt").write_text("Acme Shipping pays a retainer of 4,750 euros every quarter.\n")
    run_to_end(iter(space.documents.add([private])))
    space.settings.private_folders = [str(private)]
    chat = space.chat()
    assert not chat.engine.is_local  # routing office: chat would run on the office server
    turn = chat.send("What retainer does Acme Shipping pay?", max_tokens=16, documents={"enabled": True})
    "".join(turn)
    assert chat.engine.is_local and not any("4,750" in body for body in proxy.bodies())
    plain = space.chat().send("Say hello.", max_tokens=8)
    "".join(plain)
    assert proxy.bodies()  # a chat without private passages still goes to the office server
