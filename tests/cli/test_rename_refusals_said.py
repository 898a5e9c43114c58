"""`editor-app rename` refused with bare words ('NEW is empty', 'FIELD is empty', 'OLD and NEW
are the same'); each refusal now says what to give instead, and nothing is changed. An empty
OLD changed the pages whose field was `""` and not those where it was left empty (`field:`),
which look the same: it is refused too."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (
            ["topics", "Health", " "],
            "NEW is empty: give the value to put instead of 'Health' (rename does not take a "
            "value away)",
        ),
        (
            ["topics", " ", "Care"],
            "OLD is empty: give the value the pages have now (rename does not fill empty "
            "fields; editor-app set PAGE topics=VALUE fills one page's)",
        ),
        (["", "Health", "Care"], "FIELD is empty: name the field holding the value, e.g. topics"),
        (
            ["topics", "Health", "Health"],
            "OLD and NEW are the same ('Health'): there is nothing to rename",
        ),
    ],
)
def test_a_refusal_says_what_to_give(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    page = tmp_path / "page.md"
    page.write_text("---\ntopics: [Health]\n---\n")
    assert main(["rename", *argv, str(tmp_path)]) == 2
    assert capsys.readouterr() == ("", f"editor-app: {said}\n")
    assert page.read_text() == "---\ntopics: [Health]\n---\n"


def test_a_page_given_for_site_is_refused(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # It read as "rename in this page"; every page of its site holding the value was changed.
    page = site_copy / "_resources" / "2023-03-31-governance-board-minutes.md"
    before = {p: p.read_bytes() for p in site_copy.rglob("*.md")}
    assert main(["rename", "status", "final", "done", str(page)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err == (
        f"editor-app: {page} is a file: rename changes every page of a site, so give the "
        f"site's folder (e.g. .); to change this page alone: editor-app set {page} "
        "status=VALUE\n"
    )
    assert {p: p.read_bytes() for p in site_copy.rglob("*.md")} == before


def test_spaces_around_new_are_dropped(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `rename topics Health " Care "` wrote `- " Care "`, which names no topic page.
    assert main(["rename", "topics", "Health", " Care ", str(site_copy)]) == 0
    capsys.readouterr()
    texts = [p.read_text(encoding="utf-8") for p in site_copy.glob("_*/*.md")]
    assert any("  - Care\n" in text for text in texts)
    assert not any('" Care "' in text for text in texts)
    assert main(["rename", "topics", "Care", " Care ", str(site_copy)]) == 2
    assert capsys.readouterr().err == (
        "editor-app: OLD and NEW are the same ('Care'): there is nothing to rename\n"
    )


def test_a_new_value_of_two_lines_is_refused(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # It was written into each page as the topic "Two\nlines".
    before = {p: p.read_bytes() for p in site_copy.glob("_*/*.md")}
    assert main(["rename", "topics", "Health", "Two\nlines", str(site_copy)]) == 2
    assert capsys.readouterr().err == (
        "editor-app: NEW 'Two\\nlines' holds a line break: rename puts one value in place of "
        "another; give it on one line (text of several lines goes into a page with set)\n"
    )
    assert {p: p.read_bytes() for p in site_copy.glob("_*/*.md")} == before
