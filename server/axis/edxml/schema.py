"""Our XSD for outgoing edXML, loaded once from the package."""

from __future__ import annotations

from functools import cache
from importlib import resources

from lxml import etree

from server.axis.edxml.errors import SchemaInvalid
from server.axis.edxml.safexml import Source, read_tree


@cache
def schema() -> etree.XMLSchema:
    """The compiled schema (``edxml.xsd`` shipped beside this module)."""
    text = resources.files("server.axis.edxml").joinpath("edxml.xsd").read_bytes()
    return etree.XMLSchema(etree.fromstring(text, etree.XMLParser(resolve_entities=False,
                                                                   no_network=True)))


def validate_tree(root: etree._Element) -> None:
    """Raise :class:`SchemaInvalid` with the first error if ``root`` does not validate."""
    checker = schema()
    if not checker.validate(root):
        error = checker.error_log.last_error
        raise SchemaInvalid(f"line {error.line}: {error.message}")


def validate(source: Source) -> None:
    """Safely parse ``source`` and validate it strictly against our XSD."""
    validate_tree(read_tree(source).getroot())
