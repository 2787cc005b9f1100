"""The dashboard's count tiles: a big number over its label, clickable like a button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

_TILE_STYLE = """
QPushButton#countTile {{ background: {background}; border: 1px solid {border};
                         border-radius: 6px; text-align: left; }}
QPushButton#countTile:hover {{ border: 1px solid #1a73e8; }}
QPushButton#countTile:focus {{ border: 2px solid #1a73e8; }}
"""
_CALM = ("#f8f9fa", "#dadce0", "#202124")
_BUSY = ("#e8f1fb", "#b9d4f1", "#0b3d6e")
_ALARM = ("#fdecea", "#f5c2c0", "#8a1c1c")


class CountTile(QPushButton):
    """One count of my work; ``clicked`` opens the list behind it."""

    def __init__(self, key: str, *, alarming: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        """The "my work" list (or ``meetings_today``) the tile counts."""
        self._alarming = alarming
        self.setObjectName("countTile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumSize(150, 84)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.count_label = QLabel("–")
        self.caption_label = QLabel()
        self.caption_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(2)
        for label in (self.count_label, self.caption_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.set_count("–", 0)

    def set_caption(self, text: str) -> None:
        """The tile's label (translated)."""
        self.caption_label.setText(text)
        self.setAccessibleName(f"{text}: {self.count_label.text()}")

    def set_count(self, text: str, value: int) -> None:
        """The shown count (``text`` may be ``100+``) and its value for the colour."""
        self.count_label.setText(text)
        background, border, ink = _ALARM if self._alarming and value else (
            _BUSY if value else _CALM)
        self.setStyleSheet(_TILE_STYLE.format(background=background, border=border))
        self.count_label.setStyleSheet(f"color: {ink}; font-size: 22pt; font-weight: bold;")
        self.caption_label.setStyleSheet(f"color: {ink}; font-size: 10pt;")
        self.setAccessibleName(f"{self.caption_label.text()}: {text}")
