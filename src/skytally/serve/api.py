"""The JSON API under /api: thin handlers over views.py (and through it, the library).

    GET  /api                      what this server is, and its endpoints
    GET  /api/attacks              attacks, filtered and paginated (newest first)
    GET  /api/attacks/{id}         one attack: figures, evidence, sources, conflicts, flags
    GET  /api/stats                totals and rates per day, week or month, and records
    GET  /api/regions              attacks per ISO 3166-2 region
    GET  /api/export               csv | parquet | kaggle | json download of the filtered attacks
    POST /api/extract              a text or HTML document in, its report out (nothing stored)
    POST /api/documents            store a document (needs the write token)

OpenAPI at /api/openapi.json, browsable at /api/docs (served from here, no CDN).
"""
from __future__ import annotations

import hmac
import json
from datetime import date
from typing import Annotated, Any, Literal
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field

from ..settings import LANGUAGES
from ..store import DATASET_EXTRACTED, DATASET_KAGGLE, Store
from . import views
from .app import ApiError
from .index import AttackQuery, Snapshot
from .views import BadRequest, Upload

MAX_PAGE = 500
REGION = r"^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$"
COUNTRY = r"^[A-Za-z]{2}$"


# -- documentation models (the handlers return plain dicts) ------------------------------------


class ErrorBody(BaseModel):
    ok: Literal[False] = False
    status: int = Field(examples=[404])
    error: str = Field(examples=["not_found"], description="bad_request, unauthorized, forbidden, not_found, "
                       "method_not_allowed, payload_too_large, unsupported_media_type, unprocessable_document, "
                       "internal_error or store_unavailable")
    message: str = Field(examples=["no attack with id 'ffff0000'"])


class AttackSummary(BaseModel):
    id: str
    date: str | None
    attacker: str
    target: str
    launched: int | None = Field(description="stated total, else the sum of the stated classes")
    destroyed: int | None
    suppressed: int | None
    hits: int | None
    documents: int
    conflicts: int
    flags: str = Field(description="accounting flag codes, space separated")
    regions: list[str]


class AttackList(BaseModel):
    total: int
    limit: int
    offset: int
    order: Literal["newest", "oldest"]
    filters: dict[str, str]
    next: str | None
    previous: str | None
    attacks: list[AttackSummary]


class ExtractRequest(BaseModel):
    text: str = Field(description="the document: plain text or HTML")
    format: Literal["auto", "text", "html"] = "auto"
    published: date | None = Field(None, description="publication date; overrides the document's own")
    lang: Literal["auto", "en", "uk"] = "auto"
    name: str | None = Field(None, description="a label for the source (never used as a path)")


ERRORS: dict[int | str, dict[str, Any]] = {400: {"model": ErrorBody, "description": "a bad parameter"},
                                           404: {"model": ErrorBody, "description": "no such thing"}}
UPLOAD_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": ExtractRequest.model_json_schema()},
    "text/plain": {"schema": {"type": "string"}}, "text/html": {"schema": {"type": "string"}}}}}

router = APIRouter(prefix="/api", tags=["api"], responses=ERRORS)


# -- dependencies ----------------------------------------------------------------------------------


def snapshot(request: Request) -> Snapshot:
    return request.app.state.index.snapshot()


def store(request: Request) -> Store:
    return request.app.state.store


def parse_day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"{name} must be a date like 2025-07-04, not {value!r}") from None


def attack_query(
        date_from: Annotated[str | None, Query(description="first date, YYYY-MM-DD (inclusive)")] = None,
        date_to: Annotated[str | None, Query(description="last date, YYYY-MM-DD (inclusive)")] = None,
        attacker: Annotated[str | None, Query(description="ISO 3166-1 alpha-2, e.g. RU")] = None,
        target: Annotated[str | None, Query(description="ISO 3166-1 alpha-2, e.g. UA")] = None,
        region: Annotated[str | None, Query(description="ISO 3166-2 code the attack names, e.g. UA-30")] = None,
        min_launched: Annotated[str | None, Query(description="at least this many weapons launched")] = None,
        dataset: Annotated[Literal["extracted", "kaggle"], Query(description="extracted (ingested documents) "
                                                                 "or kaggle (the imported reference)")]
        = DATASET_EXTRACTED,
) -> AttackQuery:
    """Filters shared by the listings, the statistics, the regions and the exports (blank = not given)."""
    import re
    for name, value, pattern in (("attacker", attacker, COUNTRY), ("target", target, COUNTRY),
                                 ("region", region, REGION)):
        if value and not re.match(pattern, value):
            raise BadRequest(f"{name} must be an ISO code like {'UA-30' if name == 'region' else 'UA'}, "
                             f"not {value!r}")
    floor = None
    if min_launched:
        if not min_launched.isdigit():
            raise BadRequest(f"min_launched must be a whole number, not {min_launched!r}")
        floor = int(min_launched)
    q = AttackQuery(parse_day(date_from, "date_from"), parse_day(date_to, "date_to"),
                    attacker.upper() if attacker else None, target.upper() if target else None,
                    region.upper() if region else None, floor, dataset)
    if q.date_from and q.date_to and q.date_from > q.date_to:
        raise BadRequest("date_from is after date_to")
    return q


Filters = Annotated[AttackQuery, Depends(attack_query)]
Snap = Annotated[Snapshot, Depends(snapshot)]
TheStore = Annotated[Store, Depends(store)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="attacks per page")]
Offset = Annotated[int, Query(ge=0, description="attacks to skip")]
Order = Annotated[Literal["newest", "oldest"], Query(description="newest first (undated last) or oldest first")]
By = Annotated[Literal["day", "week", "month"], Query(description="period")]
Class = Annotated[Literal["all", "drones", "missiles"], Query(alias="class", description="class of weapon")]


def paged(request: Request, data: dict[str, Any]) -> dict[str, Any]:
    """Add next/previous links (path and query: they work behind any proxy) to a listing."""
    offset, limit, total = data["offset"], data["limit"], data["total"]

    def link(at: int) -> str:
        url = request.url.include_query_params(offset=at)
        return f"{url.path}?{url.query}"
    data["next"] = link(offset + limit) if offset + limit < total else None
    data["previous"] = link(max(0, offset - limit)) if offset > 0 else None
    return data


# -- reading ---------------------------------------------------------------------------------------


@router.get("", summary="This server and its endpoints")
def index(request: Request, snap: Snap) -> JSONResponse:
    return JSONResponse(views.about(snap, request.app.state.settings.read_only))


@router.get("/attacks", summary="Attacks, filtered and paginated", response_model=AttackList)
def attacks(request: Request, snap: Snap, q: Filters, limit: Limit = 50, offset: Offset = 0,
            order: Order = "newest") -> JSONResponse:
    return JSONResponse(paged(request, views.attack_list(snap, q, limit, offset, order == "newest")))


@router.get("/attacks/{attack_id}", summary="One attack: figures with evidence, sources, conflicts, flags")
def attack(the_store: TheStore,
           attack_id: Annotated[str, Path(pattern=r"^[0-9a-f]{4,16}$",
                                          description="attack id, or its first 4+ characters")]) -> JSONResponse:
    return JSONResponse(views.attack_detail(the_store, attack_id))


@router.get("/stats", summary="Totals and rates per period, and records")
def stats(snap: Snap, q: Filters, by: By = "month", cls: Class = "all",
          min_days: Annotated[int, Query(ge=0, description="list records that stood this many days")] = 30,
          ) -> JSONResponse:
    return JSONResponse(snap.stats_report(q, by, cls, min_days))


@router.get("/regions", summary="Attacks per ISO 3166-2 region")
def regions(snap: Snap, q: Filters,
            metric: Annotated[Literal["attacks", "hit_attacks"], Query(description="what colours the grid")]
            = "attacks") -> JSONResponse:
    return JSONResponse(views.region_map(snap, q, metric))


@router.get("/export", summary="Download the filtered attacks (csv, parquet, kaggle layout, json)",
            responses={200: {"content": {"text/csv": {}, "application/vnd.apache.parquet": {},
                                         "application/json": {}}}})
def export(snap: Snap, the_store: TheStore, q: Filters,
           format: Annotated[Literal["csv", "parquet", "kaggle", "json"], Query()] = "csv") -> StreamingResponse:
    ids = snap.ids_for(q)
    media, ext = views.EXPORT_FORMATS[format]
    name = f"skytally-attacks{'-kaggle' if format == 'kaggle' else ''}.{ext}"
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    if format == "parquet":
        body = views.export_parquet(the_store, ids)
        return StreamingResponse(iter(lambda: body.read(1 << 16), b""), media_type=media, headers=headers)
    return StreamingResponse(views.export_stream(the_store, ids, format), media_type=media, headers=headers)


# -- documents in ------------------------------------------------------------------------------------


async def read_upload(request: Request) -> Upload:
    """A document from a JSON body, a form, or a raw text/plain or text/html body."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if kind == "application/json":
        try:
            data = json.loads(body)
        except ValueError:
            raise BadRequest("the body is not valid JSON") from None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise BadRequest('the JSON body needs "text": the document as a string')
        fields = {k: data.get(k) for k in ("format", "published", "lang", "name")}
        text = data["text"].encode("utf-8")
    elif kind == "application/x-www-form-urlencoded":
        form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items()}
        fields = {k: form.get(k) for k in ("format", "published", "lang", "name")}
        text = form.get("text", "").encode("utf-8")
    elif kind in ("text/plain", "text/html"):
        fields = {k: request.query_params.get(k) for k in ("published", "lang", "name")}
        fields["format"] = "html" if kind == "text/html" else "text"
        text = body
    else:
        raise ApiError(415, "send the document as application/json {\"text\": ...}, text/plain or text/html")
    for name in ("format", "published", "lang", "name"):
        if fields.get(name) is not None and not isinstance(fields[name], str):
            raise BadRequest(f"{name} must be a string")
    lang = fields.get("lang") or "auto"
    if lang not in LANGUAGES:
        raise BadRequest(f"lang must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    return Upload(text, fields.get("format") or "auto", parse_day(fields.get("published"), "published"), lang,
                  fields.get("name"))


def require_token(request: Request) -> None:
    settings = request.app.state.settings
    if settings.read_only:
        raise ApiError(403, "this server is read-only: start it with SKYTALLY_TOKEN (or --token-file) set to "
                            "accept documents")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), settings.token.encode()):
        raise ApiError(401, "a valid write token is needed: send the header Authorization: Bearer <token>",
                       {"WWW-Authenticate": "Bearer"})


@router.post("/extract", summary="Extract the attacks a document reports (nothing is stored)",
             openapi_extra=UPLOAD_BODY)
async def extract(request: Request) -> JSONResponse:
    upload = await read_upload(request)
    result = await run_in_threadpool(views.extract, upload, request.app.state.settings.max_body_bytes)
    return JSONResponse(result)


@router.post("/documents", summary="Store a document: clean, extract, store, reconcile (needs the token)",
             openapi_extra=UPLOAD_BODY, dependencies=[Depends(require_token)],
             responses={401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 413: {"model": ErrorBody}})
async def add_document(request: Request) -> JSONResponse:
    upload = await read_upload(request)
    state = request.app.state
    result = await run_in_threadpool(views.ingest_upload, state.store, upload, state.settings.max_body_bytes)
    await run_in_threadpool(state.index.refresh)  # the next read sees it
    return JSONResponse(result, status_code=201 if result["added"] or result["revisions"] else 200)


__all__ = ["DATASET_KAGGLE", "attack_query", "router"]
