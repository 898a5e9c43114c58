"""A Hugo page's link to a site address no page has (`[here](/nowhere/)`) is a broken link, as
on the other sites, with the page most likely meant; the untouched hugo-docs has none.

Hugo's sections have no `permalink` with a fixed folder, so links were never judged there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from shared_sites import copy_shared_site, shared_site_path

from editor_app.cli import main

PAGE = "content/en/about/security.md"


def _broken(site: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    main(["validate", "--format", "json", "--no-content", str(site)])
    return [p for p in json.loads(capsys.readouterr().out) if p["code"] == "broken-link"]


def test_hugo_links_to_no_page_are_told_with_the_page_meant(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = copy_shared_site("hugo-docs", tmp_path)
    page = site / PAGE
    text = page.read_text(encoding="utf-8")
    lines = text.count("\n")
    page.write_text(
        text + "\nSee [here](/nowhere/) for more.\n\nAnd [the features](/about/featurs/).\n"
        "\nBut [the features](/about/features/), [categories](/categories/) and [the logo](/images/hugo-logo-wide.svg).\n",
        encoding="utf-8",
    )
    found = sorted((p["path"], p["line"], p["message"]) for p in _broken(site, capsys))
    assert found == [
        (
            PAGE,
            lines + 2,
            "The link to '/nowhere/' points at no page of this site. "
            "Did you mean '/functions/collections/where/'?",
        ),
        (
            PAGE,
            lines + 4,
            "The link to '/about/featurs/' points at no page of this site. "
            "Did you mean '/about/features/'?",
        ),
    ]


def test_untouched_hugo_docs_and_eleventy_website_have_no_broken_links(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name in ("hugo-docs", "eleventy-website"):
        assert _broken(shared_site_path(name), capsys) == [], name


def test_hugo_links_to_files_are_judged_against_static_and_bundles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = copy_shared_site("hugo-docs", tmp_path)
    page = site / PAGE
    text = page.read_text(encoding="utf-8")
    lines = text.count("\n")
    bundle = "/content-management/image-processing"
    page.write_text(
        text + "\n[The logo](/images/hugo-logo-wid.svg) and [the photo]"
        f"({bundle}/sunset.jpg), [a typo]({bundle}/sunsett.jpg).\n"
        "\n![A picture told by the image check](/images/nothere.png) and [the feed](/index.xml).\n"
        "\n[In English](/en/about/features/).\n",
        encoding="utf-8",
    )
    found = sorted((p["line"], p["message"]) for p in _broken(site, capsys))
    assert found == [
        (
            lines + 2,
            f"The link to '{bundle}/sunsett.jpg' points at no file of this site. "
            f"Did you mean '{bundle}/sunset.jpg'?",
        ),
        (
            lines + 2,
            "The link to '/images/hugo-logo-wid.svg' points at no file of this site. "
            "Did you mean '/images/hugo-logo-wide.svg'?",
        ),
        (
            lines + 6,
            "The link to '/en/about/features/' points at no page of this site. "
            "Did you mean '/about/features/'?",
        ),
    ]


def _write_pages(root: Path, pages: dict[str, str]) -> None:
    for rel, header in pages.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\n{header}\n---\n\nText.\n", encoding="utf-8")


HUGO_CONFIG = """baseURL = 'https://example.org/'
defaultContentLanguage = 'en'
[taxonomies]
  tag = 'tags'
[languages]
  [languages.en]
    contentDir = 'content/en'
    weight = 1
  [languages.fr]
    contentDir = 'content/fr'
    weight = 2
"""


def test_hugo_links_under_another_languages_folder_are_judged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = ("content/en/about.md", "content/fr/a-propos.md", "content/fr/posts/premier.md")
    _write_pages(tmp_path, dict.fromkeys(pages, "title: Page"))
    (tmp_path / "hugo.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    (tmp_path / "content/en/links.md").write_text(
        "---\ntitle: Links\n---\n\n"
        "[a](/fr/a-propos/) [b](/fr/) [c](/fr/posts/) [d](/fr/tags/x/) [e](/fr/posts/premier/)\n"
        "\n[f](/fr/a-porpos/) and [g](/fr/nowhere/deep/)\n",
        encoding="utf-8",
    )
    found = sorted((p["line"], p["message"]) for p in _broken(tmp_path, capsys))
    assert found == [
        (
            7,
            "The link to '/fr/a-porpos/' points at no page of this site. "
            "Did you mean '/fr/a-propos/'?",
        ),
        (7, "The link to '/fr/nowhere/deep/' points at no page of this site."),
    ]


def test_a_bundles_files_are_found_at_the_address_its_page_is_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "hugo.toml").write_text("baseURL = 'https://example.org/'\n", encoding="utf-8")
    bundle = tmp_path / "content/posts/my-trip"
    bundle.mkdir(parents=True)
    (bundle / "index.md").write_text("---\ntitle: Trip\nurl: /trips/japan/\n---\n\nText.\n")
    (bundle / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "content/links.md").write_text(
        "---\ntitle: Links\n---\n\n[a](/trips/japan/photo.jpg) [b](/trips/japan/phot.jpg)\n",
        encoding="utf-8",
    )
    assert [p["message"] for p in _broken(tmp_path, capsys)] == [
        "The link to '/trips/japan/phot.jpg' points at no file of this site. "
        "Did you mean '/trips/japan/photo.jpg'?"
    ]


def test_a_pages_url_and_slug_give_its_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "hugo.toml").write_text("baseURL = 'https://example.org/'\n", encoding="utf-8")
    notes = tmp_path / "content/notes"
    notes.mkdir(parents=True)
    (notes / "orig.md").write_text("---\ntitle: N\nslug: Renamed Note\n---\n\nText.\n")
    (notes / "moved.md").write_text("---\ntitle: M\nURL: /elsewhere/moved/\n---\n\nText.\n")
    (tmp_path / "content/links.md").write_text(
        "---\ntitle: Links\n---\n\n[a](/notes/renamed-note/) [b](/elsewhere/moved/)"
        " [c](/notes/renamed-nte/)\n",
        encoding="utf-8",
    )
    assert [p["message"] for p in _broken(tmp_path, capsys)] == [
        "The link to '/notes/renamed-nte/' points at no page of this site. "
        "Did you mean '/notes/renamed-note/'?"
    ]


def test_a_sections_permalinks_template_gives_its_pages_addresses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "hugo.toml").write_text(
        "baseURL = 'https://example.org/'\n[permalinks]\n  posts = '/:year/:month/:slug/'\n"
        "  notes = '/:section/:filename/'\n",
        encoding="utf-8",
    )
    _write_pages(
        tmp_path,
        {
            "content/posts/first.md": "title: My First Post\ndate: 2024-03-05",
            "content/posts/second.md": "title: Second\nslug: two\ndate: 2024-04-01",
            "content/notes/a-note.md": "title: Note",
        },
    )
    (tmp_path / "content/links.md").write_text(
        "---\ntitle: Links\n---\n\n[a](/2024/03/my-first-post/) [b](/2024/04/two/)"
        " [c](/notes/a-note/) [d](/2024/03/my-frist-post/)\n",
        encoding="utf-8",
    )
    assert [p["message"] for p in _broken(tmp_path, capsys)] == [
        "The link to '/2024/03/my-frist-post/' points at no page of this site. "
        "Did you mean '/2024/03/my-first-post/'?"
    ]
    # A placeholder not filled here: addresses unknown, no link to a page is judged.
    config = (tmp_path / "hugo.toml").read_text(encoding="utf-8")
    (tmp_path / "hugo.toml").write_text(config.replace(":month", ":15"), encoding="utf-8")
    assert _broken(tmp_path, capsys) == []


def test_the_default_language_in_its_own_folder_has_its_pages_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = "defaultContentLanguageInSubdir = true\n" + HUGO_CONFIG
    (tmp_path / "hugo.toml").write_text(config, encoding="utf-8")
    _write_pages(tmp_path, {"content/en/about.md": "title: About"})
    (tmp_path / "content/en/links.md").write_text(
        "---\ntitle: Links\n---\n\n[a](/en/about/) [b](/en/abut/)\n", encoding="utf-8"
    )
    assert [p["message"] for p in _broken(tmp_path, capsys)] == [
        "The link to '/en/abut/' points at no page of this site. Did you mean '/en/about/'?"
    ]


def test_languages_named_in_the_config_only_have_their_home_and_lists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # One content folder, the language in the file's name (about.fr.md).
    config = HUGO_CONFIG.replace("    contentDir = 'content/en'\n", "").replace(
        "    contentDir = 'content/fr'\n", ""
    )
    (tmp_path / "hugo.toml").write_text(config, encoding="utf-8")
    _write_pages(tmp_path, {"content/about.md": "title: About", "content/about.fr.md": "title: A"})
    (tmp_path / "content/links.md").write_text(
        "---\ntitle: Links\n---\n\n[a](/fr/) [b](/fr/tags/) [c](/about/)\n", encoding="utf-8"
    )
    assert _broken(tmp_path, capsys) == []


def test_an_address_elsewhere_in_url_is_no_page_of_the_site(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "hugo.toml").write_text("baseURL = 'https://example.org/'\n", encoding="utf-8")
    _write_pages(
        tmp_path, {"content/notes/away.md": "title: Away\nurl: https://elsewhere.example/gone/"}
    )
    (tmp_path / "content/links.md").write_text(
        "---\ntitle: Links\n---\n\n[a](/gone/)\n", encoding="utf-8"
    )
    assert [p["message"] for p in _broken(tmp_path, capsys)] == [
        "The link to '/gone/' points at no page of this site."
    ]


def test_permalinks_page_table_places_bundles_by_folder_name_and_skips_section_lists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "hugo.toml").write_text(
        "baseURL = 'https://example.org/'\n[permalinks.page]\n  posts = '/:year/:month/:filename/'\n",
        encoding="utf-8",
    )
    # The section's own list (_index.md, no date) takes no page template.
    _write_pages(
        tmp_path,
        {
            "content/posts/_index.md": "title: Posts",
            "content/posts/trip/index.md": "title: T\ndate: 2024-03-05",
        },
    )
    (tmp_path / "content/links.md").write_text(
        "---\ntitle: Links\n---\n\n[a](/2024/03/trip/) [b](/2024/03/trp/)\n", encoding="utf-8"
    )
    told = [p["message"].split(". ")[0] for p in _broken(tmp_path, capsys)]
    assert told == ["The link to '/2024/03/trp/' points at no page of this site"]


def test_permalinks_in_another_language_are_under_its_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = HUGO_CONFIG.replace(
        "[taxonomies]", "[permalinks]\n  posts = '/:year/:slug/'\n[taxonomies]"
    )
    (tmp_path / "hugo.toml").write_text(config, encoding="utf-8")
    _write_pages(
        tmp_path,
        {
            "content/en/about.md": "title: About",
            "content/fr/posts/premier.md": "title: Premier\ndate: 2024-03-05",
        },
    )
    (tmp_path / "content/en/links.md").write_text(
        "---\ntitle: Links\n---\n\n[a](/fr/2024/premier/)\n", encoding="utf-8"
    )
    assert _broken(tmp_path, capsys) == []


def test_a_page_a_permalinks_template_places_is_not_at_its_folders_address(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "hugo.toml").write_text(
        "baseURL = 'https://example.org/'\n[permalinks]\n  posts = '/:year/:month/:filename/'\n",
        encoding="utf-8",
    )
    _write_pages(tmp_path, {"content/posts/trip/index.md": "title: T\ndate: 2024-03-05"})
    (tmp_path / "content/links.md").write_text(
        "---\ntitle: Links\n---\n\n[a](/posts/trip/) [b](/2024/03/trp/)\n", encoding="utf-8"
    )
    assert sorted(p["message"] for p in _broken(tmp_path, capsys)) == [
        "The link to '/2024/03/trp/' points at no page of this site. "
        "Did you mean '/2024/03/trip/'?",
        "The link to '/posts/trip/' points at no page of this site. "
        "Did you mean '/2024/03/trip/'?",
    ]


def test_a_missing_file_linked_from_many_pages_is_guessed_once_a_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor_app.core.checks import hugo_links

    (tmp_path / "hugo.toml").write_text("baseURL = 'https://example.org/'\n", encoding="utf-8")
    (tmp_path / "static/images").mkdir(parents=True)
    (tmp_path / "static/images/logo.png").write_bytes(b"\x89PNG")
    for name in ("a", "b", "c"):
        path = tmp_path / f"content/notes/{name}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"---\ntitle: {name}\n---\n\n[The logo](/images/logo.jpg)\n")
    calls = []
    guess = hugo_links._file_guess
    monkeypatch.setattr(
        hugo_links, "_file_guess", lambda *args: calls.append(args) or guess(*args)
    )
    told = [p["message"] for p in _broken(tmp_path, capsys)]
    assert told == [
        "The link to '/images/logo.jpg' points at no file of this site. "
        "Did you mean '/images/logo.png'?"
    ] * 3
    assert len(calls) == 1


def test_a_slug_follows_the_sites_path_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "hugo.toml").write_text(
        "baseURL = 'https://example.org/'\nremovePathAccents = true\n", encoding="utf-8"
    )
    _write_pages(tmp_path, {"content/notes/orig.md": "title: N\nslug: Über Uns"})
    (tmp_path / "content/links.md").write_text(
        "---\ntitle: Links\n---\n\n[a](/notes/uber-uns/) [b](/notes/über-uns/)\n",
        encoding="utf-8",
    )
    told = [p["message"].split(". ")[0] for p in _broken(tmp_path, capsys)]
    assert told == ["The link to '/notes/über-uns/' points at no page of this site"]
