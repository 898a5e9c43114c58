"""`editor-app sync drafts --changes` shows what each draft changes in the shared copy, as the
Drafts dialog does and as `review diff` words it, so an editor on the command line reads the
draft before approving or sending it back (the list gave only its title and notes)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from cli_helpers import run
from shared_sites import shared_site_path

from editor_app.core import gitutil, sync, sync_drafts

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import copy_real_site, isolate_git, replace_in, share  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")

CASE_STUDY = "_resources/case-study-dfe.md"
SHARED = "It routinely shares this information with third parties."


def test_drafts_with_their_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    isolate_git(monkeypatch)
    site = copy_real_site(shared_site_path("connectedbydata"), tmp_path / "site")
    _server, author, editor = share(site, tmp_path)
    replace_in(author / CASE_STUDY, "status: final", "status: draft")
    replace_in(author / CASE_STUDY, SHARED, SHARED.replace("third", "many third"))
    assert sync_drafts.send_for_review(author, author / CASE_STUDY).shared
    sync.pull(editor)

    code, out, _err = run(capsys, "sync", "drafts", str(editor), "--changes")
    assert code == 0
    assert "    ~ status: [-final-]{+draft+}\n" in out
    assert "this information with{+ many+} third parties." in out
    assert "    --- Shared copy\n    +++ Draft\n" in out

    code, out, _err = run(capsys, "sync", "drafts", str(editor), "--no-fetch")
    assert code == 0 and "{+many +}" not in out  # without --changes: the list as before

    code, out, _err = run(capsys, "sync", "drafts", str(editor), "--json", "--changes")
    (row,) = json.loads(out)
    assert row["changes"]["changed"] is True
    assert [f["name"] for f in row["changes"]["fields"]] == ["status"]
