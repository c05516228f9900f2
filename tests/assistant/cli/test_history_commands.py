"""`deskmate history show/export` on a branched conversation: the branch shown, which version each
message is, and (in JSON) every other branch."""
import json

from assistant.workspace import Workspace
from tests.helpers.processes import run_cli


def test_show_and_export_say_which_version_and_keep_the_other_branches(isolated_home):
    workspace = Workspace(isolated_home)
    history = workspace.history
    conversation = history.create("Colours")
    question = history.add_message(conversation.id, "user", "Name a colour")
    history.add_message(conversation.id, "assistant", "Blue")
    history.add_message(conversation.id, "assistant", "Red", parent_id=question.id)
    workspace.close()
    shown = run_cli("history", "show", str(conversation.id), home=isolated_home)
    assert shown.returncode == 0, shown.stderr
    assert "## Assistant _(version 2 of 2)_" in shown.stdout and "Red" in shown.stdout
    assert "Blue" not in shown.stdout and "1 more messages are on other branches" in shown.stdout
    exported = run_cli("history", "export", str(conversation.id), "--format", "json", home=isolated_home)
    data = json.loads(exported.stdout)
    assert [m["content"] for m in data["messages"]] == ["Name a colour", "Red"]
    assert [(m["content"], m["parent_id"]) for m in data["other_branches"]] == [("Blue", question.id)]
