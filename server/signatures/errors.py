"""Why a signed upload or an issuance is refused: one class and one stable code per reason."""

from __future__ import annotations

from server.core.errors import PhigiayError, ValidationFailed


class SignatureRejected(ValidationFailed):
    """A signed upload is refused; subclasses name the reason (all 422)."""

    code = "signature_rejected"


class NotIncremental(SignatureRejected):
    """The upload rewrites the version under signature instead of appending to it."""

    code = "signature_not_incremental"


class NoNewSignature(SignatureRejected):
    """The upload adds no signature to the version under signature."""

    code = "signature_missing"


class SignatureBroken(SignatureRejected):
    """A signature does not verify: altered bytes, a bad signature value or a malformed one."""

    code = "signature_broken"


class SignatureModified(SignatureRejected):
    """The document was changed after a signature in a way its locks do not permit."""

    code = "signature_modified"


class SignatureUntrusted(SignatureRejected):
    """No certificate path leads from the signer to a root the agency trusts."""

    code = "signature_untrusted"


class SignatureRevoked(SignatureRejected):
    """The signer's certificate is revoked."""

    code = "signature_revoked"


class SignatureExpired(SignatureRejected):
    """The signer's certificate had expired when the signature was validated."""

    code = "signature_expired"


class SignatureIndeterminate(SignatureRejected):
    """The signature could not be validated either way (e.g. revocation status unknown)."""

    code = "signature_indeterminate"


class WrongSigner(SignatureRejected):
    """The newest signature's certificate is not bound to the person expected at this step."""

    code = "signature_wrong_signer"


class SealNotConfigured(PhigiayError):
    """Issuance needs the agency seal, and the server has none configured."""

    status, code = 503, "seal_not_configured"


class SealUnavailable(PhigiayError):
    """The seal could not be applied: HSM, PIN, key or time-stamping authority failed."""

    status, code = 503, "seal_unavailable"


class IssuanceBreaksSignature(PhigiayError):
    """Filling number and date or sealing would invalidate a signature already in the file."""

    status, code = 409, "issuance_breaks_signature"
