"""Names of the agency's units and people by id, for screens that show server ids — no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.api.client import ApiClient
from desktop.api.documents import DocumentType
from desktop.api.models import Unit, UserSummary


@dataclass(frozen=True)
class NameBook:
    """Units and people of the agency, looked up by id."""

    units: tuple[Unit, ...] = ()
    people: tuple[UserSummary, ...] = ()
    _unit_by_id: dict[int, Unit] = field(default_factory=dict, compare=False, repr=False)
    _person_by_id: dict[int, UserSummary] = field(default_factory=dict, compare=False,
                                                  repr=False)

    def __post_init__(self) -> None:
        self._unit_by_id.update({u.id: u for u in self.units})
        self._person_by_id.update({p.id: p for p in self.people})

    @classmethod
    def load(cls, api: ApiClient) -> NameBook:
        """Fetch units and people (call off the GUI thread)."""
        return cls(tuple(api.units()), tuple(api.users()))

    def unit(self, unit_id: int | None) -> Unit | None:
        """A unit by id."""
        return None if unit_id is None else self._unit_by_id.get(unit_id)

    def person(self, user_id: int | None) -> UserSummary | None:
        """A person by id."""
        return None if user_id is None else self._person_by_id.get(user_id)

    def unit_name(self, unit_id: int | None) -> str:
        """A unit's name ('' when unknown)."""
        unit = self.unit(unit_id)
        return unit.name if unit else ("" if unit_id is None else f"#{unit_id}")

    def person_name(self, user_id: int | None) -> str:
        """A person's full name ('' when unknown)."""
        person = self.person(user_id)
        return person.full_name if person else ("" if user_id is None else f"#{user_id}")

    def handler_name(self, unit_id: int | None, user_id: int | None) -> str:
        """A unit or a person, by name."""
        return self.person_name(user_id) if user_id is not None else self.unit_name(unit_id)

    def people_with_role(self, role: str, *, unit_id: int | None = None) -> list[UserSummary]:
        """Active people holding a role (of one unit), by name."""
        found = [p for p in self.people if p.is_active and p.has_role(role)
                 and (unit_id is None or p.unit_id == unit_id)]
        return sorted(found, key=lambda p: p.full_name)


@dataclass(frozen=True)
class Reference:
    """What document screens look names up in: units, people and document types."""

    names: NameBook = field(default_factory=NameBook)
    types: tuple[DocumentType, ...] = ()

    @classmethod
    def load(cls, api: ApiClient) -> Reference:
        """Fetch everything (call off the GUI thread)."""
        return cls(NameBook.load(api), tuple(api.document_types()))

    def type_name(self, code: str) -> str:
        """A document type's Vietnamese name (the code when unknown)."""
        return next((t.name for t in self.types if t.code == code), code)
