"""`set TITLE=x` on a Hugo page that has `title:`: Hugo reads front-matter names without regard
to capitals (hugo 0.111 shows a page's `TITLE:` as its title), so the page's own `title` is set,
said in one line, as the form's Title row would; no second key `TITLE` beside it. Jekyll reads
names as written: there `TITLE` is another field, added and warned of, as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run
from shared_sites import copy_shared_site


def test_hugo_sets_the_page_own_spelling(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_shared_site("hugo-docs", tmp_path, without_git=True)
    page = root / "content" / "en" / "about" / "security.md"
    page.chmod(0o644)
    original = page.read_text(encoding="utf-8")
    assert "\ntitle: Security model\n" in original and "\nlinkTitle: Security\n" in original
    code, _, err = run(capsys, "set", str(page), "TITLE=Safety", "LINKTITLE=Safe")
    assert code == 0, err
    expected = original.replace("\ntitle: Security model\n", "\ntitle: Safety\n").replace(
        "\nlinkTitle: Security\n", "\nlinkTitle: Safe\n"
    )
    assert page.read_text(encoding="utf-8") == expected
    assert "TITLE" not in page.read_text(encoding="utf-8")
    lines = err.strip().splitlines()
    assert len(lines) == 2, err
    assert "'TITLE' is 'title' on this page" in lines[0]
    assert "'LINKTITLE' is 'linkTitle' on this page" in lines[1]
    assert "warning" not in err


def test_hugo_remove_in_other_capitals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_shared_site("hugo-docs", tmp_path, without_git=True)
    page = root / "content" / "en" / "about" / "security.md"
    page.chmod(0o644)
    original = page.read_text(encoding="utf-8")
    code, _, err = run(capsys, "set", str(page), "--remove", "LINKTITLE")
    assert code == 0, err
    assert page.read_text(encoding="utf-8") == original.replace("\nlinkTitle: Security\n", "\n")


def test_jekyll_keeps_capitals_as_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = copy_shared_site("jekyll-docs", tmp_path, without_git=True)
    page = root / "_docs" / "configuration.md"
    page.chmod(0o644)
    code, _, err = run(capsys, "set", str(page), "TITLE=x")
    assert code == 0, err
    text = page.read_text(encoding="utf-8")
    assert "\ntitle: Configuration\n" in text and "\nTITLE: x\n" in text
    assert "Did you mean 'title'?" in err and "on this page" not in err


def test_hugo_adds_a_missing_field_as_the_others_spell_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = copy_shared_site("hugo-docs", tmp_path, without_git=True)
    page = root / "content" / "en" / "getting-started" / "quick-start.md"
    page.chmod(0o644)
    assert "linktitle" not in page.read_text(encoding="utf-8").lower()
    code, _, err = run(capsys, "set", str(page), "LINKTITLE=Quick")
    assert code == 0, err
    text = page.read_text(encoding="utf-8")
    assert "\nlinkTitle: Quick\n" in text and "LINKTITLE" not in text
    assert "'LINKTITLE' is 'linkTitle' on the other pages" in err
