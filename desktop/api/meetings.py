"""The meeting room's routes (meetings, votes, speakers, notes, records, opinion ballots).

``MeetingsApi`` wraps a signed-in ``ApiClient``; every call blocks (use a background task) and
returns the frozen dataclasses of ``meeting_views``.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from desktop.api import errors
from desktop.api.client import ApiClient
from desktop.api.meeting_views import (
    AgendaItem,
    Attendee,
    BallotAnswer,
    BallotDraft,
    BallotQuestion,
    DocumentReplacement,
    ItemDocument,
    MeetingRoom,
    MeetingSummary,
    MinutesRecord,
    Note,
    OpinionBallot,
    Position,
    Quorum,
    SpeakerQueue,
    Vote,
)

__all__ = [
    "AgendaItem", "Attendee", "BallotAnswer", "BallotDraft", "BallotQuestion",
    "DocumentReplacement", "ItemDocument", "MeetingRoom",
    "MeetingSummary", "MeetingsApi", "MinutesRecord", "Note", "OpinionBallot", "Position",
    "Quorum", "SpeakerQueue", "Vote",
]

T = TypeVar("T")
Json = dict[str, Any]


class MeetingsApi:
    """The meetings routes of one signed-in client."""

    def __init__(self, client: ApiClient) -> None:
        self.client = client

    def _call(self, parse: Callable[[Any], T], method: str, path: str, **kwargs: Any) -> T:
        response = self.client.request(method, path, **kwargs)
        try:
            return parse(response.json() if response.content else None)
        except (KeyError, TypeError, ValueError) as exc:
            raise errors.ProtocolError(detail=f"{method} {path}: {exc!r}") from exc

    def _room(self, method: str, path: str, **kwargs: Any) -> MeetingRoom:
        return self._call(MeetingRoom.from_json, method, f"/meetings/{path}", **kwargs)

    # -- meetings ---------------------------------------------------------------------------

    def meetings(self) -> list[MeetingSummary]:
        """The meetings I take part in, newest first."""
        return self._call(lambda d: [MeetingSummary.from_json(m) for m in d], "GET", "/meetings")

    def meeting(self, meeting_id: str) -> MeetingRoom:
        """One meeting as I may see it."""
        return self._room("GET", meeting_id)

    def create_meeting(self, title: str, *, chair_id: int, scheduled_at: datetime,
                       location: str = "", kind: str = "regular",
                       remote_participation: bool = True) -> MeetingRoom:
        """A draft meeting with me as its secretary (``kind``: regular or thematic)."""
        body = {"title": title, "chair_id": chair_id, "scheduled_at": scheduled_at.isoformat(),
                "location": location, "kind": kind,
                "remote_participation": remote_participation}
        return self._call(MeetingRoom.from_json, "POST", "/meetings", json=body)

    def update_details(self, meeting_id: str, *, title: str, scheduled_at: datetime,
                       location: str, remote_participation: bool) -> MeetingRoom:
        """Change the title, time, place and remote participation before the session."""
        body = {"title": title, "scheduled_at": scheduled_at.isoformat(), "location": location,
                "remote_participation": remote_participation}
        return self._room("PUT", f"{meeting_id}/details", json=body)

    def invite(self, meeting_id: str, user_id: int, role: str, *,
               invited_items: tuple[str, ...] = (), substitute_for: int | None = None,
               remote: bool = False) -> MeetingRoom:
        """Invite a member, a substitute (for a member's seat) or a guest (to some items)."""
        return self._room("POST", f"{meeting_id}/participants",
                          json={"user_id": user_id, "role": role,
                                "invited_items": list(invited_items),
                                "substitute_for": substitute_for, "remote": remote})

    def remove_participant(self, meeting_id: str, user_id: int) -> MeetingRoom:
        """Take someone invited by mistake off the meeting before the session."""
        return self._room("DELETE", f"{meeting_id}/participants/{user_id}")

    def change_chair(self, meeting_id: str, user_id: int) -> MeetingRoom:
        """Hand the chair to a member (or a newcomer); the former chair stays a member."""
        return self._room("POST", f"{meeting_id}/chair", json={"user_id": user_id})

    def add_item(self, meeting_id: str, title: str, *, document_ids: tuple[str, ...] = (),
                 consent_eligible: bool = True, presenter_id: int | None = None,
                 minutes_allotted: int = 0, confidential: bool = False) -> str:
        """Append an agenda item; returns its id."""
        body = {"title": title, "document_ids": list(document_ids),
                "consent_eligible": consent_eligible, "presenter_id": presenter_id,
                "minutes_allotted": minutes_allotted, "confidential": confidential}
        return self._call(lambda d: str(d["item_id"]), "POST", f"/meetings/{meeting_id}/items",
                          json=body)

    def remove_item(self, meeting_id: str, item_id: str) -> MeetingRoom:
        """Take an undecided item off the agenda before the session."""
        return self._room("DELETE", f"{meeting_id}/items/{item_id}")

    def reorder_agenda(self, meeting_id: str, item_ids: tuple[str, ...]) -> MeetingRoom:
        """Put the agenda in a new order (every item once)."""
        return self._room("PUT", f"{meeting_id}/agenda-order", json={"item_ids": list(item_ids)})

    def attach_document(self, meeting_id: str, item_id: str, document_id: str) -> MeetingRoom:
        """Attach a document to an item."""
        return self._room("POST", f"{meeting_id}/items/{item_id}/documents",
                          json={"document_id": document_id})

    def replace_document(self, meeting_id: str, item_id: str, old_document_id: str,
                         new_document_id: str, reason: str) -> MeetingRoom:
        """Replace a late document; the server alerts everyone and keeps the history."""
        return self._room("POST",
                          f"{meeting_id}/items/{item_id}/documents/{old_document_id}/replace",
                          json={"new_document_id": new_document_id, "reason": reason})

    def publish(self, meeting_id: str) -> MeetingRoom:
        """Publish the meeting (secretary)."""
        return self._room("POST", f"{meeting_id}/publish")

    def check_in(self, meeting_id: str, user_id: int | None = None, *,
                 remote: bool = False) -> MeetingRoom:
        """Check in myself, or someone else (secretary, chair)."""
        return self._room("POST", f"{meeting_id}/check-in",
                          json={"user_id": user_id, "remote": remote})

    def state_position(self, meeting_id: str, item_id: str, kind: str,
                       reason: str = "") -> MeetingRoom:
        """State my position on an item before the meeting."""
        return self._room("PUT", f"{meeting_id}/items/{item_id}/position",
                          json={"kind": kind, "reason": reason})

    def start_session(self, meeting_id: str) -> MeetingRoom:
        """Open the session (chair)."""
        return self._room("POST", f"{meeting_id}/start")

    def adopt_consent_block(self, meeting_id: str) -> MeetingRoom:
        """Adopt every unopposed item (chair)."""
        return self._room("POST", f"{meeting_id}/consent-block/adopt")

    def set_current_item(self, meeting_id: str, item_id: str) -> MeetingRoom:
        """Move the session to an item (chair)."""
        return self._room("PUT", f"{meeting_id}/current-item", json={"item_id": item_id})

    def record_decision(self, meeting_id: str, item_id: str, text: str) -> MeetingRoom:
        """Record the chair's conclusion on an item."""
        return self._room("POST", f"{meeting_id}/items/{item_id}/decision", json={"text": text})

    def close_meeting(self, meeting_id: str) -> MeetingRoom:
        """End the session (chair)."""
        return self._room("POST", f"{meeting_id}/close")

    # -- speakers ---------------------------------------------------------------------------

    def speakers(self, meeting_id: str, item_id: str) -> SpeakerQueue:
        """The speaker queue of an item."""
        return self._call(SpeakerQueue.from_json, "GET",
                          f"/meetings/{meeting_id}/items/{item_id}/speakers")

    def request_to_speak(self, meeting_id: str, item_id: str) -> MeetingRoom:
        """Ask for the floor."""
        return self._room("POST", f"{meeting_id}/items/{item_id}/speakers")

    def start_speaker(self, meeting_id: str, item_id: str,
                      speaker: int | None = None) -> MeetingRoom:
        """Give the floor to the next in line, or to ``speaker`` (chair)."""
        return self._room("POST", f"{meeting_id}/items/{item_id}/speakers/start",
                          json={"speaker": speaker})

    def order_speakers(self, meeting_id: str, item_id: str,
                       order: tuple[int, ...]) -> MeetingRoom:
        """Set the order of the waiting speakers (chair)."""
        return self._room("PUT", f"{meeting_id}/items/{item_id}/speakers/order",
                          json={"order": list(order)})

    def stop_speaker(self, meeting_id: str, item_id: str) -> MeetingRoom:
        """End the current speech (chair)."""
        return self._room("POST", f"{meeting_id}/items/{item_id}/speakers/stop")

    # -- votes --------------------------------------------------------------------------------

    def open_vote(self, meeting_id: str, motion: str, mode: str,
                  item_id: str | None = None) -> str:
        """Open a vote (chair); returns its id."""
        body = {"motion": motion, "mode": mode, "item_id": item_id}
        return self._call(lambda d: str(d["vote_id"]), "POST", f"/meetings/{meeting_id}/votes",
                          json=body)

    def cast_vote(self, meeting_id: str, vote_id: str, choice: str,
                  signature: bytes = b"") -> None:
        """Cast my ballot (a named vote's carries my signature)."""
        body = {"choice": choice, "signature": base64.b64encode(signature).decode()}
        self.client.request("POST", f"/meetings/{meeting_id}/votes/{vote_id}/ballots", json=body)

    def close_vote(self, meeting_id: str, vote_id: str) -> bool:
        """Close a vote (chair); returns whether the motion was adopted."""
        return self._call(lambda d: bool(d["adopted"]), "POST",
                          f"/meetings/{meeting_id}/votes/{vote_id}/close")

    # -- notes and files ----------------------------------------------------------------------

    def notes(self, meeting_id: str) -> list[Note]:
        """My private notes on this meeting's documents."""
        return self._call(
            lambda d: [Note(str(n["note_id"]), str(n["document_id"]), str(n["text"])) for n in d],
            "GET", f"/meetings/{meeting_id}/notes")

    def save_note(self, meeting_id: str, document_id: str, text: str,
                  note_id: str | None = None) -> str:
        """Save a private note; returns its id."""
        body = {"document_id": document_id, "text": text, "note_id": note_id}
        return self._call(lambda d: str(d["note_id"]), "POST", f"/meetings/{meeting_id}/notes",
                          json=body)

    def document_pdf(self, meeting_id: str, item_id: str, document_id: str) -> bytes:
        """The newest PDF of a document on an item I may see."""
        path = f"/meetings/{meeting_id}/items/{item_id}/documents/{document_id}/file"
        return self.client.request("GET", path).content

    # -- records ------------------------------------------------------------------------------

    def records(self, meeting_id: str) -> MinutesRecord:
        """The signed minutes' state and the conclusion notice's document."""
        return self._call(MinutesRecord.from_json, "GET", f"/meetings/{meeting_id}/records")

    def draw_up_minutes(self, meeting_id: str) -> MinutesRecord:
        """Freeze the minutes draft for signature (chair or secretary)."""
        return self._call(MinutesRecord.from_json, "POST",
                          f"/meetings/{meeting_id}/records/minutes")

    def minutes_file(self, meeting_id: str) -> bytes:
        """The newest stored minutes PDF."""
        return self.client.request("GET", f"/meetings/{meeting_id}/records/minutes/file").content

    def upload_signed_minutes(self, meeting_id: str, signed: bytes) -> MinutesRecord:
        """Upload the minutes with my signature added."""
        files = {"file": ("bien-ban.pdf", signed, "application/pdf")}
        return self._call(MinutesRecord.from_json, "POST",
                          f"/meetings/{meeting_id}/records/minutes/signatures", files=files)

    def draft_conclusion_notice(self, meeting_id: str) -> int:
        """Put the conclusion notice into the outgoing workflow (secretary); its document id."""
        return self._call(lambda d: int(d["document_id"]), "POST",
                          f"/meetings/{meeting_id}/records/conclusion-notice")

    # -- opinion ballots ----------------------------------------------------------------------

    def ballots(self) -> list[OpinionBallot]:
        """Opinion ballots I am asked in or sent, by deadline."""
        return self._call(lambda d: [OpinionBallot.from_json(b) for b in d], "GET",
                          "/opinion-ballots")

    def answer_ballot(self, ballot_id: str, answers: list[Json], signature: bytes) -> None:
        """Answer every question, signed over the canonical payload."""
        body = {"answers": answers, "signature": base64.b64encode(signature).decode()}
        self.client.request("POST", f"/opinion-ballots/{ballot_id}/answers", json=body)

    def create_ballot(self, draft: BallotDraft) -> OpinionBallot:
        """Draft an opinion ballot (meeting secretaries); send it with ``send_ballot``."""
        body = {"title": draft.title, "questions": [{"text": q} for q in draft.questions],
                "recipient_ids": list(draft.recipient_ids),
                "deadline": draft.deadline.isoformat(), "document_ids": list(draft.document_ids)}
        return self._call(OpinionBallot.from_json, "POST", "/opinion-ballots", json=body)

    def send_ballot(self, ballot_id: str) -> OpinionBallot:
        """Send a drafted ballot to its members."""
        return self._call(OpinionBallot.from_json, "POST", f"/opinion-ballots/{ballot_id}/send")

    def close_ballot(self, ballot_id: str) -> OpinionBallot:
        """Close the ballot; the tally goes to the secretary and the members."""
        return self._call(OpinionBallot.from_json, "POST", f"/opinion-ballots/{ballot_id}/close")

    def tally_pdf(self, ballot_id: str) -> bytes:
        """The tally report drafted by the official renderer (the secretary)."""
        return self.client.request("GET", f"/opinion-ballots/{ballot_id}/tally.pdf").content
