"""`editor-app validate` on a site whose `_schema.yml` cannot be read says so on stderr: the
pages were checked against fields worked out from them, without the file's own rules (it
said nothing, exit 0, as if the declared schema had been used)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor_app.cli import main


def test_a_broken_schema_file_is_said(guide: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (guide / "_schema.yml").write_text("collections:\n  articles:\n    fields: [\n")
    main(["validate", "--no-content", "_articles/starting-a-project.md"])
    err = capsys.readouterr().err
    assert err == (
        "editor-app: note: _schema.yml, line 4: this is not valid YAML (expected the node "
        "content, but found '<stream end>'); its fields and rules are not used until it is "
        "fixed: the pages were checked against fields worked out from them\n"
    )


def test_no_word_when_it_reads_or_is_not_there(
    guide: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["validate", "--no-content", "_articles/starting-a-project.md"])
    assert capsys.readouterr().err == ""


def test_said_in_json_too_on_stderr(guide: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (guide / "_schema.yml").write_text("collections: 3\n")
    main(["validate", "--no-content", "--format", "json", "_articles/starting-a-project.md"])
    out, err = capsys.readouterr()
    assert isinstance(json.loads(out), list)
    assert err.startswith("editor-app: note: _schema.yml, line 1: `collections` should be")
