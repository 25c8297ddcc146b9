"""Run work off the GUI thread: one database worker, a small pool for the rest.

Like Anki's ``aqt/taskman.py``: the workspace (the GUI's database connection) is opened on, and
only ever used by, a single worker thread, so database access is serialised; results, errors
and progress come back to the GUI thread through a Qt signal. A task never touches a widget.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from focalpoint import services
from focalpoint.domain.errors import Cancelled

logger = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


@dataclass
class TaskContext:
    """Given to long tasks: report progress, check for cancellation."""

    cancel: threading.Event = field(default_factory=threading.Event)
    _report: Callable[[int, int], None] = lambda _d, _t: None

    def progress(self, done: int, total: int) -> None:
        """Report ``done`` out of ``total`` (shown by the progress bar)."""
        self._report(done, total)

    def check(self) -> None:
        """Raise ``Cancelled`` if the user pressed Cancel."""
        if self.cancel.is_set():
            raise Cancelled("cancelled by the user")


class TaskRunner(QObject):
    """Runs database work on one worker thread and hands results to the GUI thread.

    Signals: ``busy(label)`` when a long task starts, ``progress(done, total)``, ``idle()``
    when it ends; ``failed(exception)`` for failures that no ``on_error`` handled.
    """

    busy = Signal(str)
    progress = Signal(int, int)
    idle = Signal()
    failed = Signal(object)
    _pending = Signal(object)

    def __init__(self, open_workspace: Callable[[], services.Workspace]) -> None:
        super().__init__()
        self._open_workspace = open_workspace
        self._ws: services.Workspace | None = None
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="focalpoint-db")
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="focalpoint-work")
        self._pending.connect(self._run_on_main, Qt.ConnectionType.QueuedConnection)
        self._long: TaskContext | None = None
        self._closed = False

    # -- public API -------------------------------------------------------------------------

    def run(
        self,
        fn: Callable[[services.Workspace], Any],
        *,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> Future:
        """Run ``fn(workspace)`` on the database thread; ``on_done(result)`` on the GUI thread."""
        future = self._db.submit(self._with_workspace, fn)
        self._deliver(future, on_done, on_error)
        return future

    def run_long(
        self,
        fn: Callable[[services.Workspace, TaskContext], Any],
        *,
        label: str,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> TaskContext:
        """Like ``run`` for work that reports progress and can be cancelled (``cancel()``)."""
        ctx = TaskContext(_report=lambda d, t: self._pending.emit(lambda: self.progress.emit(d, t)))
        self._long = ctx
        self.busy.emit(label)

        future = self._db.submit(self._with_workspace, lambda ws: fn(ws, ctx))
        future.add_done_callback(lambda f: self._pending.emit(lambda: self._finish_long(ctx)))
        self._deliver(future, on_done, on_error)
        return ctx

    def run_network(
        self,
        fn: Callable[[services.Workspace, TaskContext], Any],
        *,
        label: str,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> TaskContext:
        """Network work (sync) on the pool, with its own short-lived workspace, so the GUI's
        database thread stays free for typing; progress and Cancel as ``run_long``."""
        ctx = TaskContext(_report=lambda d, t: self._pending.emit(lambda: self.progress.emit(d, t)))
        self._long = ctx
        self.busy.emit(label)

        def work() -> Any:
            ws = self._open_workspace()
            try:
                return fn(ws, ctx)
            finally:
                ws.close()

        future = self._pool.submit(work)
        future.add_done_callback(lambda f: self._pending.emit(lambda: self._finish_long(ctx)))
        self._deliver(future, on_done, on_error)
        return ctx

    def _finish_long(self, ctx: TaskContext) -> None:
        if self._long is ctx:
            self._long = None
        self.idle.emit()

    def run_detached(
        self,
        fn: Callable[[], Any],
        *,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> Future:
        """Run ``fn()`` on the pool (no database access), e.g. reading a file."""
        future = self._pool.submit(fn)
        self._deliver(future, on_done, on_error)
        return future

    def cancel(self) -> None:
        """Ask the running long task to stop at its next check."""
        if self._long is not None:
            self._long.cancel.set()

    def shutdown(self) -> None:
        """Finish queued work, close the workspace on its own thread, stop the threads."""
        if self._closed:
            return
        self._closed = True
        self.cancel()
        self._db.submit(self._close_workspace).result()
        self._db.shutdown(wait=True)
        self._pool.shutdown(wait=True)

    # -- internals --------------------------------------------------------------------------

    def _with_workspace(self, fn: Callable[[services.Workspace], Any]) -> Any:
        if self._ws is None:
            self._ws = self._open_workspace()
        return fn(self._ws)

    def _close_workspace(self) -> None:
        if self._ws is not None:
            self._ws.close()
            self._ws = None

    def _deliver(self, future: Future, on_done: OnDone | None, on_error: OnError | None) -> None:
        def done(fut: Future) -> None:
            error = fut.exception()
            if error is None:
                if on_done is not None:
                    on_done(fut.result())
            elif on_error is not None:
                on_error(error)
            elif not isinstance(error, Cancelled):
                self.failed.emit(error)

        future.add_done_callback(lambda fut: self._pending.emit(lambda: done(fut)))

    def _run_on_main(self, closure: Callable[[], None]) -> None:
        try:
            closure()
        except RuntimeError as error:
            if "already deleted" not in str(error):
                logger.exception("task callback failed")
            # else: the widget that asked is gone (e.g. the window was rebuilt): nothing to do
        except Exception:  # a GUI callback failed: log it, never crash the event loop
            logger.exception("task callback failed")
