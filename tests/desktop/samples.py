"""Realistic Vietnamese documents for the desktop tests: a one-page official letter as PDF, and
helpers that walk documents through the workflow over the API."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from PySide6.QtWidgets import QTreeWidget

from desktop.api import ApiClient, DirectionOrder, FileUpload, Handler, IncomingFields
from desktop.api.documents import DocumentSummary
from signing.fonts import font_path

_REGULAR, _BOLD = "PhigiaySerif", "PhigiaySerifBold"


def _fonts() -> None:
    if _REGULAR not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(_REGULAR, str(font_path("serif"))))
        pdfmetrics.registerFont(TTFont(_BOLD, str(font_path("serif-bold"))))


@dataclass(frozen=True)
class Letter:
    """What is printed on a sample công văn."""

    organ: str
    number: int
    notation: str
    subject: str
    body: tuple[str, ...]
    signer: str = "Nguyễn Văn Hùng"
    position: str = "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"


def tree_rows(tree: QTreeWidget) -> list[list[str]]:
    """The texts of a tree's top-level rows, column by column."""
    rows = []
    for index in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(index)
        assert item is not None
        rows.append([item.text(column) for column in range(tree.columnCount())])
    return rows


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + len(word) < width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def letter_pdf(letter: Letter, *, pages: int = 1, signer_text: bool = True) -> bytes:
    """A công văn laid out roughly as Decree 30 prescribes (header, number, subject, body)."""
    _fonts()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    width, _height = A4
    for page in range(pages):
        pdf.setFont(_BOLD, 12)
        pdf.drawCentredString(150, 800, letter.organ.upper())
        pdf.drawCentredString(400, 800, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        pdf.setFont(_BOLD, 13)
        pdf.drawCentredString(400, 784, "Độc lập - Tự do - Hạnh phúc")
        pdf.line(345, 780, 455, 780)
        pdf.setFont(_REGULAR, 13)
        pdf.drawCentredString(150, 770, f"Số: {letter.number}/{letter.notation}")
        pdf.setFont(_REGULAR, 11)
        for offset, line in enumerate(_wrap(f"V/v {letter.subject}", 44)[:3]):
            pdf.drawCentredString(150, 752 - 14 * offset, line)
        pdf.setFont(_REGULAR, 13)
        pdf.drawCentredString(400, 756, "Hà Nội, ngày 20 tháng 11 năm 2026")
        pdf.setFont(_REGULAR, 13)
        pdf.drawCentredString(width / 2, 704, "Kính gửi: Văn phòng Chính phủ")
        y = 670.0
        for line in letter.body:
            pdf.drawString(85, y, line)
            y -= 22
        pdf.setFont(_BOLD, 13)
        if signer_text:  # a signed sample gets them from its signature appearance instead
            for offset, text in enumerate(letter.position.splitlines()):
                pdf.drawCentredString(420, y - 30 - 16 * offset, text)
            pdf.drawCentredString(420, y - 120, letter.signer)
        pdf.setFont(_REGULAR, 11)
        pdf.drawString(85, y - 40, "Nơi nhận:")
        pdf.drawString(85, y - 56, "- Như trên;")
        pdf.drawString(85, y - 72, "- Lưu: VT, TH.")
        pdf.drawCentredString(width / 2, 30, str(page + 1))
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


REPORT_LETTER = Letter(
    organ="Bộ Kế hoạch và Đầu tư", number=125, notation="BKHĐT-TH",
    subject="báo cáo tình hình kinh tế - xã hội quý IV năm 2026",
    body=("Thực hiện chỉ đạo của Thủ tướng Chính phủ về việc chuẩn bị phiên họp",
          "Chính phủ thường kỳ tháng 12 năm 2026, Bộ Kế hoạch và Đầu tư đề nghị",
          "Văn phòng Chính phủ tổng hợp, báo cáo tình hình kinh tế - xã hội quý IV,",
          "đánh giá kết quả thực hiện các nghị quyết của Chính phủ và đề xuất nhiệm",
          "vụ, giải pháp trọng tâm cho quý I năm 2027.",
          "Văn bản tổng hợp xin gửi về Bộ trước ngày 10 tháng 12 năm 2026."),
)


def receive_letter(clerk: ApiClient, *, subject: str, letter: Letter = REPORT_LETTER,
                   urgency: str = "normal", due: date | None = None) -> DocumentSummary:
    """The clerk takes in a letter (received, not registered)."""
    fields = IncomingFields(type_code="official_letter", subject=subject,
                            issuing_organ_name=letter.organ, number=letter.number,
                            notation=letter.notation, issue_date=date(2026, 11, 20),
                            urgency=urgency, due_date=due)
    return clerk.receive(fields, FileUpload("cong-van.pdf", letter_pdf(letter)))


def to_direction(clerk: ApiClient, leader_id: int, **kwargs: object) -> DocumentSummary:
    """Received, registered and presented to a leader."""
    document = receive_letter(clerk, **kwargs)  # type: ignore[arg-type]
    clerk.register(document.id)
    return clerk.present(document.id, leader_id)


def directed_to_unit(clerk: ApiClient, leader: ApiClient, unit_id: int, *,
                     days: int = 14, **kwargs: object) -> DocumentSummary:
    """Presented and directed to a unit, with a deadline ``days`` from today."""
    document = to_direction(clerk, leader.me().user.id, **kwargs)
    order = DirectionOrder(text="Giao Vụ Tổng hợp chủ trì, tham mưu văn bản trả lời.",
                           lead=Handler(unit_id=unit_id),
                           deadline=date.today() + timedelta(days=days))
    return leader.direct(document.id, order)


def sealed_letter(letter: Letter = REPORT_LETTER) -> bytes:
    """The letter signed by its signer and sealed, both with visible appearances (test PKI)."""
    import signing as s
    from signing.demo_images import seal_png, signature_png
    from signing.testpki import PhigiayPki

    pki = PhigiayPki()
    box = (330.0, 430.0, 510.0, 540.0)
    block = s.SignatureBlock(letter.position, letter.signer, signature_png(letter.signer))
    signed = s.sign_pdf(letter_pdf(letter, signer_text=False), pki.key("leader-an"),
                        s.SignOptions(field_name="Signer", box=box, appearance=block))
    seal = s.SealBlock(letter.organ, seal_png(size=120))
    return s.sign_pdf(signed, pki.key("seal-vpcp"),
                      s.SignOptions(field_name="Seal", box=s.seal_box(box, seal_size=100.0),
                                    appearance=seal))


SIGNATURE_BOX = (330.0, 430.0, 510.0, 540.0)
"""Where the sample letter's signature goes (points, lower left and upper right)."""


def with_signature_fields(pdf: bytes) -> bytes:
    """The letter with the leader's and the agency seal's signature fields placed."""
    import signing as s
    from signing.outgoing import AGENCY_SEAL_FIELD, LEADER_SIGNATURE_FIELD

    with_leader = s.add_signature_field(pdf, LEADER_SIGNATURE_FIELD, box=SIGNATURE_BOX)
    return s.add_signature_field(with_leader, AGENCY_SEAL_FIELD,
                                 box=s.seal_box(SIGNATURE_BOX, seal_size=100.0))


def leader_signs(admin: ApiClient, leader: ApiClient, pdf: bytes, pki: Path, *,
                 letter: Letter = REPORT_LETTER) -> bytes:
    """Bind the test PKI's leader certificate to ``leader`` (once) and sign ``pdf`` with it as
    the outgoing sequence prescribes (visible where the PDF has the leader's field)."""
    import signing as s
    from signing.outgoing import issuance_fields, leader_options

    leader_id = leader.me().user.id
    if not admin.certificates(leader_id):
        admin.bind_certificate(leader_id, pki / "leader-an.cert.pem")
    key = s.load_pkcs12((pki / "leader-an.pfx").read_bytes(), b"phigiay")
    block = s.SignatureBlock(letter.position, letter.signer,
                             signature_png_for(letter.signer))
    options = leader_options(open_fields=issuance_fields(pdf), appearance=block,
                             level=s.PadesLevel.B_B)
    return s.sign_as_leader(pdf, key, options)


def signature_png_for(name: str) -> bytes:
    """A demo handwritten signature."""
    from signing.demo_images import signature_png

    return signature_png(name)
