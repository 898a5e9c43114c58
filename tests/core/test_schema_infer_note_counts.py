"""What the editor noticed about a site says one other document in the singular: 'tags is a
single value in a.md but a list in 1 other documents' read wrong."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.schema_infer import infer_schema
from editor_app.core.site import Site


def _site(root: Path, tags: list[str]) -> Site:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: t\n", encoding="utf-8")
    for i, value in enumerate(tags):
        (root / "_posts" / f"2024-01-0{i + 1}-post-{i}.md").write_text(
            f"---\ntitle: Post {i}\ntags: {value}\n---\nText.\n", encoding="utf-8"
        )
    return Site.open(root)


def test_one_other_document_is_said_in_the_singular(tmp_path: Path) -> None:
    site = _site(tmp_path / "one", ["news", "[news, events]"])
    notes = [n for n in infer_schema(site).notes if "`tags`" in n]
    assert len(notes) == 1
    assert "but a list in 1 other document;" in notes[0]


def test_several_other_documents_are_said_in_the_plural(tmp_path: Path) -> None:
    site = _site(tmp_path / "many", ["news", "[news, events]", "[events, talks]"])
    notes = [n for n in infer_schema(site).notes if "`tags`" in n]
    assert len(notes) == 1
    assert "but a list in 2 other documents;" in notes[0]


def test_a_list_among_single_values_says_them_in_the_singular(tmp_path: Path) -> None:
    site = _site(tmp_path / "single", ["[news]", "events"])
    notes = [n for n in infer_schema(site).notes if "`tags`" in n]
    assert len(notes) == 1
    assert "but a single value in 1 other document;" in notes[0]
