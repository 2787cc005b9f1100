"""Attachment payloads: base64 in chunks to memory or a file, and safe zip inspection."""

from __future__ import annotations

import base64
import binascii
import io
import os
import re
import uuid
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from server.axis.edxml.errors import BadAttachment, BadBase64, TooLarge, UnsafeZipPath, ZipBomb
from server.axis.edxml.model import ZipMember
from server.axis.edxml.safexml import Limits

_B64_CHUNK = 1 << 20  # a multiple of 4 characters
_WHITESPACE = str.maketrans("", "", " \t\r\n")
_SAFE_NAME = re.compile(r"[^\w.\- ]+", re.UNICODE)


def new_content_id() -> str:
    """A fresh ``cid:<uuid>``."""
    return f"cid:{uuid.uuid4()}"


def decode_base64(text: str, out: BinaryIO, *, limit: int) -> int:
    """Decode base64 ``text`` (line breaks allowed) into ``out`` slice by slice; returns the size.

    Never builds a whitespace-free copy of the whole text: each slice is cleaned, decoded
    strictly and written, with a carry of up to three characters between slices.

    Raises:
        BadBase64, TooLarge.
    """
    carry, size, finished = "", 0, False
    for start in range(0, len(text), _B64_CHUNK):
        piece = carry + text[start:start + _B64_CHUNK].translate(_WHITESPACE)
        if not piece:
            continue
        # strict_mode refuses characters outside the alphabet; padding is checked here.
        if finished or "=" in piece[:-2]:
            raise BadBase64("attachment content is not valid base64")
        usable = len(piece) - len(piece) % 4
        carry = piece[usable:]
        try:
            decoded = binascii.a2b_base64(piece[:usable], strict_mode=True)
        except ValueError as exc:  # binascii.Error, or a non-ASCII character
            raise BadBase64("attachment content is not valid base64") from exc
        finished = piece[:usable].endswith("=")
        size += len(decoded)
        if size > limit:
            raise TooLarge(f"attachment is over {limit} bytes")
        out.write(decoded)
    if carry:
        raise BadBase64("attachment content is not valid base64 (truncated)")
    return size


def encode_base64(data: bytes) -> str:
    """Base64 on one line (line breaks are optional in the field; readers accept both)."""
    return base64.b64encode(data).decode("ascii")


def safe_file_name(name: str, fallback: str) -> str:
    """A file name with no folder part and no odd characters, for writing to disk."""
    base = PurePosixPath(name.replace("\\", "/")).name
    cleaned = _SAFE_NAME.sub("_", base).strip(" .")
    return cleaned[:150] or fallback


def inspect_zip(source: bytes | Path, limits: Limits) -> tuple[ZipMember, ...]:
    """List a zipped attachment's members after checking names, counts and expansion.

    The declared sizes are checked first, then every member is actually decompressed (to
    nowhere) with a running budget, because a hostile archive may lie in its directory.

    Raises:
        UnsafeZipPath, ZipBomb, BadAttachment.
    """
    handle: BinaryIO = (io.BytesIO(source) if isinstance(source, bytes)
                        else open(source, "rb"))  # noqa: SIM115 - closed in finally
    try:
        with zipfile.ZipFile(handle) as archive:
            infos = archive.infolist()
            _check_declared(infos, limits)
            budget = limits.max_zip_total_bytes
            for info in infos:
                budget -= _drain(archive, info, budget, limits)
            return tuple(ZipMember(i.filename, i.file_size) for i in infos if not i.is_dir())
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, zlib.error,
            ValueError, RuntimeError) as exc:  # RuntimeError: encrypted members
        raise BadAttachment(f"zipped attachment is not a readable zip: {exc}") from exc
    finally:
        handle.close()


def _check_declared(infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.max_zip_members:
        raise ZipBomb(f"zipped attachment has {len(infos)} members "
                      f"(limit {limits.max_zip_members})")
    for info in infos:
        check_member_name(info.filename)
    if sum(i.file_size for i in infos) > limits.max_zip_total_bytes:
        raise ZipBomb("zipped attachment expands beyond the size limit")


def check_member_name(name: str) -> None:
    """Refuse absolute paths, drive letters and ``..`` in a zip member name."""
    normal = name.replace("\\", "/")
    parts = PurePosixPath(normal).parts
    if (not normal or normal.startswith("/") or re.match(r"^[A-Za-z]:", normal)
            or ".." in parts or "\x00" in normal):
        raise UnsafeZipPath(f"zip member name {name!r} escapes its folder")


def _drain(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int, limits: Limits) -> int:
    if info.is_dir():
        return 0
    allowed = min(budget, max(info.compress_size, 1) * limits.max_zip_ratio + 1024)
    total = 0
    with archive.open(info) as member:
        while chunk := member.read(1 << 16):
            total += len(chunk)
            if total > allowed:
                raise ZipBomb(f"zip member {info.filename!r} expands beyond the limits")
    return total


def extract_zip(path: Path, target: Path, limits: Limits) -> list[Path]:
    """Extract a checked zip into ``target`` (member names re-checked); returns the files."""
    inspect_zip(path, limits)
    written: list[Path] = []
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            check_member_name(info.filename)
            destination = (target / info.filename.replace("\\", "/")).resolve()
            if not destination.is_relative_to(target.resolve()):
                raise UnsafeZipPath(f"zip member name {info.filename!r} escapes its folder")
            destination.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as member, open(destination, "wb") as out:
                while chunk := member.read(1 << 16):
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            written.append(destination)
    return written
