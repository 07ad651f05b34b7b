"""The packaged ontology/ and queries/ folders (the top-level ones, shipped in the wheel)."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def _folder(name: str) -> Path:
    for candidate in (_HERE / "_resources" / name, _HERE.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"newskg's {name}/ folder is missing from the installation; reinstall newskg")


def ontology_dir() -> Path:
    return _folder("ontology")


def queries_dir() -> Path:
    return _folder("queries")


def ontology_file(name: str = "newskg.ttl") -> Path:
    return ontology_dir() / name
