"""The README tells the truth: every command, the error catalogue, and the CI command."""

from __future__ import annotations

import re

from conftest import ROOT


def readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_cli_command_is_in_the_readme():
    from typer.main import get_command

    from newskg.cli import app

    commands = get_command(app).commands
    assert len(commands) >= 10
    for name in commands:
        assert f"newskg {name}" in readme(), f"README does not show `newskg {name}`"


def test_error_table_is_the_catalogue():
    from newskg.errors import markdown_table

    assert markdown_table() in readme(), "regenerate the README's error table from newskg.errors.markdown_table()"


def test_ci_runs_the_readme_test_command():
    assert re.search(r"^make test\b", readme(), re.M)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test\s*$", ci, re.M)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "python -m pytest" in makefile.split("test: install-test", 1)[1].splitlines()[1]


def test_installed_ontology_and_queries_are_the_repository_copies():
    from newskg.resources import ontology_dir, queries_dir

    for mine, theirs in ((ROOT / "ontology", ontology_dir()), (ROOT / "queries", queries_dir())):
        names = sorted(p.name for p in mine.iterdir() if p.is_file())
        assert names == sorted(p.name for p in theirs.iterdir() if p.is_file())
        for name in names:
            assert (mine / name).read_bytes() == (theirs / name).read_bytes()
