"""Which key a page writes a field as (Hugo reads `LINKTITLE:` as `linkTitle`) is one rule,
`CollectionSchema.own_key`, asked by the form's rows and by Check alike: they had a copy each
(`settings_form.form_rows`, `checks.facts.own_key`) and the schema's own had no caller."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from editor_app.core import checks
from editor_app.core.document import Document
from editor_app.core.schema import load_schema
from editor_app.core.schema_model import CollectionSchema
from editor_app.core.settings_form import form_rows
from editor_app.core.site import Site
from editor_app.core.validate import validate_document


@pytest.fixture
def hugo(tmp_path: Path) -> Path:
    (tmp_path / "hugo.toml").write_text('title = "S"\n', encoding="utf-8")
    posts = tmp_path / "content" / "posts"
    posts.mkdir(parents=True)
    for n in range(4):
        (posts / f"p{n}.md").write_text(
            f"---\ntitle: P{n}\nlinkTitle: L{n}\n---\nText.\n", encoding="utf-8"
        )
    (posts / "odd.md").write_text("---\ntitle: Odd\nLINKTITLE: Short\n---\nText.\n", "utf-8")
    return tmp_path


def test_form_and_check_ask_the_schema(hugo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    rule = CollectionSchema.own_key

    def counted(self: CollectionSchema, front_matter: Any, name: str) -> str | None:
        asked.append(name)
        return rule(self, front_matter, name)

    monkeypatch.setattr(CollectionSchema, "own_key", counted)
    site = Site.open(hugo)
    schema = load_schema(site)
    page = hugo / "content/posts/odd.md"
    posts = schema.for_collection(site.collection_of(page))
    assert posts.names_any_case
    posts.field("linkTitle").required = True
    header = Document.load(page).front_matter

    rows = form_rows(header, posts, list(header))
    assert rows.keys == {"linkTitle": "LINKTITLE"}
    assert "linkTitle" in asked

    asked.clear()
    problems = validate_document(Document.load(page), site, schema, content=False)
    assert not [p for p in problems if p.code == "required-missing"], problems
    assert "linkTitle" in asked
    assert not hasattr(checks.facts, "own_key")


def test_a_big_header_is_folded_once(hugo: Path) -> None:
    site = Site.open(hugo)
    posts = load_schema(site).for_collection("posts")
    header = {f"Key{n}": n for n in range(5000)}
    header["LINKTITLE"] = "x"
    assert posts.own_key(header, "linkTitle") == "LINKTITLE"
    assert posts.own_key(header, "key17") == "Key17"
    assert posts.own_key(header, "absent") is None
    header["linktitle"] = "y"  # the first of two spellings wins
    assert posts.own_key(header, "linkTitle") == "LINKTITLE"
