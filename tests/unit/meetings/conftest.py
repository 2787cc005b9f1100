"""Fixtures for the meetings unit tests; the fakes live in ``meetings_world``."""

from __future__ import annotations

import pytest
from meetings_world import SEC, M, World, build_draft, build_session

from meetings import services
from meetings.commands import PublishMeeting


@pytest.fixture
def world() -> World:
    return World()


@pytest.fixture
def draft(world: World) -> World:
    build_draft(world)
    return world


@pytest.fixture
def published(draft: World) -> World:
    draft.do(services.publish_meeting, PublishMeeting(meeting_id=M), by=SEC)
    return draft


@pytest.fixture
def session(world: World) -> World:
    build_session(world)
    return world
