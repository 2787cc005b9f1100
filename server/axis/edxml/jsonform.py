"""Messages to and from JSON: a generic, strict mapping of the frozen dataclasses, and a summary.

Keys are the dataclass field names (``from`` for ``from_``); dates are ``yyyy/MM/dd``, timestamps
``yyyy/MM/dd HH:mm:ss``. A document puts the ``MessageHeader`` fields at the top level beside
``trace``, ``business`` and ``attachments``; attachment bytes are ``data`` (base64) or a ``path``
relative to the JSON file. Unknown keys are refused so a typo never silently drops a field.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import types
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any, Union, get_args, get_origin, get_type_hints

from server.axis.edxml import ids
from server.axis.edxml.errors import InvalidValue, MissingField
from server.axis.edxml.model import DocumentMessage, Parsed, StatusMessage

_KINDS: dict[str, type[DocumentMessage] | type[StatusMessage]] = {
    "document": DocumentMessage, "status": StatusMessage}


def message_from_json(data: dict[str, Any], *, base_dir: Path) -> DocumentMessage | StatusMessage:
    """Build a message value from its JSON form (``kind`` is "document" or "status")."""
    payload = dict(data)
    kind = payload.pop("kind", "document")
    if kind not in _KINDS:
        raise InvalidValue(f"kind {kind!r} is not 'document' or 'status'")
    if kind == "status":
        status = _convert(StatusMessage, payload, kind, base_dir)
        assert isinstance(status, StatusMessage)
        return status
    outer: dict[str, Any] = {k: payload.pop(k) for k in ("trace", "business", "attachments")
                             if k in payload}
    if "document_id" not in payload:
        payload["document_id"] = _derived_id(payload)
    outer["header"] = payload
    document = _convert(DocumentMessage, outer, kind, base_dir)
    assert isinstance(document, DocumentMessage)
    return document


def _derived_id(header: dict[str, Any]) -> str:
    try:
        code, issued = header["code"], header["promulgation_info"]["date"]
        return ids.make_document_id(header["from"]["organ_id"], ids.parse_date(issued),
                                    str(code["number"]), str(code.get("notation", "")))
    except (KeyError, TypeError) as exc:
        raise MissingField(f"document: {exc} is required to derive the DocumentId") from exc


def _field_name(key: str) -> str:
    return "from_" if key == "from" else key


def _dataclass(cls: type, data: Any, where: str, base_dir: Path) -> Any:
    if not isinstance(data, dict):
        raise InvalidValue(f"{where} must be an object")
    hints = get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        name = _field_name(key)
        if name not in fields:
            raise InvalidValue(f"{where}: unknown key {key!r}")
        values[name] = _convert(hints[name], value, f"{where}.{key}", base_dir)
    missing = [n for n, f in fields.items() if n not in values and
               f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
    if missing:
        raise MissingField(f"{where}: {', '.join(m.rstrip('_') for m in missing)} required")
    if cls.__name__ == "Attachment" and "path" in values and values["path"] is not None:
        values["path"] = base_dir / values["path"]
    return cls(**values)


def _convert(hint: Any, value: Any, where: str, base_dir: Path) -> Any:
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        options = [a for a in get_args(hint) if a is not type(None)]
        return None if value is None else _convert(options[0], value, where, base_dir)
    if origin is tuple:
        if not isinstance(value, list):
            raise InvalidValue(f"{where} must be a list")
        return tuple(_convert(get_args(hint)[0], v, f"{where}[{i}]", base_dir)
                     for i, v in enumerate(value))
    if dataclasses.is_dataclass(hint):
        return _dataclass(hint, value, where, base_dir)  # type: ignore[arg-type]
    return _scalar(hint, value, where)


def _scalar(hint: Any, value: Any, where: str) -> Any:
    try:
        if hint is datetime:
            return ids.parse_timestamp(str(value))
        if hint is date:
            return ids.parse_date(str(value))
        if isinstance(hint, type) and issubclass(hint, Enum):
            return hint(str(value).zfill(2)) if hint.__name__ == "StatusCode" else hint(int(value))
        if hint is bytes:
            return base64.b64decode(str(value), validate=True)
        if hint is Path:
            return Path(str(value))
        if hint is bool:
            return bool(value)
        if hint is int:
            return int(value)
    except (ValueError, binascii.Error) as exc:
        raise InvalidValue(f"{where}: {value!r} is not acceptable") from exc
    if not isinstance(value, str):
        raise InvalidValue(f"{where} must be a string")
    return value


def summary(parsed: Parsed) -> dict[str, Any]:
    """The normalised view printed by ``phigiay-axis edxml parse --json``."""
    message = parsed.message
    common: dict[str, Any] = {
        "signature": {"state": parsed.signature.state, "algorithm": parsed.signature.algorithm,
                      "signer": parsed.signature.signer_subject,
                      "reason": parsed.signature.reason},
        "warnings": list(parsed.warnings),
    }
    if isinstance(message, StatusMessage):
        return {
            "kind": "status", "document_id": message.document_id,
            "sender": message.from_.organ_id, "recipients": [message.response_for.organ_id],
            "code": message.response_for.code, "subject": None,
            "dates": {"timestamp": ids.format_timestamp(message.timestamp)},
            "status_code": message.status_code.value, "business_type": None,
            "description": message.description, "attachments": [], **common,
        }
    header = message.header
    return {
        "kind": "document", "document_id": header.document_id,
        "sender": header.from_.organ_id, "recipients": [t.organ_id for t in header.to],
        "code": str(header.code), "subject": header.subject,
        "dates": {"promulgation": ids.format_date(header.promulgation_info.date),
                  "due": ids.format_date(header.due_date) if header.due_date else None,
                  "trace": [ids.format_timestamp(t.timestamp) for t in message.trace]},
        "status_code": None, "business_type": int(message.business.doc_type),
        "document_type": header.document_type.type_name,
        "priority": int(header.other_info.priority),
        "attachments": [{"name": a.name, "content_type": a.content_type, "size": a.size,
                         "members": [{"name": m.name, "size": m.size} for m in a.zip_members]}
                        for a in message.attachments],
        **common,
    }
