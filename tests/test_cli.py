"""The `deskmate` command as a user runs it: real process, real model, temporary home."""
import json
import shutil

import pytest

from tests.helpers.processes import run_cli

NO_NETWORK = ["unshare", "-n"] if shutil.which("unshare") else None


def ok(done):
    assert done.returncode == 0, done.stderr
    return done


def one_line_error(done, *fragments):
    assert done.returncode == 2, (done.stdout, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("deskmate: error: "), done.stderr
    assert "Traceback" not in done.stderr
    for fragment in fragments:
        assert fragment in lines[0]
    return lines[0]


@pytest.mark.skipif(NO_NETWORK is None, reason="needs unshare")
def test_chat_answers_offline_and_is_saved_and_searchable(isolated_home):
    done = ok(run_cli("chat", "What is the capital of France?", "--json", home=isolated_home, prefix=NO_NETWORK))
    answer = json.loads(done.stdout)
    assert set(answer) >= {"conversation_id", "reply", "prompt_tokens", "completion_tokens", "ttft_s",
                           "generation_tok_s", "model"}
    assert answer["reply"].strip() and answer["model"] == "SmolLM2-135M-Instruct"
    assert answer["completion_tokens"] > 0 and answer["ttft_s"] > 0
    listed = json.loads(ok(run_cli("history", "list", "--json", home=isolated_home)).stdout)
    assert [c["id"] for c in listed] == [answer["conversation_id"]] and listed[0]["message_count"] == 2
    found = json.loads(ok(run_cli("history", "search", "capital France", "--json", home=isolated_home)).stdout)
    assert found and found[0]["conversation_id"] == answer["conversation_id"]


def test_streams_to_stdout_and_continues_a_conversation(isolated_home):
    first = ok(run_cli("chat", "Name a colour.", "--max-tokens", "20", home=isolated_home))
    assert first.stdout.strip() and "[conversation 1]" in first.stderr
    follow = ok(run_cli("chat", "Another one?", "-c", "1", "--max-tokens", "20", "--json", home=isolated_home))
    assert json.loads(follow.stdout)["conversation_id"] == 1
    shown = json.loads(ok(run_cli("history", "show", "1", "--json", home=isolated_home)).stdout)
    assert [m["role"] for m in shown["messages"]] == ["user", "assistant", "user", "assistant"]


def test_message_from_stdin(isolated_home):
    done = ok(run_cli("chat", "-", "--json", "--max-tokens", "8", home=isolated_home, stdin="Say hello."))
    assert json.loads(done.stdout)["completion_tokens"] <= 8


def test_export_rename_and_delete(isolated_home, tmp_path):
    ok(run_cli("chat", "Hello!", "--max-tokens", "10", home=isolated_home))
    out = tmp_path / "conversation.md"
    ok(run_cli("history", "export", "1", "--format", "md", "--out", str(out), home=isolated_home))
    assert out.read_text().startswith("# Hello!") and "## Assistant" in out.read_text()
    exported = json.loads(ok(run_cli("history", "export", "1", "--format", "json", home=isolated_home)).stdout)
    assert exported["messages"][0]["content"] == "Hello!"
    ok(run_cli("history", "rename", "1", "Greetings", home=isolated_home))
    assert "Greetings" in ok(run_cli("history", "list", home=isolated_home)).stdout
    ok(run_cli("history", "delete", "1", home=isolated_home))
    assert json.loads(ok(run_cli("history", "list", "--json", home=isolated_home)).stdout) == []


def test_models_list_reads_the_gguf_header(isolated_home):
    entries = json.loads(ok(run_cli("models", "list", "--json", home=isolated_home)).stdout)
    chat = next(e for e in entries if e["kind"] == "chat")
    embedder = next(e for e in entries if e["kind"] == "embedder")
    assert chat["bundled"] and chat["architecture"] == "llama" and chat["quantization"] == "Q4_1"
    assert chat["context_length"] == 8192 and chat["size_bytes"] > 90e6
    assert embedder["name"] == "all-MiniLM-L6-v2" and embedder["dimensions"] == 384


def assert_nothing_saved(home):
    if (home / "deskmate.db").exists():
        assert json.loads(ok(run_cli("history", "list", "--json", home=home)).stdout) == []


def test_missing_model_file(isolated_home, tmp_path):
    one_line_error(run_cli("chat", "hi", "--model", str(tmp_path / "nope.gguf"), home=isolated_home),
                   "does not exist")
    assert_nothing_saved(isolated_home)


def test_file_that_is_not_a_model(isolated_home, tmp_path):
    fake = tmp_path / "notes.gguf"
    fake.write_text("just some notes\n" * 50)
    one_line_error(run_cli("chat", "hi", "--model", str(fake), home=isolated_home), "not a GGUF")
    one_line_error(run_cli("models", "info", str(fake), home=isolated_home), "not a GGUF")
    assert_nothing_saved(isolated_home)


def test_empty_message(isolated_home):
    one_line_error(run_cli("chat", "   ", home=isolated_home), "empty")
    one_line_error(run_cli("chat", "-", home=isolated_home, stdin=""), "empty")
    assert_nothing_saved(isolated_home)


def test_unknown_conversation(isolated_home):
    one_line_error(run_cli("chat", "hi", "-c", "42", home=isolated_home), "no conversation 42")
    one_line_error(run_cli("history", "show", "42", home=isolated_home), "no conversation 42")
    one_line_error(run_cli("history", "delete", "42", home=isolated_home), "no conversation 42")
    assert_nothing_saved(isolated_home)


def test_unwritable_home(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    one_line_error(run_cli("chat", "hi", home=blocker / "home"), "Cannot write to the data folder")
    one_line_error(run_cli("history", "list", home=blocker), "Cannot write to the data folder")


def test_bad_option_values(isolated_home):
    one_line_error(run_cli("chat", "hi", "--max-tokens", "0", home=isolated_home), "--max-tokens")
    usage = run_cli("history", "show", "abc", home=isolated_home)
    assert usage.returncode == 2 and "invalid int value" in usage.stderr


def test_debug_shows_the_traceback(isolated_home):
    done = run_cli("chat", "hi", "-c", "42", "--debug", home=isolated_home)
    assert done.returncode != 0 and "Traceback" in done.stderr
