"""Render the official appearances (see :mod:`signing.stamp`) as pyHanko stamp styles.

The style subclasses ``TextStampStyle`` only so that pyHanko hands the stamp the signing
session's own clock reading (``text_params["ts"]``): the time printed in the seal is then the
same instant as the signature's claimed signing time, not a second read of the clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pyhanko.pdf_utils import layout
from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
from pyhanko.pdf_utils.images import PdfImage
from pyhanko.pdf_utils.text import TextBox, TextBoxStyle
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.stamp import TextStamp, TextStampStyle

from signing._cache import cached_file, stamp_font, text_width
from signing.stamp import (
    AppendixStamp,
    SealBlock,
    SignatureBlock,
    StampLayout,
    format_signing_time,
)

_TS_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
_BLACK = (0.0, 0.0, 0.0)


@dataclass(frozen=True)
class OfficialStampStyle(TextStampStyle):
    """pyHanko stamp style drawing one :data:`StampLayout`."""

    official_layout: StampLayout | None = None
    border_width: int = 0
    timestamp_format: str = _TS_FORMAT
    stamp_text: str = "%(ts)s"
    fixed_time: datetime | None = field(default=None)

    def create_stamp(
        self, writer: BasePdfFileWriter, box: layout.BoxConstraints, text_params: dict[str, Any]
    ) -> _OfficialStamp:
        return _OfficialStamp(writer=writer, style=self, box=box, text_params=text_params)


class _OfficialStamp(TextStamp):
    def _signing_time(self) -> str:
        style: OfficialStampStyle = self.style
        if style.fixed_time is not None:
            return format_signing_time(style.fixed_time)
        raw = (self.text_params or {}).get("ts")
        if not raw:
            return format_signing_time(datetime.now().astimezone())
        return format_signing_time(datetime.strptime(raw, _TS_FORMAT))

    def _text(self, lines: str, font_style: str, size: int) -> tuple[bytes, float, float]:
        """Render text at natural size; return its commands, width and height."""
        style = TextBoxStyle(
            font=GlyphAccumulatorFactory(stamp_font(font_style), font_size=size),
            font_size=size,
            leading=round(size * 1.2),
            text_color=_BLACK,
        )
        # every text box needs its own font resource name: two engines under the default "F1"
        # overwrite each other and the first text shows glyphs of the second's subset
        self._fonts_used = getattr(self, "_fonts_used", 0) + 1
        box = TextBox(
            style,
            writer=self.writer,
            resources=self.resources,
            box=None,
            font_name=f"PhgF{self._fonts_used}",
        )
        box.content = lines
        commands = box.render()  # type: ignore[no-untyped-call]
        return commands, float(box.box.width), float(box.box.height)

    def _image(self, png: bytes, x: float, y: float, w: float, h: float) -> bytes:
        """Draw ``png`` inside the rectangle, centred, keeping its aspect ratio."""
        image = PdfImage(cached_file(png, ".png"), writer=self.writer)
        commands = image.render()
        self.import_resources(image.resources)
        iw, ih = float(image.box.width), float(image.box.height)
        scale = min(w / iw, h / ih)
        dx, dy = x + (w - iw * scale) / 2, y + (h - ih * scale) / 2
        return b"q %g 0 0 %g %g %g cm %s Q" % (scale, scale, dx, dy, commands)

    @staticmethod
    def _place(commands: bytes, x: float, y: float) -> bytes:
        return b"q 1 0 0 1 %g %g cm %s Q" % (x, y, commands)

    def _render_inner_content(self) -> list[bytes]:
        official = self.style.official_layout
        width, height = float(self.box.width), float(self.box.height)
        if isinstance(official, SignatureBlock):
            return self._signature_block(official, width, height)
        if isinstance(official, SealBlock):
            return self._seal_block(official, width, height)
        if isinstance(official, AppendixStamp):
            return self._appendix(official, width, height)
        raise TypeError(f"unsupported layout {official!r}")

    def _centred_lines(
        self, text: str, font_style: str, size: int, width: float, top: float
    ) -> tuple[list[bytes], float]:
        """Draw each line centred (a text box aligns left); return commands and used height."""
        out, used = [], size * 0.4  # headroom: the text box draws above its nominal line
        line_height = size * 1.25
        for line in text.splitlines() or [""]:
            body, lw, _ = self._text(line, font_style, size)
            used += line_height
            out.append(self._place(body, max((width - lw) / 2, 0.0), top - used))
        return out, used

    def _signature_block(self, spec: SignatureBlock, width: float, height: float) -> list[bytes]:
        # With an empty position and name the field is only the signature room of a rendered
        # page (server/rendering prints those lines itself): the image fills the field.
        out: list[bytes] = []
        head_h = name_h = 0.0
        if spec.position.strip():
            out, head_h = self._centred_lines(
                spec.position, "serif-bold", spec.font_size, width, height
            )
        if spec.signer_name.strip():
            name, nw, name_h = self._text(spec.signer_name, "serif-bold", spec.font_size)
            out.append(self._place(name, max((width - nw) / 2, 0.0), 0))
        if spec.signature_image is not None:
            gap = 4.0 if head_h or name_h else 0.0
            img_h = max(height - head_h - name_h - 2 * gap, 1.0)
            out.append(self._image(spec.signature_image, 0, name_h + gap, width, img_h))
        return out

    def _seal_block(self, spec: SealBlock, width: float, height: float) -> list[bytes]:
        text = f"{spec.agency_name}\n{self._signing_time()}"
        size = spec.font_size
        # 10 pt is the rule, but a field no wider than the seal cannot hold the ISO 8601 time at
        # 10 pt; shrink to fit rather than let the appearance clip it
        while text_width(text, "serif", size) > width and size > 6:
            size -= 1
        body, tw, th = self._text(text, "serif", size)
        seal = max(min(width, height - th - 2), 1.0)
        return [
            self._image(spec.seal_image, (width - seal) / 2, height - seal, seal, seal),
            self._place(body, max((width - tw) / 2, 0.0), 0),
        ]

    def _appendix(self, spec: AppendixStamp, width: float, height: float) -> list[bytes]:
        lines: Sequence[str] = (spec.number_notation, self._signing_time())
        body, tw, th = self._text("\n".join(lines), "serif", spec.font_size)
        return [self._place(body, max(width - tw, 0.0), max(height - th, 0.0))]
