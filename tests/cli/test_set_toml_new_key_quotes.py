"""A key `set` adds to a TOML header (`+++`) is quoted as the header quotes its text: a
`params` group made by `set params.x=...`, a key added inside an existing table and a new
top-level key were written in "basic" quotes in a header of 'literal' ones."""

from __future__ import annotations

from pathlib import Path

from editor_app.cli import main
from editor_app.core.document import Document


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    posts = site / "content" / "posts"
    posts.mkdir(parents=True)
    (site / "hugo.toml").write_text("title = 'S'\n", "utf-8")
    (posts / "one.md").write_text(
        "+++\ntitle = 'One'\ndate = 2024-01-01\n[params]\n  mood = 'calm'\n+++\nText.\n", "utf-8"
    )
    return posts


def test_params_group_made_by_set_takes_the_header_quotes(tmp_path: Path) -> None:
    posts = _site(tmp_path)
    page = posts / "two.md"
    page.write_text("+++\ntitle = 'Two'\ndescription = 'Words'\n+++\nText.\n", "utf-8")
    assert main(["set", str(page), "params.mood=sunny"]) == 0
    text = page.read_text("utf-8")
    assert "mood = 'sunny'" in text.splitlines(), text
    assert Document.load(page).front_matter["params"] == {"mood": "sunny"}


def test_key_added_in_a_table_and_at_the_top_take_the_header_quotes(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "+++\ntitle = 'Hello'\ndescription = 'Some words'\n[params]\n  a = 'b'\n+++\nbody\n",
        "utf-8",
    )
    assert main(["set", str(page), "params.x=hello", "params.l=[c, d]", "new=plain"]) == 0
    lines = page.read_text("utf-8").splitlines()
    assert "  x = 'hello'" in lines
    assert "  l = ['c', 'd']" in lines
    assert "new = 'plain'" in lines


def test_text_literal_quotes_cannot_write_stays_basic(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("+++\ntitle = 'Hello'\ndescription = 'Words'\n+++\nbody\n", "utf-8")
    assert main(["set", str(page), "sub=It's"]) == 0
    assert "sub = \"It's\"" in page.read_text("utf-8").splitlines()


def test_a_basic_quoted_header_keeps_basic_quotes(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text('+++\ntitle = "Hello"\n[params]\n  a = "b"\n+++\nbody\n', "utf-8")
    assert main(["set", str(page), "params.x=hello", "new=plain"]) == 0
    lines = page.read_text("utf-8").splitlines()
    assert '  x = "hello"' in lines and 'new = "plain"' in lines
