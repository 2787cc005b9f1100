"""JSON codec for the meetings core's dataclasses, driven by their type hints.

Used for the aggregate snapshots stored in ``tables.py``, the event payloads and the API
responses, so a value has one JSON shape everywhere: user ids as integers (they are the
server's ``users.id``), datetimes in ISO 8601, durations in seconds, bytes in base64, sets as
sorted lists (a set's iteration order must never leak the order things were added in).
"""

from __future__ import annotations

import base64
import dataclasses
import json
import types
import typing
from datetime import datetime, timedelta
from enum import Enum
from fractions import Fraction
from functools import cache
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

from meetings.ids import UserId

T = TypeVar("T")

SKIPPED_FIELDS = frozenset({"history", "audience"})
"""Never encoded: history goes to the audit log, audiences to the event outbox."""


@cache
def _namespace() -> dict[str, Any]:
    import meetings.events as events_module
    import meetings.model as model

    names = {name: getattr(model, name) for name in model.__all__}
    names.update({k: v for k, v in vars(events_module).items() if isinstance(v, type)})
    return names


@cache
def field_hints(cls: type) -> tuple[tuple[str, Any, bool], ...]:
    """(name, type, init) of every encoded field of a dataclass."""
    hints = get_type_hints(cls, localns=_namespace())
    return tuple(
        (f.name, hints[f.name], f.init)
        for f in dataclasses.fields(cls)
        if not f.name.startswith("_") and f.name not in SKIPPED_FIELDS
    )


def _is_union(tp: Any) -> bool:
    return get_origin(tp) in (typing.Union, types.UnionType)


def _non_none(tp: Any) -> Any:
    return next(arg for arg in get_args(tp) if arg is not type(None))


def _sort_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def encode(value: Any, tp: Any = None) -> Any:
    """Return the JSON form of ``value`` read as type ``tp`` (its own type if omitted)."""
    tp = type(value) if tp is None or tp is Any else tp
    if value is None:
        return None
    if _is_union(tp):
        return encode(value, _non_none(tp))
    if tp is UserId:
        return int(value) if str(value).isdigit() else str(value)
    if hasattr(tp, "__supertype__"):
        return encode(value, tp.__supertype__)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        return {name: encode(getattr(value, name), hint) for name, hint, _ in field_hints(tp)}
    return _encode_plain(value, tp)


def _encode_plain(value: Any, tp: Any) -> Any:
    origin, args = get_origin(tp), get_args(tp)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, Fraction):
        return f"{value.numerator}/{value.denominator}"
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if origin is dict:
        return {str(encode(k, args[0])): encode(v, args[1]) for k, v in value.items()}
    if origin in (set, frozenset):
        return sorted((encode(v, args[0]) for v in value), key=_sort_key)
    if origin is tuple and args and args[-1] is not Ellipsis:
        return [encode(v, a) for v, a in zip(value, args, strict=True)]
    if origin in (list, tuple):
        return [encode(v, args[0] if args else None) for v in value]
    return value


def decode(data: Any, tp: Any) -> Any:
    """Rebuild a value of type ``tp`` from its JSON form."""
    if data is None:
        return None
    if _is_union(tp):
        return decode(data, _non_none(tp))
    if hasattr(tp, "__supertype__"):
        return tp(decode(data, tp.__supertype__))
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        kwargs = {
            name: decode(data[name], hint)
            for name, hint, init in field_hints(tp)
            if init and name in data
        }
        return tp(**kwargs)
    return _decode_plain(data, tp)


def _decode_plain(data: Any, tp: Any) -> Any:
    origin, args = get_origin(tp), get_args(tp)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(data)
    if tp is datetime:
        return datetime.fromisoformat(data)
    if tp is timedelta:
        return timedelta(seconds=data)
    if tp is Fraction:
        return Fraction(data)
    if tp is bytes:
        return base64.b64decode(data)
    if tp is str:
        return str(data)
    if origin is dict:
        return {decode(k, args[0]): decode(v, args[1]) for k, v in data.items()}
    if origin in (set, frozenset):
        return origin(decode(v, args[0]) for v in data)
    if origin is tuple and args and args[-1] is not Ellipsis:
        return tuple(decode(v, a) for v, a in zip(data, args, strict=True))
    if origin is tuple:
        return tuple(decode(v, args[0]) for v in data)
    if origin is list:
        return [decode(v, args[0]) for v in data]
    return data


def load(data: Any, cls: type[T]) -> T:
    """Typed ``decode`` of a dataclass."""
    value: T = decode(data, cls)
    return value
