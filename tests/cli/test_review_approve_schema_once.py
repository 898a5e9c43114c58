"""`editor-app review approve` works the site's schema out once for its warnings and the
approval (working it out reads every page of the site), not once for each. Same output."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import gitutil
from editor_app.core import schema as schema_module

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_site import BRIEFING, make_git_site  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


def count_schema_loads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls = [0]
    load = schema_module.load_schema

    def counted(site):  # noqa: ANN001, ANN202
        calls[0] += 1
        return load(site)

    monkeypatch.setattr(schema_module, "load_schema", counted)
    return calls


def test_review_approve_works_the_schema_out_once(
    site_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    site = make_git_site(site_copy, education_draft=True)
    monkeypatch.chdir(site)
    calls = count_schema_loads(monkeypatch)
    code = main(["review", "approve", BRIEFING])
    out, err = capsys.readouterr()
    assert (code, out) == (0, f"{BRIEFING}: status: draft -> final\n"), err
    assert calls[0] == 1


def test_review_approve_json_works_the_schema_out_once(
    site_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    site = make_git_site(site_copy, education_draft=True)
    monkeypatch.chdir(site)
    calls = count_schema_loads(monkeypatch)
    code = main(["review", "approve", BRIEFING, "--format", "json"])
    said = json.loads(capsys.readouterr().out)
    assert code == 0 and said["approved"] is True
    assert said["changes"] == [
        {"field": "status", "kind": "changed", "old": "draft", "new": "final"}
    ]
    assert calls[0] == 1
