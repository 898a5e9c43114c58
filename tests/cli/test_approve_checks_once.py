"""`editor-app review approve` and `sync approve` run Check once for the page they approve:
the warnings they print after approving come from the approval's own run (they ran Check
once more, before, for the warnings alone). Same output and exit codes."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import gitutil
from editor_app.core import validate as validate_module

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import POST, replace_in  # noqa: E402
from test_sync_cmd import team  # noqa: E402, F401 - the shared copies: server, author, editor

BRAND = "_resources/brand-narrative.md"


def count_checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    runs: list[Path] = []
    check = validate_module.validate_document

    def counted(doc, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        runs.append(Path(doc.path).name)
        return check(doc, *args, **kwargs)

    monkeypatch.setattr(validate_module, "validate_document", counted)
    return runs


def test_review_approve_runs_check_once_and_prints_its_warning(
    site_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = site_copy / BRAND
    text = path.read_text(encoding="utf-8")  # the author line twice: a warning, no error
    path.write_text(text.replace("author: ", "author: Ann\nauthor: ", 1), encoding="utf-8")
    runs = count_checks(monkeypatch)
    code = main(["review", "approve", str(path), "--author", "Ed"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert f"{path}: status: draft -> final" in out
    assert "'author' is given more than once" in out  # said after approving, as before
    assert runs == ["brand-narrative.md"]


@pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")
def test_sync_approve_runs_check_once_before_and_once_in_the_approval(
    team: tuple[Path, Path, Path],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _server, author, editor = team
    replace_in(author / POST, "wet Tuesday", "windy Tuesday")
    assert main(["sync", "send", str(author / POST)]) == 0
    assert main(["sync", "drafts", str(editor)]) == 0  # the editor's copy learns of it
    capsys.readouterr()
    runs = count_checks(monkeypatch)
    code = main(["sync", "approve", "review/2025-03-01-council-listens", str(editor)])
    out, err = capsys.readouterr()
    assert (code, out) == (0, f"Approved and shared: {POST}\n"), err
    # The draft as sent (the gate, before anything is merged), then the page as approved;
    # not a third time for the warnings.
    assert len(runs) == 2, runs
