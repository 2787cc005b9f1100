"""Reading the manifest and the encoded attachments of a parsed document message."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from lxml import etree

from server.axis.edxml import _xml as x
from server.axis.edxml.attachments import decode_base64, inspect_zip, safe_file_name
from server.axis.edxml.errors import TooLarge
from server.axis.edxml.model import Attachment
from server.axis.edxml.safexml import Limits


def _manifest(root: etree._Element) -> list[etree._Element]:
    body = x.child(x.child(root, "edXMLEnvelope"), "edXMLBody")
    manifest = x.child(body, "edXMLManifest")
    if manifest is None:
        manifest = x.child(body, "Manifest")
    return x.children(manifest, "Reference")


def _payloads(root: etree._Element) -> dict[str, etree._Element]:
    found: dict[str, etree._Element] = {}
    for encoded in x.children(root, "AttachmentEncoded"):
        for attachment in x.children(encoded, "Attachment"):
            found.setdefault(x.text(attachment, "ContentId"), attachment)
    return found


def read_attachments(root: etree._Element, *, limits: Limits, target: Path | None,
                     warn: Callable[[str], None], decode: bool = True) -> tuple[Attachment, ...]:
    """Decode every attachment named in the manifest (and any unlisted one, with a warning)."""
    references = _manifest(root)
    payloads = _payloads(root)
    if len(payloads) > limits.max_attachments:
        raise TooLarge(f"message has {len(payloads)} attachments (limit {limits.max_attachments})")
    if any(x.namespace(e) == "" for e in x.children(root, "AttachmentEncoded")):
        warn("AttachmentEncoded is un-namespaced")
    result: list[Attachment] = []
    for index, reference in enumerate(references):
        content_id = x.text(reference, "ContentId")
        payload = payloads.pop(content_id, None)
        name = x.text(reference, "AttachmentName") or f"attachment-{index + 1}"
        if payload is None:
            warn(f"attachment {name!r} is listed in the manifest but has no content")
        result.append(_decode(reference, payload, name, content_id, limits, target, index)
                      if decode else _measure(reference, payload, name, content_id))
    for content_id, payload in payloads.items():
        warn(f"attachment {content_id!r} is not listed in the manifest")
        name = content_id or "unnamed"
        result.append(_decode(None, payload, name, content_id, limits, target, len(result))
                      if decode else _measure(None, payload, name, content_id))
    return tuple(result)


def _decode(reference: etree._Element | None, payload: etree._Element | None, name: str,
            content_id: str, limits: Limits, target: Path | None, index: int) -> Attachment:
    content_type = x.text(reference, "ContentType") or "application/octet-stream"
    base = Attachment(name=name, content_type=content_type, content_id=content_id,
                      description=x.text(reference, "Description"))
    encoded = x.child(payload, "ContentTransferEncoded")
    if encoded is None:
        return base
    text = encoded.text or ""
    encoded.text = None  # release the base64 text as soon as it is decoded
    if target is None:
        buffer = io.BytesIO()
        size = decode_base64(text, buffer, limit=limits.max_attachment_bytes)
        data = buffer.getvalue()
        members = inspect_zip(data, limits) if base.is_zip else ()
        return replace(base, data=data, size=size, zip_members=members)
    target.mkdir(parents=True, exist_ok=True)
    path = target / f"{index + 1:03d}-{safe_file_name(name, 'attachment')}"
    with open(path, "wb") as out:
        size = decode_base64(text, out, limit=limits.max_attachment_bytes)
        out.flush()
        os.fsync(out.fileno())
    members = inspect_zip(path, limits) if base.is_zip else ()
    return replace(base, path=path, size=size, zip_members=members)


def _measure(reference: etree._Element | None, payload: etree._Element | None, name: str,
             content_id: str) -> Attachment:
    node = x.child(payload, "ContentTransferEncoded")
    text = (node.text or "") if node is not None else ""
    spaces = [c for c in " \n\r\t" if c in text]  # "in" is a fast scan; count() is not
    compact = len(text) - sum(text.count(c) for c in spaces)
    size = compact // 4 * 3 - text.rstrip()[-2:].count("=")
    return Attachment(name=name, content_type=x.text(reference, "ContentType")
                      or "application/octet-stream", content_id=content_id,
                      description=x.text(reference, "Description"), size=max(size, 0))
