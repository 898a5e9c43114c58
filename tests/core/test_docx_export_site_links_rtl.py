"""On a right-to-left page (opensource-guide's Persian articles) the title and address
written after a link to another site page read in the sentence's direction: the brackets,
quotes and comma from the right, the address left to right in one piece, a Persian part's
name after its path. Before, "(“…”, /fa/how-to-contribute/#…)" broke up in Word and in the
PDF (its slashes and brackets at the wrong ends). A left-to-right page is unchanged."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
from fpdf.bidi import BidiParagraph, TextDirection
from shared_sites import shared_site_path

from editor_app.core.docx_export import export_docx, pack_pages
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

_MARKS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f\u200c"))


def _seen(line: str) -> str:
    """`line` as a right-to-left page shows it, left to right, without the marks."""
    shown = BidiParagraph(line, base_direction=TextDirection.RTL).get_reordered_string()
    return shown.translate(_MARKS)


def _site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "fa").mkdir(parents=True)
    (root / "_config.yml").write_text("title: T\n", encoding="utf-8")
    (root / "fa" / "guide.md").write_text(
        "---\ntitle: راهنما\nlang: fa\n---\n"
        "این را [ببینید](/fa/setup/#نوشتن-راهنما) و [آن](/docs/setup/) GitHub پایان.\n",
        encoding="utf-8",
    )
    (root / "fa" / "setup.md").write_text(
        "---\ntitle: راه اندازی GitHub\npermalink: /fa/setup/\n---\nگام‌ها.\n", encoding="utf-8"
    )
    (root / "docs").mkdir()
    (root / "docs" / "setup.md").write_text(
        "---\ntitle: Setting up\npermalink: /docs/setup/\n---\nSteps.\n", encoding="utf-8"
    )
    return root


def _line(target: Path, words: str) -> str:
    return next(p.text for p in docx.Document(str(target)).paragraphs if words in p.text)


def test_a_persian_pages_link_reads_from_the_right(tmp_path: Path) -> None:
    root = _site(tmp_path)
    target = tmp_path / "p.docx"
    export_docx([root / "fa" / "guide.md"], target, Site.open(root))
    seen = _seen(_line(target, "ببینید"))
    # From the right: "(", the title (its Latin word where the Persian puts it), ", ", the
    # path left to right, "#", the part's name, ")".
    title = _seen("راه اندازی GitHub")
    name = _seen("نوشتن-راهنما")
    assert f"){name}#/fa/setup/ ,”{title}“(" in seen
    # A Latin address whole, its brackets at the sentence's ends; a Latin word after it
    # does not pull the closing bracket to its side.
    assert "GitHub )/docs/setup/ ,”Setting up“(" in seen
    # Read back unchanged, the pack brings nothing in.
    report = import_review_pack(target, Site.open(root))
    assert not report.notes and not report.suggestions


def test_the_pdf_pack_is_given_the_same_words(tmp_path: Path) -> None:
    root = _site(tmp_path)
    page = pack_pages([root / "fa" / "guide.md"], Site.open(root))[0]
    assert "\u200f(“راه اندازی GitHub”\u200f, \u200e/fa/setup/\u200e#نوشتن-راهنما)\u200f" in (
        page.body_html
    )


def test_a_left_to_right_page_is_unchanged(tmp_path: Path) -> None:
    root = _site(tmp_path)
    (root / "guide.md").write_text(
        "---\ntitle: Guide\n---\nSee [the setup](/docs/setup/) and [Persian](/fa/setup/).\n",
        encoding="utf-8",
    )
    target = tmp_path / "e.docx"
    export_docx([root / "guide.md"], target, Site.open(root))
    assert _line(target, "See") == (
        "See the setup (“Setting up”, /docs/setup/) and Persian (“راه اندازی GitHub”, /fa/setup/)."
    )


def test_opensource_guide_persian_article_reads_so(tmp_path: Path) -> None:
    site = shared_site_path("opensource-guide")
    root = tmp_path / "osg"
    shutil.copytree(site, root)
    target = tmp_path / "fa.docx"
    export_docx([root / "_articles" / "fa" / "building-community.md"], target, Site.open(root))
    # (Read by the full rule this order came out so before too; the PDF's simpler layout
    # and LibreOffice's broken lines did not: looked at in both.)
    seen = _seen(_line(target, "/fa/how-to-contribute/"))
    assert f"){_seen('مشارکت-به-چه-معناست')}#/fa/how-to-contribute/ ," in seen
