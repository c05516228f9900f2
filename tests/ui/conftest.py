import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from assistant.documents.index import DocumentIndex  # noqa: E402


def open_window(qtbot, workspace):
    """The real main window over `workspace`, shown, with its model loaded."""
    from ui.main_window import MainWindow

    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(main.model_ready, timeout=30_000):
        main.load_model()
    return main


def index_and_wait(qtbot, view, paths, timeout=120_000):
    """Add `paths` in the Documents view and wait for the run: returns its IndexSummary."""
    with qtbot.waitSignal(view.indexing_finished, timeout=timeout) as finished:
        view.add_paths(paths)
    return finished.args[0]


@pytest.fixture
def window(qtbot, workspace):
    workspace.settings.max_tokens = 48
    main = open_window(qtbot, workspace)
    yield main
    main.stop_and_wait()


@pytest.fixture
def docs_window(qtbot, workspace, embedder):
    """The real window, its document index reusing the session's embedder."""
    workspace._documents = DocumentIndex(workspace.store, embedder, max_file_bytes=1024 * 1024)
    workspace.settings.max_tokens = 48
    main = open_window(qtbot, workspace)
    yield main
    main.documents.stop_and_wait()
    main.stop_and_wait()


@pytest.fixture(autouse=True, scope="session")
def english(qapp):
    """The window in English, as Deskmate starts it (ui/app.py installs the language): English's own file
    gives the plural forms, "1 file" and "5 files" where the code says "%n file(s)"."""
    from ui.i18n import install_language

    assert install_language("en"), "no deskmate_en.qm: run scripts/translations.sh build"
