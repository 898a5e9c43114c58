"""`image-not-found` reads reference-style images as the content checks do
(`content_links.reference_images`): the images the alt-text check sees are the ones whose
files are looked for, each still told on its definition's line, where its address is written.
Each test below pins a page that the check's former copy of the patterns read wrong."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.checks import content_links
from editor_app.core.checks.content_text import page_images
from editor_app.core.checks.page import make_page
from editor_app.core.site import Site
from editor_app.core.validate import validate_site

CODE = "image-not-found"


def _told(root: Path, body: list[str]) -> dict[int, str]:
    """The told lines of a page on a tiny Jekyll site, numbered from the body's first line."""
    (root / "img").mkdir(parents=True)
    (root / "img/cat.png").write_text("png", encoding="utf-8")
    (root / "_config.yml").write_text("title: x\n", encoding="utf-8")
    page = root / "index.md"
    page.write_text("---\ntitle: Home\n---\n" + "\n".join(body) + "\n", encoding="utf-8")
    problems = validate_site(Site.open(root), only=[page], content=False)
    return {p.line - 3: p.message for p in problems if p.code == CODE}


def test_a_missing_reference_image_is_told_on_its_definition_line(tmp_path: Path) -> None:
    told = _told(tmp_path, ["![A cat][cat] and ![A cat][cat] again", "", "[cat]: /img/catt.png"])
    assert list(told) == [3]
    assert told[3].endswith("Did you mean '/img/cat.png'?")


def test_an_exclamation_before_a_footnote_is_no_image(tmp_path: Path) -> None:
    # "It works![^1]" is a footnote after an exclamation; `[^1]:` defines a footnote, not an
    # address. The former reading looked for a file named "Tested".
    told = _told(tmp_path, ["It works![^1]", "", "[^1]: Tested on three sites."])
    assert told == {}


def test_an_escaped_exclamation_mark_makes_no_image(tmp_path: Path) -> None:
    # `\![logo][l]` shows "!" before a link: no image is published, so none can be missing.
    told = _told(tmp_path, [r"Wow\![logo][l]", "", "[l]: /img/logo.png"])
    assert told == {}


def test_a_line_with_more_after_the_address_defines_nothing(tmp_path: Path) -> None:
    # Markdown takes `[label]: address` for a definition only when a title at most follows it:
    # here `![logo]` stays text on the page, and no image is missing.
    told = _told(tmp_path, ["![logo]", "", "[logo]: /img/logo.png and more words"])
    assert told == {}


def test_the_images_looked_for_are_the_alt_text_checks_images() -> None:
    text = "![A][a] x![^1] \\![b][b] ![c]\n\n[a]: /a.png\n[^1]: Note.\n[b]: /b.png\n[c]: /c.png x\n"
    page = make_page("page.md", None, None, text)
    seen = sorted(image.src for image in page_images(page) if image.reference)
    assert seen == ["/a.png"]
    assert content_links.reference_images(page) == [("/a.png", 3)]
