"""`editor-app review` on a Jekyll site with `_drafts`: the drafts are in the queue, by the
status "draft", and approving one without a status says how it gets published."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from editor_app.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_review_jekyll_drafts import NEW_DRAFT, add_drafts  # noqa: E402


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_queue_lists_the_drafts_folder(site_copy: Path, capsys) -> None:
    add_drafts(site_copy)
    code, out, err = run(capsys, "review", "queue", str(site_copy))
    assert code == 0 and err == ""
    lines = out.splitlines()
    row = next(line for line in lines if line.startswith("Notes on data trusts"))
    assert row.split()[-1] == NEW_DRAFT
    assert " draft " in row and "Ada Editor" in row
    assert lines[-1] == "4 pages waiting for review."
    code, out, err = run(capsys, "review", "queue", str(site_copy), "--collection", "drafts")
    assert code == 0 and err == ""
    assert out.splitlines()[-1] == "2 of 4 pages waiting for review match these filters."
    code, out, _err = run(capsys, "review", "queue", str(site_copy), "--json")
    rows = {row["path"]: row for row in json.loads(out)}
    assert rows[NEW_DRAFT]["status"] == "draft" and rows[NEW_DRAFT]["collection"] == "drafts"


def test_approve_a_draft_without_status(site_copy: Path, capsys) -> None:
    add_drafts(site_copy)
    page = site_copy / NEW_DRAFT
    before = page.read_bytes()
    code, out, err = run(capsys, "review", "approve", str(page))
    assert (code, err) == (0, "")
    assert out == (
        f"{page}: approved; it goes on the site once it is moved to _posts "
        f"(editor-app review publish {page}).\n"
    )
    assert page.read_bytes() == before
    code, out, _err = run(capsys, "review", "queue", str(site_copy))
    row = next(line for line in out.splitlines() if line.startswith("Notes on data trusts"))
    assert "draft (approved)" in row


def test_approving_an_approved_draft_again_records_nothing(site_copy: Path, capsys) -> None:
    # Each run added another approval to its history; now said, nothing recorded, the file
    # as it was, text and JSON.
    from editor_app.core import review

    add_drafts(site_copy)
    page = site_copy / NEW_DRAFT
    assert run(capsys, "review", "approve", str(page))[0] == 0
    before = page.read_bytes()
    code, out, err = run(capsys, "review", "approve", str(page))
    assert (code, err) == (0, "")
    assert out.startswith(f"{page}: already approved by ")
    assert out.endswith(
        ", unchanged since; nothing changed. Publish it to put it on the site: "
        f"editor-app review publish {page}\n"
    )
    code, out, _err = run(capsys, "review", "approve", str(page), "--json")
    assert code == 0
    assert json.loads(out) == {
        "approved": True, "already": True, "changes": [], "anyway": False, "warnings": []
    }
    assert page.read_bytes() == before
    assert [d.decision for d in review.NoteStore(page).decisions] == ["approved"]


def test_publish_moves_the_approved_draft_into_posts(site_copy: Path, capsys) -> None:
    add_drafts(site_copy)
    page = site_copy / NEW_DRAFT
    before = page.read_bytes()
    assert run(capsys, "review", "approve", str(page))[0] == 0
    code, out, err = run(capsys, "review", "publish", str(page), "--date", "2026-12-06")
    assert (code, err) == (0, "")
    assert out == (
        f"{page}: published as _posts/2026-12-06-data-trusts.md; it goes on the site at the "
        "next build.\n"
    )
    post = site_copy / "_posts" / "2026-12-06-data-trusts.md"
    assert post.read_bytes() == before and not page.exists()
    code, out, _err = run(capsys, "review", "history", str(post))
    assert code == 0 and "approved" in out.lower()
    code, out, _err = run(capsys, "review", "queue", str(site_copy))
    assert "Notes on data trusts" not in out


def test_publish_is_refused_in_plain_words(site_copy: Path, capsys) -> None:
    add_drafts(site_copy)
    page = site_copy / NEW_DRAFT
    code, out, err = run(capsys, "review", "publish", str(page), "--date", "06/12/2026")
    assert code == 2 and out == "" and "year-month-day" in err and "Traceback" not in err
    resource = site_copy / "_resources" / "worker-power-ai-cwu.md"
    code, out, err = run(capsys, "review", "publish", str(resource))
    assert code == 2 and "_drafts" in err and "nothing was moved" in err
    assert resource.is_file() and page.is_file()
