"""`editor-app sync status` lists what the last Get latest brought in while that is current:
until this copy commits or shares anything since (docs/SHARING.md: the pages 'brought in by
the last one' are marked changed by others). It kept listing the last Get latest's pages for
weeks, after the copy had shared since, until the next Get latest."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core import sync

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
import sync_site  # noqa: E402
from sync_site import (  # noqa: E402
    OTHER,
    POST,
    replace_in,
)

TITLE = "Brought in by the last Get latest:"


# The synthetic site shared by two people (sync_site), as the other sharing tests.
team = sync_site.team


def status(capsys: pytest.CaptureFixture[str], site: Path) -> str:
    assert main(["sync", "status", str(site)]) == 0
    return capsys.readouterr().out


def brought_in(site: Path) -> list[str]:
    return sync.status(site).brought_in


def test_listed_after_get_latest_then_not_once_shared_since(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    _server, author, editor = team
    replace_in(author / POST, "A short story", "A longer story")
    assert sync.push(author).shared
    assert sync.pull(editor).brought_in == [POST]
    out = status(capsys, editor)
    assert f"{TITLE}\n  " in out and POST in out.split(TITLE)[1]
    # The editor shares a change of their own: the Get latest is no longer the news.
    replace_in(editor / OTHER, "A finished page.", "A finished page, edited.")
    assert sync.push(editor).shared
    assert brought_in(editor) == []
    assert TITLE not in status(capsys, editor)


def test_a_page_saved_here_since_is_both_until_shared(
    team: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    # Saved over others' changes and not shared yet: changed here and by others (the
    # window's purple dot), until Share my changes.
    _server, author, editor = team
    replace_in(author / POST, "A short story", "A longer story")
    assert sync.push(author).shared
    assert sync.pull(editor).brought_in == [POST]
    replace_in(editor / POST, "A longer story", "A longer story still")
    st = sync.status(editor)
    assert st.brought_in == [POST] and POST in st.changed_here
    assert main(["sync", "status", str(editor), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["brought_in_by_last_get_latest"] == [POST]
    assert sync.push(editor).shared
    assert brought_in(editor) == []


def test_a_record_from_before_without_its_commit_is_not_listed(
    team: tuple[Path, Path, Path],
) -> None:
    _server, author, editor = team
    replace_in(author / POST, "A short story", "A longer story")
    assert sync.push(author).shared
    sync.pull(editor)
    record = editor / ".git" / "editor-app" / "last-get-latest.json"
    data = json.loads(record.read_text())
    record.write_text(json.dumps({"when": data["when"], "pages": data["pages"]}))
    assert brought_in(editor) == []
