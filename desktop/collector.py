"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate — for example the
event-stream reader — and may then destroy Qt widgets caught in reference cycles off the GUI
thread, which crashes Qt. Like Anki, the client turns automatic collection off and collects
from a timer on the GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    """Disables automatic collection and collects on a GUI-thread timer."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._thresholds = gc.get_threshold()

    def start(self) -> None:
        """Take over from the automatic collector."""
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Give collection back to Python."""
        self._timer.stop()
        gc.enable()

    def check(self) -> None:
        """Collect the generations whose allocation counts passed Python's thresholds."""
        counts = gc.get_count()
        if counts[0] > self._thresholds[0]:
            generation = 0
            if counts[1] > self._thresholds[1]:
                generation = 2 if counts[2] > self._thresholds[2] else 1
            gc.collect(generation)
