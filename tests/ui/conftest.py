"""GUI fixtures: a real main window on a real data folder, driven offscreen with pytest-qt."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from focalpoint import services
from focalpoint.store.datadir import DataDir


@pytest.fixture
def open_window(qtbot, qapp) -> Iterator[Callable[..., object]]:
    """Open a MainWindow on a data folder (demo data optional); everything is closed after."""
    from focalpoint.ui.app import Translators, settings_for
    from focalpoint.ui.main_window import MainWindow
    from focalpoint.ui.tasks import TaskRunner

    opened: list[tuple[object, TaskRunner]] = []

    def opener(root: Path, *, demo: bool = False, lang: str = "fr") -> MainWindow:
        data_dir = DataDir(root)
        if demo:
            ws = services.open_workspace(data_dir)
            services.load_demo(ws)
            ws.close()
        translators = Translators(qapp)
        translators.install(lang)
        runner = TaskRunner(lambda: services.open_workspace(data_dir))
        window = MainWindow(runner, data_dir, settings_for(data_dir), translators)
        # closed below rather than by qtbot.addWidget: a language switch deletes the window
        # itself, and pytest-qt would then close a deleted widget
        window.resize(1366, 768)
        with qtbot.waitSignal(window.ready, timeout=10_000):
            window.show()
        opened.append((window, runner))
        return window

    yield opener
    from shiboken6 import isValid

    for window, runner in opened:
        if not isValid(window):  # replaced by a window in another language, already deleted
            runner.shutdown()
            continue
        prompt = getattr(window, "pending_prompt", None)
        if prompt is not None:
            prompt.close()
        if window.editor is not None:
            window.editor._dirty = False
        window.close()
        runner.shutdown()


def wait_idle(qtbot, window) -> None:
    """Wait until the database worker has run everything queued so far, results delivered."""
    done: list[bool] = []
    window.runner.run(lambda _ws: None, on_done=lambda _r: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
