"""A plain progress bar on stderr for reading large logs: no dependency, no output when quiet."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

# Files from this size on get a bar; smaller ones are read before anyone would look at it.
LARGE_FILE = 20 * 1024 * 1024
WIDTH = 30


class Progress:
    """Draws ``label [#####.....]  42 %`` on one line, redrawn only when the percentage moves."""

    def __init__(self, stream: TextIO | None, label: str = "") -> None:
        self.stream = stream
        self.label = label
        self.shown = -1

    def update(self, fraction: float) -> None:
        if self.stream is None:
            return
        percent = max(0, min(100, int(fraction * 100)))
        if percent == self.shown:
            return
        self.shown = percent
        filled = WIDTH * percent // 100
        bar = "#" * filled + "." * (WIDTH - filled)
        self.stream.write(f"\r{self.label} [{bar}] {percent:3d} %")
        self.stream.flush()

    def finish(self) -> None:
        if self.stream is None or self.shown < 0:
            return
        self.update(1.0)
        self.stream.write("\n")
        self.stream.flush()


@contextmanager
def polled(progress: Progress, poll: Callable[[], float], every: float = 0.1) -> Iterator[None]:
    """Update ``progress`` from ``poll`` (a fraction, negative when unknown) in a thread while
    the block runs: DuckDB reports its progress only to someone asking from another thread."""
    if progress.stream is None:
        yield
        return
    done = threading.Event()

    def run() -> None:
        while not done.wait(every):
            fraction = poll()
            if fraction >= 0:
                progress.update(fraction)

    progress.update(0)
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
        progress.finish()
