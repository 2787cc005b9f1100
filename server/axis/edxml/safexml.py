"""Safe XML reading: no DTD, no entities, no network or file access, bounded size."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from server.axis.edxml.errors import ForbiddenXml, MalformedXml, TooLarge

CHUNK = 1 << 20
_FORBIDDEN = re.compile(rb"<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)", re.IGNORECASE)
_UTF16 = re.compile(rb"^(\xff\xfe|\xfe\xff|<\x00|\x00<)")


@dataclass(frozen=True)
class Limits:
    """Size limits applied on receipt."""

    max_message_bytes: int = 64 * 1024 * 1024
    """Largest edXML message accepted, in bytes."""
    max_attachment_bytes: int = 48 * 1024 * 1024
    """Largest decoded attachment."""
    max_attachments: int = 200
    """Most attachments in one message."""
    max_zip_members: int = 500
    """Most files in one zipped attachment."""
    max_zip_total_bytes: int = 256 * 1024 * 1024
    """Largest total uncompressed size of a zipped attachment."""
    max_zip_ratio: int = 200
    """Largest compression ratio of a zip member (zip-bomb guard)."""


DEFAULT_LIMITS = Limits()
Source = bytes | bytearray | memoryview | BinaryIO | Path | str


def safe_parser() -> etree.XMLParser:
    """An lxml parser that never resolves entities, loads DTDs or touches the network."""
    # huge_tree lifts libxml2's 10 MB text-node cap (base64 attachments); it is only safe
    # because every DTD is refused before parsing, so no entity can ever be expanded.
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=True, remove_blank_text=False,
                           remove_comments=False, strip_cdata=False, collect_ids=False)


def _chunks(source: Source) -> Iterator[bytes]:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        for start in range(0, len(data), CHUNK):
            yield data[start:start + CHUNK]
        return
    if isinstance(source, str | Path):
        with open(source, "rb") as handle:
            yield from iter(lambda: handle.read(CHUNK), b"")
        return
    yield from iter(lambda: source.read(CHUNK), b"")


def read_tree(source: Source, *, limits: Limits = DEFAULT_LIMITS) -> etree._ElementTree:
    """Parse ``source`` into a tree, refusing DTDs, entities, UTF-16 tricks and oversize input.

    Raises:
        TooLarge, ForbiddenXml, MalformedXml.
    """
    parser = safe_parser()
    total, tail, first = 0, b"", True
    try:
        for chunk in _chunks(source):
            if first and _UTF16.match(chunk):
                raise ForbiddenXml("only UTF-8 edXML is accepted")
            first = False
            total += len(chunk)
            if total > limits.max_message_bytes:
                raise TooLarge(f"message is over {limits.max_message_bytes} bytes")
            # Keep a tail so a declaration split across two chunks is still seen.
            window = tail + chunk
            if b"<!" in window and _FORBIDDEN.search(window):
                raise ForbiddenXml("DTDs and entity declarations are not allowed")
            tail = chunk[-16:]
            parser.feed(chunk)
        if total == 0:
            raise MalformedXml("the file is empty")
        root = parser.close()
    except etree.XMLSyntaxError as exc:
        raise MalformedXml(f"not well-formed XML: {exc.msg}") from exc
    tree = root.getroottree()
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:
        raise ForbiddenXml("DTDs are not allowed")
    for node in root.iter(etree.Entity):
        raise ForbiddenXml(f"entity reference {node.text} is not allowed")
    return tree
