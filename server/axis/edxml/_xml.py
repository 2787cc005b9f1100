"""Namespace-tolerant element lookup used by the reader (spec §6: prefixes vary in the field)."""

from __future__ import annotations

from lxml import etree

from server.axis.edxml.ids import LEGACY_NAMESPACES, NAMESPACE

ACCEPTED_NAMESPACES = frozenset({NAMESPACE, "", *LEGACY_NAMESPACES})


def local(node: etree._Element) -> str:
    """Local name of an element ("" for comments and processing instructions)."""
    return etree.QName(node).localname if isinstance(node.tag, str) else ""


def namespace(node: etree._Element) -> str:
    """Namespace URI of an element ("" when none)."""
    return etree.QName(node).namespace or "" if isinstance(node.tag, str) else ""


def children(node: etree._Element | None, name: str | None = None) -> list[etree._Element]:
    """Element children, optionally only those with local name ``name``."""
    if node is None:
        return []
    return [c for c in node if isinstance(c.tag, str) and (name is None or local(c) == name)]


def child(node: etree._Element | None, name: str) -> etree._Element | None:
    """The first child with local name ``name``."""
    found = children(node, name)
    return found[0] if found else None


def text(node: etree._Element | None, name: str | None = None) -> str:
    """Stripped text of ``node`` (or of its child ``name``); "" when absent."""
    target = child(node, name) if name is not None else node
    return (target.text or "").strip() if target is not None else ""


def serialise(node: etree._Element) -> str:
    """An element as XML text (for unknown elements kept on receipt)."""
    return str(etree.tostring(node, encoding="unicode", with_tail=False))
