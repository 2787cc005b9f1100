"""The typed client of the agency server: frozen dataclasses in, frozen dataclasses out."""

from desktop.api.client import ApiClient, Timeouts, normalize_server_url
from desktop.api.documents import (
    Assignment,
    Attachment,
    Comment,
    DocumentDetail,
    DocumentPage,
    DocumentSummary,
    DocumentType,
    HistoryEntry,
    Holiday,
    MyWork,
    Recipient,
    Registered,
    RegisterInfo,
    UnitStatistics,
    Version,
)
from desktop.api.errors import (
    AccountDisabled,
    AccountLocked,
    ApiError,
    Conflict,
    ConnectionFailed,
    InvalidCredentials,
    NotAuthenticated,
    NotFound,
    PermissionDenied,
    ProtocolError,
    RequestTimedOut,
    ServerError,
    StaleVersion,
    ValidationFailed,
    WeakPassword,
)
from desktop.api.models import (
    Agency,
    AuditEntry,
    AuditVerification,
    Certificate,
    Health,
    LiveEvent,
    LoginResult,
    Me,
    NewUser,
    Role,
    Unit,
    UserChanges,
    UserSummary,
)
from desktop.api.requests import (
    DirectionOrder,
    DocumentQuery,
    DraftFields,
    FileUpload,
    Handler,
    IncomingFields,
    RecipientSpec,
)
from desktop.api.sse import Backoff, EventStream, SseMessage, SseParser, StreamState

__all__ = [
    "AccountDisabled", "AccountLocked", "Agency", "ApiClient", "ApiError", "AuditEntry",
    "AuditVerification", "Backoff", "Certificate", "Conflict", "ConnectionFailed",
    "EventStream", "Health", "InvalidCredentials", "LiveEvent", "LoginResult", "Me", "NewUser",
    "NotAuthenticated", "NotFound", "PermissionDenied", "ProtocolError", "RequestTimedOut",
    "Role", "ServerError", "SseMessage", "SseParser", "StreamState", "Timeouts", "Unit",
    "StaleVersion", "UserChanges", "UserSummary", "ValidationFailed", "WeakPassword",
    "normalize_server_url",
    "Assignment", "Attachment", "Comment", "DirectionOrder", "DocumentDetail", "DocumentPage",
    "DocumentQuery", "DocumentSummary", "DocumentType", "DraftFields", "FileUpload", "Handler",
    "Holiday", "HistoryEntry", "IncomingFields", "MyWork", "Recipient", "RecipientSpec",
    "RegisterInfo", "Registered", "UnitStatistics", "Version",
]
