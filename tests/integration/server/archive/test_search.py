"""The dossier list's search is the workflow's word search, with the same answers on SQLite
and PostgreSQL: whole words with or without diacritics ("ho so" finds "Hồ sơ", "đ" and "d"
alike), in the dossier's own words or in its filed documents', a number and notation whole or
in part — never a piece of a word."""

from __future__ import annotations

from datetime import date

import pytest

from archive.model import AccessRegime
from server.archive import queries
from server.archive import service as archive
from server.auth.principal import Principal
from server.core.context import AppContext
from server.core.permissions import Role
from tests.fixtures.server import Seed

from .conftest import FixedClock, MakeDocument

DIKES, BUDGET = "31.ĐĐ", "32.NS"


@pytest.fixture
def officer(seed: Seed) -> Principal:
    return Principal(user_id=seed.users["officer"], username="officer", full_name="officer",
                     agency_id=1, unit_id=seed.units["TH"], roles=frozenset({Role.OFFICER}))


@pytest.fixture
def dossiers(context: AppContext, officer: Principal, make_document: MakeDocument,
             clock: FixedClock) -> dict[str, str]:
    """Two dossiers, each with one filed document; notation → file code."""
    found = {}
    for notation, title, subject in (
        (DIKES, "Hồ sơ đê điều năm 2025",
         "Quyết định số 123/QĐ-UBND về phòng chống lụt bão"),
        (BUDGET, "Hồ sơ ngân sách", "Công văn về dự toán"),
    ):
        fields = archive.DossierFields(year=2025, notation=notation, title=title,
                                       retention="20", access=AccessRegime.RESTRICTED)
        with context.database.writing() as session:
            code = str(archive.open_dossier(session, principal=officer, fields=fields,
                                            clock=clock).file_code)
        document_id = make_document(subject, date(2025, 4, 1))
        with context.database.writing() as session:
            archive.add_document(session, principal=officer, store=context.store,
                                 file_code=code, document_id=document_id)
        found[notation] = code
    return found


SEARCHES = [
    ("ho so", {DIKES, BUDGET}),
    ("HỒ SƠ đê điều", {DIKES}),
    ("de dieu", {DIKES}),
    ("đe đieu", {DIKES}),
    ("ieu", set()),  # a piece of "điều" is not a word of it
    ("lut bao", {DIKES}),  # only in the filed document
    ("đê điều lụt", {DIKES}),  # one word in the dossier, one in its document
    ("123/QĐ-UBND", {DIKES}),
    ("qd-ubnd", {DIKES}),
    ("123/QĐ-XYZ", set()),
    ("dự toán ngân sách", {BUDGET}),
    ("ngân sách đê", set()),
    ("%", set()),
    ("_ %", set()),
]
"""(query, notations of the dossiers it finds)."""


def test_search_finds_whole_words_with_or_without_diacritics(
    context: AppContext, officer: Principal, dossiers: dict[str, str]
) -> None:
    # One set of dossiers for every query: the answers, not the setup, are what differ.
    with context.database.reading() as session:
        answers = {query: {row.file_code for row in queries.list_dossiers(
            session, principal=officer, text=query)} for query, _ in SEARCHES}
    assert answers == {query: {dossiers[n] for n in expected} for query, expected in SEARCHES}
