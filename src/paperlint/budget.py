"""Each paper's budget: a time limit (all platforms with SIGALRM, in the thread that checks)
and a memory limit (in worker processes, where a limit cannot reach the parent or the
LanguageTool server)."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from paperlint.errors import BudgetExceeded


@contextmanager
def paper_budget(seconds: float | None) -> Iterator[None]:
    """Raise BudgetExceeded in this block after `seconds` (None or 0: no limit, as where
    there is no SIGALRM or this is not the main thread). A C extension interrupted by the
    alarm may turn it into a SystemError; that too leaves the block as BudgetExceeded."""
    usable = bool(seconds) and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds is None:
        yield
        return
    message = f"stopped: checking took more than its time budget of {seconds:g} s (config `time-budget`)"
    fired = False

    def stop(signum, frame):
        nonlocal fired
        fired = True
        raise BudgetExceeded(message)

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except SystemError:
        if fired:
            raise BudgetExceeded(message) from None
        raise
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def worker_memory_limit(megabytes: int | None) -> None:
    """Let this worker process grow by at most `megabytes` beyond the address space it starts
    with (inherited from the parent: loaded models, libraries), so a runaway paper raises
    MemoryError. Where the address space cannot be read (not Linux), no limit is set."""
    if not megabytes:
        return
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as statm:
            current = int(statm.read().split()[0]) * resource.getpagesize()
    except (ImportError, OSError, ValueError):
        return
    limit = current + megabytes * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
