import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


def open_window(qtbot, workspace):
    """The real main window over `workspace`, shown, with its model loaded."""
    from ui.main_window import MainWindow

    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(main.model_ready, timeout=30_000):
        main.load_model()
    return main


@pytest.fixture
def window(qtbot, workspace):
    workspace.settings.max_tokens = 48
    main = open_window(qtbot, workspace)
    yield main
    main.stop_and_wait()
