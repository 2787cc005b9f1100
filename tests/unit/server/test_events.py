"""Who may receive an event."""

from __future__ import annotations

from server.core.events import Audience


def test_audience_by_user_role_or_everyone() -> None:
    to_admins = Audience(roles=frozenset({"admin"}))
    assert to_admins.includes(7, {"admin", "clerk"}) and not to_admins.includes(7, {"clerk"})
    to_people = Audience(users=frozenset({3, 4}))
    assert to_people.includes(3, set()) and not to_people.includes(5, {"admin"})
    assert Audience(everyone=True).includes(99, set())
    assert not Audience().includes(1, {"admin"})


def test_audience_round_trips_through_storage() -> None:
    audience = Audience(users=frozenset({2, 1}), roles=frozenset({"leader"}))
    assert Audience.from_json(audience.to_json()) == audience
    assert audience.to_json() == {"users": [1, 2], "roles": ["leader"], "everyone": False}
