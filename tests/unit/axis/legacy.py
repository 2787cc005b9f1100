"""An old-style sender's signature: RSA-SHA1, SHA-1 digest, optionally un-namespaced (spec §6)."""

from __future__ import annotations

import base64
import hashlib

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509 import Certificate
from lxml import etree

DS = "http://www.w3.org/2000/09/xmldsig#"
EXC = "http://www.w3.org/2001/10/xml-exc-c14n#"


def legacy_sign(data: bytes, key: rsa.RSAPrivateKey, certificate: Certificate | None, *,
                namespaced: bool = True, truncate_certificate: bool = False) -> bytes:
    """Append an RSA-SHA1 enveloped signature to the edXMLHeader of ``data``."""
    root = etree.fromstring(data)
    header = root[0][0]
    ns = DS if namespaced else ""

    def q(tag: str) -> str:
        return f"{{{ns}}}{tag}" if ns else tag

    digest = base64.b64encode(hashlib.sha1(etree.tostring(
        root.getroottree(), method="c14n", exclusive=True)).digest()).decode()
    signature = etree.SubElement(header, q("Signature"), nsmap={None: ns} if ns else None)
    info = etree.SubElement(signature, q("SignedInfo"))
    etree.SubElement(info, q("CanonicalizationMethod"), Algorithm=EXC)
    etree.SubElement(info, q("SignatureMethod"), Algorithm=DS + "rsa-sha1")
    reference = etree.SubElement(info, q("Reference"), URI="")
    transforms = etree.SubElement(reference, q("Transforms"))
    etree.SubElement(transforms, q("Transform"), Algorithm=DS + "enveloped-signature")
    etree.SubElement(transforms, q("Transform"), Algorithm=EXC)
    etree.SubElement(reference, q("DigestMethod"), Algorithm=DS + "sha1")
    etree.SubElement(reference, q("DigestValue")).text = digest
    value = key.sign(etree.tostring(info, method="c14n", exclusive=True), padding.PKCS1v15(),
                     hashes.SHA1())
    etree.SubElement(signature, q("SignatureValue")).text = base64.b64encode(value).decode()
    if certificate is not None:
        der = base64.b64encode(certificate.public_bytes(serialization.Encoding.DER)).decode()
        x509_data = etree.SubElement(etree.SubElement(signature, q("KeyInfo")), q("X509Data"))
        etree.SubElement(x509_data, q("X509Certificate")).text = der[:40] if truncate_certificate \
            else der
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
