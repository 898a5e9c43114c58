"""`editor-app rename author "Jeni Tennison" "Jeni T"` without --target: the resources would
name an author no person page is titled; a warning says so and how to rename the page too.
Merging into a value a page already has (a topic's other spelling) is quiet."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main

WARNING = (
    "editor-app: warning: _people/jeni-tennison.md is titled 'Jeni Tennison' and no page there "
    "is titled 'Jeni T', so the changed pages would point to no page (--target renames that "
    "page too)\n"
)


def test_renaming_a_related_title_without_its_page_is_warned(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["rename", "author", "Jeni Tennison", "Jeni T", str(site_copy), "--dry-run"]
    assert main(args) == 0
    err = capsys.readouterr().err
    assert err.startswith(WARNING), err
    assert main([*args, "--target"]) == 0
    assert "warning" not in capsys.readouterr().err


def test_merging_into_a_title_a_page_has_is_quiet(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["rename", "topics", "Public Sector", "Public sector", str(site_copy), "--dry-run"]
    assert main(args) == 0
    assert "warning" not in capsys.readouterr().err


def test_a_relation_by_file_name_is_warned_of_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `related: beginners` names _articles/beginners.md: renamed to a name no file has, the
    # pages would point to no page; only relations by title were warned of.
    site = tmp_path / "site"
    (site / "_articles").mkdir(parents=True)
    (site / "_config.yml").write_text("collections:\n  articles:\n    output: true\n")
    (site / "_schema.yml").write_text(
        "collections:\n  articles:\n    fields:\n"
        "    - name: title\n      type: text\n"
        "    - name: related\n      type: relation\n      collection: articles\n"
        "      key: file\n      multiple: true\n"
    )
    (site / "_articles/beginners.md").write_text("---\ntitle: Beginners\n---\nB\n")
    (site / "_articles/other.md").write_text("---\ntitle: O\nrelated: [beginners]\n---\nB\n")
    assert main(["rename", "related", "beginners", "starting", str(site), "--dry-run"]) == 0
    assert capsys.readouterr().err.startswith(
        "editor-app: warning: _articles/beginners.md is named 'beginners' and no page there is "
        "named 'starting', so the changed pages would point to no page (rename that file too)\n"
    )
