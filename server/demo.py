"""A realistic demo agency modelled on a government office, for trying phigiay out.

Every person and name here is fictional. Titles follow the Government Office's structure: a
minister-chairman and deputies, departments (vụ) with their heads and officers, the clerical
office (văn thư), meeting secretaries, and a cabinet of about 25 members chaired by the Prime
Minister.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy.orm import Session

from server.auth.passwords import Passwords
from server.core.permissions import Role
from server.core.text import ascii_fold
from server.users import service as user_service

DEMO_AGENCY = user_service.AgencyFields(
    organ_id="000.00.00.G22",
    name="Văn phòng Chính phủ",
    short_name="VPCP",
    parent_name=None,
    address="Số 1 Hoàng Hoa Thám, Ba Đình, Hà Nội",
    place_name="Hà Nội",
    email="vanthu@vpcp.demo.gov.vn",
    phone="024 0000 0000",
)

# (code, name, parent code)
DEMO_UNITS: tuple[tuple[str, str, str | None], ...] = (
    ("LĐVP", "Lãnh đạo Văn phòng", None),
    ("TH", "Vụ Tổng hợp", None),
    ("PL", "Vụ Pháp luật", None),
    ("KTTH", "Vụ Kinh tế tổng hợp", None),
    ("KGVX", "Vụ Khoa giáo - Văn xã", None),
    ("TCCV", "Vụ Tổ chức công vụ", None),
    ("TKBT", "Vụ Thư ký - Biên tập", None),
    ("HCQT", "Cục Hành chính - Quản trị", None),
    ("VTLT", "Phòng Văn thư - Lưu trữ", "HCQT"),
    ("CNTT", "Cục Công nghệ thông tin", None),
    ("TVCP", "Thành viên Chính phủ", None),
)

_R = Role
# (full name, position, unit code, roles)
DEMO_STAFF: tuple[tuple[str, str, str, frozenset[Role]], ...] = (
    ("Trần Quốc Bảo", "Chuyên viên quản trị hệ thống", "CNTT", frozenset({_R.ADMIN})),
    ("Lê Minh Khang", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "LĐVP",
     frozenset({_R.LEADER, _R.CABINET_MEMBER})),
    ("Phạm Thị Thu Hà", "Phó Chủ nhiệm Văn phòng Chính phủ", "LĐVP", frozenset({_R.LEADER})),
    ("Đỗ Văn Thành", "Phó Chủ nhiệm Văn phòng Chính phủ", "LĐVP", frozenset({_R.LEADER})),
    ("Nguyễn Thị Lan", "Văn thư", "VTLT", frozenset({_R.CLERK})),
    ("Hoàng Văn Đức", "Văn thư", "VTLT", frozenset({_R.CLERK})),
    ("Vũ Thị Hồng Nhung", "Trưởng phòng Văn thư - Lưu trữ", "VTLT",
     frozenset({_R.UNIT_HEAD, _R.CLERK})),
    ("Bùi Đức Long", "Vụ trưởng Vụ Tổng hợp", "TH", frozenset({_R.UNIT_HEAD})),
    ("Ngô Thị Mai", "Chuyên viên chính", "TH", frozenset({_R.OFFICER})),
    ("Đặng Quang Huy", "Chuyên viên", "TH", frozenset({_R.OFFICER})),
    ("Trịnh Văn Sơn", "Vụ trưởng Vụ Pháp luật", "PL", frozenset({_R.UNIT_HEAD})),
    ("Lý Thị Ngọc Ánh", "Chuyên viên chính", "PL", frozenset({_R.OFFICER})),
    ("Phan Minh Tuấn", "Chuyên viên", "PL", frozenset({_R.OFFICER})),
    ("Cao Thị Thanh Tâm", "Vụ trưởng Vụ Kinh tế tổng hợp", "KTTH", frozenset({_R.UNIT_HEAD})),
    ("Mai Văn Lực", "Chuyên viên cao cấp", "KTTH", frozenset({_R.OFFICER})),
    ("Tạ Thị Phương", "Chuyên viên", "KTTH", frozenset({_R.OFFICER})),
    ("Hồ Đăng Khoa", "Vụ trưởng Vụ Khoa giáo - Văn xã", "KGVX", frozenset({_R.UNIT_HEAD})),
    ("Lưu Thị Yến", "Chuyên viên chính", "KGVX", frozenset({_R.OFFICER})),
    ("Dương Văn Nam", "Vụ trưởng Vụ Tổ chức công vụ", "TCCV", frozenset({_R.UNIT_HEAD})),
    ("Kiều Thị Hạnh", "Chuyên viên", "TCCV", frozenset({_R.OFFICER})),
    ("Tôn Thất Vinh", "Vụ trưởng Vụ Thư ký - Biên tập", "TKBT",
     frozenset({_R.UNIT_HEAD, _R.MEETING_SECRETARY})),
    ("Quách Thị Diệu Linh", "Thư ký cuộc họp", "TKBT", frozenset({_R.MEETING_SECRETARY})),
)

# The cabinet (fictional members). The first is the chair.
DEMO_CABINET: tuple[tuple[str, str], ...] = (
    ("Nguyễn Đình Phúc", "Thủ tướng Chính phủ"),
    ("Trần Văn Hải", "Phó Thủ tướng Thường trực Chính phủ"),
    ("Lê Thị Kim Oanh", "Phó Thủ tướng Chính phủ"),
    ("Phạm Quang Vũ", "Phó Thủ tướng Chính phủ"),
    ("Võ Minh Trí", "Phó Thủ tướng Chính phủ"),
    ("Đinh Công Hòa", "Bộ trưởng Bộ Quốc phòng"),
    ("Huỳnh Văn Thắng", "Bộ trưởng Bộ Công an"),
    ("Trương Thị Bích", "Bộ trưởng Bộ Ngoại giao"),
    ("Lâm Đức Toàn", "Bộ trưởng Bộ Nội vụ"),
    ("Châu Ngọc Hân", "Bộ trưởng Bộ Tư pháp"),
    ("Nguyễn Hữu Tài", "Bộ trưởng Bộ Tài chính"),
    ("Đoàn Thị Xuân", "Bộ trưởng Bộ Công Thương"),
    ("Thái Văn Quý", "Bộ trưởng Bộ Nông nghiệp và Môi trường"),
    ("La Văn Hiếu", "Bộ trưởng Bộ Xây dựng"),
    ("Ông Thị Thảo", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"),
    ("Mạc Đăng Khôi", "Bộ trưởng Bộ Khoa học và Công nghệ"),
    ("Hà Thị Liên", "Bộ trưởng Bộ Giáo dục và Đào tạo"),
    ("Tăng Văn Phát", "Bộ trưởng Bộ Y tế"),
    ("Lục Văn Dũng", "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"),
    ("Khúc Thị Vân", "Tổng Thanh tra Chính phủ"),
    ("Âu Dương Minh", "Thống đốc Ngân hàng Nhà nước Việt Nam"),
    ("Giang Văn Cường", "Bộ trưởng Bộ Dân tộc và Tôn giáo"),
    ("Viên Thị Hoa", "Bộ trưởng Bộ Giao thông vận tải"),
    ("Ninh Văn Bình", "Bộ trưởng Bộ Kế hoạch và Đầu tư"),
)


@dataclass(frozen=True)
class DemoCredential:
    """A demo login, printed once."""

    username: str
    password: str
    full_name: str
    position: str
    roles: tuple[str, ...]


def username_for(full_name: str, taken: set[str]) -> str:
    """Vietnamese office convention: given name then family and middle initials (``ducnv``)."""
    parts = ascii_fold(full_name).lower().split()
    base = parts[-1] + "".join(part[0] for part in parts[:-1])
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}{n}"
    taken.add(candidate)
    return candidate


def _password(shared: str | None) -> str:
    return shared or f"{secrets.token_urlsafe(9)}7a"


def load_demo(
    db_session: Session, *, passwords: Passwords, shared_password: str | None = None
) -> list[DemoCredential]:
    """Create the demo agency's units and people; returns the logins (each password once)."""
    units: dict[str, int] = {}
    for code, name, parent in DEMO_UNITS:
        parent_id = units[parent] if parent else None
        unit = user_service.create_unit(db_session, actor=None, code=code, name=name,
                                        parent_id=parent_id)
        units[code] = unit.id
    people = [*DEMO_STAFF]
    for index, (name, position) in enumerate(DEMO_CABINET):
        # The chair (the Prime Minister) also directs and signs as a leader.
        chair_roles = {Role.LEADER} if index == 0 else set()
        people.append((name, position, "TVCP", frozenset({Role.CABINET_MEMBER, *chair_roles})))
    taken: set[str] = {"admin"}
    credentials = []
    for full_name, position, unit_code, roles in people:
        password = _password(shared_password)
        username = username_for(full_name, taken)
        user_service.create_user(
            db_session, passwords=passwords, actor=None,
            new=user_service.NewUser(username=username, full_name=full_name, password=password,
                                     roles=roles, unit_id=units[unit_code], position=position),
        )
        credentials.append(DemoCredential(username, password, full_name, position,
                                          tuple(sorted(r.value for r in roles))))
    return credentials
