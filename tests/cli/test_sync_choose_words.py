"""`editor-app sync choose`: keeping their version says nothing about sharing (theirs is the
shared one already: "Share my changes" then found nothing to share); keeping mine says to."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from editor_app.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import POST, git, isolate_git, make_synthetic_site, replace_in, share  # noqa: E402


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


@pytest.mark.parametrize(("choice", "tells_to_share"), [("theirs", False), ("mine", True)])
def test_choose_says_to_share_only_what_is_new(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    choice: str,
    tells_to_share: bool,
) -> None:
    isolate_git(monkeypatch)
    _server, author, editor = share(make_synthetic_site(tmp_path / "site"), tmp_path)
    replace_in(author / POST, "wet Tuesday", "cold Tuesday")
    run(capsys, "sync", "push", str(author))
    replace_in(editor / POST, "wet Tuesday", "warm Tuesday")
    assert run(capsys, "sync", "pull", str(editor))[0] == 1
    (waiting,) = json.loads(run(capsys, "sync", "choices", str(editor), "--json")[1])

    code, out = run(capsys, "sync", "choose", waiting["id"], choice, str(editor))
    assert code == 0
    assert ("Share my changes" in out) is tells_to_share
    assert (git(editor, "status", "--porcelain") != "") is tells_to_share
