"""`skytally serve`: the JSON API and the pages, under uvicorn. A few lines over skytally.serve."""
from __future__ import annotations

import ipaddress
from typing import Annotated

import typer

from .errors import SkytallyError


def serve_cmd(
    db: Annotated[str | None, typer.Option("--db", envvar="SKYTALLY_DB", show_envvar=True,
                                           help="SQLite file path or SQLAlchemy URL (postgresql+psycopg://...).")]
    = None,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token_file: Annotated[str | None, typer.Option(
        "--token-file", help="File holding the write token (or set SKYTALLY_TOKEN); without one the server "
                             "is read-only.")] = None,
    max_body_bytes: Annotated[int | None, typer.Option(help="Refuse request bodies larger than this.")] = None,
    cors_origin: Annotated[list[str] | None, typer.Option(
        "--cors-origin", help="Allow GET requests from this origin (repeatable). No CORS by default.")] = None,
    log_level: Annotated[str, typer.Option(help="critical | error | warning | info | debug")] = "info",
) -> None:
    """Serve the JSON API (docs at /api/docs) and the pages over the store.

    Read-only unless a write token is configured; then POST /api/documents stores
    documents sent with `Authorization: Bearer <token>`.

    Example: skytally serve --db skytally.db --port 8000
    """
    import uvicorn

    from .serve import create_app, from_environment
    try:
        settings = from_environment().with_flags(db=db, host=host, port=port, token_file=token_file,
                                                 max_body_bytes=max_body_bytes, cors_origins=cors_origin or None)
    except SkytallyError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if not _loopback(settings.host):
        typer.echo(f"note: listening on {settings.host}, reachable from other machines "
                   f"({'read-only' if settings.read_only else 'writes need the token'})", err=True)
    typer.echo(f"skytally: http://{settings.host}:{settings.port}/  (API docs at /api/docs; "
               f"{'read-only' if settings.read_only else 'writes allowed with the token'})", err=True)
    try:
        uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level=log_level,
                    access_log=log_level == "debug", server_header=False)
    except SkytallyError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def register(app: typer.Typer) -> None:
    """Add `serve` to the main app."""
    app.command("serve")(serve_cmd)
