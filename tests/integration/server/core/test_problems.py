"""Every failure is an RFC 9457 problem with a stable code; no stack trace reaches a client."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import FastAPI

Login = Callable[..., dict[str, str]]


def _is_problem(response, status: int, code: str) -> dict[str, object]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == code and body["status"] == status
    assert body["type"] == f"urn:phigiay:problem:{code}"
    assert body["title"] and body["message"]
    return body


def test_malformed_json_is_a_400_problem(client) -> None:
    response = client.post("/api/v1/auth/login", content=b'{"username": "x",',
                           headers={"content-type": "application/json"})
    _is_problem(response, 400, "malformed_json")


def test_invalid_fields_are_a_422_problem_listing_them(client) -> None:
    body = _is_problem(client.post("/api/v1/auth/login", json={"username": ""}), 422,
                       "validation_failed")
    locations = {tuple(err["location"]) for err in body["errors"]}
    assert ("body", "username") in locations and ("body", "password") in locations


def test_unknown_route_and_wrong_method(client, login: Login) -> None:
    _is_problem(client.get("/api/v1/nowhere", headers=login("officer")), 404, "not_found")
    _is_problem(client.delete("/api/v1/health"), 405, "method_not_allowed")


def test_oversized_body_is_refused_before_reading(client, login: Login) -> None:
    headers = login("officer")
    big = b"x" * (2 * 1024 * 1024)
    response = client.put("/api/v1/me/signature-image", headers=headers,
                          files={"file": ("big.png", big, "image/png")})
    body = _is_problem(response, 413, "payload_too_large")
    assert "1048576" in str(body["message"])


def test_oversized_chunked_body_is_cut_off(client, login: Login) -> None:
    headers = login("officer")

    def chunks():
        for _ in range(40):
            yield b"y" * 65536

    response = client.post("/api/v1/auth/login", content=chunks(),
                           headers={"content-type": "application/json"})
    _is_problem(response, 413, "payload_too_large")
    assert client.get("/api/v1/me", headers=headers).status_code == 200


def test_messages_follow_accept_language(client) -> None:
    def message(language: str) -> str:
        response = client.get("/api/v1/me", headers={"Accept-Language": language})
        return str(response.json()["message"])

    assert message("vi") == "Chưa đăng nhập hoặc phiên làm việc đã hết hạn."
    assert message("en-GB,en;q=0.9") == "Not signed in, or the session has expired."
    assert message("fr-FR") == "Non connecté, ou la session a expiré."
    assert message("de") == message("vi")


def test_unexpected_errors_reveal_nothing(app: FastAPI, client) -> None:
    def explode() -> None:
        raise RuntimeError("secret detail: password=hunter2 at /srv/phigiay/db.py line 42")

    app.router.add_api_route("/api/v1/explode", explode)
    response = client.get("/api/v1/explode")
    body = _is_problem(response, 500, "internal_error")
    assert "hunter2" not in response.text and "Traceback" not in response.text
    assert "db.py" not in str(body)


def test_health_and_openapi_are_public(client) -> None:
    assert client.get("/api/v1/health").json()["status"] == "ok"
    spec = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/me" in spec["paths"]
    assert client.get("/api/v1/docs").status_code == 200


def test_every_other_route_requires_authentication(app: FastAPI, client) -> None:
    public = {"/api/v1/health", "/api/v1/auth/login", "/api/v1/openapi.json", "/api/v1/docs",
              "/docs/oauth2-redirect"}
    spec = client.get("/api/v1/openapi.json").json()
    checked = 0
    for path, operations in spec["paths"].items():
        if path in public:
            continue
        concrete = path.replace("{user_id}", "1").replace("{certificate_id}", "1")
        for method in operations:
            response = client.request(method.upper(), concrete)
            assert response.status_code == 401, (method, path, response.status_code)
            checked += 1
    assert checked >= 15
