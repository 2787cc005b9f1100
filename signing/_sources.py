"""pyHanko / certvalidator objects behind :mod:`signing.sources`."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from asn1crypto import x509
from pyhanko.keys import load_certs_from_pemder_data
from pyhanko.sign.timestamps import HTTPTimeStamper
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.fetchers.aiohttp_fetchers import AIOHttpFetcherBackend
from pyhanko_certvalidator.fetchers.api import OwnedFetcherBackend
from pyhanko_certvalidator.policy_decl import (
    CertRevTrustPolicy,
    RevocationCheckingPolicy,
    RevocationCheckingRule,
)

if TYPE_CHECKING:
    from signing.sources import ValidationSources

T = TypeVar("T")


def http_timestamper(
    url: str, timeout: float, username: str | None, password: str | None
) -> HTTPTimeStamper:
    auth = (username, password) if username is not None and password is not None else None
    return HTTPTimeStamper(url, timeout=max(timeout, 1.0), auth=auth)


def parse_certs(blobs: tuple[bytes, ...]) -> list[x509.Certificate]:
    certs: list[x509.Certificate] = []
    for blob in blobs:
        certs.extend(load_certs_from_pemder_data(blob))
    return certs


_POLICIES = {
    "hard": CertRevTrustPolicy(RevocationCheckingPolicy.from_legacy("hard-fail")),
    "soft": CertRevTrustPolicy(RevocationCheckingPolicy.from_legacy("soft-fail")),
    "off": CertRevTrustPolicy(
        RevocationCheckingPolicy(
            ee_certificate_rule=RevocationCheckingRule.NO_CHECK,
            intermediate_ca_cert_rule=RevocationCheckingRule.NO_CHECK,
        )
    ),
}


def validation_context(
    sources: ValidationSources,
    *,
    trust_roots: list[x509.Certificate] | None = None,
    extra_certs: list[x509.Certificate] | None = None,
    extra_crls: list[Any] | None = None,
    extra_ocsps: list[Any] | None = None,
    moment: datetime | None = None,
    revocation: str = "soft",
) -> ValidationContext:
    """Build a validation context; never fetches unless ``sources.allow_fetching``."""
    roots = parse_certs(sources.trust_roots) + list(trust_roots or [])
    kwargs: dict[str, Any] = {}
    if sources.allow_fetching:
        # bounded: a dead responder must not stall signing or validation for minutes; owned by
        # the context, so that ``ValidationContext.aclose`` closes its aiohttp session
        kwargs["fetcher_backend"] = OwnedFetcherBackend(
            AIOHttpFetcherBackend(per_request_timeout=10)
        )
    return ValidationContext(
        trust_roots=roots,
        other_certs=parse_certs(sources.extra_certs) + list(extra_certs or []),
        crls=list(sources.crls) + list(extra_crls or []),
        ocsps=list(sources.ocsp_responses) + list(extra_ocsps or []),
        allow_fetching=sources.allow_fetching,
        moment=moment,
        revinfo_policy=_POLICIES[revocation],
        **kwargs,
    )


def run_closing(work: Callable[[], Awaitable[T]], *contexts: ValidationContext | None) -> T:
    """Run ``work`` in a fresh event loop, then close the contexts' network sessions there.

    pyHanko's synchronous wrappers each run their own loop and leave an aiohttp session open
    behind them when fetching is allowed ("Unclosed client session"); an aiohttp session can
    only be closed from the loop that used it, so the work and the closing share one loop.
    """

    async def main() -> T:
        try:
            return await work()
        finally:
            for context in contexts:
                if context is not None:
                    await context.aclose()  # type: ignore[no-untyped-call]

    return asyncio.run(main())
