"""pyHanko calls behind :mod:`signing.sign`: signatures, form filling, document time stamps."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from io import BytesIO
from typing import Any

from asn1crypto import x509
from pkcs11 import exceptions as p11e
from pyhanko.pdf_utils import generic, layout
from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.form_tools import find_existing_empty_field, populate_static_text_field
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import FormFillingError
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields as pf
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner, PdfTimeStamper
from pyhanko.sign.timestamps import TimestampRequestError
from pyhanko.sign.validation.pdf_embedded import collect_embedded_signatures
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError, ValidationError

from signing import errors
from signing._appearance import OfficialStampStyle
from signing._cache import stamp_font
from signing._pdfio import PARSER_FAILURES, open_reader, open_writer
from signing._sources import run_closing, validation_context
from signing.profiles import DocMdp, FieldLock, LockAction, PadesLevel, SignOptions
from signing.sources import TimestampSource, ValidationSources

_ACTIONS = {
    LockAction.ALL: pf.FieldMDPAction.ALL,
    LockAction.INCLUDE: pf.FieldMDPAction.INCLUDE,
    LockAction.EXCLUDE: pf.FieldMDPAction.EXCLUDE,
}


def _mdp_spec(lock: FieldLock) -> pf.FieldMDPSpec:
    action = _ACTIONS[lock.action]
    return pf.FieldMDPSpec(action, None if action is pf.FieldMDPAction.ALL else list(lock.fields))


def _find_sig_field(writer: IncrementalPdfFileWriter, name: str) -> Any | None:
    for fq_name, _value, ref in pf.enumerate_sig_fields(writer, with_name=name):
        if fq_name == name:
            return ref
    return None


def _write_lock(writer: IncrementalPdfFileWriter, field_ref: Any, lock: FieldLock) -> None:
    """Put a /Lock dictionary into an existing field; pyHanko turns it into the FieldMDP
    transform of the signature, so the lock is covered by the signature itself."""
    lock_dict = _mdp_spec(lock).as_sig_field_lock()
    if lock.doc_mdp is not None:
        lock_dict["/P"] = generic.NumberObject(int(lock.doc_mdp))  # type: ignore[no-untyped-call]
    field = field_ref.get_object()
    if "/Lock" in field:  # put in place by an earlier signer; rewriting it would be a change
        return
    field["/Lock"] = writer.add_object(lock_dict)
    writer.mark_update(field_ref)


def _chain_roots(signer: Any) -> list[x509.Certificate]:
    registry = getattr(signer, "cert_registry", None) or []
    return [c for c in registry if _self_signed(c)]


def _self_signed(cert: x509.Certificate) -> bool:
    # asn1crypto answers "yes", "maybe" or "no" (a truthy string), hence the explicit test
    return bool(cert.self_signed != "no")


def _free_field_name(writer: IncrementalPdfFileWriter) -> str:
    taken = {name for name, _, _ in pf.enumerate_sig_fields(writer)}
    return next(f"Signature{n}" for n in range(1, len(taken) + 2) if f"Signature{n}" not in taken)


def _with_field_name(writer: IncrementalPdfFileWriter, options: SignOptions) -> SignOptions:
    if options.field_name is not None:
        return options
    return replace(options, field_name=_free_field_name(writer))


def _field_spec(writer: IncrementalPdfFileWriter, options: SignOptions) -> pf.SigFieldSpec | None:
    assert options.field_name is not None
    for other, other_lock in options.pre_locks:
        ref = _find_sig_field(writer, other)
        if ref is None:
            raise errors.FieldError(f"no signature field {other!r} to lock")
        _write_lock(writer, ref, other_lock)
    existing = _find_sig_field(writer, options.field_name)
    if existing is not None:
        if options.lock is not None:
            _write_lock(writer, existing, options.lock)
        return None
    lock = options.lock
    return pf.SigFieldSpec(
        sig_field_name=options.field_name,
        on_page=options.page,
        box=tuple(int(v) for v in options.box) if options.box else None,  # type: ignore[arg-type]
        field_mdp_spec=_mdp_spec(lock) if lock else None,
        doc_mdp_update_value=pf.MDPPerm(int(lock.doc_mdp)) if lock and lock.doc_mdp else None,
    )


def _long_term_context(signer: Any, options: SignOptions) -> ValidationContext | None:
    if options.level not in (PadesLevel.B_LT, PadesLevel.B_LTA):
        return None
    chain = list(getattr(signer, "cert_registry", None) or [])
    return validation_context(
        options.validation, trust_roots=_chain_roots(signer), extra_certs=chain
    )


def _metadata(options: SignOptions, vc: ValidationContext | None) -> PdfSignatureMetadata:
    long_term = vc is not None
    return PdfSignatureMetadata(
        field_name=options.field_name,
        reason=options.reason,
        location=options.location,
        subfilter=pf.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        certify=options.certify is not None,
        docmdp_permissions=pf.MDPPerm(int(_docmdp(options))),
        embed_validation_info=long_term,
        use_pades_lta=options.level is PadesLevel.B_LTA,
        validation_context=vc,
    )


def _docmdp(options: SignOptions) -> int:
    if options.certify is not None:
        return int(options.certify)
    if options.lock is not None and options.lock.doc_mdp is not None:
        return int(options.lock.doc_mdp)  # agree with the lock, or pyHanko warns and overrides
    return int(DocMdp.FILL_FORMS)


def _timestamper(options: SignOptions) -> Any:
    if not options.level.needs_timestamp:
        return None
    if options.timestamp is None:
        raise errors.TimestampError(f"level {options.level} needs a time-stamping authority")
    return options.timestamp._backend


def sign(data: bytes, signer: Any, options: SignOptions) -> bytes:
    """Sign ``data`` and return the signed file (original bytes + one incremental update)."""
    writer = open_writer(data)
    with _mapped_errors():
        options = _with_field_name(writer, options)
        spec = _field_spec(writer, options)
        style = (
            OfficialStampStyle(official_layout=options.appearance) if options.appearance else None
        )
        vc = _long_term_context(signer, options)
        pdf_signer = PdfSigner(
            _metadata(options, vc),
            signer,
            timestamper=_timestamper(options),
            stamp_style=style,
            new_field_spec=spec,
        )
        out = BytesIO()
        run_closing(lambda: pdf_signer.async_sign_pdf(writer, output=out), vc)
        return out.getvalue()


_DA_FONT = re.compile(r"/([^\s/]+)\s+([\d.]+)\s+Tf")
_ALIGN = {
    0: layout.AxisAlignment.ALIGN_MIN,
    1: layout.AxisAlignment.ALIGN_MID,
    2: layout.AxisAlignment.ALIGN_MAX,
}


def _field_style(writer: IncrementalPdfFileWriter, name: str, size: int | None) -> TextBoxStyle:
    """Text style from the field's own /DA and /Q: the template decides italic, size and
    alignment (the date line is italic 14 pt, the number 13 pt); ``size`` overrides."""
    try:
        field: Any = find_existing_empty_field(writer, name, "/Tx").get_object()
    except FormFillingError as e:
        raise errors.FieldError(f"cannot fill field {name!r}: {e}") from e
    match = _DA_FONT.search(str(field.get("/DA", "")))
    font_key = match.group(1).lower() if match else ""
    da_size = round(float(match.group(2))) if match else 0
    italic = "it" in font_key or "oblique" in font_key
    bold = "bd" in font_key or "bold" in font_key
    style = "serif" + ("-bold" if bold else "") + ("-italic" if italic else "")
    chosen = size or da_size or 13
    return TextBoxStyle(
        font=GlyphAccumulatorFactory(stamp_font(style), font_size=chosen),
        font_size=chosen,
        box_layout_rule=layout.SimpleBoxLayoutRule(
            x_align=_ALIGN.get(int(field.get("/Q", 0)), layout.AxisAlignment.ALIGN_MIN),
            y_align=layout.AxisAlignment.ALIGN_MID,
            inner_content_scaling=layout.InnerScaling.NO_SCALING,
        ),
    )


def fill_text_fields(data: bytes, values: Mapping[str, str], font_size: int | None) -> bytes:
    """Fill empty text fields as read-only values with a Vietnamese-capable appearance."""
    writer = open_writer(data)
    for name, value in values.items():
        style = _field_style(writer, name, font_size)
        try:
            populate_static_text_field(writer, name, style, value)
        except FormFillingError as e:
            raise errors.FieldError(f"cannot fill field {name!r}: {e}") from e
    out = BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()


def add_document_timestamp(
    data: bytes,
    source: TimestampSource,
    sources: ValidationSources,
    *,
    moment: datetime | None = None,
) -> bytes:
    """Add validation data for what is already there, then a fresh document time stamp."""
    reader = open_reader(data)
    with _mapped_errors():
        embedded = collect_embedded_signatures(reader)
        roots = [c for s in embedded for c in s.other_embedded_certs if _self_signed(c)]
        vc = validation_context(sources, trust_roots=roots, moment=moment)
        stamper = PdfTimeStamper(source._backend)
        out = BytesIO()
        if embedded and embedded[-1].sig_object_type == "/DocTimeStamp":
            run_closing(
                lambda: stamper.async_update_archival_timestamp_chain(
                    reader, vc, in_place=False, output=out
                ),
                vc,
            )
        else:
            writer = IncrementalPdfFileWriter(BytesIO(data), strict=True)
            run_closing(
                lambda: stamper.async_timestamp_pdf(
                    writer, "sha256", validation_context=vc, output=out
                ),
                vc,
            )
        return out.getvalue()


_CERT_FAILURES = (PathBuildingError, PathValidationError, ValidationError)


@contextmanager
def _mapped_errors() -> Iterator[None]:
    """Translate pyHanko, certvalidator and PKCS#11 failures into :mod:`signing.errors`."""
    try:
        yield
    except errors.SigningError:
        raise
    except Exception as e:
        mapped = _map(e)
        if mapped is None:
            raise
        raise mapped from e


def _map(exc: BaseException) -> errors.SigningError | None:
    cause = exc.__cause__
    if isinstance(exc, PyHankoSigningError) and isinstance(cause, _CERT_FAILURES):
        return errors.ValidationDataError(f"{exc}: {cause}")
    if isinstance(exc, TimestampRequestError):
        return errors.TimestampError(f"time-stamping failed: {exc}")
    if isinstance(exc, _CERT_FAILURES):
        return errors.ValidationDataError(f"cannot validate the signing certificate: {exc}")
    if isinstance(exc, p11e.PKCS11Error):
        return errors.TokenError(f"token failure while signing: {exc!r}")
    if isinstance(exc, (PyHankoSigningError, FormFillingError)):
        return errors.SigningFailed(str(exc))
    if isinstance(exc, asyncio.TimeoutError | TimeoutError | ConnectionError | OSError):
        return errors.TimestampError(f"network failure: {exc}")
    if isinstance(exc, PARSER_FAILURES):
        return errors.UnreadablePdf(f"malformed PDF: {exc}")
    return None


def add_signature_field(data: bytes, name: str, page: int, box: tuple[float, ...] | None) -> bytes:
    """Append an empty signature field (visible when ``box`` is given)."""
    writer = open_writer(data)
    with _mapped_errors():
        rect = tuple(int(v) for v in box) if box else None
        pf.append_signature_field(writer, pf.SigFieldSpec(name, on_page=page, box=rect))  # type: ignore[arg-type]
        out = BytesIO()
        writer.write(out)  # type: ignore[no-untyped-call]
        return out.getvalue()


def form_fields(data: bytes) -> list[tuple[str, str, bool]]:
    """(full name, field type, has a value) for every terminal form field, in form order."""
    reader = open_reader(data)
    try:
        roots = reader.root["/AcroForm"]["/Fields"]
    except KeyError:
        return []
    found: list[tuple[str, str, bool]] = []
    seen: set[Any] = set()

    def walk(refs: Any, prefix: str, inherited_type: str | None, depth: int) -> None:
        if depth > 32:  # hostile nesting
            raise errors.UnreadablePdf("form field tree too deep")
        for ref in refs:
            key = getattr(ref, "reference", None)
            if key in seen:
                raise errors.UnreadablePdf("form field tree has a loop")
            seen.add(key)
            field = ref.get_object()
            part = str(field.get("/T", ""))
            name = f"{prefix}.{part}" if prefix and part else (part or prefix)
            ftype = str(field.get("/FT", inherited_type or ""))
            kids = [k for k in field.get("/Kids", []) if "/T" in k.get_object()]
            if kids:
                walk(kids, name, ftype, depth + 1)
            else:
                value = field.get("/V")
                found.append((name, ftype, value not in (None, "")))

    with _mapped_errors():
        walk(roots, "", None, 0)
    return found


def _page_refs(node: Any, depth: int = 0) -> Iterator[Any]:
    """Page references of a page tree node, in page order."""
    if depth > 32:  # hostile nesting
        raise errors.UnreadablePdf("page tree too deep")
    obj = node.get_object()
    if obj.get("/Type") == "/Pages" or "/Kids" in obj:
        for kid in obj.get("/Kids", []):
            yield from _page_refs(kid, depth + 1)
    else:
        yield getattr(node, "reference", node)


def signature_field_page(data: bytes, name: str) -> int | None:
    """The 0-based page whose annotations hold the widget of signature field ``name``."""
    reader = open_reader(data)
    with _mapped_errors():
        refs = [
            ref
            for fq_name, _value, ref in pf.enumerate_sig_fields(reader, with_name=name)
            if fq_name == name
        ]
        if not refs:
            return None
        field = refs[0].get_object()
        widgets = {getattr(k, "reference", k) for k in field.get("/Kids", [])}
        widgets.add(getattr(refs[0], "reference", refs[0]))
        for index, page_ref in enumerate(_page_refs(reader.root.raw_get("/Pages"))):
            annots = page_ref.get_object().get("/Annots", [])
            if any(getattr(a, "reference", a) in widgets for a in annots):
                return index
    return None
