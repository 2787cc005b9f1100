"""One error tree for the edXML library: every failure has a stable code and a one-line reason."""

from __future__ import annotations


class EdxmlError(Exception):
    """Root of every edXML failure; ``code`` is stable, ``reason`` is one line for humans."""

    code = "edxml_error"

    def __init__(self, reason: str) -> None:
        self.reason = " ".join(reason.split())
        super().__init__(f"{self.code}: {self.reason}")


class MalformedXml(EdxmlError):
    """The bytes are not well-formed XML."""

    code = "malformed_xml"


class ForbiddenXml(EdxmlError):
    """A DTD, an entity declaration or another construct that is never allowed."""

    code = "forbidden_xml"


class WrongNamespace(EdxmlError):
    """The root is not ``edXML`` in the QCVN 102:2016 namespace."""

    code = "wrong_namespace"


class MissingField(EdxmlError):
    """A mandatory element or value is absent."""

    code = "missing_field"


class InvalidValue(EdxmlError):
    """A value is present but not acceptable (date, organ id, status code, number…)."""

    code = "invalid_value"


class TooLarge(EdxmlError):
    """The message or an attachment is over a configured size limit."""

    code = "too_large"


class BadAttachment(EdxmlError):
    """An attachment cannot be decoded or is unsafe."""

    code = "bad_attachment"


class BadBase64(BadAttachment):
    """An attachment's base64 payload is not valid base64."""

    code = "bad_base64"


class ZipBomb(BadAttachment):
    """A zipped attachment expands beyond the limits (size, ratio or member count)."""

    code = "zip_bomb"


class UnsafeZipPath(BadAttachment):
    """A zipped attachment has a member name that escapes its folder."""

    code = "zip_path_traversal"


class SchemaInvalid(EdxmlError):
    """A message we are about to send does not validate against our XSD."""

    code = "schema_invalid"


class BadSignature(EdxmlError):
    """The envelope signature is present and verifiable but does not match the content."""

    code = "bad_signature"


class UnknownOrganId(EdxmlError):
    """A recipient organ id is not in the directory."""

    code = "unknown_organ_id"
