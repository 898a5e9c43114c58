"""`editor-app validate --json`, as every other command with `--format` takes it: the same
as `--format json` (it was refused, "unrecognized arguments", exit 2), and the last of the two
given counts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run
from shared_sites import copy_shared_site


def test_validate_takes_json_as_format_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_shared_site("hugo-docs", tmp_path, without_git=True)
    page = str(root / "content" / "en" / "about" / "security.md")
    code, out, err = run(capsys, "validate", "--no-cache", "--json", page)
    assert "unrecognized" not in err
    expected = run(capsys, "validate", "--no-cache", "--format", "json", page)
    assert (code, out) == expected[:2]
    assert isinstance(json.loads(out), list)
    code, text_out, _ = run(capsys, "validate", "--no-cache", "--json", "--format", "text", page)
    assert text_out == run(capsys, "validate", "--no-cache", page)[1]
