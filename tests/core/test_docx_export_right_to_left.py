"""A review pack of a page written right to left (the Open Source Guide's `_articles/ar`) reads
so in Word: every paragraph of that page (and table) is laid out from the right (`w:bidi`,
`w:bidiVisual`), as the preview and the PDF pack show it; a left-to-right page in the same
pack is left as it is. Before, Word laid the Arabic out from the left, a sentence's full stop
at its start and the lists hanging from the left."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn
from shared_sites import copy_shared_site

from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site


def _bidi(paragraph) -> bool:  # noqa: ANN001
    properties = paragraph._p.pPr
    return properties is not None and properties.find(qn("w:bidi")) is not None


def test_a_right_to_left_page_reads_from_the_right_in_word(tmp_path: Path) -> None:
    root = copy_shared_site("opensource-guide", tmp_path, "guide")
    arabic = root / "_articles/ar/starting-a-project.md"
    french = root / "_articles/fr/starting-a-project.md"
    site = Site.open(root)
    export_docx([arabic, french], tmp_path / "pack.docx", site)

    document = docx.Document(str(tmp_path / "pack.docx"))
    shown = [p for p in document.paragraphs if p.text.strip()]
    contents, paragraphs = shown[:3], shown[3:]  # the contents list, then the two pages
    ar = [p for p in paragraphs if any("\u0600" <= c <= "\u06ff" for c in p.text)]
    fr = [p for p in paragraphs if "projet" in p.text]
    assert len(ar) > 50 and fr
    assert all(_bidi(p) for p in ar)
    assert not any(_bidi(p) for p in fr)
    assert [p.text for p in contents[:1]] == ["Contents"]
    # The contents list: each title in its page's direction (the Arabic one from the right).
    assert [_bidi(p) for p in contents] == [False, True, False]
    # It still comes back as a pack: nothing new in it, nothing lost.
    report = import_review_pack(tmp_path / "pack.docx", site)
    assert report.added == 0 and not report.missing


MIXED_PAGE = """---
lang: ar
title: صفحة اختبار
---

هذه فقرة **عربية** مع كلمة English في الوسط.

— @arfon, ["The Shape of Open Source"](https://github.com/blog/2195-the-shape-of-open-source)

```
git commit -m "fix (issue #12)"
```

* Plain English item
* بند عربي
"""


def test_code_and_latin_paragraphs_of_a_right_to_left_page_read_left_to_right(
    tmp_path: Path,
) -> None:
    root = copy_shared_site("opensource-guide", tmp_path, "guide")
    page = root / "_articles/ar/mixed.md"
    page.write_text(MIXED_PAGE, encoding="utf-8")
    site = Site.open(root)
    export_docx([page], tmp_path / "pack.docx", site)

    document = docx.Document(str(tmp_path / "pack.docx"))
    by_start = {p.text.strip().split()[0]: p for p in document.paragraphs if p.text.strip()}
    arabic, credit = by_start["هذه"], by_start["—"]
    code, item = by_start["git"], by_start["Plain"]
    assert _bidi(arabic) and _bidi(by_start["بند"])
    # Code stays left to right at the left: laid out from the right, Word put its closing
    # quote first.
    assert not _bidi(code) and code.alignment is None
    # Latin words alone read left to right, at the right edge with the page's other lines.
    assert not _bidi(credit) and str(credit.alignment) == "RIGHT (2)"
    # A list item keeps its bullet at the right with the other items'.
    assert _bidi(item)
    report = import_review_pack(tmp_path / "pack.docx", site)
    assert report.added == 0 and not report.missing


def test_latin_words_with_a_right_to_left_mark_stay_laid_out_from_the_right(
    tmp_path: Path,
) -> None:
    """Latin words holding a mark that starts a right-to-left stretch (an isolate, an
    embedding, an override) are not Latin alone: Word lays the paragraph out from the right,
    as the PDF pack does (Word took it for Latin alone, the PDF did not)."""
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: T\n", encoding="utf-8")
    page = root / "he.md"
    page.write_text(
        "---\nlang: he\ntitle: דף\n---\n\nשלום לכולם.\n\nPlain English words.\n\n"
        "Marked \u2067words\u2069 here.\n\nEmbedded \u202bwords\u202c here.\n",
        encoding="utf-8",
    )
    export_docx([page], tmp_path / "pack.docx", Site.open(root))
    document = docx.Document(str(tmp_path / "pack.docx"))
    by_start = {p.text.strip().split()[0]: p for p in document.paragraphs if p.text.strip()}
    assert not _bidi(by_start["Plain"]) and str(by_start["Plain"].alignment) == "RIGHT (2)"
    assert _bidi(by_start["Marked"]) and _bidi(by_start["Embedded"])
