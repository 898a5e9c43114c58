"""`editor-app sync approve` works the site's schema out once for the draft's warnings and its
check before approving (working it out reads every page of the site), not once for each.
The page approved after the merge is still judged by the site as merged. Same output."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import schema as schema_module

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import POST, git, replace_in  # noqa: E402
from test_sync_cmd import team  # noqa: E402, F401 - the shared copies: server, author, editor


def test_sync_approve_works_the_schema_out_once_before_the_merge(
    team: tuple[Path, Path, Path],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert main(["sync", "send", str(author / POST)]) == 0
    assert main(["sync", "drafts", str(editor)]) == 0
    capsys.readouterr()
    calls = [0]
    load = schema_module.load_schema

    def counted(site):  # noqa: ANN001, ANN202
        calls[0] += 1
        return load(site)

    monkeypatch.setattr(schema_module, "load_schema", counted)
    code = main(["sync", "approve", "review/2025-03-01-council-listens", str(editor)])
    out, err = capsys.readouterr()
    assert (code, out) == (0, f"Approved and shared: {POST}\n"), err
    # Once for the warnings and the check together, once for the page approved after the merge.
    assert calls[0] == 2
    assert "windy Tuesday" in git(server, "show", f"main:{POST}")
