"""The pages: server-rendered HTML, each with a .json twin that returns the data it shows.

    /                   overview: launched / destroyed / suppressed per night, monthly totals, records
    /attacks            table of attacks (filters, pages, downloads)
    /attacks/{id}       one attack: each figure beside its sentence, highlighted in the document text
    /regions            attacks per region on a tile grid of Ukraine's 27 subdivisions
    /extract            paste an article, see what the extractor reads in it

`/index.json`, `/attacks.json`, `/attacks/{id}.json`, `/regions.json` and `/extract.json`
are the twins. Handlers only parse parameters and pick a template; views.py builds the data.
"""
from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from ..errors import InputError
from . import views
from .api import MAX_PAGE, Filters, Snap, TheStore, paged, read_upload
from .app import error_body
from .index import AttackQuery

router = APIRouter(include_in_schema=False)
Class = Annotated[Literal["all", "drones", "missiles"], Query(alias="class")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0)]
ATTACK_ID = r"^[0-9a-f]{4,16}$"
SAMPLE = ("Russia attacked Ukraine overnight with 120 drones and 7 missiles, the Air Force said on Tuesday. "
          "Air defences shot down 85 drones and 5 missiles, and 30 drones were lost from radar. "
          "Debris fell in the Kyiv region, and two people were injured in Kharkiv.")


def render(request: Request, template: str, data: dict[str, Any], json_url: str, *, status: int = 200,
           **extra: Any) -> Response:
    context = {"data": data, "json_url": json_url, "read_only": request.app.state.settings.read_only,
               "segments": views.segments, **extra}
    return request.app.state.templates.TemplateResponse(request, template, context, status_code=status)


def twin(request: Request) -> str:
    """This page's .json twin, same query string."""
    path = request.url.path.rstrip("/") or "/index"
    query = f"?{request.url.query}" if request.url.query else ""
    return f"{path}.json{query}"


# -- overview ----------------------------------------------------------------------------------


@router.get("/index.json")
def overview_json(snap: Snap, q: Filters, cls: Class = "all") -> JSONResponse:
    return JSONResponse(views.overview(snap, q, cls))


@router.get("/")
def overview(request: Request, snap: Snap, q: Filters, cls: Class = "all") -> Response:
    return render(request, "overview.html", views.overview(snap, q, cls), twin(request), page="overview")


# -- attacks -----------------------------------------------------------------------------------


def _listing(request: Request, snap: Any, q: AttackQuery, limit: int, offset: int) -> dict[str, Any]:
    return paged(request, views.attack_list(snap, q, limit, offset))


@router.get("/attacks.json")
def attacks_json(request: Request, snap: Snap, q: Filters, limit: Limit = 50, offset: Offset = 0) -> JSONResponse:
    return JSONResponse(_listing(request, snap, q, limit, offset))


@router.get("/attacks")
def attacks(request: Request, snap: Snap, q: Filters, limit: Limit = 50, offset: Offset = 0) -> Response:
    data = _listing(request, snap, q, limit, offset)
    export = request.url.remove_query_params(["limit", "offset"])
    downloads = {name: f"/api/export?{export.include_query_params(format=fmt).query}" for name, fmt in
                 (("CSV", "csv"), ("Parquet", "parquet"), ("Kaggle layout CSV", "kaggle"), ("JSON", "json"))}
    return render(request, "attacks.html", data, twin(request), page="attacks", downloads=downloads)


def _attack_id(attack_id: str) -> str:
    import re
    if not re.match(ATTACK_ID, attack_id):
        raise views.NotFound(f"no attack with id {attack_id!r}")
    return attack_id


@router.get("/attacks/{attack_id}.json")
def attack_json(the_store: TheStore, attack_id: Annotated[str, Depends(_attack_id)]) -> JSONResponse:
    return JSONResponse(views.attack_page(the_store, attack_id))


@router.get("/attacks/{attack_id}")
def attack(request: Request, the_store: TheStore, attack_id: Annotated[str, Depends(_attack_id)]) -> Response:
    data = views.attack_page(the_store, attack_id)
    return render(request, "attack.html", data, f"/attacks/{data['attack']['id']}.json", page="attacks")


# -- regions -----------------------------------------------------------------------------------


Metric = Annotated[Literal["attacks", "hit_attacks"], Query()]


@router.get("/regions.json")
def regions_json(snap: Snap, q: Filters, metric: Metric = "attacks") -> JSONResponse:
    return JSONResponse(views.region_map(snap, q, metric))


@router.get("/regions")
def regions(request: Request, snap: Snap, q: Filters, metric: Metric = "attacks") -> Response:
    return render(request, "regions.html", views.region_map(snap, q, metric), twin(request), page="regions")


# -- the paste box -----------------------------------------------------------------------------


def _blank() -> dict[str, Any]:
    return {"result": None, "error": None, "form": {"text": "", "format": "auto", "published": "", "lang": "auto"},
            "post_to": "/extract", "api": "/api/extract"}


@router.get("/extract.json")
def extract_form_json() -> JSONResponse:
    return JSONResponse(_blank())


@router.get("/extract")
def extract_form(request: Request) -> Response:
    return render(request, "extract.html", _blank(), "/extract.json", page="extract", sample=SAMPLE)


async def _extract(request: Request) -> tuple[dict[str, Any], int]:
    data = _blank()
    upload = await read_upload(request)
    data["form"] = {"text": upload.data.decode("utf-8", "replace"), "format": upload.media,
                    "published": upload.published.isoformat() if upload.published else "", "lang": upload.lang}
    try:
        data["result"] = await run_in_threadpool(views.extract, upload, request.app.state.settings.max_body_bytes)
    except InputError as exc:
        data["error"] = error_body(422, f"the document could not be read: {exc.reason}")
        return data, 422
    return data, 200


@router.post("/extract.json")
async def extract_json(request: Request) -> JSONResponse:
    data, status = await _extract(request)
    return JSONResponse(data["error"] if data["error"] else data, status_code=status)


@router.post("/extract")
async def extract(request: Request) -> Response:
    data, status = await _extract(request)
    return render(request, "extract.html", data, "/extract.json", status=status, page="extract", sample=SAMPLE)
