"""A title written in a script with no Latin letters (Persian, Japanese, Hindi) names the new
file by its own words, as Jekyll and Hugo name such pages; each such page was `untitled.md`,
then `untitled-2.md`, and so on. A title with Latin letters keeps its plain slug."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_sites import copy_shared_site

from editor_app.cli import main
from editor_app.core.document import Document
from editor_app.core.new_page_path import slugify


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("مدیریت پروژه", "مدیریت-پروژه"),
        ("日本語のページ", "日本語のページ"),
        ("हिन्दी पृष्ठ", "हिन्दी-पृष्ठ"),  # vowel signs and virama kept inside the words
        ("Привет, мир!", "привет-мир"),
        ("Ünïcödé café", "unicode-cafe"),
        ("Hugo 日本語", "hugo"),
        ("???", "untitled"),
    ],
)
def test_slug(title: str, slug: str) -> None:
    assert slugify(title) == slug


def test_a_long_title_in_another_script_fits_a_file_name() -> None:
    slug = slugify("日本語のページ" * 40)
    assert 0 < len(slug.encode("utf-8")) <= 180


def test_a_persian_title_names_its_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = copy_shared_site("opensource-guide", tmp_path, symlinks=True)
    args = ["new", "articles", "--folder", "_articles/fa", str(site)]
    assert main([*args[:2], "--title", "مدیریت پروژه", *args[2:]]) == 0
    first = Path(capsys.readouterr().out.strip())
    assert first == site / "_articles/fa/مدیریت-پروژه.md"
    assert Document.load(first).front_matter["title"] == "مدیریت پروژه"
    assert main([*args[:2], "--title", "مدیریت پروژه", *args[2:]]) == 0
    assert Path(capsys.readouterr().out.strip()).name == "مدیریت-پروژه-2.md"
