"""A value set to one that needs quotes and back comes back plain when it was: the page being
set is left out of its collection's quoting habit (`field_place.clear_quote_mark`), whose
quotes may be only its last value's need. hugo-docs' `linkTitle: Security`, its collection's
one linkTitle, came back `linkTitle: "Security"` after `set` to "X: new" and back (the
form: tests/ui/test_form_back_plain_own_page.py). Its folder's other pages tell first."""

from __future__ import annotations

from pathlib import Path

from shared_sites import copy_shared_site

from editor_app.cli import main

PAGE = "content/en/about/security.md"


def test_link_title_set_and_set_back_is_plain_again(tmp_path: Path) -> None:
    root = copy_shared_site("hugo-docs", tmp_path, without_git=True)
    page = root / PAGE
    original = page.read_bytes()
    assert b"\nlinkTitle: Security\n" in original
    assert main(["set", str(page), "linkTitle=X: new"]) == 0
    assert b'\nlinkTitle: "X: new"\n' in page.read_bytes()
    assert main(["set", str(page), "linkTitle=Security"]) == 0
    assert page.read_bytes() == original


def test_a_title_quoted_as_its_folder_quotes_them_comes_back_quoted(tmp_path: Path) -> None:
    """jekyll-docs' docs on continuous integration quote their titles (five in six), where the
    docs as a whole mostly do not: `title: "Buddy"`, set to "X: new" and back, came back
    plain. Its folder's other pages tell first."""
    root = copy_shared_site("jekyll-docs", tmp_path, without_git=True)
    page = root / "_docs" / "continuous-integration" / "buddyworks.md"
    original = page.read_bytes()
    assert b'\ntitle: "Buddy"\n' in original
    assert main(["set", str(page), "title=X: new"]) == 0
    assert main(["set", str(page), "title=Buddy"]) == 0
    assert page.read_bytes() == original


def _page(path: Path, title: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\nlayout: doc\ntitle: {title}\n---\nWords.\n", encoding="utf-8")


def test_a_folder_that_does_not_clearly_agree_leaves_the_collection_to_tell(
    tmp_path: Path,
) -> None:
    """A value set back plain takes its collection's quotes where its folder does not tell:
    the folder's other pages split one quoted, one plain, or only one other page there."""
    (tmp_path / "_config.yml").write_text("title: Site\ncollections:\n  docs:\n    output: true\n")
    docs = tmp_path / "_docs"
    for n in range(4):
        _page(docs / "quoted" / f"q{n}.md", f'"Quoted {n}"')
    _page(docs / "mixed" / "one.md", '"Quoted one"')
    _page(docs / "mixed" / "two.md", "Plain two")
    _page(docs / "alone" / "one.md", "Plain alone")
    for folder in ("mixed", "alone"):
        page = docs / folder / "target.md"
        _page(page, '"X: new"')
        assert main(["set", str(page), "title=Back"]) == 0
        assert '\ntitle: "Back"\n' in page.read_text(encoding="utf-8"), folder
