"""A grouped bar chart painted with QPainter (PySide6-Essentials ships no QtCharts).

Categories along the bottom (e.g. ISO weeks), one bar per series in each, a legend on top and a
light scale on the left. Hovering a bar shows its exact value.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget


@dataclass(frozen=True)
class Series:
    """One kind of bar: its name (translated), colour and one value per category."""

    name: str
    colour: str
    values: tuple[int, ...]


def nice_ceiling(value: int) -> int:
    """The top of the scale: ``value`` rounded up to 1, 2 or 5 times a power of ten."""
    if value <= 0:
        return 1
    magnitude: int = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def grid_steps(top: int) -> int:
    """How many grid intervals divide ``0..top`` into whole numbers (top from nice_ceiling)."""
    return top if top <= 5 else 5


class BarChart(QWidget):
    """Grouped bars; ``set_data`` replaces everything."""

    MARGIN = 12
    LEGEND_HEIGHT = 26

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: tuple[str, ...] = ()
        self.series: tuple[Series, ...] = ()
        self.empty_text = ""
        self._bars: list[tuple[QRectF, str]] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(640, 280)

    def set_data(self, categories: Sequence[str], series: Sequence[Series]) -> None:
        """Show these categories and series (each series has one value per category)."""
        for one in series:
            if len(one.values) != len(categories):
                raise ValueError(f"{one.name}: {len(one.values)} values for "
                                 f"{len(categories)} categories")
        self.categories, self.series = tuple(categories), tuple(series)
        self.update()

    def maximum(self) -> int:
        """The largest value shown (0 when empty)."""
        return max((max(s.values, default=0) for s in self.series), default=0)

    # -- painting --------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self._bars = []
        if not self.categories or self.maximum() == 0:
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        plot = self._plot_area(painter)
        top = nice_ceiling(self.maximum())
        self._paint_legend(painter)
        self._paint_grid(painter, plot, top)
        self._paint_bars(painter, plot, top)

    def _plot_area(self, painter: QPainter) -> QRectF:
        metrics = painter.fontMetrics()
        left = self.MARGIN + metrics.horizontalAdvance(str(nice_ceiling(self.maximum()))) + 8
        top = self.MARGIN + self.LEGEND_HEIGHT
        bottom = self.height() - self.MARGIN - metrics.height() - 6
        return QRectF(left, top, self.width() - left - self.MARGIN, max(bottom - top, 10))

    def _paint_legend(self, painter: QPainter) -> None:
        metrics = painter.fontMetrics()
        x = float(self.MARGIN)
        y = self.MARGIN + (self.LEGEND_HEIGHT - metrics.height()) / 2
        for one in self.series:
            swatch = QRectF(x, y + 2, 12, metrics.height() - 4)
            painter.fillRect(swatch, QColor(one.colour))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(x + 16, y, metrics.horizontalAdvance(one.name) + 4,
                                    metrics.height()), Qt.AlignmentFlag.AlignVCenter, one.name)
            x += 16 + metrics.horizontalAdvance(one.name) + 24

    def _paint_grid(self, painter: QPainter, plot: QRectF, top: int) -> None:
        metrics = painter.fontMetrics()
        grid = QPen(QColor("#dadce0"))
        steps = grid_steps(top)
        for line in range(steps + 1):
            value = top * line // steps
            y = plot.bottom() - plot.height() * line / steps
            painter.setPen(grid)
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(self.palette().placeholderText().color())
            label = str(value)
            painter.drawText(QRectF(self.MARGIN, y - metrics.height() / 2,
                                    plot.left() - self.MARGIN - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)

    def _paint_bars(self, painter: QPainter, plot: QRectF, top: int) -> None:
        metrics = painter.fontMetrics()
        group_width = plot.width() / len(self.categories)
        bar_width = min(28.0, group_width * 0.8 / max(len(self.series), 1))
        for index, category in enumerate(self.categories):
            group_left = plot.left() + index * group_width
            first = group_left + (group_width - bar_width * len(self.series)) / 2
            for position, one in enumerate(self.series):
                value = one.values[index]
                height = plot.height() * value / top
                bar = QRectF(first + position * bar_width, plot.bottom() - height,
                             bar_width - 2, height)
                painter.fillRect(bar, QColor(one.colour))
                self._bars.append((bar.adjusted(0, -4, 0, 0), f"{category} — {one.name}: {value}"))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(group_left, plot.bottom() + 4, group_width, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter, category)

    # -- hovering ----------------------------------------------------------------------------------

    def bar_text_at(self, point: QPoint) -> str:
        """The description of the bar under ``point`` ('' if none)."""
        return next((text for rect, text in self._bars if rect.contains(point.toPointF())), "")

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        text = self.bar_text_at(event.position().toPoint())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)
