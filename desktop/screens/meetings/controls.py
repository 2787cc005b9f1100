"""What the chair and the secretary run the meeting with, and the records after it closes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.api.meetings import MeetingRoom, MinutesRecord

ACTIONS = ("publish", "check_in", "start", "adopt_consent", "next_item", "decision", "close")
"""Each button's action; the room maps them to API calls."""


class ChairControls(QGroupBox):
    """Buttons for the steps the meeting's state allows the chair or the secretary to take."""

    action_requested = Signal(str)
    """One of ``ACTIONS``, ``draw_up_minutes``, ``view_minutes``, ``sign_minutes`` or
    ``draft_notice``."""
    decision_requested = Signal(str)
    """The conclusion on the current item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = {action: QPushButton() for action in ACTIONS}
        self.decision = QLineEdit()
        self.records_label = QLabel()
        self.records_label.setWordWrap(True)
        self.draw_up_button, self.sign_button = QPushButton(), QPushButton()
        self.view_minutes_button = QPushButton()
        self.notice_button = QPushButton()
        for action, button in ((a, b) for a, b in self.buttons.items() if a != "decision"):
            button.clicked.connect(lambda _c=False, a=action: self.action_requested.emit(a))
        self.buttons["decision"].clicked.connect(
            lambda: self.decision_requested.emit(self.decision.text().strip()))
        for action, button in (("draw_up_minutes", self.draw_up_button),
                               ("view_minutes", self.view_minutes_button),
                               ("sign_minutes", self.sign_button),
                               ("draft_notice", self.notice_button)):
            button.clicked.connect(lambda _c=False, a=action: self.action_requested.emit(a))
        steps, conclusion = QHBoxLayout(), QHBoxLayout()
        for action, button in self.buttons.items():
            if action != "decision":
                steps.addWidget(button)
        conclusion.addWidget(self.decision, 1)
        conclusion.addWidget(self.buttons["decision"])
        records = QHBoxLayout()
        for widget in (self.records_label, self.draw_up_button, self.view_minutes_button,
                       self.sign_button, self.notice_button):
            records.addWidget(widget, 1 if widget is self.records_label else 0)
        layout = QVBoxLayout(self)
        layout.addLayout(steps)
        layout.addLayout(conclusion)
        layout.addLayout(records)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setTitle(self.tr("Run the meeting"))
        texts = (self.tr("Publish"), self.tr("Check in the selected person"),
                 self.tr("Open the session"), self.tr("Adopt the consent block"),
                 self.tr("Next item"), self.tr("Record the conclusion"),
                 self.tr("Close the meeting"))
        self.decision.setPlaceholderText(self.tr("Conclusion of the chair on the current item"))
        for button, text in zip(self.buttons.values(), texts, strict=True):
            button.setText(text)
        self.draw_up_button.setText(self.tr("Draw up the minutes"))
        self.view_minutes_button.setText(self.tr("View the minutes"))
        self.sign_button.setText(self.tr("Sign the minutes"))
        self.notice_button.setText(self.tr("Draft the conclusion notice"))

    def show_room(self, room: MeetingRoom, record: MinutesRecord | None) -> None:
        """Enable what the meeting's state allows for my role."""
        state, role = room.state, room.my_role
        chairs = role == "chair"
        allowed = {
            "publish": state == "draft",
            "check_in": state in ("published", "in_session"),
            "start": chairs and state == "published",
            "adopt_consent": chairs and state == "in_session",
            "next_item": chairs and state == "in_session",
            "decision": chairs and state == "in_session" and room.current_item is not None,
            "close": chairs and state == "in_session",
        }
        running = state in ("published", "in_session")
        for action, button in self.buttons.items():
            shown = {"publish": state == "draft", "check_in": running}.get(
                action, chairs and running)
            button.setVisible(shown)
            button.setEnabled(allowed[action])
        self.decision.setVisible(chairs and running)
        closed = state in ("closed", "archived")
        for widget in (self.records_label, self.draw_up_button, self.view_minutes_button,
                       self.sign_button, self.notice_button):
            widget.setVisible(closed)
        if not closed:
            return
        drawn = record is not None and record.versions > 0
        signed = record is not None and role in record.signed_roles
        self.draw_up_button.setEnabled(not drawn)
        self.view_minutes_button.setEnabled(drawn)
        self.sign_button.setEnabled(drawn and not signed)
        self.notice_button.setVisible(role == "secretary")
        self.notice_button.setEnabled(record is not None and record.notice_document_id is None)
        self.records_label.setText(self.records_text(record))

    def records_text(self, record: MinutesRecord | None) -> str:
        """Where the minutes and the notice stand, in words."""
        if record is None or record.versions == 0:
            return self.tr("The minutes are not drawn up yet.")
        names = {"chair": self.tr("the chair"), "secretary": self.tr("the secretary")}
        signed = ", ".join(names.get(r, r) for r in record.signed_roles)
        text = (self.tr("The minutes are final: signed by the chair and the secretary.")
                if record.final else
                self.tr("Minutes signed by: %1.").replace("%1", signed or self.tr("nobody yet")))
        if record.notice_document_id is not None:
            text += " " + self.tr("Conclusion notice: outgoing document %1.").replace(
                "%1", str(record.notice_document_id))
        return text
