"""Minutes, conclusion notice, opinion-ballot form and tally as PDF drafts (official renderer).

The core builds the content from the meeting record; this module words it in Vietnamese and
hands it to ``server.rendering`` (``minutes_draft``, ``conclusion_notice_draft``). The PDFs are
unsigned drafts: the chair and the secretary sign the minutes, and the notice goes through the
outgoing workflow, on the desktop.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from meetings.ids import UserId
from meetings.minutes import ConclusionNoticeContent, MinutesContent, MinutesItem
from meetings.model.agenda import Decision, DecisionBasis, PositionKind
from meetings.model.opinion_ballots import AnswerKind, OpinionBallot, OpinionTally
from meetings.model.participants import SEAT_ROLES
from meetings.model.votes import VoteMode, VoteResult
from server.core.errors import Conflict
from server.rendering.draft import Draft
from server.rendering.outputs import (
    AgendaRecord,
    BallotQuestion,
    ConclusionNoticeInput,
    MinutesInput,
    OpinionBallotInput,
    Person,
    conclusion_notice_draft,
    minutes_draft,
    opinion_ballot_draft,
)
from server.rendering.renderer import render_draft
from server.users.tables import Agency, User

VIETNAM = timezone(timedelta(hours=7))
_POSITIONS = {
    PositionKind.NO_OBJECTION: "nhất trí",
    PositionKind.OBJECTION: "không nhất trí",
    PositionKind.WISH_TO_SPEAK: "đăng ký phát biểu",
}
_MODES = {VoteMode.OPEN: "công khai", VoteMode.NAMED: "ghi danh", VoteMode.SECRET: "bỏ phiếu kín"}


def _agency(db_session: Session) -> Agency:
    agency = db_session.scalars(select(Agency).order_by(Agency.id)).first()
    if agency is None:
        raise RuntimeError("the agency is not set up")
    return agency


def _local(at: datetime | None, fallback: datetime) -> datetime:
    return (at or fallback).astimezone(VIETNAM)


def vote_line(result: VoteResult) -> str:
    """One sentence stating a vote's result."""
    outcome = "được thông qua" if result.adopted else "không được thông qua"
    return (
        f"Biểu quyết {_MODES[result.mode]} về “{result.motion}”: tán thành {result.yes}, "
        f"không tán thành {result.no}, không biểu quyết {result.abstain}; có mặt "
        f"{result.seats_present}/{result.seats_total} thành viên; {outcome}."
    )


CONSENT_CONCLUSION = "Thống nhất thông qua (không có ý kiến khác)."


def conclusion_text(decision: Decision) -> str:
    """The conclusion as printed: the core words a consent adoption in English, we do not."""
    return CONSENT_CONCLUSION if decision.basis is DecisionBasis.CONSENT else decision.text


def _discussion(item: MinutesItem) -> list[str]:
    lines = [
        f"Ý kiến trước cuộc họp: {p.name} {_POSITIONS[p.kind]}"
        + (f" ({p.reason})." if p.reason else ".")
        for p in item.positions
    ]
    if item.adopted_by_consent:
        lines.append("Thông qua theo danh mục các nội dung không có ý kiến khác.")
    if item.speeches:
        lines.append("Phát biểu: " + ", ".join(s.name for s in item.speeches) + ".")
    lines += [vote_line(v) for v in item.votes]
    return lines


def minutes_pdf(db_session: Session, content: MinutesContent) -> bytes:
    """Render the minutes draft (biên bản) of a closed meeting."""
    agency = _agency(db_session)
    attendance = content.attendance
    draft = minutes_draft(MinutesInput(
        agency_name=agency.name, agency_abbreviation=agency.short_name,
        place=agency.place_name or "Hà Nội", meeting_title=content.title,
        venue=content.location or agency.name,
        started_at=_local(content.opened_at, content.scheduled_at),
        ended_at=_local(content.closed_at, content.scheduled_at),
        chair=Person(content.chair, "Chủ trì"), secretary=Person(content.secretary, "Thư ký"),
        attendees=[a.name + (" (trực tuyến)" if a.remote else "")
                   for a in attendance if a.attended],
        absentees=[a.name for a in attendance if not a.attended and a.role in SEAT_ROLES],
        items=[AgendaRecord(i.title, _discussion(i),
                            conclusion_text(i.decision) if i.decision else "")
               for i in content.items],
        parent_agency=agency.parent_name or "",
    ))
    return render_draft(draft).pdf


class NothingConcluded(Conflict):
    """A notice needs at least one conclusion: the meeting closed without any decision."""

    code = "conclusion_notice_empty"


def conclusion_notice_pdf(db_session: Session, content: ConclusionNoticeContent) -> bytes:
    """Render the conclusion-notice draft (thông báo kết luận) of a closed meeting.

    Raises:
        NothingConcluded: no item was concluded.
    """
    if not content.conclusions:
        raise NothingConcluded(f"meeting {content.meeting_id} closed without any conclusion")
    agency = _agency(db_session)
    draft = conclusion_notice_draft(ConclusionNoticeInput(
        agency_name=agency.name, agency_abbreviation=agency.short_name,
        place=agency.place_name or "Hà Nội", presiding=content.chair,
        meeting_title=content.title, meeting_day=content.held_on.astimezone(VIETNAM).date(),
        conclusions=[f"{line.item_title}: "
                     + (CONSENT_CONCLUSION if line.basis is DecisionBasis.CONSENT else line.text)
                     for line in content.conclusions],
        signer=Person(content.chair, "Chủ trì"),
    ))
    return render_draft(draft).pdf


def _person(db_session: Session, user_id: int, fallback_position: str) -> Person:
    user = db_session.get(User, user_id)
    if user is None:
        return Person(str(user_id), fallback_position)
    return Person(user.full_name, user.position or fallback_position)


def ballot_form_pdf(db_session: Session, ballot: OpinionBallot, *, member: int) -> bytes:
    """Render the opinion-ballot form (phiếu lấy ý kiến) addressed to one member."""
    agency = _agency(db_session)
    draft = opinion_ballot_draft(OpinionBallotInput(
        agency_name=agency.name, agency_abbreviation=agency.short_name,
        place=agency.place_name or "Hà Nội", subject=ballot.title,
        member=_person(db_session, member, "Thành viên Chính phủ"),
        questions=[BallotQuestion(q.text) for q in ballot.questions],
        deadline=ballot.deadline.astimezone(VIETNAM).date(),
    ))
    return render_draft(draft).pdf


_ANSWERS = {AnswerKind.AGREE: "đồng ý", AnswerKind.DISAGREE: "không đồng ý",
            AnswerKind.OTHER: "ý kiến khác"}


def tally_pdf(db_session: Session, tally: OpinionTally, *, secretary: int) -> bytes:
    """Render the tally report (báo cáo tổng hợp ý kiến) of an opinion ballot."""
    agency = _agency(db_session)
    name = {u: _person(db_session, int(u), "").full_name
            for u in (*tally.recipients, UserId(str(secretary)))}
    rows = [[str(n), q.text, str(q.agree), str(q.disagree), str(q.other)]
            for n, q in enumerate(tally.questions, 1)]
    opinions = [f"Nội dung {n}, {name[m]} ({_ANSWERS[k]}): {text}"
                for n, q in enumerate(tally.questions, 1) for m, k, text in q.opinions]
    signer = _person(db_session, secretary, "Thư ký")
    body: list[dict[str, object]] = [
        {"kind": "paragraph", "runs": (
            f"Đã gửi phiếu lấy ý kiến đến {len(tally.recipients)} thành viên Chính phủ; "
            f"nhận được {len(tally.answered)} phiếu trả lời.")},
        {"kind": "table", "header": ["STT", "Nội dung xin ý kiến", "Đồng ý", "Không đồng ý",
                                     "Ý kiến khác"],
         "widths": [0.8, 4.6, 1.2, 1.2, 1.2], "rows": rows},
    ]
    if opinions:
        body += [{"kind": "heading", "text": "Ý KIẾN CỤ THỂ"},
                 {"kind": "list", "style": "dash", "items": opinions}]
    if tally.not_answered:
        body.append({"kind": "paragraph", "runs": "Chưa trả lời: "
                     + ", ".join(name[m] for m in tally.not_answered) + "."})
    draft = Draft.model_validate({
        "metadata": {
            "document_type": "report",
            "agency": {"name": agency.name, "abbreviation": agency.short_name,
                       "parent": agency.parent_name or ""},
            "place": agency.place_name or "Hà Nội",
            "subject": f"Tổng hợp ý kiến thành viên Chính phủ: {tally.title}",
            "signer": {"position": signer.position, "full_name": signer.full_name},
            "recipients": {"distribution": ["Thủ tướng, các Phó Thủ tướng Chính phủ"]},
        },
        "body": body,
    })
    return render_draft(draft).pdf
