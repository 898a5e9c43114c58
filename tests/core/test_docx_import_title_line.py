"""The first line of a Word import's result, "Created NAME (TITLE).", reads in the order of
each part: a Persian title is set apart and read from the right, so a Latin word in it
("GitHub") stays where the Persian sentence puts it, and the English around it reads from
the left. Before, the Persian words and the Latin ones were laid out as one left-to-right
line: "(GitHub) هژورپ" and the like, in the window and in `editor-app import`'s output."""

from __future__ import annotations

from pathlib import Path

import docx
from fpdf.bidi import BidiParagraph, TextDirection
from shared_sites import copy_shared_site

from editor_app.cli import main
from editor_app.core.docx_import import import_docx
from editor_app.core.site import Site

# The direction marks, and the zero-width non-joiner of "سنجه‌ها" the reordering drops.
_MARKS = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f\u200c"))


def _seen(line: str) -> str:
    """`line` as a left-to-right screen shows it, left to right, without the marks."""
    shown = BidiParagraph(line, base_direction=TextDirection.LTR).get_reordered_string()
    return shown.translate(_MARKS)


def _word_file(path: Path, title: str, text: str) -> Path:
    document = docx.Document()
    document.add_heading(title, 0)
    document.add_paragraph(text)
    document.save(path)
    return path


def _small_site(root: Path) -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Notes\n", encoding="utf-8")
    (root / "_posts" / "2024-01-01-hello.md").write_text(
        "---\ntitle: Hello\nlayout: post\n---\nHello.\n", encoding="utf-8"
    )
    return root


PERSIAN_TEXT = "آگاهانه تصمیم‌گیری کنید تا پروژۀ شما پیشرفت کند."


def test_a_persian_title_ending_in_latin_reads_from_the_right(tmp_path: Path) -> None:
    site = Site.open(_small_site(tmp_path / "site"))
    source = _word_file(tmp_path / "fa.docx", "سنجه‌های پروژه GitHub", PERSIAN_TEXT)
    report = import_docx(source, site, "posts")
    first = report.summary().splitlines()[0]
    # Read from the right: "سنجه‌های پروژه" first, at the right; "GitHub" last, at the left.
    assert _seen(first) == f"Created {report.path.name} (GitHub هژورپ یاههجنس)."


def test_a_persian_title_starting_in_latin_reads_from_the_right(tmp_path: Path) -> None:
    site = Site.open(_small_site(tmp_path / "site"))
    source = _word_file(tmp_path / "fa.docx", "GitHub برای تازه‌کارها", PERSIAN_TEXT)
    first = import_docx(source, site, "posts").summary().splitlines()[0]
    assert _seen(first).endswith("(اهراکهزات یارب GitHub).")


def test_an_english_title_with_a_persian_word_keeps_its_order(tmp_path: Path) -> None:
    site = Site.open(_small_site(tmp_path / "site"))
    source = _word_file(tmp_path / "en.docx", "Saying پروژه in 2024", "Plain English words.")
    first = import_docx(source, site, "posts").summary().splitlines()[0]
    assert _seen(first).endswith("(Saying هژورپ in 2024).")


def test_the_command_prints_the_title_line_in_reading_order(tmp_path: Path, capsys) -> None:
    site = copy_shared_site("opensource-guide", tmp_path, "osg")
    source = _word_file(tmp_path / "fa.docx", "سنجه‌های پروژه GitHub", PERSIAN_TEXT)
    assert main(["import", str(source), "articles", str(site)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert Path(out[0]).parent.name == "fa"
    assert _seen(out[1]).endswith("(GitHub هژورپ یاههجنس).")
