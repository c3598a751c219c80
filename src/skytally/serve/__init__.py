"""Serve: the JSON API and the pages over a store (`skytally serve`).

    create_app(settings) -> FastAPI    app.py: guards, errors, assets
    api.py                             /api/...: attacks, stats, regions, export, extract, documents
    pages.py                           /, /attacks, /attacks/{id}, /regions, /extract and their .json twins
    views.py                           what each of them shows, built from the library
    index.py                           the in-memory read model that keeps listings fast
"""
from .app import create_app, error_body
from .config import ServeSettings, from_environment

__all__ = ["ServeSettings", "create_app", "error_body", "from_environment"]
