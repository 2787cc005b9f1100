"""Built-in realistic examples, one per document type (``render --example TYPE``)."""

from __future__ import annotations

from typing import Any

from .document_types import DOCUMENT_TYPES
from .draft import Draft

__all__ = ["example_draft", "example_types", "long_draft"]

_VPCP = {"name": "Văn phòng Chính phủ", "abbreviation": "VPCP"}
_SO_NV = {"name": "Sở Nội vụ", "abbreviation": "SNV", "parent": "Ủy ban nhân dân thành phố Hà Nội"}
_MINISTER = {
    "authority": "KT.",
    "authority_of": "BỘ TRƯỞNG, CHỦ NHIỆM",
    "position": "PHÓ CHỦ NHIỆM",
    "full_name": "Nguyễn Văn Hùng",
}
_DIRECTOR = {"position": "GIÁM ĐỐC", "full_name": "Trần Thị Thu Hà"}
_DIST = [
    "Thủ tướng, các Phó Thủ tướng Chính phủ",
    "Các Bộ, cơ quan ngang Bộ",
    "UBND các tỉnh, thành phố trực thuộc trung ương",
]


def _p(text: str, **kw: Any) -> dict[str, Any]:
    return {"kind": "paragraph", "runs": text, **kw}


_BASES = [
    _p("Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;", italic=True),
    _p(
        "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ "
        "về công tác văn thư;",
        italic=True,
    ),
    _p("Theo đề nghị của Vụ trưởng Vụ Tổ chức cán bộ.", italic=True),
]

_PLAIN = [
    _p(
        "Thực hiện chỉ đạo của Thủ tướng Chính phủ về đẩy mạnh chuyển đổi số trong hoạt động "
        "của các cơ quan hành chính nhà nước, bảo đảm văn bản điện tử được lập, ký số, "
        "ban hành và lưu trữ đúng quy "
        "định của pháp luật về công tác văn thư."
    ),
    {
        "kind": "list",
        "style": "decimal",
        "items": [
            "Rà soát quy trình tiếp nhận, xử lý văn bản đến trên Hệ thống quản lý văn bản "
            "và điều hành.",
            [
                {"text": "Hoàn thành việc cấp chứng thư số ", "bold": False},
                {"text": "trước ngày 30 tháng 6 năm 2026", "bold": True},
                {"text": "."},
            ],
            "Báo cáo kết quả thực hiện về Văn phòng Chính phủ để tổng hợp.",
        ],
    },
    _p("Đề nghị các cơ quan, đơn vị khẩn trương triển khai thực hiện./."),
]

_SPECIFIC: dict[str, dict[str, Any]] = {
    "decision": {
        "subject": "Về việc ban hành Quy chế quản lý văn bản điện tử của Văn phòng Chính phủ",
        "body": [
            {"kind": "heading", "text": "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "upper": True},
            *_BASES,
            {"kind": "heading", "text": "QUYẾT ĐỊNH:"},
            {
                "kind": "article",
                "number": 1,
                "clauses": [
                    "Ban hành kèm theo Quyết định này Quy chế quản lý văn bản điện tử "
                    "của Văn phòng Chính phủ."
                ],
            },
            {
                "kind": "article",
                "number": 2,
                "clauses": ["Quyết định này có hiệu lực thi hành kể từ ngày ký."],
            },
            {
                "kind": "article",
                "number": 3,
                "clauses": [
                    "Vụ trưởng Vụ Tổ chức cán bộ, Thủ trưởng các đơn vị thuộc "
                    "Văn phòng Chính phủ chịu trách "
                    "nhiệm thi hành Quyết định này./."
                ],
            },
        ],
        "recipients": {
            "distribution": ["Như Điều 3", "Bộ trưởng, Chủ nhiệm (để b/c)"],
            "archive_units": ["TCCB"],
            "drafter_initials": "NVA",
            "copies": 5,
        },
        "appendices": [
            {
                "label": "I",
                "title": "Danh mục hồ sơ điện tử",
                "body": [
                    {
                        "kind": "table",
                        "header": ["STT", "Tên hồ sơ", "Thời hạn bảo quản"],
                        "widths": [1, 5, 2],
                        "rows": [
                            ["1", "Hồ sơ văn bản đi năm 2026", "Vĩnh viễn"],
                            ["2", "Hồ sơ văn bản đến năm 2026", "10 năm"],
                        ],
                    },
                ],
            }
        ],
    },
    "official_letter": {
        "subject": "Triển khai ký số văn bản điện tử trên Hệ thống quản lý văn bản và điều hành",
        "drafting_unit": "KSTT",
        "marks": {"urgency": "urgent"},
        "recipients": {
            "addressees": [
                "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
                "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
            ],
            "distribution": ["Như trên", "Thủ tướng Chính phủ (để b/c)"],
            "archive_units": ["KSTT"],
            "drafter_initials": "LTM",
            "copies": 70,
        },
    },
    "minutes": {
        "subject": "Phiên họp Chính phủ thường kỳ tháng 10 năm 2026",
        "co_signer": {"position": "THƯ KÝ", "full_name": "Lê Minh Tuấn"},
        "signer": {"position": "CHỦ TỌA", "full_name": "Phạm Quốc Bảo"},
        "recipients": {},
    },
    "telegram": {
        "subject": "Về việc tập trung ứng phó bão số 5",
        "marks": {"urgency": "flash", "confidentiality": "confidential"},
    },
    "report": {"marks": {"circulation": ["Lưu hành nội bộ"]}},
    "invitation": {"subject": "Mời dự Hội nghị tập huấn công tác văn thư, lưu trữ năm 2026"},
}


_SUBJECTS = {
    "resolution": "Về phương hướng, nhiệm vụ chuyển đổi số năm 2026",
    "directive": "Về tăng cường kỷ luật, kỷ cương trong công tác văn thư, lưu trữ",
    "regulation": "Quy chế làm việc của Văn phòng Chính phủ",
    "rule": "Quy định về quản lý, sử dụng chữ ký số trong cơ quan",
    "communique": "Kết quả phiên họp Chính phủ thường kỳ tháng 10 năm 2026",
    "notice": "Kết luận của Thủ tướng Chính phủ tại cuộc họp về chuyển đổi số",
    "guideline": "Hướng dẫn lập hồ sơ và nộp lưu hồ sơ điện tử vào Lưu trữ cơ quan",
    "programme": "Chương trình công tác của Chính phủ quý IV năm 2026",
    "plan": "Kế hoạch triển khai Hệ thống quản lý văn bản và điều hành năm 2026",
    "scheme": "Phương án bảo đảm an toàn thông tin cho hệ thống văn bản điện tử",
    "proposal": "Đề án số hóa tài liệu lưu trữ giai đoạn 2026 - 2030",
    "project": "Dự án nâng cấp Trục liên thông văn bản quốc gia",
    "report": "Báo cáo tình hình gửi, nhận văn bản điện tử 9 tháng năm 2026",
    "submission": "Về việc ban hành Nghị định sửa đổi Nghị định số 30/2020/NĐ-CP",
    "contract": "Hợp đồng cung cấp dịch vụ chứng thực chữ ký số",
    "memorandum": "Bản ghi nhớ hợp tác về chuyển đổi số trong công tác văn thư",
    "agreement": "Bản thỏa thuận kết nối, liên thông văn bản điện tử",
    "power_of_attorney": "Ủy quyền ký văn bản hành chính",
    "introduction_letter": "Giới thiệu công chức liên hệ công tác",
    "leave_permit": "Cho phép công chức nghỉ phép năm 2026",
    "dispatch_slip": "Gửi văn bản đến các cơ quan, đơn vị",
    "transfer_slip": "Chuyển đơn thư đến cơ quan có thẩm quyền giải quyết",
    "notification_slip": "Báo lịch tiếp công dân tháng 11 năm 2026",
    "opinion_ballot": "Về dự thảo Nghị định sửa đổi Nghị định số 30/2020/NĐ-CP",
}


def _subject(code: str, name: str) -> str:
    return _SUBJECTS.get(code, f"{name} về công tác chuyển đổi số năm 2026")


def example_types() -> list[str]:
    """Codes of every type with a built-in example."""
    return [t.code for t in DOCUMENT_TYPES]


def _base(code: str) -> dict[str, Any]:
    doc_type = next(t for t in DOCUMENT_TYPES if t.code == code)
    local = code in {"leave_permit", "introduction_letter", "power_of_attorney"}
    return {
        "metadata": {
            "document_type": code,
            "agency": _SO_NV if local else _VPCP,
            "place": "Hà Nội",
            "subject": _subject(code, doc_type.name),
            "signer": _DIRECTOR if local else _MINISTER,
            "recipients": {
                "distribution": _DIST,
                "archive_units": ["TCCB"],
                "drafter_initials": "NVA",
                "copies": 3,
            },
        },
        "body": _PLAIN,
    }


def example_draft(code: str) -> Draft:
    """A realistic Vietnamese example of one type.

    Raises:
        KeyError: no such type code.
    """
    if code not in example_types():
        raise KeyError(code)
    data = _base(code)
    extra = dict(_SPECIFIC.get(code, {}))
    data["body"] = extra.pop("body", data["body"])
    appendices = extra.pop("appendices", [])
    data["metadata"].update(extra)
    data["appendices"] = appendices
    return Draft.model_validate(data)


def long_draft(articles: int) -> Draft:
    """A decision with ``articles`` articles of three clauses (multi-page tests, benchmarks)."""
    data = _base("decision")
    clause = (
        "Cơ quan, tổ chức, cá nhân có liên quan có trách nhiệm lập hồ sơ điện tử, ký số và chuyển "
        "giao văn bản đúng thời hạn, bảo đảm tính xác thực, toàn vẹn và khả năng truy cập lâu dài."
    )
    body: list[dict[str, Any]] = [*_BASES, {"kind": "heading", "text": "QUYẾT ĐỊNH:"}]
    for n in range(1, articles + 1):
        body.append(
            {
                "kind": "article",
                "number": n,
                "title": f"Quy định thứ {n}",
                "clauses": [f"{k}. {clause}" for k in range(1, 4)],
            }
        )
    data["body"] = body
    return Draft.model_validate(data)
