"""A bar chart of a vote's counts, drawn with QPainter (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOURS = ("#1e8e3e", "#d93025", "#80868b")
"""Yes, no, abstain."""


class VoteChart(QWidget):
    """Horizontal bars for yes, no and abstain, scaled to the seats that may vote."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: tuple[str, str, str] = ("", "", "")
        self.counts: tuple[int, int, int] | None = None
        self.scale = 1
        self.setMinimumHeight(96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_counts(self, counts: tuple[int, int, int] | None, *, scale: int,
                   labels: tuple[str, str, str]) -> None:
        """Show counts (None hides them: a secret vote still open) against ``scale`` seats."""
        self.counts, self.scale, self.labels = counts, max(scale, 1), labels
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        row = self.height() / 3
        label_width = max(painter.fontMetrics().horizontalAdvance(t) for t in self.labels) + 12
        bar_space = max(self.width() - label_width - 40, 10)
        for index, label in enumerate(self.labels):
            top = index * row + 4
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, top, label_width, row - 8),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
            count = None if self.counts is None else self.counts[index]
            width = 0.0 if not count else bar_space * count / self.scale
            painter.fillRect(QRectF(label_width, top, width, row - 8), QColor(BAR_COLOURS[index]))
            painter.drawText(QRectF(label_width + width + 6, top, 40, row - 8),
                             Qt.AlignmentFlag.AlignVCenter, "–" if count is None else str(count))
        painter.end()
