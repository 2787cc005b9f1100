"""User-facing texts of the server, by message key and language (Vietnamese first).

Clients receive the stable ``code`` and a message in the language they ask for
(``Accept-Language``); unknown languages fall back to the configured default.
"""

from __future__ import annotations

from typing import Any

LANGUAGES = ("vi", "en", "fr")

MESSAGES: dict[str, dict[str, str]] = {
    "bad_request": {
        "vi": "Yêu cầu không hợp lệ.",
        "en": "The request is not valid.",
        "fr": "La requête n'est pas valide.",
    },
    "malformed_json": {
        "vi": "Nội dung JSON không đúng cú pháp.",
        "en": "The JSON body is malformed.",
        "fr": "Le corps JSON est mal formé.",
    },
    "not_authenticated": {
        "vi": "Chưa đăng nhập hoặc phiên làm việc đã hết hạn.",
        "en": "Not signed in, or the session has expired.",
        "fr": "Non connecté, ou la session a expiré.",
    },
    "invalid_credentials": {
        "vi": "Tên đăng nhập hoặc mật khẩu không đúng.",
        "en": "Wrong user name or password.",
        "fr": "Nom d'utilisateur ou mot de passe incorrect.",
    },
    "account_locked": {
        "vi": "Tài khoản tạm khóa do đăng nhập sai nhiều lần, đến {until}.",
        "en": "The account is locked after repeated failed logins, until {until}.",
        "fr": "Le compte est verrouillé après des échecs répétés, jusqu'à {until}.",
    },
    "account_disabled": {
        "vi": "Tài khoản đã bị vô hiệu hóa.",
        "en": "The account is disabled.",
        "fr": "Le compte est désactivé.",
    },
    "permission_denied": {
        "vi": "Bạn không có quyền thực hiện thao tác này.",
        "en": "You are not allowed to do this.",
        "fr": "Vous n'êtes pas autorisé à faire cela.",
    },
    "not_found": {
        "vi": "Không tìm thấy.",
        "en": "Not found.",
        "fr": "Introuvable.",
    },
    "method_not_allowed": {
        "vi": "Phương thức không được hỗ trợ.",
        "en": "Method not allowed.",
        "fr": "Méthode non autorisée.",
    },
    "conflict": {
        "vi": "Xung đột với dữ liệu hiện có.",
        "en": "This conflicts with existing data.",
        "fr": "Conflit avec les données existantes.",
    },
    "illegal_transition": {
        "vi": "Không thể thực hiện bước này ở trạng thái hiện tại ({state}).",
        "en": "This step is not possible in the current state ({state}).",
        "fr": "Cette étape est impossible dans l'état actuel ({state}).",
    },
    "validation_failed": {
        "vi": "Dữ liệu không hợp lệ.",
        "en": "The data is not valid.",
        "fr": "Les données ne sont pas valides.",
    },
    "weak_password": {
        "vi": "Mật khẩu phải có ít nhất {min_length} ký tự, gồm chữ và số.",
        "en": "The password needs at least {min_length} characters, letters and digits.",
        "fr": "Le mot de passe doit avoir au moins {min_length} caractères, lettres et chiffres.",
    },
    "payload_too_large": {
        "vi": "Dữ liệu gửi lên vượt quá giới hạn {limit} byte.",
        "en": "The upload exceeds the limit of {limit} bytes.",
        "fr": "L'envoi dépasse la limite de {limit} octets.",
    },
    "unsupported_media_type": {
        "vi": "Định dạng tệp không được chấp nhận.",
        "en": "This kind of file is not accepted.",
        "fr": "Ce type de fichier n'est pas accepté.",
    },
    "store_corrupted": {
        "vi": "Tệp lưu trữ bị hỏng (sai mã băm).",
        "en": "A stored file is corrupted (hash mismatch).",
        "fr": "Un fichier stocké est corrompu (empreinte différente).",
    },
    "signature_invalid": {
        "vi": "Chữ ký số không hợp lệ hoặc không khớp với chứng thư số của người ký.",
        "en": "The digital signature does not verify against the signer's certificate.",
        "fr": "La signature numérique ne se vérifie pas avec le certificat du signataire.",
    },
    "quorum_not_reached": {
        "vi": "Chưa đủ số thành viên có mặt theo quy định.",
        "en": "The quorum is not reached.",
        "fr": "Le quorum n'est pas atteint.",
    },
    "meeting_archived": {
        "vi": "Cuộc họp đã được lưu trữ, chỉ có thể xem.",
        "en": "The meeting is archived and read-only.",
        "fr": "La réunion est archivée, en lecture seule.",
    },
    "meeting_closed": {
        "vi": "Cuộc họp đã kết thúc.",
        "en": "The meeting is closed.",
        "fr": "La réunion est close.",
    },
    "meeting_not_in_session": {
        "vi": "Cuộc họp chưa bắt đầu hoặc đã kết thúc.",
        "en": "The meeting is not in session.",
        "fr": "La réunion n'est pas en séance.",
    },
    "vote_closed": {
        "vi": "Cuộc biểu quyết đã kết thúc.",
        "en": "The vote is closed.",
        "fr": "Le vote est clos.",
    },
    "opinion_ballot_closed": {
        "vi": "Phiếu lấy ý kiến đã kết thúc.",
        "en": "The opinion ballot is closed.",
        "fr": "La consultation écrite est close.",
    },
    "speaker_queue_refused": {
        "vi": "Không thể thực hiện thao tác này với danh sách phát biểu.",
        "en": "The speaker queue refuses this.",
        "fr": "La liste des orateurs refuse cette opération.",
    },
    "meeting_illegal_transition": {
        "vi": "Không thể thực hiện thao tác này ở trạng thái hiện tại của cuộc họp.",
        "en": "This is not possible in the meeting's current state.",
        "fr": "Impossible dans l'état actuel de la réunion.",
    },
    "already_voted": {
        "vi": "Thành viên này đã biểu quyết.",
        "en": "This seat has already voted.",
        "fr": "Ce siège a déjà voté.",
    },
    "already_answered": {
        "vi": "Thành viên này đã trả lời phiếu lấy ý kiến.",
        "en": "This member has already answered.",
        "fr": "Ce membre a déjà répondu.",
    },
    "ballot_deadline_passed": {
        "vi": "Đã quá hạn trả lời phiếu lấy ý kiến.",
        "en": "The opinion ballot's deadline has passed.",
        "fr": "Le délai de la consultation écrite est passé.",
    },
    "internal_error": {
        "vi": "Lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.",
        "en": "Internal error. Try again or tell the administrator.",
        "fr": "Erreur interne. Réessayez ou prévenez l'administrateur.",
    },
}


def pick_language(accept_language: str | None, default: str) -> str:
    """Choose the first supported language of an ``Accept-Language`` header."""
    if accept_language:
        ranked: list[tuple[float, str]] = []
        for part in accept_language.split(","):
            tag, _, q = part.strip().partition(";q=")
            try:
                weight = float(q) if q else 1.0
            except ValueError:
                continue
            ranked.append((weight, tag.split("-")[0].strip().lower()))
        for _weight, tag in sorted(ranked, key=lambda item: -item[0]):
            if tag in LANGUAGES:
                return tag
    return default


def message(key: str, language: str, **params: Any) -> str:
    """The text of a message key in a language, with its parameters filled in."""
    texts = MESSAGES.get(key) or MESSAGES["bad_request"]
    template = texts.get(language) or texts["vi"]
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
