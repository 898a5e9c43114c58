"""`editor-app set` on a site whose `_schema.yml` cannot be read says so in one line on
stderr, as `validate` and `new` do (its rules were left out without a word); the field is
still set, judged by the fields worked out from the pages. A site without one says nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.document import Document

PAGE = "_resources/2023-03-31-governance-board-minutes.md"


def test_a_broken_schema_is_said_once_and_the_field_still_set(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (site_copy / "_schema.yml").write_text("collections:\n  resources:\n    fields: [\n")
    assert main(["set", str(site_copy / PAGE), "title=A new title"]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "_schema.yml, line" in err, err
    assert "not used until it is fixed" in err
    assert Document.load(site_copy / PAGE).front_matter["title"] == "A new title"


def test_no_schema_file_says_nothing(site_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["set", str(site_copy / PAGE), "title=A new title"]) == 0
    assert "_schema.yml" not in capsys.readouterr().err
