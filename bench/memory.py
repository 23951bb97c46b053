"""Peak memory of each process of a command: resident (RSS) and proportional (PSS) sizes.

    python bench/memory.py paperlint check CORPUS --grammar harper --jobs 2 --no-cache

Forked workers share the pages their parent loaded before the fork (the spaCy pipeline, the
Harper linters, the tables): RSS counts those pages in full in every process, PSS splits each
shared page among the processes that map it, so the PSS of a worker is what it adds. Sampled
every 50 ms; Linux only (PSS is read from /proc/PID/smaps).
"""

from __future__ import annotations

import subprocess
import sys
import time

import psutil


def main() -> None:
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    process = psutil.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peaks: dict[int, tuple[int, int]] = {}
    while process.poll() is None:
        try:
            for each in [process, *process.children(recursive=True)]:
                memory = each.memory_full_info()
                rss, pss = peaks.get(each.pid, (0, 0))
                peaks[each.pid] = max(rss, memory.rss), max(pss, memory.pss)
        except psutil.Error:
            pass  # a process ended between listing and reading it
        time.sleep(0.05)
    for pid, (rss, pss) in sorted(peaks.items(), key=lambda item: item[0] != process.pid):
        role = "main process" if pid == process.pid else "worker"
        print(f"{role:<13} peak RSS {rss / 2**20:7.0f} MiB   peak PSS {pss / 2**20:7.0f} MiB")


if __name__ == "__main__":
    main()
