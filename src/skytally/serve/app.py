"""The web application: the JSON API (api.py) and the pages (pages.py) over one store.

    create_app(settings) -> FastAPI      what `skytally serve` runs under uvicorn

Guards, all on by default:
- read-only unless a write token is configured (SKYTALLY_TOKEN or --token-file); writes
  (POST /api/documents) then need `Authorization: Bearer <token>`;
- request bodies over `max_body_bytes` are refused (413) before they reach a handler;
- no CORS headers unless origins are given (--cors-origin);
- uploaded names are labels, never paths; pages send a Content-Security-Policy that
  allows only this server's own scripts (every asset is served from here: Plotly's
  bundled plotly.min.js, the offline Swagger UI; nothing from a CDN).

Every error is one JSON shape (error_body), pinned by tests/serve/test_errors.py; pages
show the same message as HTML.
"""
from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..errors import ConfigError, InputError, SkytallyError, StoreError
from ..store import Store, open_store
from .config import ServeSettings
from .index import AttackIndex
from .views import BadRequest, NotFound

log = logging.getLogger("skytally.serve")
HERE = Path(__file__).parent
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
DOCS_PATHS = ("/api/docs", "/api/redoc")

#: error code per status: the `error` field of every error body
CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
         405: "method_not_allowed", 413: "payload_too_large", 415: "unsupported_media_type",
         422: "unprocessable_document", 500: "internal_error", 503: "store_unavailable"}


class ApiError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers


def error_body(status: int, message: str) -> dict[str, Any]:
    """The one shape of every error: {"ok": false, "status": 404, "error": "not_found", "message": "..."}."""
    return {"ok": False, "status": status, "error": CODES.get(status, "error"), "message": message}


def wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api") or path.endswith(".json") or request.method not in ("GET", "HEAD", "POST")


def templates() -> Jinja2Templates:
    return Jinja2Templates(directory=str(HERE / "templates"))


def create_app(settings: ServeSettings | None = None, store: Store | None = None) -> FastAPI:
    """The application over the store at settings.db (or the `store` given, for tests)."""
    settings = settings or ServeSettings()
    settings.check()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own = store is None
        app.state.store = store or open_store(settings.db)
        app.state.index = AttackIndex(app.state.store, settings.refresh_seconds)
        app.state.index.refresh()  # before the first request, not during it
        try:
            yield
        finally:
            app.state.index.close()
            if own:
                app.state.store.close()

    app = FastAPI(title="skytally", version=__version__, lifespan=lifespan,
                  description="Aerial attacks as a verified dataset: every figure points at the words it came from. "
                              "Read-only unless the server has a write token. Errors are always "
                              '`{"ok": false, "status": 404, "error": "not_found", "message": "..."}`.',
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    app.state.settings = settings
    app.state.templates = templates()
    _install_errors(app)
    _install_static(app)
    from . import api, pages  # late: they import this module's helpers
    app.include_router(api.router)
    app.include_router(pages.router)
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET"])
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    _document_errors(app)
    return app


def _document_errors(app: FastAPI) -> None:
    """Bad parameters answer 400 with ErrorBody: drop FastAPI's 422 validation schema from the docs."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = generate()
        for operations in schema.get("paths", {}).values():
            for operation in operations.values():
                operation.get("responses", {}).pop("422", None)
        for name in ("HTTPValidationError", "ValidationError"):
            schema.get("components", {}).get("schemas", {}).pop(name, None)
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


# -- errors -----------------------------------------------------------------------------------


def _install_errors(app: FastAPI) -> None:
    def respond(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
        if wants_json(request):
            return JSONResponse(error_body(status, message), status_code=status, headers=headers)
        return request.app.state.templates.TemplateResponse(
            request, "error.html", {"error": error_body(status, message), "json_url": None,
                                    "read_only": request.app.state.settings.read_only},
            status_code=status, headers=headers)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return respond(request, exc.status, exc.message, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = {404: f"nothing at {request.url.path}: see /api for the endpoints",
                   405: f"{request.method} is not allowed on {request.url.path}"}.get(exc.status_code, str(exc.detail))
        return respond(request, exc.status_code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for e in exc.errors():
            where = ".".join(str(p) for p in e.get("loc", ()) if p not in ("query", "path", "body"))
            problems.append(f"{where}: {e.get('msg', 'invalid')}" if where else e.get("msg", "invalid"))
        return respond(request, 400, "; ".join(problems) or "invalid request")

    @app.exception_handler(SkytallyError)
    async def skytally_error(request: Request, exc: SkytallyError) -> Response:
        if isinstance(exc, NotFound):
            return respond(request, 404, str(exc))
        if isinstance(exc, (BadRequest, ConfigError)):
            return respond(request, 400, str(exc))
        if isinstance(exc, InputError):
            return respond(request, 422, f"the document could not be read: {exc.reason}")
        if isinstance(exc, StoreError):
            log.error("store error: %s", exc)
            return respond(request, 503, "the database is not available right now")
        return respond(request, 400, str(exc))

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return respond(request, 500, "internal error: the server's log has the details")


# -- assets -----------------------------------------------------------------------------------


def plotly_js() -> Path:
    """Plotly's own bundled plotly.min.js, from the installed plotly package."""
    return Path(str(resources.files("plotly") / "package_data" / "plotly.min.js"))


def _install_static(app: FastAPI) -> None:
    """Our assets, Plotly's bundled JS and the offline Swagger UI/ReDoc files (more specific paths first)."""
    @app.get("/static/plotly.min.js", include_in_schema=False)
    def plotly() -> FileResponse:
        return FileResponse(plotly_js(), media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    import fastapi_offline
    app.mount("/static/docs", StaticFiles(directory=str(Path(fastapi_offline.__file__).parent / "static")),
              name="docs-static")
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html

    @app.get("/api/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url="/api/openapi.json", title="skytally API",
                                   swagger_js_url="/static/docs/swagger-ui-bundle.js",
                                   swagger_css_url="/static/docs/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")

    @app.get("/api/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(openapi_url="/api/openapi.json", title="skytally API",
                              redoc_js_url="/static/docs/redoc.standalone.js", with_google_fonts=False,
                              redoc_favicon_url="/static/favicon.svg")


# -- middleware (plain ASGI: no per-request task switch) ----------------------------------------


class BodyLimit:
    """Refuse request bodies larger than max_bytes with 413, declared or streamed."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._refuse(scope, send)
            return
        # read the body here (it is small: at most max_bytes), then replay it to the app
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._refuse(scope, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body, sent = b"".join(chunks), False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, send: Send) -> None:
        import json
        body = json.dumps(error_body(413, f"the request body is larger than this server accepts "
                                          f"({self.max_bytes} bytes)")).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})


class SecurityHeaders:
    """nosniff, no framing, and a strict Content-Security-Policy on HTML pages."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        docs = scope["path"] in DOCS_PATHS  # Swagger UI and ReDoc start with an inline script

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
                            (b"referrer-policy", b"same-origin")]
                is_html = any(k == b"content-type" and v.startswith(b"text/html") for k, v in headers)
                if is_html and not docs:
                    headers.append((b"content-security-policy", CSP.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, wrapped)
