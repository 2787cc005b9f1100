"""The meeting domain model: aggregates, entities and values, with no framework imports."""

from meetings.model.agenda import (
    AgendaItem,
    Decision,
    DecisionBasis,
    DocumentRef,
    DocumentReplacement,
    Position,
    PositionKind,
)
from meetings.model.history import HistoryEntry
from meetings.model.meeting import Meeting, MeetingKind, MeetingState
from meetings.model.notes import PrivateNote
from meetings.model.opinion_ballots import (
    Answer,
    AnswerKind,
    AnswerSheet,
    OpinionBallot,
    OpinionBallotState,
    OpinionTally,
    Question,
    QuestionTally,
    Reminder,
    opinion_answer_payload,
)
from meetings.model.participants import Participant, ParticipantSpec, QuorumStatus, Role
from meetings.model.rules import (
    MajorityBase,
    MajorityKind,
    MajorityRule,
    MeetingRules,
    QuorumRule,
)
from meetings.model.speakers import SpeakerQueue, SpeakerStatus, Speech
from meetings.model.votes import (
    RecordedBallot,
    SecretPool,
    Vote,
    VoteChoice,
    VoteMode,
    VoteResult,
    named_vote_payload,
)

__all__ = [
    "AgendaItem",
    "Answer",
    "AnswerKind",
    "AnswerSheet",
    "Decision",
    "DecisionBasis",
    "DocumentRef",
    "DocumentReplacement",
    "HistoryEntry",
    "MajorityBase",
    "MajorityKind",
    "MajorityRule",
    "Meeting",
    "MeetingKind",
    "MeetingRules",
    "MeetingState",
    "OpinionBallot",
    "OpinionBallotState",
    "OpinionTally",
    "Participant",
    "ParticipantSpec",
    "Position",
    "PositionKind",
    "PrivateNote",
    "Question",
    "QuestionTally",
    "QuorumRule",
    "QuorumStatus",
    "RecordedBallot",
    "Reminder",
    "Role",
    "SecretPool",
    "SpeakerQueue",
    "SpeakerStatus",
    "Speech",
    "Vote",
    "VoteChoice",
    "VoteMode",
    "VoteResult",
    "named_vote_payload",
    "opinion_answer_payload",
]
