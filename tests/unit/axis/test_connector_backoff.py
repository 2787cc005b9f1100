"""The connector's retry schedule: exponential, capped, with equal jitter."""

from __future__ import annotations

import random

from server.axis.connector.worker import backoff


def test_backoff_doubles_with_jitter_and_is_capped() -> None:
    rng = random.Random(7)
    for attempts, full in ((1, 5.0), (2, 10.0), (3, 20.0), (5, 80.0), (12, 600.0), (40, 600.0)):
        delays = [backoff(attempts, base=5.0, cap=600.0, rng=rng) for _ in range(200)]
        assert all(full / 2 <= d <= full for d in delays)
        assert max(delays) - min(delays) > full / 4  # spread: retries do not stampede
