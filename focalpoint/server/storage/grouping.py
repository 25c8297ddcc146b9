"""Group commit: the pushes waiting in one server process are written in one transaction.

Writes to the database are one at a time (SQLite's write lock; on PostgreSQL the lock on the
seq counter). When fifty laptops push at once, each batch used to wait for the others'
transactions, each with its ``BEGIN``, its counter read and write, its commit and the commit's
``fsync``. Here the first thread to arrive becomes the leader: it takes every job waiting in
its process (at most ``MAX_JOBS``) and applies them together; the others wait for their answer
or, when the leader is done, one of them leads the next group. Alone, a push is its own group
and waits for nobody.

``apply`` gets the jobs and must settle every one of them (an answer or an error); if it raises
anyway, every job of the group gets that error. What a failing group does (apply each job again
on its own, so that one bad batch never fails the others) is the caller's business.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

MAX_JOBS = 16  # a group's transaction stays short: 16 batches of 100 records, about 20 ms


@dataclass(eq=False)
class Job:
    """One unit of work for a group, and its outcome once ``done``."""

    work: Any
    result: Any = None
    error: BaseException | None = None
    done: bool = field(default=False, init=False)

    def settle(self, result: Any = None, error: BaseException | None = None) -> None:
        self.result, self.error = result, error


class Group:
    """The jobs of one database in this process (see the module docstring)."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._waiting: list[Job] = []
        self._leading = False

    def run(self, job: Job, apply: Callable[[list[Job]], None]) -> Any:
        """Apply ``job`` (with others waiting, if any) and return its result or raise its
        error."""
        with self._cond:
            self._waiting.append(job)
            while self._leading and not job.done:
                self._cond.wait()
            if not job.done:
                self._leading = True
                jobs = self._take(job)
        if not job.done:
            try:
                apply(jobs)
            except BaseException as error:  # noqa: BLE001 - raised again in each job's thread
                for each in jobs:  # committed or not, nobody knows: none is told it was
                    each.settle(error=error)
            finally:
                with self._cond:
                    for each in jobs:
                        each.done = True
                    self._leading = False
                    self._cond.notify_all()
        if job.error is not None:
            raise job.error
        return job.result

    def _take(self, own: Job) -> list[Job]:
        """The waiting jobs for this group, oldest first, ``own`` among them."""
        jobs = self._waiting[:MAX_JOBS]
        if own not in jobs:
            jobs = [*jobs[: MAX_JOBS - 1], own]
        taken = set(map(id, jobs))
        self._waiting = [job for job in self._waiting if id(job) not in taken]
        return jobs


_GROUPS: weakref.WeakKeyDictionary[Any, Group] = weakref.WeakKeyDictionary()
_GROUPS_LOCK = threading.Lock()


def group_for(key: Any) -> Group:
    """The group of ``key`` (an engine) in this process."""
    with _GROUPS_LOCK:
        group = _GROUPS.get(key)
        if group is None:
            group = _GROUPS[key] = Group()
        return group
