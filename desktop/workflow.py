"""Which workflow steps the signed-in person may take on a document — no Qt here.

Derived from roles, the document's state and its fields, mirroring the server's rules so that
buttons are enabled only where a step can succeed. The server stays the authority: when it
refuses anyway, the screen shows its message.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.api.documents import DocumentDetail


class Step(StrEnum):
    """A workflow step a button can trigger."""

    REGISTER = "register"
    REJECT = "reject"
    """Return a received document to its sender (art. 21.2; over the axis, status 02)."""
    PRESENT = "present"
    DIRECT = "direct"
    ASSIGN = "assign"
    COMPLETE = "complete"
    NEW_VERSION = "new_version"
    SUBMIT_REVIEW = "submit_review"
    RETURN = "return"
    INITIAL = "initial"
    SUBMIT_SIGNATURE = "submit_signature"
    ISSUE = "issue"
    REVOKE = "revoke"


STEP_ORDER = tuple(Step)
"""The order of the action buttons."""

EDITABLE = frozenset({"draft", "returned"})
ACTIVE = frozenset({"directed", "in_progress"})


@dataclass(frozen=True)
class Person:
    """What the rules need to know about the signed-in person."""

    user_id: int
    unit_id: int | None
    roles: frozenset[str]

    def has(self, role: str) -> bool:
        """Holds a role."""
        return role in self.roles


def _is_reviewer(person: Person, detail: DocumentDetail) -> bool:
    document = detail.document
    heads_unit = person.has("unit_head") and person.unit_id == document.drafting_unit_id
    signs = person.has("leader") and document.presented_to == person.user_id
    return heads_unit or signs


def _heads_lead_unit(person: Person, detail: DocumentDetail) -> bool:
    return person.has("unit_head") and person.unit_id is not None and any(
        a.role == "lead" and a.parent_id is None and a.unit_id == person.unit_id
        for a in detail.assignments)


def _in_charge(person: Person, detail: DocumentDetail) -> bool:
    for assignment in detail.assignments:
        if assignment.role != "lead" or assignment.done_at is not None:
            continue
        if assignment.user_id == person.user_id:
            return True
        if (assignment.unit_id is not None and assignment.unit_id == person.unit_id
                and person.has("unit_head")):
            return True
    return False


def available_steps(person: Person, detail: DocumentDetail) -> frozenset[Step]:
    """The steps ``person`` may take on the document now."""
    document, state = detail.document, detail.document.state
    drafter = document.created_by == person.user_id
    rules = {
        Step.REGISTER: person.has("clerk") and state == "received",
        # Whether it came over the axis is known to the server only: it says so in the detail.
        Step.REJECT: person.has("clerk") and detail.returnable,
        Step.PRESENT: person.has("clerk") and state == "registered",
        Step.DIRECT: person.has("leader") and (
            (state == "presented" and document.presented_to in (None, person.user_id))
            or state == "registered"),
        Step.ASSIGN: state in ACTIVE and _heads_lead_unit(person, detail),
        Step.COMPLETE: state in ACTIVE and _in_charge(person, detail),
        Step.NEW_VERSION: drafter and state in EDITABLE,
        Step.SUBMIT_REVIEW: drafter and state in EDITABLE,
        Step.RETURN: state in ("in_review", "to_sign") and _is_reviewer(person, detail),
        Step.INITIAL: state in ("in_review", "to_sign") and _is_reviewer(person, detail),
        Step.SUBMIT_SIGNATURE: state == "in_review" and person.has("unit_head")
        and person.unit_id == document.drafting_unit_id,
        Step.ISSUE: person.has("clerk") and state == "signed",
        Step.REVOKE: (person.has("clerk") or person.has("leader")) and state == "issued",
    }
    return frozenset(step for step, allowed in rules.items() if allowed)
