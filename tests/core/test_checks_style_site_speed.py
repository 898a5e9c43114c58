"""The site's spelling majority reads each page's prose once in a whole-site Check: the pages
it read ahead take over what it worked out (results unchanged)."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.checks import content_prose
from editor_app.core.site import Site
from editor_app.core.validate import validate_site


def _site(root: Path, pages: int) -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Example\n", encoding="utf-8")
    for i in range(pages):
        spelling = "color and the organization" if i else "colour and the organisation"
        (root / "_posts" / f"2024-01-{i + 1:02d}-post.md").write_text(
            f"---\ntitle: Post {i}\n---\n\nThe {spelling} of the team, in a plain sentence.\n",
            encoding="utf-8",
        )
    return root


def test_site_spelling_reads_each_page_prose_once(tmp_path, monkeypatch):
    root = _site(tmp_path / "site", 8)
    made = []
    real = content_prose.plain_text
    monkeypatch.setattr(
        content_prose, "plain_text", lambda *a, **k: made.append(1) or real(*a, **k)
    )
    problems = validate_site(Site.open(root), cache=False)
    # The British page is told against the site's American majority, as before.
    told = [p for p in problems if p.code == "style-word"]
    assert told and all("2024-01-01" in p.path for p in told)
    assert "mostly in American English" in told[0].message
    # Once a page, and twice for the page whose check asked first (it was twice for every page).
    assert len(made) <= 8 + 1


def test_pages_take_over_their_language_and_licence_from_the_site_spelling(tmp_path, monkeypatch):
    from editor_app.core import validate

    root = _site(tmp_path / "site", 6)
    made = []
    real = validate._page_for_entry

    def page_for_entry(*args, **kwargs):
        page = real(*args, **kwargs)
        made.append(dict(page.cache))  # what it starts with, before any check runs
        return page

    monkeypatch.setattr(validate, "_page_for_entry", page_for_entry)
    validate_site(Site.open(root), cache=False)
    later = made[1:]  # the first page's check asks for the site's spelling: nothing lent yet
    assert later and all(c.get("english") is True for c in later)
    assert all(c.get("licence_page") is False and "prose_words" in c for c in later)


def test_site_spelling_hands_the_check_each_page_it_made(tmp_path, monkeypatch):
    from editor_app.core import validate
    from editor_app.core.checks import page as page_module

    root = _site(tmp_path / "site", 8)
    decoded = []
    for module in (validate, page_module):
        real = module.decode
        monkeypatch.setattr(module, "decode", lambda raw, real=real: decoded.append(1) or real(raw))
    problems = validate_site(Site.open(root), cache=False)
    assert any(p.code == "style-word" and "2024-01-01" in p.path for p in problems)
    # Each page is decoded and split once, the page checked first twice (it asked for the
    # site's spelling while being checked); it was twice for every page.
    assert len(decoded) <= 8 + 1
