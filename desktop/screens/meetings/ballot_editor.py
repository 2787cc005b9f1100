"""Phiếu lấy ý kiến, the secretary's side: draft and send an opinion ballot (title, draft document,
questions, members, deadline), then follow the answers and save the tally report."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.api.meetings import BallotDraft, MeetingsApi, OpinionBallot
from desktop.api.models import UserSummary
from desktop.context import ScreenContext
from desktop.editing.workspace import write_atomically
from desktop.itemmodels.people import sort_key
from desktop.messages import error_text
from desktop.screens.common import MessageLabel
from desktop.screens.meetings.agenda_editor import (
    PDF_FILTER,
    add_rows,
    local_time,
    name_rows,
    upload_document,
)
from desktop.tasks import run_in_background

CABINET_ROLE = "cabinet_member"


def question_lines(text: str) -> tuple[str, ...]:
    """One question per non-empty line."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def send_new_ballot(api: MeetingsApi, draft: BallotDraft, document: tuple[Path, str] | None
                    ) -> OpinionBallot:
    """Upload the draft document, create the ballot and send it (off the GUI thread)."""
    if document is not None:
        path, title = document
        draft = BallotDraft(draft.title, draft.questions, draft.recipient_ids, draft.deadline,
                            (upload_document(api.client, path, title),))
    created = api.create_ballot(draft)
    return api.send_ballot(created.ballot_id)


class BallotEditor(QDialog):
    """A new opinion ballot, sent to the chosen members when it is complete."""

    sent = Signal(object)
    """The ballot as sent (``OpinionBallot``)."""

    def __init__(self, context: ScreenContext, api: MeetingsApi, people: list[UserSummary],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.api = context, api
        self.document: tuple[Path, str] | None = None
        self.title = QLineEdit()
        self.questions = QPlainTextEdit()
        self.questions.setMaximumHeight(110)
        self.members = QListWidget()
        for person in people:
            entry = QListWidgetItem(person.full_name)
            entry.setData(Qt.ItemDataRole.UserRole, person.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = CABINET_ROLE in person.roles
            entry.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.members.addItem(entry)
        self.deadline = QDateTimeEdit(QDateTime(datetime.now() + timedelta(days=3)))
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.document_label = QLabel()
        self.document_button, self.send_button = QPushButton(), QPushButton()
        self.document_button.clicked.connect(self.choose_document)
        self.send_button.clicked.connect(self.send)
        self.message = MessageLabel()
        self.form = QFormLayout()
        document = QWidget()
        row = QHBoxLayout(document)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.document_label, 1)
        row.addWidget(self.document_button)
        self.labels = add_rows(self.form, (self.title, self.questions, self.members,
                                           self.deadline, document))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(760, 640)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("New opinion ballot"))
        name_rows(self.labels, self.tr("Title"), self.tr("Questions"), self.tr("Members"),
                  self.tr("Deadline"), self.tr("Draft document"))
        self.questions.setPlaceholderText(self.tr("One question per line"))
        self.document_label.setText(self.document[1] if self.document
                                    else self.tr("No document chosen"))
        self.document_button.setText(self.tr("Choose a PDF…"))
        self.send_button.setText(self.tr("Send the ballot"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "send_button"):
            self.retranslate()
        super().changeEvent(event)

    def choose_document(self) -> None:
        """Pick the draft document the members are asked about."""
        path = self.context.pick_file(self.tr("Choose a PDF"), PDF_FILTER)
        if path is not None:
            self.document = (path, path.stem)
            self.document_label.setText(path.stem)

    def recipients(self) -> tuple[int, ...]:
        """The ticked members."""
        return tuple(int(self.members.item(r).data(Qt.ItemDataRole.UserRole))
                     for r in range(self.members.count())
                     if self.members.item(r).checkState() == Qt.CheckState.Checked)

    def send(self) -> None:
        """Create the ballot and send it to the members."""
        title, questions = self.title.text().strip(), question_lines(self.questions.toPlainText())
        recipients = self.recipients()
        deadline = local_time(self.deadline)
        if not title or not questions or not recipients:
            self.message.show_message(
                self.tr("Give the ballot a title, at least one question and one member."), "error")
            return
        if deadline <= datetime.now().astimezone():
            self.message.show_message(self.tr("The deadline must be in the future."), "error")
            return
        draft = BallotDraft(title, questions, recipients, deadline)
        document = self.document
        self.message.clear_message()
        self.send_button.setEnabled(False)
        run_in_background(lambda: send_new_ballot(self.api, draft, document),
                          on_done=self._sent, on_error=self._failed)

    def _sent(self, ballot: OpinionBallot) -> None:
        self.sent.emit(ballot)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.send_button.setEnabled(True)
        self.message.show_message(error_text(exc), "error")


class SentBallots(QWidget):
    """The ballots I sent: who answered so far, closing, and the tally report."""

    def __init__(self, context: ScreenContext, api: MeetingsApi,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.api = context, api
        self.ballots: list[OpinionBallot] = []
        self.people: dict[int, UserSummary] = {}
        self.editor: BallotEditor | None = None
        self._build()
        self._retranslate()
        run_in_background(context.api.users, on_done=self._people, on_error=self._failed)
        self.reload()

    def _build(self) -> None:
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda _c, _p: self._show())
        self.title, self.progress = QLabel(), QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.progress.setStyleSheet("font-size: 12pt;")
        self.answers = QListWidget()
        self.message = MessageLabel()
        self.new_button, self.close_button = QPushButton(), QPushButton()
        self.tally_button = QPushButton()
        self.new_button.clicked.connect(self.new_ballot)
        self.close_button.clicked.connect(self.close_ballot)
        self.tally_button.clicked.connect(self.save_tally)
        detail = QWidget()
        column = QVBoxLayout(detail)
        column.addWidget(self.title)
        column.addWidget(self.progress)
        column.addWidget(self.answers, 1)
        column.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        row.addWidget(self.tally_button)
        column.addLayout(row)
        left = QWidget()
        side = QVBoxLayout(left)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.new_button)
        side.addWidget(self.list, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(detail)
        split.setSizes([320, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def _retranslate(self) -> None:
        self.new_button.setText(self.tr("New opinion ballot…"))
        self.close_button.setText(self.tr("Close the ballot"))
        self.tally_button.setText(self.tr("Save the tally report…"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tally_button"):
            self._retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        """Fetch the ballots I sent again."""
        run_in_background(self.api.ballots, on_done=self._loaded, on_error=self._failed)

    def _people(self, people: list[UserSummary]) -> None:
        self.people = {p.id: p for p in people}
        self._show()

    def _failed(self, exc: BaseException) -> None:
        self.message.show_message(error_text(exc), "error")

    def _loaded(self, ballots: list[OpinionBallot]) -> None:
        self.ballots = [b for b in ballots if b.sent_by_me]
        self._fill()

    def _fill(self) -> None:
        chosen = self.shown()
        self.list.blockSignals(True)
        self.list.clear()
        for ballot in self.ballots:
            due = ballot.deadline.astimezone().strftime("%d/%m/%Y %H:%M")
            entry = QListWidgetItem(f"{ballot.title}\n{due} · {self._progress(ballot)}")
            entry.setData(Qt.ItemDataRole.UserRole, ballot.ballot_id)
            self.list.addItem(entry)
            if chosen is not None and ballot.ballot_id == chosen.ballot_id:
                self.list.setCurrentItem(entry)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.ballots:
            self.list.setCurrentRow(0)
        self._show()

    def shown(self) -> OpinionBallot | None:
        """The chosen ballot."""
        entry = self.list.currentItem()
        chosen = None if entry is None else entry.data(Qt.ItemDataRole.UserRole)
        return next((b for b in self.ballots if b.ballot_id == chosen), None)

    def _progress(self, ballot: OpinionBallot) -> str:
        answered = len(ballot.answered or ())
        asked = answered + len(ballot.not_answered or ())
        return self.tr("%1 of %2 answered").replace("%1", str(answered)).replace("%2", str(asked))

    def _name(self, user_id: int) -> str:
        person = self.people.get(user_id)
        return str(user_id) if person is None else person.full_name

    def _show(self) -> None:
        ballot = self.shown()
        self.answers.clear()
        self.close_button.setEnabled(ballot is not None and ballot.state == "sent")
        self.tally_button.setEnabled(ballot is not None)
        if ballot is None:
            self.title.setText(self.tr("No opinion ballot sent yet."))
            self.progress.clear()
            return
        self.title.setText(ballot.title)
        closed = self.tr(" · closed") if ballot.state == "closed" else ""
        self.progress.setText(self._progress(ballot) + closed)
        for user_id in ballot.answered or ():
            self.answers.addItem(self.tr("%1 — answered (signed)").replace("%1",
                                                                          self._name(user_id)))
        for user_id in ballot.not_answered or ():
            self.answers.addItem(self.tr("%1 — not yet").replace("%1", self._name(user_id)))

    def new_ballot(self) -> BallotEditor:
        """Open the editor for a new ballot."""
        people = sorted(self.people.values(),
                        key=lambda p: sort_key(p.full_name, by_given_name=True))
        self.editor = BallotEditor(self.context, self.api, [p for p in people if p.is_active],
                                   parent=self)
        self.editor.sent.connect(lambda _b: self._after(self.tr("Opinion ballot sent.")))
        self.editor.open()
        return self.editor

    def _after(self, done: str) -> None:
        self.message.show_message(done, "success")
        self.reload()

    def close_ballot(self) -> None:
        """Close the chosen ballot: the tally goes to the members."""
        ballot = self.shown()
        if ballot is not None:
            run_in_background(lambda: self.api.close_ballot(ballot.ballot_id),
                              on_done=lambda _b: self._after(self.tr("Ballot closed.")),
                              on_error=self._failed)

    def save_tally(self) -> None:
        """Save the tally report PDF from the server and open it."""
        ballot = self.shown()
        if ballot is None:
            return
        target = self.context.pick_save_file(self.tr("Save the tally report"),
                                             "tong-hop-y-kien.pdf", PDF_FILTER)
        if target is None:
            return

        def fetch() -> Path:
            write_atomically(target, self.api.tally_pdf(ballot.ballot_id))
            return target

        run_in_background(fetch, on_done=self._saved, on_error=self._failed)

    def _saved(self, path: Path) -> None:
        self.message.show_message(self.tr("Tally report saved: %1").replace("%1", str(path)),
                                  "success")
        self.context.open_path(path)
