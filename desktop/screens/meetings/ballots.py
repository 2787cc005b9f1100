"""Opinion ballots (phiếu lấy ý kiến): my inbox with the deadline counting down, and the answer,
signed on this computer."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.api.meetings import BallotAnswer, BallotQuestion, MeetingsApi, OpinionBallot
from desktop.messages import error_text
from desktop.screens.common import MessageLabel
from desktop.screens.meetings import signer
from desktop.tasks import run_in_background
from meetings.ids import OpinionBallotId, QuestionId, UserId
from meetings.model import Answer, AnswerKind, opinion_answer_payload

ANSWER_KINDS = ("agree", "disagree", "other")


def time_left(deadline: datetime, now: datetime) -> tuple[int, str] | None:
    """Whole days and ``hh:mm:ss`` left before the deadline; None once it has passed."""
    left = int((deadline - now).total_seconds())
    if left <= 0:
        return None
    days, rest = divmod(left, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    return days, f"{hours:02d}:{minutes:02d}:{seconds:02d}"


class QuestionForm(QGroupBox):
    """One question: agree, disagree or another opinion (with its text)."""

    def __init__(self, number: int, question: BallotQuestion,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.setTitle(f"{number}. {question.text}")
        self.group = QButtonGroup(self)
        self.radios = {kind: QRadioButton() for kind in ANSWER_KINDS}
        row = QHBoxLayout()
        for index, kind in enumerate(ANSWER_KINDS):
            self.group.addButton(self.radios[kind], index)
            row.addWidget(self.radios[kind])
        self.text = QLineEdit()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.text)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        for kind, text in zip(ANSWER_KINDS, (self.tr("Agree"), self.tr("Disagree"),
                                             self.tr("Other opinion")), strict=True):
            self.radios[kind].setText(text)
        self.text.setPlaceholderText(self.tr("Your opinion (required for another opinion)"))

    def show_answer(self, given: BallotAnswer | None) -> None:
        """Show an answer already sent."""
        if given is not None and given.kind in self.radios:
            self.radios[given.kind].setChecked(True)
            self.text.setText(given.text)

    def answer(self) -> Answer | None:
        """The answer given, or None while nothing is chosen."""
        index = self.group.checkedId()
        if index < 0:
            return None
        return Answer(QuestionId(self.question.question_id), AnswerKind(ANSWER_KINDS[index]),
                      self.text.text().strip())


class BallotInbox(QWidget):
    """The opinion ballots I am asked in, soonest deadline first."""

    def __init__(self, api: MeetingsApi, *, me: int, key_provider: signer.KeyProvider,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.api, self.me, self.key_provider = api, me, key_provider
        self.ballots: list[OpinionBallot] = []
        self.forms: list[QuestionForm] = []
        self.shown: OpinionBallot | None = None
        self._build()
        self._retranslate()
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        self.countdown.start()
        self.reload()

    def _build(self) -> None:
        self.list = QListWidget()
        self.list.currentItemChanged.connect(lambda current, _p: self._show(current))
        self.title, self.deadline, self.left = QLabel(), QLabel(), QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.left.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.questions = QWidget()
        self.questions_layout = QVBoxLayout(self.questions)
        self.questions_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.questions)
        self.message = MessageLabel()
        self.answer_button = QPushButton()
        self.answer_button.clicked.connect(self.answer)
        detail = QWidget()
        column = QVBoxLayout(detail)
        column.addWidget(self.title)
        row = QHBoxLayout()
        row.addWidget(self.deadline, 1)
        row.addWidget(self.left)
        column.addLayout(row)
        column.addWidget(scroll, 1)
        column.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.answer_button)
        column.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(detail)
        split.setSizes([320, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def _retranslate(self) -> None:
        self.answer_button.setText(self.tr("Sign and send my answer"))
        for form in self.forms:
            form.retranslate()
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "answer_button"):
            self._retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        """Fetch my ballots again."""
        run_in_background(self.api.ballots, on_done=self._loaded,
                          on_error=lambda e: self.message.show_message(error_text(e), "error"))

    def _loaded(self, ballots: list[OpinionBallot]) -> None:
        # The secretary follows the ballots they sent in their own tab, not in this inbox.
        self.ballots = [b for b in ballots if b.state != "draft" and b.asked_me]
        self._fill()

    def _status(self, ballot: OpinionBallot) -> str:
        if ballot.answered_by_me:
            return self.tr("answered")
        if ballot.state == "closed":
            return self.tr("closed")
        return self.tr("awaiting my answer")

    def _fill(self) -> None:
        chosen = self.shown.ballot_id if self.shown else None
        self.list.blockSignals(True)
        self.list.clear()
        for ballot in self.ballots:
            due = ballot.deadline.astimezone().strftime("%d/%m/%Y %H:%M")
            entry = QListWidgetItem(f"{ballot.title}\n{due} · {self._status(ballot)}")
            entry.setData(Qt.ItemDataRole.UserRole, ballot.ballot_id)
            self.list.addItem(entry)
            if ballot.ballot_id == chosen:
                self.list.setCurrentItem(entry)
        self.list.blockSignals(False)
        if chosen is None and self.ballots:
            self.list.setCurrentRow(0)
        elif chosen is not None:
            self._show(self.list.currentItem())

    def _show(self, entry: QListWidgetItem | None) -> None:
        ballot = None if entry is None else next(
            (b for b in self.ballots if b.ballot_id == entry.data(Qt.ItemDataRole.UserRole)),
            None)
        self.shown = ballot
        for form in self.forms:
            self.questions_layout.removeWidget(form)
            form.hide()
            form.deleteLater()
        self.forms = []
        if ballot is None:
            self.title.clear()
            self.deadline.clear()
            self.answer_button.setEnabled(False)
            return
        self.title.setText(ballot.title)
        self.deadline.setText(self.tr("Deadline: %1").replace(
            "%1", ballot.deadline.astimezone().strftime("%H:%M %d/%m/%Y")))
        given = {a.question_id: a for a in ballot.my_answers}
        for number, question in enumerate(ballot.questions, 1):
            form = QuestionForm(number, question)
            form.show_answer(given.get(question.question_id))
            form.setEnabled(self._may_answer(ballot))
            self.questions_layout.insertWidget(self.questions_layout.count() - 1, form)
            self.forms.append(form)
        self.answer_button.setEnabled(self._may_answer(ballot))
        self._tick()

    def _may_answer(self, ballot: OpinionBallot) -> bool:
        return (ballot.state == "sent" and not ballot.answered_by_me
                and ballot.deadline > datetime.now(UTC))

    def _tick(self) -> None:
        ballot = self.shown
        if ballot is None:
            self.left.clear()
            return
        if ballot.answered_by_me:
            self.left.setText(self.tr("Answered"))
            return
        left = time_left(ballot.deadline, datetime.now(UTC))
        if left is None:
            self.left.setText(self.tr("Overdue"))
        elif left[0]:
            self.left.setText(self.tr("Time left: %1 days %2").replace("%1", str(left[0]))
                              .replace("%2", left[1]))
        else:
            self.left.setText(self.tr("Time left: %1").replace("%1", left[1]))
        soon = (ballot.deadline - datetime.now(UTC)).total_seconds() < 86400
        self.left.setStyleSheet("font-size: 16pt; font-weight: bold; color: "
                                + ("#d93025;" if soon else "#1a73e8;"))

    def answer(self) -> None:
        """Sign my answers to every question and send them."""
        ballot = self.shown
        if ballot is None:
            return
        answers = [form.answer() for form in self.forms]
        if any(a is None for a in answers):
            self.message.show_message(self.tr("Answer every question first."), "error")
            return
        given = [a for a in answers if a is not None]
        if any(a.kind is AnswerKind.OTHER and not a.text for a in given):
            self.message.show_message(self.tr("Write your other opinion."), "error")
            return
        try:
            key = self.key_provider()
        except signer.KEY_FAILURES as exc:
            self.message.show_message(error_text(exc), "error")
            return
        if key is None:
            return
        payload = opinion_answer_payload(ballot_id=OpinionBallotId(ballot.ballot_id),
                                         title=ballot.title, member=UserId(str(self.me)),
                                         answers=given)
        signature = signer.sign_payload(key, payload)
        body = [{"question_id": a.question_id, "kind": a.kind.value, "text": a.text}
                for a in given]
        run_in_background(lambda: self.api.answer_ballot(ballot.ballot_id, body, signature),
                          on_done=lambda _r: self._answered(),
                          on_error=lambda e: self.message.show_message(error_text(e), "error"))

    def _answered(self) -> None:
        self.message.show_message(self.tr("Your signed answer is sent."), "success")
        self.reload()
