"""A returned pack's summary names its pages in the pack's order, as the reviewer read them
and as its later lines (edits made without Track Changes) do. Before, the first lines went by
path ("_articles/fa/leadership..." before "_articles/finding-users.md"), the later ones by the
pack: two orders in one summary."""

from __future__ import annotations

import sys
from pathlib import Path

import docx

from editor_app.core.docx_export import export_docx
from editor_app.core.docx_import import import_review_pack
from editor_app.core.site import Site

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_docx_pack_comment_place import _comment_on_words  # noqa: E402


def _small_site(root: Path) -> list[Path]:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Notes\n", encoding="utf-8")
    pages = []
    for name, words in (("zebra", "Stripes are drawn here."), ("apple", "Apples are red here.")):
        page = root / "_posts" / f"2024-01-01-{name}.md"
        page.write_text(f"---\ntitle: {name.title()}\n---\n\n{words}\n", encoding="utf-8")
        pages.append(page)
    return pages


def test_the_pages_are_said_in_the_packs_order(tmp_path: Path) -> None:
    pages = _small_site(tmp_path / "site")
    site = Site.open(tmp_path / "site")
    export_docx(pages, tmp_path / "pack.docx", site)  # zebra first, then apple
    document = docx.Document(str(tmp_path / "pack.docx"))
    for first, words in (("Stripes", "drawn"), ("Apples", "red")):
        paragraph = next(p for p in document.paragraphs if p.text.startswith(first))
        _comment_on_words(document, paragraph, words, "Say more.")
        run = next(r for r in paragraph.runs if "here" in r.text)
        run.text = run.text.replace("here", "there")  # without Track Changes
    document.core_properties.last_modified_by = "Rae Viewer"
    document.save(str(tmp_path / "returned.docx"))
    lines = import_review_pack(tmp_path / "returned.docx", site).summary().splitlines()
    named = [line.split(":")[0] for line in lines]
    assert named == [
        "2024-01-01-zebra.md", "2024-01-01-apple.md", "2024-01-01-zebra.md", "2024-01-01-apple.md"
    ], lines
