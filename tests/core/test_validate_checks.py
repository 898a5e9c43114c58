"""Validation on hand-made sites shaped unlike the fixture (independent checks)."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.site import Site
from editor_app.core.validate import validate_site


def test_a_toml_header_on_a_hugo_site_is_not_called_missing(tmp_path: Path) -> None:
    (tmp_path / "hugo.toml").write_text('baseURL = "https://example.org/"\n')
    blog = tmp_path / "content" / "blog"
    blog.mkdir(parents=True)
    for i in range(3):
        (blog / f"post-{i}.md").write_text(f"---\ntitle: Post {i}\n---\nText.\n")
    (blog / "toml.md").write_text('+++\ntitle = "Toml"\n+++\nText.\n')
    found = [p for p in validate_site(Site.open(tmp_path)) if p.path == "content/blog/toml.md"]
    assert found == []  # read and checked like a YAML header


def _hugo_toml_site(tmp_path: Path, page: str) -> list:
    (tmp_path / "hugo.toml").write_text('baseURL = "https://example.org/"\n')
    people = tmp_path / "content" / "people"
    posts = tmp_path / "content" / "posts"
    people.mkdir(parents=True)
    posts.mkdir(parents=True)
    for name in ("Ann Lee", "Bo Chen", "Cy Diaz"):
        (people / f"{name.split()[0].lower()}.md").write_text(f'+++\ntitle = "{name}"\n+++\n')
    for i in range(6):
        author = ("Ann Lee", "Bo Chen", "Cy Diaz")[i % 3]
        (posts / f"p{i}.md").write_text(
            f'+++\ntitle = "Post {i}"\ndate = 2024-01-0{i + 1}\nauthor = "{author}"\n'
            "[params]\n  mood = 'ok'\n+++\nText.\n"
        )
    (posts / "planted.md").write_text(page)
    problems = validate_site(Site.open(tmp_path))
    return [(p.line, p.field, p.code) for p in problems if p.path == "content/posts/planted.md"]


def test_problems_planted_in_a_toml_header_are_found_on_their_lines(tmp_path: Path) -> None:
    page = '+++\ndate = 2024-01-09\nauthor = "Ann Leee"\n[params]\n  mood = "ok"\n+++\nText.\n'
    found = _hugo_toml_site(tmp_path, page)
    assert (3, "author", "unknown-relation") in found
    assert (1, "title", "required-missing") in found


def test_an_impossible_date_in_toml_is_a_header_error_on_its_line(tmp_path: Path) -> None:
    page = '+++\ntitle = "Planted"\ndate = 2024-02-30\nauthor = "Ann Lee"\n+++\nText.\n'
    assert _hugo_toml_site(tmp_path, page) == [(3, "date", "yaml-syntax")]


def test_a_json_header_is_checked_too(tmp_path: Path) -> None:
    page = '{\n  "title": "Planted",\n  "date": "2024-01-09",\n  "author": "Bo Chenn"\n}\nText.\n'
    assert (4, "author", "unknown-relation") in _hugo_toml_site(tmp_path, page)


def test_an_impossible_date_in_a_post_file_name_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: t\n")
    posts = tmp_path / "_posts"
    posts.mkdir()
    (posts / "2024-09-01-ok.md").write_text("---\ntitle: Ok\n---\nText.\n")
    (posts / "2024-09-31-autumn.md").write_text("---\ntitle: Autumn\n---\nText.\n")
    found = [(p.path, p.line, p.code, p.severity) for p in validate_site(Site.open(tmp_path))]
    assert found == [("_posts/2024-09-31-autumn.md", 1, "invalid-date", "error")]


def _multilingual(tmp_path: Path) -> list:
    (tmp_path / "hugo.toml").write_text('baseURL = "https://example.org/"\n')
    for lang, tag in (("en", "tides"), ("fr", "marées")):
        folder = tmp_path / "content" / lang / "posts"
        folder.mkdir(parents=True)
        for i in range(4):
            (folder / f"p{i}.md").write_text(
                f'+++\ntitle = "P{i}"\ntags = ["{tag if lang == "fr" and i == 0 else "tides"}"]\n'
                "+++\nText.\n"
            )
    (tmp_path / "content" / "en" / "posts" / "notitle.md").write_text(
        '+++\ntags = ["tides"]\n+++\nNo title.\n'
    )
    return [(p.path, p.line, p.field, p.code) for p in validate_site(Site.open(tmp_path))]


def test_a_toml_page_without_a_title_is_told_in_a_small_collection(tmp_path: Path) -> None:
    found = _multilingual(tmp_path)
    assert ("content/en/posts/notitle.md", 1, "title", "required-missing") in found


def test_a_word_of_another_language_is_no_slip(tmp_path: Path) -> None:
    found = _multilingual(tmp_path)
    assert not [f for f in found if f[3] == "not-a-choice"]


def _defaults_site(tmp_path: Path, defaults: str) -> list:
    tmp_path.mkdir()
    (tmp_path / "_config.yml").write_text("collections:\n  notes:\n    output: true\n" + defaults)
    (tmp_path / "_notes" / "old").mkdir(parents=True)
    for i in range(6):
        (tmp_path / "_notes" / f"n{i}.md").write_text(f"---\ntitle: N{i}\nlayout: note\n---\nx\n")
    (tmp_path / "_notes" / "old" / "o.md").write_text("---\ntitle: Old\n---\nx\n")
    return [(p.path, p.field, p.code) for p in validate_site(Site.open(tmp_path))]


def test_a_field_given_by_jekyll_defaults_is_not_missing(tmp_path: Path) -> None:
    assert _defaults_site(tmp_path / "plain", "") == [
        ("_notes/old/o.md", "layout", "required-missing")
    ]
    given = "defaults:\n  - scope: {path: _notes/old}\n    values: {layout: note}\n"
    assert _defaults_site(tmp_path / "given", given) == []


def test_content_checks_leave_a_binary_page_alone(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("collections:\n  notes:\n    output: true\n")
    (tmp_path / "_notes").mkdir()
    (tmp_path / "_notes" / "a.md").write_text("---\ntitle: A\n---\nText.\n")
    (tmp_path / "_notes" / "bin.md").write_bytes(bytes(range(128, 256)) * 40)
    found = validate_site(Site.open(tmp_path), content=True)
    mine = [p for p in found if p.path == "_notes/bin.md"]
    assert "not-utf8" in [p.code for p in mine]
    assert [p for p in mine if p.severity == "suggestion"] == []


def test_an_invisible_control_character_in_the_body_is_said_on_its_line(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("collections:\n  notes:\n    output: true\n")
    (tmp_path / "_notes").mkdir()
    (tmp_path / "_notes" / "a.md").write_text("---\ntitle: A\n---\nFine.\n\nBad \x01 here.\n")
    found = [(p.line, p.code, p.severity) for p in validate_site(Site.open(tmp_path))]
    assert found == [(6, "encoding", "warning")]


def test_thousands_of_unclosed_link_targets_do_not_stall_the_content_checks(
    tmp_path: Path,
) -> None:
    """A page of `[x](` repeated is checked like any other (it took minutes: each link pattern
    ran to the end of the paragraph from every `[`); real links after it are still read."""
    from editor_app.core.site import Site
    from editor_app.core.validate import validate_site

    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: x\n", encoding="utf-8")
    (site / "_posts" / "2025-01-01-a.md").write_text(
        "---\ntitle: A\n---\n" + "[x](" * 5000 + "\n\n[click here](http://example.org)\n",
        encoding="utf-8",
    )
    codes = {p.code for p in validate_site(Site.open(site), content=True)}
    assert {"link-text-unclear", "link-insecure"} <= codes
