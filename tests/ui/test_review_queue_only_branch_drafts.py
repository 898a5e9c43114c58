"""With nothing in the review queue but a draft sent for review on its branch, the line under
the queue (and `review queue`'s last line) says the draft waits, not "1 more draft": there is
nothing else it would be more than."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor_app.cli import main
from editor_app.core import gitutil, sync, sync_drafts

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import open_panel  # noqa: E402
from sync_site import isolate_git, replace_in, share  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")

POST = "posts/stickers.md"  # an Eleventy post: no status field, so nothing waits for review


def sent_draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The editor's copy, after Get latest, of a site whose one draft waits on its branch."""
    isolate_git(monkeypatch)
    site = tmp_path / "site"
    (site / "posts").mkdir(parents=True)
    (site / "eleventy.config.js").write_text("module.exports = function () {};\n")
    (site / POST).write_text("---\ntitle: How do I get a sticker?\n---\nAsk.\n")
    _server, author, editor = share(site, tmp_path)
    replace_in(author / POST, "Ask.", "Ask in person.")
    assert sync_drafts.send_for_review(author, author / POST).shared
    sync.pull(editor)
    return editor


def test_the_command_line_says_the_draft_waits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    editor = sent_draft(tmp_path, monkeypatch)
    assert main(["review", "queue", str(editor)]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last == "1 draft waits on review branches: editor-app sync drafts"


def test_the_json_queue_says_the_draft_waits_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # An empty list on stdout, plain JSON, and the waiting draft said on stderr: "[]" alone
    # told a script nothing waits.
    editor = sent_draft(tmp_path, monkeypatch)
    assert main(["review", "queue", str(editor), "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == []
    assert err == "editor-app: 1 draft waits on review branches: editor-app sync drafts\n"


def test_the_queue_report_says_the_draft_waits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The report on the queue, empty here, says the draft waiting on its branch, in the file
    # and in the line after it: it said nothing is in review, and no more.
    editor = sent_draft(tmp_path, monkeypatch)
    target = tmp_path / "report.html"
    assert main(["review", "report", str(editor), "-o", str(target)]) == 0
    waits = (
        "1 draft waits on review branches, not in this report: Drafts in the Sharing bar, "
        "or editor-app sync drafts."
    )
    assert capsys.readouterr().out.splitlines()[-1] == waits
    assert f"<p><b>{waits}</b></p>" in target.read_text(encoding="utf-8")


def test_the_window_says_the_draft_waits(
    qtbot,  # noqa: ANN001
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    settings: QSettings,
) -> None:
    editor = sent_draft(tmp_path, monkeypatch)
    panel = open_panel(qtbot, editor, settings)
    said = panel.queue.queue_label.text()
    assert "1 draft sent for review waits: see Drafts in the Sharing bar" in said
    assert "more draft" not in said
    assert panel.queue.drafts_button.isVisible()


def test_the_windows_queue_report_says_the_draft_waits(
    qtbot,  # noqa: ANN001
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    settings: QSettings,
) -> None:
    # A page in the queue, and the draft on its branch: the report on the whole queue says
    # the draft is not in it, as the line under the queue does.
    editor = sent_draft(tmp_path, monkeypatch)
    (editor / "posts" / "kept.md").write_text("---\ntitle: Kept back\npublished: false\n---\nSoon.\n")
    panel = open_panel(qtbot, editor, settings)
    assert [p.name for p in panel.queue.paths()] == ["kept.md"]
    panel.tabs.setCurrentWidget(panel.report)
    panel.report.report_all_button.click()
    qtbot.waitUntil(lambda: panel.report.pdf_button.isEnabled(), timeout=30000)
    assert "1 draft waits on review branches, not in this report" in panel.report.report_text
