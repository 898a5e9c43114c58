"""A Word document going into a Hugo site that keeps each language in its own content folder
(`languages.fr.contentDir = 'content/fr'`; hugo-docs' `content/en`, mounted for English)
lands in its language's folder, in the same section (`content/fr/news`, made if the section
has no French page yet), and the import says so; a language the site does not have is said,
and the page goes with the default language's pages. Before, a French document went with
the English pages, saying nothing; and on a site whose English folder is a module mount
and French one a `contentDir`, every new page went into the French folder."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from shared_sites import copy_shared_site

from editor_app.cli import main
from editor_app.core.docx_import import import_docx
from editor_app.core.page_create import FolderNeeded
from editor_app.core.site import Site

FRENCH_LANGUAGE = """
  [languages.fr]
    contentDir = 'content/fr'
    label      = 'Français'
    weight     = 2
"""


def _word_file(path: Path, title: str, text: str, lang: str | None = None) -> Path:
    document = docx.Document()
    document.add_heading(title, 0)
    run = document.add_paragraph().add_run(text)
    if lang:
        mark = OxmlElement("w:lang")
        mark.set(qn("w:val"), lang)
        run._r.get_or_add_rPr().append(mark)
    document.save(path)
    return path


def _french(tmp_path: Path) -> Path:
    text = "Une page écrite en français, pour les lecteurs du site."
    return _word_file(tmp_path / "fr.docx", "Organiser le contenu", text, "fr-FR")


def _english(tmp_path: Path) -> Path:
    return _word_file(tmp_path / "en.docx", "Use the folder", "Plain English words.", "en-US")


def _persian(tmp_path: Path) -> Path:
    return _word_file(tmp_path / "fa.docx", "سنجه‌های پروژه", "آگاهانه تصمیم‌گیری کنید.")


def _page(folder: Path, name: str, title: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"---\ntitle: {title}\n---\n\nText.\n", encoding="utf-8")


def _small_site(root: Path) -> Site:
    """English in `content/en` by a module mount, as hugo-docs has it; French by contentDir."""
    root.mkdir()
    (root / "hugo.toml").write_text(
        "title = 'Docs'\ndefaultContentLanguage = 'en'\n[languages]\n  [languages.en]\n"
        "    weight = 1\n" + FRENCH_LANGUAGE + "[module]\n  [[module.mounts]]\n"
        "    source = 'content/en'\n    target = 'content'\n"
        "    [module.mounts.sites.matrix]\n      languages = ['en']\n",
        encoding="utf-8",
    )
    _page(root / "content/en/guides", "start.md", "Start")
    _page(root / "content/en/guides", "install.md", "Install")
    _page(root / "content/en/news", "hello.md", "Hello")
    _page(root / "content/fr/guides", "start.md", "Commencer")
    return Site.open(root)


def _multilingual_hugo_docs(tmp_path: Path) -> Site:
    root = copy_shared_site("hugo-docs", tmp_path)
    settings = root / "hugo.toml"
    text = settings.read_text(encoding="utf-8")
    settings.write_text(text.replace("[markup]", FRENCH_LANGUAGE.lstrip() + "\n[markup]", 1))
    _page(root / "content/fr/content-management", "organization.md", "Organisation du contenu")
    return Site.open(root)


def test_a_french_document_joins_the_french_section(tmp_path: Path) -> None:
    site = _small_site(tmp_path / "site")
    report = import_docx(_french(tmp_path), site, "guides")
    assert report.path.parent == (site.root / "content/fr/guides").resolve()
    assert "It is in French: it went into content/fr/guides, with the site's French pages." in (
        report.summary()
    )


def test_the_section_is_made_in_french_for_its_first_french_page(tmp_path: Path) -> None:
    site = _small_site(tmp_path / "site")
    report = import_docx(_french(tmp_path), site, "news")
    assert report.path.parent == (site.root / "content/fr/news").resolve()


def test_english_pages_stay_in_the_english_folder(tmp_path: Path) -> None:
    site = _small_site(tmp_path / "site")
    assert site.collections["guides"].folder == (site.root / "content/en/guides").resolve()
    report = import_docx(_english(tmp_path), site, "guides")
    assert report.path.parent == (site.root / "content/en/guides").resolve()
    assert "It is in" not in report.summary()


def test_a_language_the_site_lacks_goes_with_the_default_pages_and_is_said(
    tmp_path: Path,
) -> None:
    site = _small_site(tmp_path / "site")
    report = import_docx(_persian(tmp_path), site, "guides")
    assert report.path.parent == (site.root / "content/en/guides").resolve()
    assert (
        "It is in Persian, and this site has no Persian pages (its languages: English, "
        "French): it went into content/en/guides, with the English pages."
    ) in report.summary()


def test_on_a_multilingual_copy_of_hugo_docs(tmp_path: Path) -> None:
    site = _multilingual_hugo_docs(tmp_path)
    report = import_docx(_french(tmp_path), site, "content-management")
    assert report.path.parent == (site.root / "content/fr/content-management").resolve()
    # hugo-docs' methods live in subfolders: the one picked, in French.
    with pytest.raises(FolderNeeded):
        import_docx(_french(tmp_path), site, "methods")
    report = import_docx(_french(tmp_path), site, "methods", page_folder="content/en/methods/page")
    assert report.path.parent == (site.root / "content/fr/methods/page").resolve()
    assert "it went into content/fr/methods/page" in report.summary()
    report = import_docx(_english(tmp_path), site, "content-management")
    assert report.path.parent == (site.root / "content/en/content-management").resolve()


def test_hugo_docs_has_no_french_pages_and_says_so(tmp_path: Path, capsys) -> None:
    root = copy_shared_site("hugo-docs", tmp_path)
    assert main(["import", str(_french(tmp_path)), "news", str(root)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert Path(out[0]).parent.resolve() == (root / "content/en/news").resolve()
    assert (
        "It is in French, and this site has no French pages (its languages: English): it "
        "went into content/en/news, with the English pages."
    ) in out
