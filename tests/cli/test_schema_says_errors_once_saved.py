"""`editor-app schema` says plainly, at the top, when saving what it prints as `_schema.yml`
would make pages errors that are only warnings today (the values its notes name: a project no
page is titled, a topic in other capitals; errors once declared, docs/SCHEMA.md). It said
'Save this as _schema.yml ...; it is then used as is', and connectedbydata went from no error
to four."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main


def error_pages(site: Path, capsys: pytest.CaptureFixture[str]) -> set[str]:
    main(["validate", str(site), "--no-content", "--format", "json"])
    return {p["path"] for p in json.loads(capsys.readouterr().out) if p["severity"] == "error"}


@pytest.mark.parametrize(
    "name", ["connectedbydata", "opensource-guide", "jekyll-docs", "eleventy-website"]
)
def test_the_pages_it_names_are_the_ones_saving_makes_errors(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = copy_shared_site(name, tmp_path)
    before = error_pages(site, capsys)
    assert main(["schema", str(site)]) == 0
    printed = capsys.readouterr().out
    (site / "_schema.yml").write_text(printed, encoding="utf-8")
    new_errors = sorted(error_pages(site, capsys) - before)
    careful = [line for line in printed.splitlines() if line.startswith("# Careful:")]
    if not new_errors:
        assert careful == []
        return
    count = len(new_errors)
    shown = ", ".join(new_errors[:3]) + (f" and {count - 3} more" if count > 3 else "")
    assert careful == [
        f"# Careful: saved as it is, this makes {count} page{'s' if count > 1 else ''} errors "
        f"that are only warnings today (the notes below name their values): {shown}. "
        "Fix them first, or adjust the fields."
    ]


def test_connectedbydata_is_told_of_its_four(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = copy_shared_site("connectedbydata", tmp_path)
    assert main(["schema", str(site)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[2].startswith("# Careful: saved as it is, this makes 4 pages errors")
    # Printed again from the saved file, the declared schema has nothing to warn of.
    (site / "_schema.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["schema", str(site)]) == 0
    assert "# Careful:" not in capsys.readouterr().out
