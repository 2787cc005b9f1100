"""Enveloped XML-DSig over the whole edXML document (Reference URI="").

Output: exclusive c14n, SHA-256 digest, RSA-SHA256 or ECDSA-SHA256. Input: also RSA-SHA1 and
inclusive c14n (old senders). Only whole-document references are verified, which rules out
signature-wrapping tricks; anything else is reported as "unverifiable", never as valid.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)
from lxml import etree

from server.axis.edxml.errors import BadSignature
from server.axis.edxml.ids import NAMESPACE
from server.axis.edxml.model import SignatureReport

DS = "http://www.w3.org/2000/09/xmldsig#"
EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#"
C14N = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315"
ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature"
SHA1, SHA256 = "http://www.w3.org/2000/09/xmldsig#sha1", "http://www.w3.org/2001/04/xmlenc#sha256"
RSA_SHA1 = "http://www.w3.org/2000/09/xmldsig#rsa-sha1"
RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"
ECDSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256"
_C14N_MODES = {EXC_C14N: True, EXC_C14N + "WithComments": True, C14N: False,
               C14N + "#WithComments": False}
_DIGESTS = {SHA1: hashlib.sha1, SHA256: hashlib.sha256,
            "http://www.w3.org/2001/04/xmlenc#sha512": hashlib.sha512}
_SIG_HASHES: dict[str, hashes.HashAlgorithm] = {
    RSA_SHA1: hashes.SHA1(), RSA_SHA256: hashes.SHA256(), ECDSA_SHA256: hashes.SHA256(),
    "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512": hashes.SHA512(),
}


@dataclass(frozen=True)
class EnvelopeSigner:
    """The agency seal: a certificate and a way to sign with its key.

    ``sign`` receives the canonical SignedInfo bytes and returns the signature as the key
    produces it (PKCS#1 v1.5 for RSA, DER for ECDSA), so a PKCS#11 key plugs in as a callable.
    """

    certificate: x509.Certificate
    """The seal certificate, embedded in ``KeyInfo``."""
    sign: Callable[[bytes], bytes]
    """Sign these bytes with SHA-256 and the certificate's key."""
    chain: tuple[x509.Certificate, ...] = ()
    """The CA certificates above the seal, sent along so that receivers can build the path
    to the root they trust (they hold roots, not every issuing CA)."""

    @classmethod
    def from_key(cls, key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
                 certificate: x509.Certificate,
                 chain: tuple[x509.Certificate, ...] = ()) -> EnvelopeSigner:
        """A signer for an in-memory RSA or EC private key."""
        if isinstance(key, rsa.RSAPrivateKey):
            return cls(certificate, lambda data: key.sign(data, padding.PKCS1v15(),
                                                          hashes.SHA256()), chain)
        return cls(certificate, lambda data: key.sign(data, ec.ECDSA(hashes.SHA256())), chain)

    @property
    def method(self) -> str:
        """The SignatureMethod URI matching the certificate's key."""
        public = self.certificate.public_key()
        return ECDSA_SHA256 if isinstance(public, ec.EllipticCurvePublicKey) else RSA_SHA256


def _ds(tag: str) -> str:
    return f"{{{DS}}}{tag}"


def _c14n(node: etree._Element | etree._ElementTree, exclusive: bool) -> bytes:
    return bytes(etree.tostring(node, method="c14n", exclusive=exclusive, with_comments=False))


def sign_envelope(root: etree._Element, parent: etree._Element, signer: EnvelopeSigner) -> None:
    """Append an enveloped signature over the whole document to ``parent``."""
    digest = base64.b64encode(hashlib.sha256(_c14n(root.getroottree(), True)).digest())
    signature = etree.SubElement(parent, _ds("Signature"), nsmap={None: DS})
    info = etree.SubElement(signature, _ds("SignedInfo"))
    etree.SubElement(info, _ds("CanonicalizationMethod"), Algorithm=EXC_C14N)
    etree.SubElement(info, _ds("SignatureMethod"), Algorithm=signer.method)
    reference = etree.SubElement(info, _ds("Reference"), URI="")
    transforms = etree.SubElement(reference, _ds("Transforms"))
    etree.SubElement(transforms, _ds("Transform"), Algorithm=ENVELOPED)
    etree.SubElement(transforms, _ds("Transform"), Algorithm=EXC_C14N)
    etree.SubElement(reference, _ds("DigestMethod"), Algorithm=SHA256)
    etree.SubElement(reference, _ds("DigestValue")).text = digest.decode()
    raw = signer.sign(_c14n(info, True))
    if signer.method == ECDSA_SHA256:
        raw = _der_to_raw(raw, signer.certificate.public_key())
    etree.SubElement(signature, _ds("SignatureValue")).text = base64.b64encode(raw).decode()
    data = etree.SubElement(etree.SubElement(signature, _ds("KeyInfo")), _ds("X509Data"))
    subject = signer.certificate.subject.rfc4514_string()
    etree.SubElement(data, _ds("X509SubjectName")).text = subject
    # The seal's own certificate comes first: receivers take the first one as the signer's.
    for certificate in (signer.certificate, *signer.chain):
        der = certificate.public_bytes(serialization.Encoding.DER)
        etree.SubElement(data, _ds("X509Certificate")).text = base64.b64encode(der).decode()


def _der_to_raw(der: bytes, public: object) -> bytes:
    assert isinstance(public, ec.EllipticCurvePublicKey)
    size = (public.curve.key_size + 7) // 8
    r, s = decode_dss_signature(der)
    return r.to_bytes(size, "big") + s.to_bytes(size, "big")


def _raw_to_der(raw: bytes) -> bytes:
    half = len(raw) // 2
    r, s = int.from_bytes(raw[:half], "big"), int.from_bytes(raw[half:], "big")
    return encode_dss_signature(r, s)


def _child(node: etree._Element, name: str) -> etree._Element | None:
    for child in node:
        if isinstance(child.tag, str) and etree.QName(child).localname == name:
            return child
    return None


def _children(node: etree._Element | None) -> list[etree._Element]:
    return [c for c in node if isinstance(c.tag, str)] if node is not None else []


def find_signatures(root: etree._Element) -> list[etree._Element]:
    """Every ``Signature`` element: XML-DSig namespace, none, or (written as a bare
    ``<Signature>`` under the default namespace) the edXML one (spec §6)."""
    return list(root.iter(_ds("Signature"), "Signature", f"{{{NAMESPACE}}}Signature"))


def _algorithm(node: etree._Element | None) -> str:
    return (node.get("Algorithm") or "").strip() if node is not None else ""


def _b64(text: str | None) -> bytes:
    return base64.b64decode("".join((text or "").split()), validate=True)


class _Unverifiable(Exception):
    pass


def verify_envelope(root: etree._Element) -> SignatureReport:
    """Check the envelope signature of a parsed document.

    Returns "absent", "valid" or "unverifiable" (no certificate, unknown algorithm, reference
    that is not the whole document). Raises :class:`BadSignature` when it can be checked and fails.
    """
    signatures = find_signatures(root)
    if not signatures:
        return SignatureReport("absent")
    signature = signatures[0]
    method = _algorithm(_find(signature, "SignedInfo", "SignatureMethod"))
    try:
        certificate = _certificate(signature)
        _check_references(root, signature)
        _check_value(signature, method, certificate)
        return SignatureReport(
            "valid", algorithm=method, signer_subject=certificate.subject.rfc4514_string(),
            certificate_der=certificate.public_bytes(serialization.Encoding.DER),
            chain_der=_further_certificates(signature),
        )
    except _Unverifiable as exc:
        return SignatureReport("unverifiable", algorithm=method, reason=str(exc))
    except (ValueError, UnsupportedAlgorithm, etree.C14NError) as exc:
        # A certificate, key or canonical form we cannot use: like a missing certificate.
        return SignatureReport("unverifiable", algorithm=method,
                               reason=f"signature not verifiable: {type(exc).__name__}")


def _find(node: etree._Element, *path: str) -> etree._Element | None:
    current: etree._Element | None = node
    for name in path:
        current = _child(current, name) if current is not None else None
    return current


def _certificate(signature: etree._Element) -> x509.Certificate:
    node = _find(signature, "KeyInfo", "X509Data", "X509Certificate")
    if node is None or not (node.text or "").strip():
        raise _Unverifiable("signature not verifiable: no certificate")
    try:
        return x509.load_der_x509_certificate(_b64(node.text))
    except (ValueError, binascii.Error) as exc:
        raise _Unverifiable("signature not verifiable: certificate unreadable") from exc


def _further_certificates(signature: etree._Element) -> tuple[bytes, ...]:
    data = _find(signature, "KeyInfo", "X509Data")
    nodes = [c for c in _children(data) if etree.QName(c).localname == "X509Certificate"]
    found = []
    for node in nodes[1:]:
        try:
            found.append(_b64(node.text))
        except binascii.Error:
            continue  # path-building help only: an unreadable extra is simply not used
    return tuple(found)


def _check_references(root: etree._Element, signature: etree._Element) -> None:
    info = _child(signature, "SignedInfo")
    references = [c for c in _children(info) if etree.QName(c).localname == "Reference"]
    if not references:
        raise _Unverifiable("signature not verifiable: no reference")
    for reference in references:
        if (reference.get("URI") or "") != "":
            raise _Unverifiable("signature not verifiable: only whole-document references")
        algorithms = [_algorithm(t) for t in _children(_find(reference, "Transforms"))]
        if ENVELOPED not in algorithms:
            raise _Unverifiable("signature not verifiable: not an enveloped signature")
        modes = [_C14N_MODES[a] for a in algorithms if a in _C14N_MODES]
        digest_name = _algorithm(_child(reference, "DigestMethod"))
        if digest_name not in _DIGESTS:
            raise _Unverifiable(f"signature not verifiable: digest {digest_name}")
        actual = _DIGESTS[digest_name](_without(root, signature, modes[-1] if modes else False))
        try:
            expected = _b64(_find(reference, "DigestValue").text)  # type: ignore[union-attr]
        except (AttributeError, binascii.Error) as exc:
            raise BadSignature("the signature's digest value is unreadable") from exc
        if actual.digest() != expected:
            raise BadSignature("the signed content was changed (digest mismatch)")


def _without(root: etree._Element, signature: etree._Element, exclusive: bool) -> bytes:
    # Detach and put back rather than copy: a copy would double a multi-megabyte message.
    # The enveloped transform drops the element only; its tail text stays in the document.
    parent = signature.getparent()
    assert parent is not None
    index, tail, previous = parent.index(signature), signature.tail or "", signature.getprevious()
    parent.remove(signature)
    before = previous.tail if previous is not None else parent.text
    _set_text_before(parent, previous, (before or "") + tail or None)
    try:
        return _c14n(root.getroottree(), exclusive)
    finally:
        _set_text_before(parent, previous, before)
        parent.insert(index, signature)
        signature.tail = tail or None


def _set_text_before(parent: etree._Element, previous: etree._Element | None,
                     text: str | None) -> None:
    if previous is not None:
        previous.tail = text
    else:
        parent.text = text


def _check_value(signature: etree._Element, method: str, certificate: x509.Certificate) -> None:
    info = _child(signature, "SignedInfo")
    assert info is not None
    c14n_name = _algorithm(_child(info, "CanonicalizationMethod"))
    if c14n_name not in _C14N_MODES or method not in _SIG_HASHES:
        raise _Unverifiable(f"signature not verifiable: algorithm {method or c14n_name}")
    try:
        value = _b64(_child(signature, "SignatureValue").text)  # type: ignore[union-attr]
    except (AttributeError, binascii.Error) as exc:
        raise BadSignature("the signature value is unreadable") from exc
    data, algorithm = _c14n(info, _C14N_MODES[c14n_name]), _SIG_HASHES[method]
    public = certificate.public_key()
    try:
        if isinstance(public, rsa.RSAPublicKey) and "rsa" in method:
            public.verify(value, data, padding.PKCS1v15(), algorithm)
        elif isinstance(public, ec.EllipticCurvePublicKey) and "ecdsa" in method:
            public.verify(_raw_to_der(value), data, ec.ECDSA(algorithm))
        else:
            raise _Unverifiable("signature not verifiable: key does not match the method")
    except InvalidSignature as exc:
        raise BadSignature("the signature does not verify with its certificate") from exc
