"""A small HTTP helper for the archive API tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

ARCHIVE = "/api/v1/archive"


@dataclass
class ArchiveApi:
    """Calls the archive API as a named, logged-in user and checks the status."""

    client: Any
    headers: dict[str, dict[str, str]]

    def call(self, who: str, method: str, path: str, expected: int = 200,
             **kwargs: Any) -> Any:
        response = self.client.request(method, f"{ARCHIVE}{path}", headers=self.headers[who],
                                       **kwargs)
        assert response.status_code == expected, response.text[:800]
        return response.json() if "json" in response.headers.get("content-type", "") else (
            response.content)

    def open(self, who: str, notation: str, year: int = 2026, **fields: Any) -> Any:
        return self.call(who, "POST", "/dossiers", 201,
                         json={"year": year, "notation": notation, **fields})

    def file(self, who: str, code: str, document_id: int, expected: int = 200) -> Any:
        return self.call(who, "POST", f"/dossiers/{code}/documents", expected,
                         json={"document_id": document_id})

    def close(self, who: str, code: str, expected: int = 200, **fields: Any) -> Any:
        return self.call(who, "POST", f"/dossiers/{code}/close", expected, json=fields)

    def pack(self, who: str, code: str, *, transfer: bool = False, expected: int = 201) -> Any:
        return self.call(who, "POST", f"/dossiers/{code}/packages", expected,
                         json={"transfer": transfer})
