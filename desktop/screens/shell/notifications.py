"""Notifications from the live event stream: a list in a side panel and a passing toast."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.models import LiveEvent
from desktop.labels import event_title, format_time


class NotificationList(QWidget):
    """Every notification of the session, newest first, with an unread count."""

    unread_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.clear_button)
        self.unread = 0
        self._retranslate()
        self._update_empty()

    def _retranslate(self) -> None:
        self.empty_label.setText(self.tr("No notifications yet."))
        self.clear_button.setText(self.tr("Clear"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def add(self, event: LiveEvent, text: str | None = None) -> str:
        """Add an event at the top, with ``text`` (default: its title); returns the text."""
        text = text or event_title(event) or event.kind
        item = QListWidgetItem(f"{text}\n{format_time(event.at)}")
        item.setData(Qt.ItemDataRole.UserRole, event)
        self.list.insertItem(0, item)
        self.unread += 1
        self.unread_changed.emit(self.unread)
        self._update_empty()
        return text

    def mark_read(self) -> None:
        """Everything seen."""
        self.unread = 0
        self.unread_changed.emit(0)

    def clear(self) -> None:
        """Drop every notification."""
        self.list.clear()
        self.mark_read()
        self._update_empty()

    def texts(self) -> list[str]:
        """The shown texts, newest first."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _update_empty(self) -> None:
        self.empty_label.setVisible(self.list.count() == 0)


class Toast(QFrame):
    """A short message in the bottom-right corner of its parent window, gone after a while."""

    def __init__(self, parent: QWidget, *, duration_ms: int = 6000) -> None:
        super().__init__(parent)
        self.setObjectName("toast")
        self.setStyleSheet("#toast { background: #243447; border-radius: 6px; }"
                           " QLabel { color: white; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setMaximumWidth(360)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.label)
        self._timer = QTimer(self, singleShot=True, interval=duration_ms)
        self._timer.timeout.connect(self.hide)
        parent.installEventFilter(self)
        self.hide()

    def show_text(self, text: str) -> None:
        """Show ``text`` (restarting the timer)."""
        self.label.setText(text)
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()
        self._timer.start()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            margin = 16
            self.move(parent.width() - self.width() - margin,
                      parent.height() - self.height() - margin - 24)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False
