"""Fetching revocation data over loopback: no aiohttp session is left open behind signing,
validation or renewal; and the leader's B-LT signature (the desktop client's level) still
validates offline, with hard revocation, once the agency has sealed the document."""

from __future__ import annotations

import gc
import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

import signing as s
from signing.outgoing import apply_seal, issuance_fields, leader_options, seal_options
from tests.integration.signing.conftest import ServedPki
from tests.unit.signing.conftest import make_pdf

UNCLOSED = "Unclosed client session"


class _Recorder(logging.Handler):
    def __init__(self, level: int) -> None:
        super().__init__(level)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def unclosed_sessions() -> Iterator[list[str]]:
    """Collects what aiohttp says about sessions left open: a ``ResourceWarning`` and an
    error logged through the event loop's exception handler (logger ``asyncio``)."""
    found: list[str] = []
    handler = _Recorder(logging.ERROR)
    records = handler.records
    logging.getLogger("asyncio").addHandler(handler)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield found
            gc.collect()  # aiohttp reports an unclosed session when it is collected
    finally:
        logging.getLogger("asyncio").removeHandler(handler)
    found.extend(str(w.message) for w in caught if UNCLOSED in str(w.message))
    found.extend(r.getMessage() for r in records if UNCLOSED in r.getMessage())


def _options(served_pki: ServedPki, level: s.PadesLevel) -> s.SignOptions:
    return s.SignOptions(
        level=level,
        timestamp=s.TimestampSource.http(served_pki.tsa_url("tsa1"), timeout=10),
        validation=s.ValidationSources(allow_fetching=True),
    )


def test_fetching_leaves_no_client_session_open(served_pki: ServedPki) -> None:
    pki = served_pki.pki
    tsa = s.TimestampSource.http(served_pki.tsa_url("tsa1"), timeout=10)
    with unclosed_sessions() as unclosed:
        signed = s.sign_pdf(
            make_pdf(), pki.key("leader-an"), _options(served_pki, s.PadesLevel.B_LT)
        )
        report = s.verify_pdf(
            signed,
            trust_roots=(pki.root_pem,),
            revocation=s.RevocationMode.HARD,
            sources=s.ValidationSources(allow_fetching=True),
        )
        renewed = s.extend_pdf(signed, tsa, validation=s.ValidationSources(allow_fetching=True))
    assert report.verdict is s.Verdict.VALID, report.to_json()
    assert renewed.startswith(signed)
    assert unclosed == []


def test_leader_b_lt_under_the_seal_validates_offline(served_pki: ServedPki) -> None:
    pki = served_pki.pki
    pdf = s.add_signature_field(make_pdf(), "AgencySeal")
    tsa = s.TimestampSource.http(served_pki.tsa_url("tsa1"), timeout=10)
    fetch = s.ValidationSources(allow_fetching=True)
    leader = s.sign_as_leader(
        pdf,
        pki.key("leader-an"),
        leader_options(
            open_fields=issuance_fields(pdf),
            level=s.PadesLevel.B_LT,
            timestamp=tsa,
            validation=fetch,
        ),
    )
    sealed = apply_seal(
        leader,
        pki.key("seal-vpcp"),
        seal_options(level=s.PadesLevel.B_LT, timestamp=tsa, validation=fetch),
    )
    report = s.verify_pdf(
        sealed,
        trust_roots=(pki.root_pem,),
        revocation=s.RevocationMode.HARD,
        sources=s.ValidationSources(allow_fetching=False),
    )
    levels = {sig.field_name: sig.level for sig in report.signatures}
    assert levels == {"LeaderSignature": "B-LT", "AgencySeal": "B-LT"}
    assert report.verdict is s.Verdict.VALID, report.to_json()
