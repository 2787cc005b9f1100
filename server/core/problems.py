"""The one place where errors become RFC 9457 problem details.

Every failure a client sees is ``application/problem+json`` with ``type``, ``title``, ``status``,
``detail``, a stable ``code`` and a localized ``message``. No stack trace ever leaves the server:
unexpected exceptions are logged and answered with a generic 500.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from meetings import errors as meeting_errors
from server.core.errors import PhigiayError
from server.core.messages import message, pick_language

log = logging.getLogger(__name__)

PROBLEM_MEDIA_TYPE = "application/problem+json"
_STATUS_CODES = {400: "bad_request", 401: "not_authenticated", 403: "permission_denied",
                 404: "not_found", 405: "method_not_allowed", 409: "conflict",
                 413: "payload_too_large", 415: "unsupported_media_type",
                 422: "validation_failed"}


def problem_response(
    request: Request | None,
    *,
    status: int,
    code: str,
    detail: str | None = None,
    default_language: str = "vi",
    extra: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
    **params: Any,
) -> JSONResponse:
    """Build a problem-details response in the language the client asked for."""
    header = request.headers.get("accept-language") if request is not None else None
    language = pick_language(header, default_language)
    text = message(code, language, **params)
    body: dict[str, Any] = {
        "type": f"urn:phigiay:problem:{code}",
        "title": text,
        "status": status,
        "code": code,
        "message": text,
        "detail": detail or text,
    }
    if request is not None:
        body["instance"] = request.url.path
    if extra:
        body.update(extra)
    return JSONResponse(body, status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


_me = meeting_errors
MEETING_ERRORS: tuple[tuple[type[meeting_errors.MeetingError], int, str], ...] = (
    # Outsiders get 404, not 403: a non-member must not learn that a meeting or item exists.
    (_me.NotAMember, 404, "not_found"),
    (_me.ItemNotVisible, 404, "not_found"),
    (_me.NotFound, 404, "not_found"),
    (_me.PermissionDenied, 403, "permission_denied"),
    (_me.InvalidCommand, 422, "validation_failed"),
    (_me.SignatureInvalid, 422, "signature_invalid"),
    (_me.QuorumNotReached, 409, "quorum_not_reached"),
    (_me.MeetingArchived, 409, "meeting_archived"),
    (_me.MeetingAlreadyClosed, 409, "meeting_closed"),
    (_me.MeetingNotInSession, 409, "meeting_not_in_session"),
    (_me.VoteClosed, 409, "vote_closed"),
    (_me.BallotClosed, 409, "opinion_ballot_closed"),
    (_me.SpeakerQueueError, 409, "speaker_queue_refused"),
    (_me.ItemAlreadyDecided, 409, "agenda_item_decided"),
    (_me.ItemInProgress, 409, "agenda_item_in_progress"),
    (_me.RemoteAttendanceNotAllowed, 409, "remote_attendance_not_allowed"),
    (_me.ParticipantIsChair, 409, "participant_is_chair"),
    (_me.ParticipantIsSecretary, 409, "participant_is_secretary"),
    (_me.ParticipantCheckedIn, 409, "participant_checked_in"),
    (_me.SubstituteStandsIn, 409, "participant_has_substitute"),
    (_me.ChairNeedsSeat, 409, "chair_needs_seat"),
    (_me.AlreadyChair, 409, "already_chair"),
    (_me.IllegalTransition, 409, "meeting_illegal_transition"),
    (_me.AlreadyVoted, 409, "already_voted"),
    (_me.AlreadyAnswered, 409, "already_answered"),
    (_me.BallotDeadlinePassed, 409, "ballot_deadline_passed"),
    (_me.DuplicateId, 409, "conflict"),
    (_me.MeetingError, 400, "bad_request"),
)
"""The meetings core's errors as (class, HTTP status, stable code); the first match wins."""


def install_problem_handlers(app: FastAPI, *, default_language: str) -> None:
    """Register the exception handlers that turn every error into problem details."""

    async def on_phigiay_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, PhigiayError)
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return problem_response(
            request, status=exc.status, code=exc.code, detail=exc.detail,
            default_language=default_language, headers=headers, **exc.params,
        )

    async def on_meeting_error(request: Request, exc: Exception) -> JSONResponse:
        status, code = next((s, c) for cls, s, c in MEETING_ERRORS if isinstance(exc, cls))
        return problem_response(request, status=status, code=code, detail=str(exc),
                                default_language=default_language)

    async def on_validation_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        errors = [
            {"location": [str(part) for part in err.get("loc", ())], "type": err.get("type"),
             "message": err.get("msg")}
            for err in exc.errors()
        ]
        malformed = any(err["type"] == "json_invalid" for err in errors)
        return problem_response(
            request, status=400 if malformed else 422,
            code="malformed_json" if malformed else "validation_failed",
            default_language=default_language, extra={"errors": errors},
        )

    async def on_http_error(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        code = _STATUS_CODES.get(exc.status_code, "bad_request")
        return problem_response(
            request, status=exc.status_code, code=code, default_language=default_language,
            headers=dict(exc.headers) if exc.headers else None,
        )

    async def on_unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(
            request, status=500, code="internal_error", default_language=default_language
        )

    app.add_exception_handler(PhigiayError, on_phigiay_error)
    app.add_exception_handler(meeting_errors.MeetingError, on_meeting_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(Exception, on_unexpected)


class BodySizeLimit:
    """ASGI middleware refusing request bodies over a limit, declared or streamed.

    The declared ``Content-Length`` is checked before anything is read; a chunked body is counted
    as it arrives and cut off with 413 as soon as it passes the limit, so an oversized upload is
    never buffered whole.
    """

    def __init__(self, app: ASGIApp, *, limit: int, default_language: str) -> None:
        self.app = app
        self.limit = limit
        self.default_language = default_language

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await self._refuse(scope, receive, send)
            return
        received = 0
        response_started = refused = False

        async def counting_receive() -> Message:
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            msg = await receive()
            if msg["type"] == "http.request":
                received += len(msg.get("body", b""))
                if received > self.limit:
                    # Answer 413 now and make the app see a client that went away, so no
                    # parser turns the cut-off body into some other error.
                    refused = True
                    if not response_started:
                        await self._refuse(scope, receive, send)
                    return {"type": "http.disconnect"}
            return msg

        async def guarded_send(msg: Message) -> None:
            nonlocal response_started
            if refused:
                return
            if msg["type"] == "http.response.start":
                response_started = True
            await send(msg)

        await self.app(scope, counting_receive, guarded_send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        response = problem_response(
            request, status=413, code="payload_too_large",
            default_language=self.default_language, limit=self.limit,
        )
        await response(scope, receive, send)
