"""content_text: whether a page is in English (`written_in_english`, which the reading and
spelling checks need): the page's and the site's language keys, language folders, and the
share of Latin letters at its edges.

Equivalent survivors (no test can tell them apart), grouped, with why:
- The folder name's pre-tests loosened (`or` for `and`, up to 6 characters, "-" replaced by
  letters): the name must then be one of the language codes listed, which all pass them.
- The first share test (ASCII letters against every other character) made stricter (`>`,
  1.8 times, the other characters counted with the ASCII ones) or "ASCII" for "ascii": when
  it says yes, the second (Latin letters against all letters, the other characters that are
  no letters left out) says yes too, so the page is English all the same.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from editor_app.core.checks.content_text import written_in_english
from editor_app.core.checks.page import make_page
from editor_app.core.site import Site
from editor_app.core.validate import validate_site

HARD = (
    "Notwithstanding considerable organisational reconfiguration, institutional "
    "accountability mechanisms necessitate comprehensive interdepartmental consultation. "
) * 12


def _codes(root: Path, config: str, rel: str = "page.md", front: str = "") -> list[str]:
    """The codes of the problems of a hard English page planted at `rel`."""
    (root / "_config.yml").write_text(f"title: x\n{config}")
    (root / rel).parent.mkdir(parents=True, exist_ok=True)
    (root / rel).write_text(f"---\ntitle: T\n{front}---\n{HARD}\n")
    return [p.code for p in validate_site(Site.open(root), content=True) if p.path == rel]


@pytest.mark.parametrize("front", ["lang: fr\n", "language: fr\n", "locale: fr\n"])
def test_a_page_saying_it_is_french_is_not_read_as_english(tmp_path: Path, front: str) -> None:
    assert _codes(tmp_path, "", front=front) == []


@pytest.mark.parametrize(
    "config",
    [
        "lang: fr\n",
        "locale: fr\n",
        "language: fr\n",
        "languageCode: fr\n",
        "defaultContentLanguage: fr\n",
    ],
)
def test_a_french_site_s_page_is_not_read_as_english(tmp_path: Path, config: str) -> None:
    assert _codes(tmp_path, config) == []


def test_the_same_page_on_a_site_in_english_is_hard_to_read(tmp_path: Path) -> None:
    assert _codes(tmp_path, "lang: en\n") == ["reading-level"]


def test_a_language_folder_counts_in_hugo_s_content_folder_only(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    assert _codes(tmp_path / "a", "", rel="docs/fr/guide.md") == ["reading-level"]
    (tmp_path / "b").mkdir()
    # The page's own word comes first, wherever the page is.
    assert _codes(tmp_path / "b", "", rel="docs/en/guide.md", front="lang: fr\n") == []


def _english(body: str) -> bool:
    return written_in_english(make_page("page.md", None, None, body), SimpleNamespace(config={}))


def test_the_first_4000_characters_decide() -> None:
    # 3200 ASCII letters in 4000 characters: exactly four in five, English; one more
    # character of another script after them does not count.
    assert _english("a" * 3200 + "я" * 801)
    assert not _english("a" * 3199 + "я" * 801)


def test_four_letters_in_five_latin_is_english() -> None:
    # 100 dashes make the first test say no; then 3120 Latin letters of 3900 letters is
    # exactly four in five.
    assert _english("a" * 3120 + "я" * 780 + "—" * 100)
    assert not _english("a" * 3119 + "я" * 781 + "—" * 100)
