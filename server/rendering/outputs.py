"""Other official outputs built as drafts: meeting minutes, conclusion notice, opinion ballot.

The meetings feature hands in plain frozen dataclasses; the result is an ordinary :class:`Draft`,
so it renders, validates, and is signed exactly like any other document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from .draft import Draft
from .text import format_issue_date

__all__ = [
    "AgendaRecord",
    "BallotQuestion",
    "ConclusionNoticeInput",
    "MinutesInput",
    "OpinionBallotInput",
    "Person",
    "conclusion_notice_draft",
    "minutes_draft",
    "opinion_ballot_draft",
]


@dataclass(frozen=True, slots=True)
class Person:
    """Someone who signs or attends; the position in normal case ("Bộ trưởng Bộ Nội vụ"), since the
    body prints it as typed and the signature block upper-cases it."""

    full_name: str
    position: str


@dataclass(frozen=True, slots=True)
class AgendaRecord:
    """One agenda item as recorded in the minutes."""

    title: str
    discussion: Sequence[str] = ()
    """Summary paragraphs of the discussion."""
    conclusion: str = ""


@dataclass(frozen=True, slots=True)
class MinutesInput:
    """What the meeting secretary records."""

    agency_name: str
    agency_abbreviation: str
    place: str
    meeting_title: str
    venue: str
    started_at: datetime
    ended_at: datetime
    chair: Person
    secretary: Person
    attendees: Sequence[str]
    items: Sequence[AgendaRecord]
    absentees: Sequence[str] = ()
    parent_agency: str = ""


def _p(text: str, **kw: Any) -> dict[str, Any]:
    return {"kind": "paragraph", "runs": text, **kw}


def _bold_lead(lead: str, rest: str) -> dict[str, Any]:
    return {"kind": "paragraph", "runs": [{"text": lead, "bold": True}, {"text": rest}]}


def _agency(name: str, abbreviation: str, parent: str = "") -> dict[str, str]:
    return {"name": name, "abbreviation": abbreviation, "parent": parent}


def _minutes_body(m: MinutesInput) -> list[dict[str, Any]]:
    start = (
        f"{m.started_at:%H} giờ {m.started_at:%M} phút, {format_issue_date(m.started_at.date())}"
    )
    body: list[dict[str, Any]] = [
        _bold_lead("Thời gian bắt đầu: ", start + "."),
        _bold_lead("Địa điểm: ", m.venue + "."),
        _bold_lead("Chủ trì: ", f"{m.chair.full_name}, {m.chair.position}."),
        _bold_lead("Thư ký: ", f"{m.secretary.full_name}, {m.secretary.position}."),
        _bold_lead("Thành phần tham dự:", ""),
        {"kind": "list", "style": "dash", "items": list(m.attendees)},
    ]
    if m.absentees:
        body += [
            _bold_lead("Vắng mặt:", ""),
            {"kind": "list", "style": "dash", "items": list(m.absentees)},
        ]
    body.append({"kind": "heading", "text": "NỘI DUNG CUỘC HỌP"})
    for n, item in enumerate(m.items, start=1):
        body.append(_bold_lead(f"{n}. {item.title}", ""))
        body += [_p(text) for text in item.discussion]
        if item.conclusion:
            body.append(
                {
                    "kind": "paragraph",
                    "runs": [{"text": "Kết luận: ", "italic": True}, {"text": item.conclusion}],
                }
            )
    end = f"{m.ended_at:%H} giờ {m.ended_at:%M} phút cùng ngày"
    body.append(
        _p(
            f"Cuộc họp kết thúc vào {end}; biên bản đã được thông qua trước "
            "các thành viên dự họp./."
        )
    )
    return body


def minutes_draft(m: MinutesInput) -> Draft:
    """Minutes (biên bản) of a meeting: the secretary signs left, the chair right; the header
    carries the place and the meeting's date, and no register number."""
    return Draft.model_validate(
        {
            "metadata": {
                "document_type": "minutes",
                "agency": _agency(m.agency_name, m.agency_abbreviation, m.parent_agency),
                "place": m.place,
                # Cabinet minutes go through no register: no number, dated on the meeting day.
                "record_date": m.started_at.date(),
                "subject": m.meeting_title,
                "signer": {"position": m.chair.position, "full_name": m.chair.full_name},
                "co_signer": {"position": m.secretary.position, "full_name": m.secretary.full_name},
            },
            "body": _minutes_body(m),
        }
    )


@dataclass(frozen=True, slots=True)
class ConclusionNoticeInput:
    """The conclusion of the presiding leader at a meeting, issued as a notice (thông báo)."""

    agency_name: str
    agency_abbreviation: str
    place: str
    presiding: str
    """E.g. "Thủ tướng Chính phủ Phạm Minh Chính"."""
    meeting_title: str
    meeting_day: date
    conclusions: Sequence[str]
    signer: Person
    authority: str | None = "TL."
    authority_of: str = "THỦ TƯỚNG"
    distribution: Sequence[str] = (
        "Thủ tướng, các Phó Thủ tướng Chính phủ",
        "Các Bộ, cơ quan ngang Bộ",
    )
    drafting_unit: str = ""
    drafter_initials: str = ""


def conclusion_notice_draft(c: ConclusionNoticeInput) -> Draft:
    """Thông báo kết luận: "Kết luận của <presiding> tại <meeting>"."""
    intro = (
        f"{format_issue_date(c.meeting_day).capitalize()}, {c.presiding} "
        f"đã chủ trì {c.meeting_title}. "
        f"Sau khi nghe báo cáo và ý kiến của các thành viên dự họp, {c.presiding} kết luận như sau:"
    )
    signer: dict[str, Any] = {"position": c.signer.position, "full_name": c.signer.full_name}
    if c.authority:
        signer |= {"authority": c.authority, "authority_of": c.authority_of}
    return Draft.model_validate(
        {
            "metadata": {
                "document_type": "notice",
                "agency": _agency(c.agency_name, c.agency_abbreviation),
                "place": c.place,
                "subject": f"Kết luận của {c.presiding} tại {c.meeting_title}",
                "signer": signer,
                "recipients": {
                    "distribution": list(c.distribution),
                    "drafter_initials": c.drafter_initials,
                    "archive_units": [c.drafting_unit] if c.drafting_unit else [],
                },
            },
            "body": [
                _p(intro),
                {"kind": "list", "style": "decimal", "items": list(c.conclusions)},
                _p(f"{c.agency_name} thông báo để các cơ quan, đơn vị biết, thực hiện./."),
            ],
        }
    )


@dataclass(frozen=True, slots=True)
class BallotQuestion:
    """One matter put to the cabinet members."""

    text: str


@dataclass(frozen=True, slots=True)
class OpinionBallotInput:
    """A written poll of one cabinet member (phiếu lấy ý kiến thành viên Chính phủ)."""

    agency_name: str
    agency_abbreviation: str
    place: str
    subject: str
    member: Person
    questions: Sequence[BallotQuestion]
    deadline: date
    member_agency: str = ""
    options: Sequence[str] = field(default=("Đồng ý", "Không đồng ý", "Ý kiến khác"))


def opinion_ballot_draft(b: OpinionBallotInput) -> Draft:
    """A ballot form: one table row per question, one empty column per option; the member signs."""
    rows = [[str(n), q.text, *["" for _ in b.options]] for n, q in enumerate(b.questions, start=1)]
    member = f"{b.member.full_name}, {b.member.position}"
    if b.member_agency:
        member += f" {b.member_agency}"
    return Draft.model_validate(
        {
            "metadata": {
                "document_type": "opinion_ballot",
                "agency": _agency(b.agency_name, b.agency_abbreviation),
                "place": b.place,
                "subject": b.subject,
                "signer": {"position": b.member.position, "full_name": b.member.full_name},
            },
            "body": [
                _bold_lead("Thành viên Chính phủ: ", member + "."),
                _p(
                    "Đề nghị đánh dấu (X) vào ô tương ứng với ý kiến của mình "
                    "đối với từng nội dung dưới đây:"
                ),
                {
                    "kind": "table",
                    "header": ["STT", "Nội dung xin ý kiến", *b.options],
                    "widths": [0.8, 4.2, *[1.3 for _ in b.options]],
                    "rows": rows,
                },
                _p("Ý kiến khác (nếu có): " + "." * 90, align="left"),
                _p(f"Đề nghị gửi lại Phiếu trước {format_issue_date(b.deadline)}.", italic=True),
            ],
        }
    )
