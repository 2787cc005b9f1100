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
    "axis_still_refused": {
        "vi": "Thông điệp vẫn không tiếp nhận được: {reason}",
        "en": "The message still cannot be taken in: {reason}",
        "fr": "Le message ne peut toujours pas être reçu : {reason}",
    },
    "axis_not_received": {
        "vi": "Văn bản không nhận qua trục liên thông nên không trả lại qua trục được.",
        "en": "The document did not come over the national axis, so it cannot be returned "
              "over it.",
        "fr": "Le document n'est pas arrivé par l'axe national : il ne peut pas être renvoyé "
              "par celui-ci.",
    },
    "stale_version": {
        "vi": "Tệp đã được người khác cập nhật trên máy chủ sau khi bạn mở ra sửa.",
        "en": "Someone else updated the file on the server after you opened it for editing.",
        "fr": "Quelqu'un d'autre a mis à jour le fichier sur le serveur après que vous l'avez "
              "ouvert pour le modifier.",
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
    "agenda_item_decided": {
        "vi": "Nội dung này đã có kết luận nên không thể xóa khỏi chương trình họp.",
        "en": "This agenda item has a decision and cannot be removed.",
        "fr": "Ce point de l'ordre du jour a une décision et ne peut pas être retiré.",
    },
    "agenda_item_in_progress": {
        "vi": "Nội dung này đang hoặc đã được thảo luận, biểu quyết nên không thể xóa.",
        "en": "This agenda item is or was under discussion or vote and cannot be removed.",
        "fr": "Ce point est ou a été débattu ou voté et ne peut pas être retiré.",
    },
    "remote_attendance_not_allowed": {
        "vi": "Cuộc họp này không cho phép tham dự trực tuyến.",
        "en": "This meeting does not allow remote participation.",
        "fr": "Cette réunion n'autorise pas la participation à distance.",
    },
    "participant_is_chair": {
        "vi": "Người này đang chủ trì cuộc họp. Hãy chuyển quyền chủ trì cho người khác trước.",
        "en": "This person chairs the meeting. Hand the chair to someone else first.",
        "fr": "Cette personne préside la réunion. Confiez d'abord la présidence à une autre "
              "personne.",
    },
    "participant_is_secretary": {
        "vi": "Không thể xóa thư ký cuộc họp khỏi danh sách tham dự.",
        "en": "The meeting's secretary cannot be removed.",
        "fr": "Le secrétaire de la réunion ne peut pas être retiré.",
    },
    "participant_checked_in": {
        "vi": "Người này đã điểm danh nên không thể xóa khỏi danh sách tham dự.",
        "en": "This person has checked in and cannot be removed.",
        "fr": "Cette personne a émargé et ne peut pas être retirée.",
    },
    "participant_has_substitute": {
        "vi": "Đã có người dự thay cho thành viên này. Hãy xóa người dự thay trước.",
        "en": "A substitute stands in for this member. Remove the substitute first.",
        "fr": "Un suppléant remplace ce membre. Retirez d'abord le suppléant.",
    },
    "chair_needs_seat": {
        "vi": "Chỉ thành viên chính thức mới có thể được giao chủ trì cuộc họp "
              "(không phải người dự thay, khách mời hay thư ký).",
        "en": "Only a voting member can chair the meeting (not a substitute, a guest or the "
              "secretary).",
        "fr": "Seul un membre votant peut présider la réunion (pas un suppléant, un invité ni "
              "le secrétaire).",
    },
    "already_chair": {
        "vi": "Người này đang chủ trì cuộc họp.",
        "en": "This person already chairs the meeting.",
        "fr": "Cette personne préside déjà la réunion.",
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
    "minutes_not_drafted": {
        "vi": "Biên bản cuộc họp chưa được lập.",
        "en": "The minutes of this meeting have not been drawn up yet.",
        "fr": "Le procès-verbal de cette réunion n'est pas encore établi.",
    },
    "minutes_already_signed": {
        "vi": "Bạn đã ký biên bản này.",
        "en": "You have already signed these minutes.",
        "fr": "Vous avez déjà signé ce procès-verbal.",
    },
    "minutes_signer_not_allowed": {
        "vi": "Chỉ chủ trì và thư ký cuộc họp ký biên bản.",
        "en": "Only the chair and the secretary of the meeting sign the minutes.",
        "fr": "Seuls le président et le secrétaire de la réunion signent le procès-verbal.",
    },
    "conclusion_notice_empty": {
        "vi": "Cuộc họp chưa có kết luận nào để ra thông báo kết luận.",
        "en": "The meeting has no conclusion to put in a conclusion notice.",
        "fr": "La réunion n'a aucune conclusion à publier dans un avis de conclusions.",
    },
    "conclusion_notice_exists": {
        "vi": "Thông báo kết luận của cuộc họp đã được dự thảo (mã văn bản {document_id}).",
        "en": "The conclusion notice of this meeting is already drafted (document "
              "{document_id}).",
        "fr": "L'avis de conclusions de cette réunion est déjà rédigé (document {document_id}).",
    },
    "internal_error": {
        "vi": "Lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.",
        "en": "Internal error. Try again or tell the administrator.",
        "fr": "Erreur interne. Réessayez ou prévenez l'administrateur.",
    },
}


# Signatures at upload and the agency seal at issuance (server/signatures).
MESSAGES.update({
    "signature_rejected": {
        "vi": "Tệp đã ký không được chấp nhận.",
        "en": "The signed file is not accepted.",
        "fr": "Le fichier signé n'est pas accepté.",
    },
    "signature_not_incremental": {
        "vi": "Tệp đã ký phải giữ nguyên từng byte của phiên bản trình ký và chỉ bổ sung "
              "chữ ký (cập nhật gia tăng).",
        "en": "The signed file must keep every byte of the version presented for signature "
              "and only add to it (an incremental update).",
        "fr": "Le fichier signé doit conserver chaque octet de la version présentée à la "
              "signature et seulement la compléter (mise à jour incrémentale).",
    },
    "signature_missing": {
        "vi": "Tệp tải lên không có chữ ký số mới.",
        "en": "The uploaded file carries no new digital signature.",
        "fr": "Le fichier envoyé ne porte aucune nouvelle signature numérique.",
    },
    "signature_broken": {
        "vi": "Chữ ký số không hợp lệ: nội dung đã bị thay đổi hoặc chữ ký bị hỏng.",
        "en": "A digital signature is invalid: the content was altered or the signature is "
              "damaged.",
        "fr": "Une signature numérique est invalide : le contenu a été modifié ou la signature "
              "est endommagée.",
    },
    "signature_modified": {
        "vi": "Văn bản đã bị sửa đổi sau khi ký theo cách không được phép.",
        "en": "The document was changed after signing in a way that is not permitted.",
        "fr": "Le document a été modifié après signature d'une manière non permise.",
    },
    "signature_untrusted": {
        "vi": "Chứng thư số của người ký không do tổ chức cung cấp dịch vụ tin cậy cấp.",
        "en": "The signer's certificate does not chain to a trusted root.",
        "fr": "Le certificat du signataire ne remonte pas à une racine de confiance.",
    },
    "signature_revoked": {
        "vi": "Chứng thư số của người ký đã bị thu hồi.",
        "en": "The signer's certificate is revoked.",
        "fr": "Le certificat du signataire est révoqué.",
    },
    "signature_expired": {
        "vi": "Chứng thư số của người ký đã hết hạn.",
        "en": "The signer's certificate has expired.",
        "fr": "Le certificat du signataire a expiré.",
    },
    "signature_indeterminate": {
        "vi": "Không xác định được tính hợp lệ của chữ ký số.",
        "en": "The digital signature could not be validated.",
        "fr": "La signature numérique n'a pas pu être validée.",
    },
    "signature_wrong_signer": {
        "vi": "Văn bản không được ký bằng chứng thư số của {expected}.",
        "en": "The document is not signed with {expected}'s certificate.",
        "fr": "Le document n'est pas signé avec le certificat de {expected}.",
    },
    "seal_not_configured": {
        "vi": "Máy chủ chưa cấu hình chữ ký số của cơ quan; chưa thể ban hành văn bản.",
        "en": "No agency seal is configured on the server; documents cannot be issued.",
        "fr": "Aucun cachet de l'organisme n'est configuré ; impossible d'émettre le document.",
    },
    "seal_unavailable": {
        "vi": "Không ký được bằng chữ ký số của cơ quan (thiết bị HSM hoặc dịch vụ cấp dấu "
              "thời gian gặp lỗi). Số văn bản chưa được sử dụng.",
        "en": "The agency seal could not be applied (HSM or time-stamping service failed). "
              "No number was used.",
        "fr": "Le cachet de l'organisme n'a pas pu être apposé (HSM ou horodatage en échec). "
              "Aucun numéro n'a été consommé.",
    },
    "issuance_breaks_signature": {
        "vi": "Không thể ban hành: điền số, ngày hoặc đóng dấu sẽ làm mất hiệu lực chữ ký "
              "đã có.",
        "en": "Cannot issue: writing the number and date or sealing would invalidate an "
              "existing signature.",
        "fr": "Émission impossible : écrire le numéro et la date ou apposer le cachet "
              "invaliderait une signature existante.",
    },
})


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

# The archive (server/archive/errors.py): each refusal of the archive core has its own message.
MESSAGES.update({
    "archive_state": {
        "vi": "Trạng thái hiện tại của hồ sơ không cho phép thao tác này.",
        "en": "The dossier's current state does not allow this.",
        "fr": "L'état actuel du dossier ne le permet pas.",
    },
    "archive_catalogue_refused": {
        "vi": "Danh mục hồ sơ không thể thay đổi như vậy (đã được duyệt, trống hoặc trùng số, ký "
              "hiệu).",
        "en": "The dossier catalogue cannot change this way (approved, empty or duplicate "
              "notation).",
        "fr": "Le plan de classement ne peut pas changer ainsi (approuvé, vide ou cote en "
              "double).",
    },
    "archive_legal_hold": {
        "vi": "Hồ sơ đang bị phong tỏa theo yêu cầu pháp lý; không được hủy.",
        "en": "The dossier is under legal hold and cannot be disposed of.",
        "fr": "Le dossier est sous gel juridique et ne peut pas être éliminé.",
    },
    "archive_disposal_not_approved": {
        "vi": "Việc hủy hồ sơ chưa được người đứng đầu phê duyệt.",
        "en": "The disposal has not been approved by the head of the agency.",
        "fr": "L'élimination n'a pas été approuvée par le chef de l'organisme.",
    },
    "archive_retention_not_expired": {
        "vi": "Hồ sơ chưa hết thời hạn bảo quản.",
        "en": "The dossier's retention period has not ended.",
        "fr": "La durée de conservation du dossier n'est pas échue.",
    },
    "archive_permanent_retention": {
        "vi": "Hồ sơ bảo quản vĩnh viễn; không được hủy.",
        "en": "The dossier is kept permanently and cannot be disposed of.",
        "fr": "Le dossier est conservé à titre définitif et ne peut pas être éliminé.",
    },
    "archive_document_changed": {
        "vi": "Tệp của văn bản đã thay đổi so với khi đưa vào hồ sơ.",
        "en": "A document's file has changed since it was filed.",
        "fr": "Le fichier d'un document a changé depuis son classement.",
    },
    "archive_package_damaged": {
        "vi": "Gói lưu trữ bị hỏng hoặc không hợp lệ; không được bàn giao.",
        "en": "The preservation package is damaged or invalid and is not handed over.",
        "fr": "Le paquet d'archivage est endommagé ou invalide et n'est pas remis.",
    },
    "archive_renewal_failed": {
        "vi": "Không gia hạn được dấu thời gian của văn bản lưu trữ.",
        "en": "The archived document's time stamp could not be renewed.",
        "fr": "L'horodatage du document archivé n'a pas pu être renouvelé.",
    },
    "archive_invalid_metadata": {
        "vi": "Thông tin hồ sơ không hợp lệ theo Thông tư 02/2019/TT-BNV.",
        "en": "The dossier data is not valid under Circular 02/2019.",
        "fr": "Les données du dossier ne sont pas valides selon la circulaire 02/2019.",
    },
})

# Repeat-safe intake of incoming documents (server/documents/incoming.py).
MESSAGES.update({
    "idempotency_key_mismatch": {
        "vi": "Khóa chống gửi lặp (Idempotency-Key) này đã được dùng cho một tệp khác; "
              "không tiếp nhận văn bản.",
        "en": "This Idempotency-Key was already used for a different file; nothing was "
              "received.",
        "fr": "Cette clé d'idempotence (Idempotency-Key) a déjà servi pour un autre fichier ; "
              "rien n'a été reçu.",
    },
    "already_received": {
        "vi": "Tệp này đã được tiếp nhận thành một văn bản mà bạn không có quyền xem.",
        "en": "This file was already received as a document you may not see.",
        "fr": "Ce fichier a déjà été reçu comme un document que vous ne pouvez pas voir.",
    },
})
