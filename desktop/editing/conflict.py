"""The question asked when a save cannot be sent because someone replaced the file meanwhile."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class Resolution(StrEnum):
    """What to do with one's own edit after a conflict."""

    KEEP_MINE = "keep_mine"
    """Send it anyway, as the newest version; the other person's stays in the list before it."""
    DISCARD_MINE = "discard_mine"
    """Take the server's version into the working copy; one's edit is set aside in a file."""
    OPEN_BOTH = "open_both"
    """Open the server's version beside one's own, to merge by hand; the next save goes on top."""


class ConflictDialog(QDialog):
    """Keep mine as a new version, discard mine, or open both."""

    def __init__(self, filename: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resolution: Resolution | None = None
        self.setWindowTitle(self.tr("Someone else changed this file"))
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self.tr(
            "<b>{name}</b> was updated on the server by someone else after you opened it. "
            "Your changes have not been sent and are safe on this computer.<br><br>"
            "What should happen to your version?").format(name=filename))
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(440)
        self.buttons: dict[Resolution, QPushButton] = {}
        labels = {
            Resolution.KEEP_MINE: (self.tr("Keep mine as a new version"), self.tr(
                "Send your version; theirs stays in the list of attachments.")),
            Resolution.DISCARD_MINE: (self.tr("Discard mine"), self.tr(
                "Continue from their version; yours is kept in a copy beside it.")),
            Resolution.OPEN_BOTH: (self.tr("Open both"), self.tr(
                "Open their version next to yours to merge by hand; your next save becomes "
                "the newest version.")),
        }
        choices = QVBoxLayout()
        for resolution, (title, hint) in labels.items():
            button = QPushButton(title)
            button.setObjectName(resolution.value)
            button.setToolTip(hint)
            button.clicked.connect(lambda _c=False, r=resolution: self.choose(r))
            explanation = QLabel(hint)
            explanation.setWordWrap(True)
            explanation.setMinimumWidth(360)
            explanation.setStyleSheet("color: #5f6368; margin-left: 4px;")
            row = QHBoxLayout()
            button.setMinimumWidth(220)
            row.addWidget(button)
            row.addWidget(explanation, 1)
            choices.addLayout(row)
            self.buttons[resolution] = button
        self.buttons[Resolution.KEEP_MINE].setDefault(True)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addSpacing(8)
        layout.addLayout(choices)
        # word-wrapped labels report their height only for a known width: fix the width first
        self.setMinimumWidth(680)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        self.adjustSize()

    def choose(self, resolution: Resolution) -> None:
        """Settle the question (as the button would)."""
        self.resolution = resolution
        self.accept()
