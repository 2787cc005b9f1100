"""Client-side signing of ballots and answers through the ``Signer`` port.

The desktop calls these with a ``Signer`` backed by the user's token (``signing/`` adapts it);
the server never signs for a user, it only verifies (see ``ports.SignatureVerifier``).
"""

from __future__ import annotations

from collections.abc import Sequence

from meetings.ids import MeetingId, OpinionBallotId, UserId, VoteId
from meetings.model.opinion_ballots import Answer, opinion_answer_payload
from meetings.model.votes import VoteChoice, named_vote_payload
from meetings.ports import Signer


def sign_named_vote(
    signer: Signer,
    *,
    meeting_id: MeetingId,
    vote_id: VoteId,
    motion: str,
    seat: UserId,
    cast_by: UserId,
    choice: VoteChoice,
) -> bytes:
    """Return ``cast_by``'s signature over the canonical named-vote payload.

    Args:
        seat: The seat the ballot counts for (the member's id, also for a substitute).
        cast_by: The signing user; the server verifies against this user's certificate.
    """
    payload = named_vote_payload(
        meeting_id=meeting_id,
        vote_id=vote_id,
        motion=motion,
        seat=seat,
        cast_by=cast_by,
        choice=choice,
    )
    return signer.sign(payload)


def sign_opinion_answers(
    signer: Signer,
    *,
    ballot_id: OpinionBallotId,
    title: str,
    member: UserId,
    answers: Sequence[Answer],
) -> bytes:
    """Return ``member``'s signature over the canonical opinion-answer payload."""
    payload = opinion_answer_payload(
        ballot_id=ballot_id, title=title, member=member, answers=answers
    )
    return signer.sign(payload)
