"""The Meeting aggregate: preparation, attendance, positions, consent block and lifecycle."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from meetings import events as ev
from meetings.errors import (
    AlreadyChair,
    ChairNeedsSeat,
    DuplicateId,
    IllegalTransition,
    InvalidCommand,
    ItemAlreadyDecided,
    ItemInProgress,
    ParticipantCheckedIn,
    ParticipantIsChair,
    ParticipantIsSecretary,
    PermissionDenied,
    RemoteAttendanceNotAllowed,
    SubstituteStandsIn,
)
from meetings.ids import DocumentId, ItemId, UserId
from meetings.model.agenda import AgendaItem, Decision, DecisionBasis, DocumentRef, Position
from meetings.model.base import OPEN_STATES, PREPARING, MeetingKind, MeetingState
from meetings.model.participants import Participant, ParticipantSpec, Role
from meetings.model.session import MeetingSession

__all__ = ["Meeting", "MeetingKind", "MeetingState"]


class Meeting(MeetingSession):
    """A cabinet meeting; every state change is a method that enforces its rules."""

    # -- preparation -----------------------------------------------------------------------

    def invite(self, spec: ParticipantSpec) -> None:
        """Add a participant while the meeting is being prepared."""
        self.require_state(*PREPARING, doing="invite participants")
        if spec.user_id in self.participants:
            raise DuplicateId(f"{spec.user_id} already takes part")
        if spec.remote:
            self._require_remote_allowed(f"{spec.user_id} cannot be expected remotely")
        self._check_unique_office(spec.role)
        if spec.role is Role.SUBSTITUTE:
            self._check_substitute(spec)
        for item_id in spec.invited_items:
            self.item(item_id)
        self.participants[spec.user_id] = Participant.from_spec(spec)
        self.emit(
            ev.ParticipantInvited(
                audience=self.officials() | {spec.user_id},
                meeting_id=self.meeting_id,
                user_id=spec.user_id,
                role=spec.role,
            )
        )

    def _check_unique_office(self, role: Role) -> None:
        if role in (Role.CHAIR, Role.SECRETARY) and any(
            p.role is role for p in self.participants.values()
        ):
            raise IllegalTransition(f"the meeting already has a {role}")

    def _check_substitute(self, spec: ParticipantSpec) -> None:
        seat = spec.substitute_for
        if seat is None or seat not in self.seats():
            raise IllegalTransition("a substitute must stand in for a member's seat")
        if any(p.substitute_for == seat for p in self.participants.values()):
            raise IllegalTransition(f"seat {seat} already has a substitute")

    def remove_participant(self, user: UserId) -> None:
        """Take a participant invited by mistake off the meeting while it is prepared.

        Their stated positions and any speaker request go with them. A member for whom a
        substitute stands in is refused rather than silently taking the substitute along: the
        substitute was told of their invitation and the secretary removes them knowingly first.

        Raises:
            IllegalTransition: the meeting is no longer being prepared.
            NotAMember: the user takes no part in the meeting.
            ParticipantIsChair: the user chairs the meeting (hand the chair over first).
            ParticipantIsSecretary: the user is the meeting's secretary.
            ParticipantCheckedIn: the user is or was checked in (they are on the record).
            SubstituteStandsIn: a substitute stands in for this member.
        """
        self.require_state(*PREPARING, doing="remove participants")
        p = self.participant(user)
        if p.role is Role.CHAIR:
            raise ParticipantIsChair(f"{user} chairs the meeting; hand the chair over first")
        if p.role is Role.SECRETARY:
            raise ParticipantIsSecretary(f"{user} is the meeting's secretary")
        if p.present or p.attended:
            raise ParticipantCheckedIn(f"{user} has checked in and stays on the record")
        substitutes = sorted(
            s.user_id for s in self.participants.values() if s.substitute_for == user
        )
        if substitutes:
            raise SubstituteStandsIn(
                f"{', '.join(substitutes)} stands in for {user}; remove the substitute first"
            )
        # Told before the entry goes, so the removed person learns of it too.
        audience = self.officials() | {user}
        for item in self.agenda:
            item.positions = {
                seat: pos
                for seat, pos in item.positions.items()
                if seat != user and pos.stated_by != user
            }
        for queue in self.queues.values():
            if user in queue.waiting:
                queue.waiting.remove(user)
        del self.participants[user]
        self.emit(
            ev.ParticipantRemoved(
                audience=audience, meeting_id=self.meeting_id, user_id=user, role=p.role
            )
        )

    def change_chair(self, user: UserId, *, name: str = "") -> None:
        """Hand the chair to a member, or to a newcomer added as chair, while preparing.

        The former chair becomes a member and keeps their seat, so positions stated for it and
        the quorum's seat count stay as they are.

        Raises:
            IllegalTransition: the meeting is no longer being prepared.
            AlreadyChair: the user already chairs the meeting.
            ChairNeedsSeat: the user is a substitute, a guest or the secretary.
            InvalidCommand: a newcomer is named without a display name.
        """
        self.require_state(*PREPARING, doing="change the chair")
        former = next((p for p in self.participants.values() if p.role is Role.CHAIR), None)
        if former is not None and former.user_id == user:
            raise AlreadyChair(f"{user} already chairs the meeting")
        target = self.participants.get(user)
        if target is not None and target.role is not Role.MEMBER:
            raise ChairNeedsSeat(f"{user} is {target.role} and holds no seat to chair from")
        if target is None and not name.strip():
            raise InvalidCommand("a new chair who does not take part yet needs a name")
        if target is None:
            target = Participant(user_id=user, name=name.strip(), role=Role.CHAIR)
            self.participants[user] = target
        target.role = Role.CHAIR
        if former is not None:
            former.role = Role.MEMBER
        published = self.state is MeetingState.PUBLISHED
        audience = self.everyone() if published else self.officials()
        former_id = None if former is None else former.user_id
        self.emit(
            ev.ChairChanged(
                # The former chair is a member now, so a draft's officials no longer name them.
                audience=audience | ({former_id} if former_id is not None else set()),
                meeting_id=self.meeting_id,
                user_id=user,
                former_chair=former_id,
            )
        )

    def add_item(self, item: AgendaItem) -> None:
        """Append an item to the agenda while the meeting is being prepared."""
        self.require_state(*PREPARING, doing="add agenda items")
        if any(i.item_id == item.item_id for i in self.agenda):
            raise DuplicateId(f"item {item.item_id} already exists")
        self.agenda.append(item)
        self.emit(
            ev.AgendaItemAdded(
                audience=self.item_audience(item),
                meeting_id=self.meeting_id,
                item_id=item.item_id,
                title=item.title,
            )
        )

    def remove_item(self, item_id: ItemId) -> None:
        """Take an item off the agenda while the meeting is being prepared.

        Raises:
            ItemNotFound: no such item.
            ItemAlreadyDecided: the item carries a decision.
            ItemInProgress: the item is or was under discussion, or has a vote.
            IllegalTransition: the meeting is no longer being prepared.
        """
        item = self.item(item_id)
        # Item-level refusals first: they tell the secretary why better than the state does.
        if item.decision is not None:
            raise ItemAlreadyDecided(f"item {item_id} is decided and stays on the record")
        if self._item_started(item_id):
            raise ItemInProgress(f"item {item_id} has been discussed or voted on")
        self.require_state(*PREPARING, doing="remove agenda items")
        audience = self.item_audience(item)
        self.agenda.remove(item)
        self.queues.pop(item_id, None)
        for p in self.participants.values():
            # A guest invited only to this item keeps their place but now sees no item.
            p.invited_items = p.invited_items - {item_id}
        self.emit(
            ev.AgendaItemRemoved(
                audience=audience, meeting_id=self.meeting_id, item_id=item_id, title=item.title
            )
        )

    def _item_started(self, item_id: ItemId) -> bool:
        queue = self.queues.get(item_id)
        spoken = queue is not None and (queue.current is not None or bool(queue.speeches))
        voted = any(v.item_id == item_id for v in self.votes.values())
        return self.current_item_id == item_id or spoken or voted

    def update_details(
        self, *, title: str, scheduled_at: datetime, location: str, remote_participation: bool
    ) -> None:
        """Change the title, time, place and remote participation while preparing.

        Raises:
            IllegalTransition: the meeting is no longer being prepared.
            RemoteAttendanceNotAllowed: remote participation is turned off while someone is
                expected or checked in remotely.
        """
        self.require_state(*PREPARING, doing="change the meeting's details")
        if not remote_participation:
            remote = sorted(
                p.user_id for p in self.participants.values() if p.remote or p.attending_remotely
            )
            if remote:
                raise RemoteAttendanceNotAllowed(
                    f"participants attend remotely: {', '.join(remote)}"
                )
        self.title, self.scheduled_at, self.location = title, scheduled_at, location
        self.remote_participation = remote_participation
        # Invitations go out on publishing: before that only the officials know the meeting.
        published = self.state is MeetingState.PUBLISHED
        self.emit(
            ev.MeetingUpdated(
                audience=self.everyone() if published else self.officials(),
                meeting_id=self.meeting_id,
                title=title,
                scheduled_at=scheduled_at,
                location=location,
                remote_participation=remote_participation,
            )
        )

    def _require_remote_allowed(self, refusal: str) -> None:
        if not self.remote_participation:
            raise RemoteAttendanceNotAllowed(
                f"{refusal}: meeting {self.meeting_id} does not allow remote participation"
            )

    def reorder_agenda(self, item_ids: Sequence[ItemId]) -> None:
        """Put the agenda in a new order; ``item_ids`` must list every item once."""
        self.require_state(*OPEN_STATES, doing="reorder the agenda")
        by_id = {item.item_id: item for item in self.agenda}
        if sorted(item_ids) != sorted(by_id) or len(set(item_ids)) != len(item_ids):
            raise IllegalTransition("the new order must list every agenda item exactly once")
        self.agenda = [by_id[i] for i in item_ids]
        self._emit_per_viewer(
            item_ids,
            lambda seen, users: ev.AgendaReordered(
                audience=users, meeting_id=self.meeting_id, item_ids=seen
            ),
        )

    def attach_document(self, item_id: ItemId, doc: DocumentRef) -> None:
        """Attach a document to an item."""
        self.require_state(*OPEN_STATES, doing="attach documents")
        item = self.item(item_id)
        item.attach(doc)
        self.emit(
            ev.DocumentAttached(
                audience=self.item_audience(item),
                meeting_id=self.meeting_id,
                item_id=item_id,
                document_id=doc.document_id,
            )
        )

    def replace_document(
        self, item_id: ItemId, old: DocumentId, new: DocumentRef, *, reason: str, by: UserId
    ) -> None:
        """Replace a (late) document, keep the old one in history and alert every viewer."""
        self.require_state(*OPEN_STATES, doing="replace documents")
        item = self.item(item_id)
        item.replace(old, new, reason=reason, by=by)
        self.emit(
            ev.DocumentReplaced(
                audience=self.item_audience(item),
                meeting_id=self.meeting_id,
                item_id=item_id,
                old_document_id=old,
                new_document_id=new.document_id,
                reason=reason,
            )
        )

    def publish(self) -> None:
        """Send invitations and the document pack: draft → published."""
        self.require_state(MeetingState.DRAFT, doing="publish")
        if not self.agenda:
            raise IllegalTransition("cannot publish a meeting without agenda items")
        if not self.seats():
            raise IllegalTransition("cannot publish a meeting without members")
        self.state = MeetingState.PUBLISHED
        self.emit(
            ev.MeetingPublished(
                audience=self.everyone(),
                meeting_id=self.meeting_id,
                scheduled_at=self.scheduled_at,
            )
        )

    # -- attendance ------------------------------------------------------------------------

    def check_in(self, user: UserId, *, at: datetime, remote: bool = False) -> None:
        """Record that the user is present (in the room or remotely)."""
        self.require_state(MeetingState.PUBLISHED, MeetingState.IN_SESSION, doing="check in")
        p = self.participant(user)
        if p.present:
            raise IllegalTransition(f"{user} is already checked in")
        if remote:
            self._require_remote_allowed(f"{user} cannot check in remotely")
        p.checked_in_at, p.attending_remotely = at, remote
        # Kept after check-out: the minutes list everyone who attended at any time.
        p.attended, p.attended_remotely = True, p.attended_remotely or remote
        self._emit_attendance(p)

    def check_out(self, user: UserId) -> None:
        """Record that the user left; the quorum follows."""
        self.require_state(MeetingState.PUBLISHED, MeetingState.IN_SESSION, doing="check out")
        p = self.participant(user)
        if not p.present:
            raise IllegalTransition(f"{user} is not checked in")
        p.checked_in_at, p.attending_remotely = None, False
        self._emit_attendance(p)

    def _emit_attendance(self, p: Participant) -> None:
        self.emit(
            ev.AttendanceChanged(
                audience=self.everyone(),
                meeting_id=self.meeting_id,
                user_id=p.user_id,
                present=p.present,
                remote=p.attending_remotely,
                quorum=self.quorum_status(),
            )
        )

    # -- positions and the consent block ---------------------------------------------------

    def state_position(self, item_id: ItemId, position: Position) -> None:
        """Record a seat's position on an item before the consent block is adopted."""
        self.require_state(MeetingState.PUBLISHED, MeetingState.IN_SESSION, doing="state positions")
        if self.consent_block_adopted:
            raise IllegalTransition("positions close when the consent block is adopted")
        p = self.participant(position.stated_by)
        if p.seat is None or p.seat != position.seat:
            raise PermissionDenied(f"{p.user_id} holds no seat to state a position for")
        item = self.visible_item(p.user_id, item_id)
        item.positions[position.seat] = position
        self.emit(
            ev.PositionStated(
                audience=self._seat_holders_seeing(item),
                meeting_id=self.meeting_id,
                item_id=item.item_id,
                seat=position.seat,
                kind=position.kind,
            )
        )

    def _seat_holders_seeing(self, item: AgendaItem) -> frozenset[UserId]:
        guests = {u for u, p in self.participants.items() if p.role is Role.GUEST}
        return self.item_audience(item) - guests

    def pull_from_consent(self, item_id: ItemId) -> None:
        """Take an item out of the consent block so it is discussed."""
        self.require_state(MeetingState.PUBLISHED, MeetingState.IN_SESSION, doing="pull items")
        if self.consent_block_adopted:
            raise IllegalTransition("the consent block has already been adopted")
        item = self.item(item_id)
        if item.pulled_from_consent:
            raise IllegalTransition(f"item {item_id} is already out of the consent block")
        item.pulled_from_consent = True
        self.emit(
            ev.ItemPulledFromConsent(
                audience=self.item_audience(item), meeting_id=self.meeting_id, item_id=item_id
            )
        )

    def consent_block(self) -> tuple[ItemId, ...]:
        """Return the items that would pass in the consent block now."""
        return tuple(item.item_id for item in self.agenda if item.in_consent_block)

    def adopt_consent_block(self, *, at: datetime) -> tuple[ItemId, ...]:
        """Adopt every unopposed item together at the start of the session."""
        self.require_state(MeetingState.IN_SESSION, doing="adopt the consent block")
        if self.consent_block_adopted:
            raise IllegalTransition("the consent block has already been adopted")
        if self.current_item_id is not None or self.votes:
            # Items already under discussion must not be swept up in a block vote.
            raise IllegalTransition("the consent block is adopted at the start, before any item")
        self.require_quorum(doing="adopt the consent block")
        adopted = self.consent_block()
        for item_id in adopted:
            self.item(item_id).decision = Decision(
                item_id, "Adopted without objection (consent block).", DecisionBasis.CONSENT, at
            )
        self.consent_block_adopted = True
        self._emit_per_viewer(
            adopted,
            lambda seen, users: ev.ConsentBlockAdopted(
                audience=users, meeting_id=self.meeting_id, item_ids=seen
            ),
        )
        return adopted

    # -- lifecycle -------------------------------------------------------------------------

    def start_session(self, *, at: datetime) -> None:
        """Open the session: published → in_session."""
        self.require_state(MeetingState.PUBLISHED, doing="start the session")
        if self.rules.quorum_to_open:
            self.require_quorum(doing="start the session")
        self.state, self.opened_at = MeetingState.IN_SESSION, at
        self.emit(ev.SessionStarted(audience=self.everyone(), meeting_id=self.meeting_id, at=at))

    def close(self, *, at: datetime) -> None:
        """End the session: in_session → closed. Open votes must be closed first."""
        self.require_state(MeetingState.IN_SESSION, doing="close the meeting")
        if any(v.is_open for v in self.votes.values()):
            raise IllegalTransition("close the open vote before closing the meeting")
        for queue in self.queues.values():
            if queue.current is not None:
                queue.stop(at=at)
        self.state, self.closed_at, self.current_item_id = MeetingState.CLOSED, at, None
        self.emit(ev.MeetingClosed(audience=self.everyone(), meeting_id=self.meeting_id, at=at))

    def archive(self) -> None:
        """Make the meeting read-only: closed → archived."""
        self.require_state(MeetingState.CLOSED, doing="archive")
        self.state = MeetingState.ARCHIVED
        self.emit(ev.MeetingArchived(audience=self.everyone(), meeting_id=self.meeting_id))
