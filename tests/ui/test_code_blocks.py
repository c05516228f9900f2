"""Code blocks and streaming: fences split out, only the changed block drawn again, highlighting in
both themes (real Qt offscreen, real Pygments)."""
from ui.code_blocks import Block, message_colours, split_blocks
from ui.message_view import MessageView
from ui.theme import apply_theme

ANSWER = "Intro.\n\n```python\nx = 1\n```\n\nMiddle.\n\nEnd."


def test_fences_split_the_text_and_an_open_fence_runs_to_the_end():
    assert split_blocks(ANSWER) == [Block("prose", "Intro.\n"), Block("code", "x = 1", "python"),
                                    Block("prose", "\nMiddle.\n\nEnd.")]
    assert split_blocks("Look:\n~~~\nrm -rf build") == [Block("prose", "Look:"),
                                                      Block("code", "rm -rf build", "", closed=False)]
    streaming = split_blocks("One.\n\n- a\n- b\n\n  more of b\n\nTwo.", paragraphs=True)
    assert [b.text for b in streaming] == ["One.", "- a\n- b\n\n  more of b", "Two."]  # an indented line stays


def test_streaming_redraws_only_the_last_block_and_the_end_keeps_the_code(qtbot):
    view = MessageView("assistant", "", "streaming")
    qtbot.addWidget(view)
    view.set_content("Intro.\n\n```python\nx = 1\n```\n\nFirst paragraph.\n\nSecond")
    before = view.segments()
    code = view.code_blocks()[0]
    drawn = []
    code.set_code = lambda *a: drawn.append(a)  # would be called only if the block changed
    view.set_content("Intro.\n\n```python\nx = 1\n```\n\nFirst paragraph.\n\nSecond paragraph, longer.")
    after = view.segments()
    assert after[:-1] == before[:-1] and drawn == []
    assert after[-1].toPlainText() == "Second paragraph, longer."
    view.set_content(view.content, "complete")  # the paragraphs join up; the code block is the same widget
    assert view.code_blocks() == [code] and len(view.segments()) == 3
    assert view.segments()[-1].toPlainText() == "First paragraph.\nSecond paragraph, longer."


def test_a_code_block_and_its_bubble_are_drawn_again_in_the_other_theme(qtbot):
    apply_theme("light")
    view = MessageView("assistant", "```python\ndef f():\n    return 1\n```")
    qtbot.addWidget(view)
    [block] = view.code_blocks()
    light = block.view.document().firstBlock().begin().fragment().charFormat().foreground().color().name()
    light_style = view.styleSheet()
    apply_theme("dark")
    dark = block.view.document().firstBlock().begin().fragment().charFormat().foreground().color().name()
    assert light != dark and view.styleSheet() != light_style and message_colours()["assistant"] in view.styleSheet()
    apply_theme("light")


def shown(view: MessageView) -> list[tuple[str, str]]:
    """What each segment of a message shows: (kind, its text)."""
    return [(type(widget).__name__, widget.code if hasattr(widget, "code") else widget.toPlainText())
            for widget in view.segments()]


def test_a_long_answer_joins_its_paragraphs_over_several_turns_and_ends_as_if_drawn_whole(qtbot, monkeypatch):
    section = ("## Step {n}\n\nThe function opens the file.\n\n- one\n- two\n\n```python\nx = {n}\n```\n\n"
               "| a | b |\n|---|---|\n| {n} | 2 |\n\nThen the totals are added.\n\n")
    answer = "".join(section.format(n=n) for n in range(40))
    view = MessageView("assistant", "", "streaming")
    qtbot.addWidget(view)
    view.show()
    for end in range(0, len(answer), 400):
        view.set_content(answer[:end + 400])
    codes = view.code_blocks()
    monkeypatch.setattr("ui.message_view.JOIN_BUDGET_S", 0.0)  # one block a turn: the join must take turns
    view.set_content(answer, "complete")
    assert view.rendering  # the rest joins in the next turns: the window paints in between
    qtbot.waitUntil(lambda: not view.rendering, timeout=30_000)
    whole = MessageView("assistant", answer, "complete")
    qtbot.addWidget(whole)
    assert shown(view) == shown(whole) and len(view.code_blocks()) == 40
    assert view.code_blocks() == codes  # the code blocks drawn while streaming are kept, not drawn again


def test_a_long_answers_end_leaves_its_join_to_the_next_turns(qtbot):
    """The turn that marks a long answer finished redraws its badge and actions; its paragraphs join from the
    next turn on (together the two were the window's longest frame, 28-34 ms CPU, in benchmarks/frame_time.py)."""
    answer = "".join(f"Step {n} opens the file.\n\nIt counts the words.\n\n```python\nx = {n}\n```\n\n"
                     for n in range(10))
    view = MessageView("assistant", "", "streaming")
    qtbot.addWidget(view)
    view.show()
    view.set_content(answer)
    streamed = len(view.segments())
    view.set_content(answer, "complete")
    assert view.rendering and len(view.segments()) == streamed  # nothing joined in this turn
    qtbot.waitUntil(lambda: not view.rendering, timeout=30_000)
    assert len(view.segments()) < streamed


def test_a_long_answers_last_words_are_drawn_in_the_turn_it_ends(qtbot):
    """The words that came after the last streaming update are on screen before the join starts (it waits
    JOIN_PAUSE_MS, so the window paints the answer's end first)."""
    answer = "".join(f"Step {n} opens the file.\n\nIt counts the words.\n\n```python\nx = {n}\n```\n\n"
                     for n in range(10)) + "The totals are added at the very end."
    view = MessageView("assistant", "", "streaming")
    qtbot.addWidget(view)
    view.show()
    view.set_content(answer[:-20])
    view.set_content(answer, "complete")
    assert view.rendering and "at the very end." in shown(view)[-1][1]
    qtbot.waitUntil(lambda: not view.rendering, timeout=30_000)
    assert "at the very end." in shown(view)[-1][1]


def test_new_content_while_the_paragraphs_join_is_drawn_whole_at_once(qtbot, monkeypatch):
    view = MessageView("assistant", "", "streaming")
    qtbot.addWidget(view)
    view.set_content("One.\n\nTwo.\n\n```\ncode\n```\n\nThree.\n\nFour.")
    monkeypatch.setattr("ui.message_view.JOIN_BUDGET_S", 0.0)
    view.set_content(view.content, "complete")
    assert view.rendering
    view.set_content("Another answer.\n\nWith two paragraphs.", "complete")
    assert not view.rendering
    assert shown(view) == [("MarkdownView", "Another answer.\nWith two paragraphs.")]


def test_a_half_written_or_unknown_fence_language_is_plain_text_without_scanning_for_plugins(monkeypatch):
    import pygments.plugin

    from ui.code_blocks import _lexer

    scans = []
    monkeypatch.setattr(pygments.plugin, "iter_entry_points", lambda group: scans.append(group) or [])
    lexers = {name: type(_lexer.__wrapped__(name)).__name__ for name in ("pytho", "no-such-language", "Python", "js")}
    assert lexers == {"pytho": "TextLexer", "no-such-language": "TextLexer", "Python": "PythonLexer",
                      "js": "JavascriptLexer"}
    assert scans == []  # every installed package's metadata read: 20-60 ms on the GUI thread, mid-stream


def test_the_warm_up_makes_the_lexers_of_the_common_languages_ahead_on_its_thread(qtbot):
    import threading

    from ui.code_blocks import WARM_LANGUAGES, _lexer, warm_up

    _lexer.cache_clear()
    warm_up()
    qtbot.waitUntil(lambda: not any(t.name == "deskmate-pygments" for t in threading.enumerate()), timeout=30_000)
    misses = _lexer.cache_info().misses
    for language in WARM_LANGUAGES:
        _lexer(language)
    assert _lexer.cache_info().misses == misses and misses == len(WARM_LANGUAGES)


def test_a_streaming_answer_shows_segments_made_ahead_and_keeps_none_once_it_ends(qtbot):
    from ui.code_blocks import CodeBlock
    from ui.message_view import MarkdownView

    view = MessageView("assistant", "", "streaming")
    qtbot.addWidget(view)
    view.show()
    view.set_content("Intro.")
    qtbot.waitUntil(lambda: len(view._ahead) == 2)  # made in event-loop turns of their own
    ahead_code, ahead_prose = view._ahead[CodeBlock], view._ahead[MarkdownView]
    assert not ahead_code.isVisible() and ahead_code.parent() is view
    view.set_content("Intro.\n\n```python\nx = 1\n```\n\nAfter.")
    assert view.segments()[1:] == [ahead_code, ahead_prose]  # taken as they were, not made in this update
    assert ahead_code.isVisible() and ahead_code.code == "x = 1" and ahead_prose.toPlainText() == "After."
    qtbot.waitUntil(lambda: len(view._ahead) == 2)  # made again for the next blocks
    view.set_content(view.content, "complete")
    qtbot.waitUntil(lambda: not view.rendering)
    assert view._ahead == {} and len(view.findChildren(CodeBlock)) == 1  # the spare ones are gone at once


def test_a_piece_after_a_pause_is_drawn_at_once_and_quick_pieces_wait_for_the_30_ms_update(qtbot):
    import time

    from ui.chat_view import REPAINT_EVERY_MS, ChatView

    chat = ChatView()
    qtbot.addWidget(chat)
    chat.begin_answer("Count the words.")
    chat.append_piece("The first")  # nothing drawn for a while: the next event-loop turn draws it
    assert chat._repaint.isActive() and chat._repaint.interval() == 0
    qtbot.waitUntil(lambda: chat._streaming.content == "The first")
    chat._drawn_at = time.monotonic()  # as if it was drawn just now, however long the wait above took
    chat.append_piece(" word")  # just drawn: this one waits for the rest of the 30 ms
    assert chat._repaint.isActive() and 0 < chat._repaint.interval() <= REPAINT_EVERY_MS
    chat.append_piece(" is")  # coalesced into the same update
    qtbot.waitUntil(lambda: chat._streaming.content == "The first word is")
    chat._drawn_at = time.monotonic() - 1
    chat.append_piece(" counted")
    assert chat._repaint.interval() == 0
