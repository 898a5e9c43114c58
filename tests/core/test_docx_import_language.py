"""A Word document in another language than the collection's own goes where the site keeps
that language's pages, marked as they are: a Persian document imported into the Open Source
Guide's articles lands in `_articles/fa` with `lang: fa` (before: `_articles/` with
`lang: en`, previewed left to right), and the import says so. The language is Word's own
mark on the runs (`w:lang w:bidi="fa-IR"`), else the script of the text. English documents,
and sites that keep no languages apart, are unchanged: no `lang` where the pages have none."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from shared_sites import copy_shared_site

from editor_app.core.document import Document
from editor_app.core.docx_import import import_docx
from editor_app.core.docx_language import document_language
from editor_app.core.site import Site

PERSIAN = ["آگاهانه تصمیم‌گیری کنید تا پروژۀ شما پیشرفت کند.", "کلمهٔ GitHub در میان متن."]


def _run_lang(run, **marks: str) -> None:
    rpr = run._r.get_or_add_rPr()
    lang = OxmlElement("w:lang")
    for slot, value in marks.items():
        lang.set(qn(f"w:{slot}"), value)
    rpr.append(lang)


def _persian(path: Path, marks: bool = True) -> Path:
    document = docx.Document()
    document.add_heading("سنجه‌های پروژه", 0)
    for text in PERSIAN:
        run = document.add_paragraph().add_run(text)
        if marks:
            _run_lang(run, val="en-US", bidi="fa-IR")
    document.save(path)
    return path


def _english(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Measuring what matters", 0)
    document.add_paragraph("Make informed decisions to help your project thrive.")
    document.save(path)
    return path


def _site(tmp_path: Path, name: str) -> Site:
    copy_shared_site(name, tmp_path)
    return Site.open(tmp_path / name)


@pytest.mark.parametrize("marks", [True, False], ids=["word-marks", "script-only"])
def test_a_persian_document_joins_the_guides_persian_articles(tmp_path: Path, marks: bool):
    site = _site(tmp_path, "opensource-guide")
    report = import_docx(_persian(tmp_path / "fa.docx", marks), site, "articles")
    assert report.path.parent.resolve() == (site.root / "_articles" / "fa").resolve()
    assert Document.load(report.path).front_matter["lang"] == "fa"
    assert "It is in Persian: it went into _articles/fa" in report.summary()


def test_an_english_document_stays_with_the_english_articles(tmp_path: Path) -> None:
    site = _site(tmp_path, "opensource-guide")
    report = import_docx(_english(tmp_path / "en.docx"), site, "articles")
    assert report.path.parent.name == "_articles"
    assert Document.load(report.path).front_matter["lang"] == "en"
    assert "It is in" not in report.summary()


def test_without_a_folder_for_it_the_page_is_marked_with_its_language(tmp_path: Path) -> None:
    site = _site(tmp_path, "opensource-guide")
    shutil.rmtree(site.root / "_articles" / "fa")
    site = Site.open(site.root)
    report = import_docx(_persian(tmp_path / "fa.docx"), site, "articles")
    assert report.path.parent.name == "_articles"
    assert Document.load(report.path).front_matter["lang"] == "fa"  # not the usual `en`
    assert "marked lang: fa" in report.summary()


@pytest.mark.parametrize(
    ("name", "collection"),
    [
        ("connectedbydata", "resources"),
        ("jekyll-docs", "docs"),
        ("hugo-docs", "content-management"),
        ("eleventy-website", "docs"),
    ],
)
def test_no_language_is_added_where_the_pages_say_none(
    tmp_path: Path, name: str, collection: str
) -> None:
    site = _site(tmp_path, name)
    own = site.collections[collection].folder.resolve()
    for source in (_english(tmp_path / "en.docx"), _persian(tmp_path / "fa.docx")):
        report = import_docx(source, site, collection)
        front = Document.load(report.path).front_matter
        assert not {"lang", "language", "locale"} & set(front), front
        assert report.path.resolve().parent == own
        # hugo-docs keeps English in content/en, as a language's folder: it says it has no
        # Persian pages (tests/core/test_docx_import_hugo_languages.py).
        assert ("It is in" not in report.summary()) == (name != "hugo-docs" or "en" in source.name)


def _one_paragraph(path: Path, text: str, **marks: str) -> docx.Document:
    document = docx.Document()
    run = document.add_paragraph().add_run(text)
    if marks:
        _run_lang(run, **marks)
    document.save(path)
    return docx.Document(path)


def test_the_language_comes_from_words_marks_else_the_script(tmp_path: Path) -> None:
    # Word's template marks right-to-left text `ar-SA` by default: Persian letters say fa.
    assert document_language(_one_paragraph(tmp_path / "a.docx", PERSIAN[0], bidi="ar-SA")) == "fa"
    arabic = "هذا نص عربي للتجربة"
    assert document_language(_one_paragraph(tmp_path / "b.docx", arabic, bidi="ar-EG")) == "ar-EG"
    assert document_language(_one_paragraph(tmp_path / "c.docx", "שלום עולם")) == "he"
    french = _one_paragraph(tmp_path / "d.docx", "Bonjour à tous", val="fr-FR")
    assert document_language(french) == "fr-FR"
