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
from collections.abc import Callable
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


Coder = Callable[[Any], Any]


def encode(value: Any, tp: Any = None) -> Any:
    """Return the JSON form of ``value`` read as type ``tp`` (its own type if omitted)."""
    if value is None:
        return None
    read_as: Any = type(value) if tp is None or tp is Any else tp
    return _encoder(read_as)(value)


def decode(data: Any, tp: Any) -> Any:
    """Rebuild a value of type ``tp`` from its JSON form."""
    if data is None:
        return None
    return _decoder(tp)(data)


# A meeting's snapshot is decoded and encoded whole on every command (hundreds of signed
# ballots in a long session), so the walk over type hints is done once per type: each type
# gets a function built for it, and values only run those functions.


def _lazy(tp: Any, build: Callable[[Any], Coder]) -> Coder:
    """A coder for ``tp`` built on first use (types may refer to themselves); None passes."""
    if tp is Any:
        return encode if build is _encoder else _identity
    built: list[Coder] = []

    def code(value: Any) -> Any:
        if value is None:
            return None
        if not built:
            built.append(build(tp))
        return built[0](value)

    return code


def _identity(value: Any) -> Any:
    return value


@cache
def _encoder(tp: Any) -> Coder:
    if _is_union(tp):
        return _lazy(_non_none(tp), _encoder)
    if tp is UserId:
        return lambda value: int(value) if str(value).isdigit() else str(value)
    if hasattr(tp, "__supertype__"):
        return _lazy(tp.__supertype__, _encoder)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        fields = tuple((name, _lazy(hint, _encoder)) for name, hint, _ in field_hints(tp))
        return lambda value: {name: code(getattr(value, name)) for name, code in fields}
    origin, args = get_origin(tp), get_args(tp)
    if origin is dict:
        key, item = _lazy(args[0], _encoder), _lazy(args[1], _encoder)
        return lambda value: {str(key(k)): item(v) for k, v in value.items()}
    if origin in (set, frozenset):
        element = _lazy(args[0], _encoder)
        return lambda value: sorted((element(v) for v in value), key=_sort_key)
    if origin is tuple and args and args[-1] is not Ellipsis:
        parts = tuple(_lazy(a, _encoder) for a in args)
        return lambda value: [code(v) for v, code in zip(value, parts, strict=True)]
    if origin in (list, tuple):
        element = _lazy(args[0], _encoder) if args else encode
        return lambda value: [element(v) for v in value]
    return _encode_scalar


def _encode_scalar(value: Any) -> Any:
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
    return value


@cache
def _decoder(tp: Any) -> Coder:
    if _is_union(tp):
        return _lazy(_non_none(tp), _decoder)
    if hasattr(tp, "__supertype__"):
        inner = _lazy(tp.__supertype__, _decoder)
        return lambda data: tp(inner(data))
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        fields = tuple((name, _lazy(hint, _decoder)) for name, hint, init in field_hints(tp)
                       if init)
        return lambda data: tp(**{name: code(data[name]) for name, code in fields
                                  if name in data})
    origin, args = get_origin(tp), get_args(tp)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp
    if tp is datetime:
        return datetime.fromisoformat
    if tp is timedelta:
        return lambda data: timedelta(seconds=data)
    if tp is Fraction:
        return Fraction
    if tp is bytes:
        return base64.b64decode
    if tp is str:
        return str
    if origin is dict:
        key, item = _lazy(args[0], _decoder), _lazy(args[1], _decoder)
        return lambda data: {key(k): item(v) for k, v in data.items()}
    if origin in (set, frozenset):
        element = _lazy(args[0], _decoder)
        return lambda data: origin(element(v) for v in data)
    if origin is tuple and args and args[-1] is not Ellipsis:
        parts = tuple(_lazy(a, _decoder) for a in args)
        return lambda data: tuple(code(v) for v, code in zip(data, parts, strict=True))
    if origin in (tuple, list):
        element = _lazy(args[0], _decoder)
        return lambda data: origin(element(v) for v in data)
    return _identity


def load(data: Any, cls: type[T]) -> T:
    """Typed ``decode`` of a dataclass."""
    value: T = decode(data, cls)
    return value
