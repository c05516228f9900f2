import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture
def window(qtbot, workspace):
    from ui.main_window import MainWindow

    workspace.settings.max_tokens = 48
    main = MainWindow(workspace)
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(main.model_ready, timeout=30_000):
        main.load_model()
    yield main
    main.stop_and_wait()
