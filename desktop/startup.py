"""Keeps what the client never uses out of its start: every import delays the login window.

httpx imports its command-line tool (click, pygments and rich, about 0.1 s on a fast machine)
whenever those are installed — and in a development or server environment they are. The client
only uses httpx as a library, so the tool's module is marked absent: Python then raises
``ImportError`` for it at once (``sys.modules[name] is None``), and httpx falls back, as it does
where click is not installed. Imported first by the entry points, before anything imports httpx;
once httpx is imported this changes nothing.
"""

from __future__ import annotations

import sys

if "httpx" not in sys.modules:
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
