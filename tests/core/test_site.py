"""The site model: root, collections, asset folders, the front-matter index, URLs and paths."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.core.site import Site, SiteError, read_front_matter


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# -- the root and the collections ---------------------------------------------------------


def test_real_site_collections_are_the_folders_that_exist(shared_site: Path) -> None:
    site = Site.open(shared_site)
    assert site.root == shared_site.resolve()
    # `_config.yml` declares many collections; only these have folders to edit.
    assert set(site.collections) == {"people", "projects", "resources", "topics"}
    resources = site.collections["resources"]
    assert resources.folder == shared_site.resolve() / "_resources"
    assert resources.label == "Resources"
    assert resources.output is True
    assert resources.permalink == ":collection/:name"
    assert resources.dated is False
    assert site.excerpt_separator == "<!--more-->"
    assert site.config["title"] == "Connected by data"
    assert site.config_error is None


def test_root_is_found_upwards_from_a_file_or_subfolder(shared_site: Path) -> None:
    from_file = Site.open(shared_site / "_resources" / "ai-in-education.md")
    from_folder = Site.open(shared_site / "assets" / "resources")
    assert from_file.root == from_folder.root == shared_site.resolve()


def test_folder_without_config_is_its_own_root(tmp_path: Path) -> None:
    write(tmp_path / "notes" / "a.md", "---\ntitle: A\n---\nText\n")
    site = Site.open(tmp_path / "notes")
    assert site.root == (tmp_path / "notes").resolve()
    assert [e.title for e in site.entries()] == ["A"]


def test_unusable_folders_raise_site_error(tmp_path: Path) -> None:
    with pytest.raises(SiteError):
        Site.open(tmp_path / "missing")


def test_broken_config_still_opens_with_a_message(tmp_path: Path) -> None:
    write(tmp_path / "_config.yml", "title: [unclosed\n")
    write(tmp_path / "_posts" / "2024-01-02-hello.md", "---\ntitle: Hello\n---\n")
    site = Site.open(tmp_path)
    assert site.config == {}
    assert "_config.yml" in (site.config_error or "")
    assert "posts" in site.collections


def test_sample_site_has_posts_and_plain_pages(sample_copy: Path) -> None:
    site = Site.open(sample_copy)
    assert set(site.collections) == {"resources", "people", "topics", "projects", "posts"}
    assert site.collections["posts"].dated is True
    assert site.collections["projects"].dated is False  # `2024-bus-routes` is not a date
    pages = site.documents(None)
    assert [p.path.name for p in pages] == ["index.md"]
    assert site.collection_of(sample_copy / "index.md") is None
    assert site.collection_of(sample_copy / "_people" / "tom-oduya.md") == "people"


def test_collections_dir_and_list_form(tmp_path: Path) -> None:
    write(tmp_path / "_config.yml", "collections_dir: my_content\ncollections:\n  - notes\n")
    write(tmp_path / "my_content" / "_notes" / "a.md", "---\ntitle: A\n---\n")
    write(tmp_path / "my_content" / "_posts" / "2020-01-01-x.md", "---\ntitle: X\n---\n")
    site = Site.open(tmp_path)
    assert set(site.collections) == {"notes", "posts"}
    assert site.collections["notes"].folder == (tmp_path / "my_content" / "_notes").resolve()
    assert site.titles("notes") == ["A"]


def test_dated_when_most_names_start_with_a_date(tmp_path: Path) -> None:
    write(tmp_path / "_config.yml", "collections:\n  minutes: {output: true}\n")
    for name in ("2024-01-01-a", "2024-02-01-b", "notes"):
        write(tmp_path / "_minutes" / f"{name}.md", "---\ntitle: x\n---\n")
    assert Site.open(tmp_path).collections["minutes"].dated is True


def test_eleventy_and_hugo_folders_are_collections(tmp_path: Path) -> None:
    eleventy = tmp_path / "eleventy"
    write(eleventy / "eleventy.config.js", "module.exports = {};\n")
    write(eleventy / "content" / "posts" / "2024-05-01-first.md", "---\ntitle: First\n---\n")
    write(eleventy / "content" / "posts" / "2024-06-01-second.md", "---\ntitle: Second\n---\n")
    write(eleventy / "content" / "about.md", "---\ntitle: About\n---\n")
    write(eleventy / "node_modules" / "pkg" / "README.md", "# not ours\n")
    write(eleventy / "_site" / "posts" / "index.md", "# output\n")
    site = Site.open(eleventy / "content" / "posts")  # opened from inside: root found
    assert site.root == eleventy.resolve()
    assert set(site.collections) == {"posts"}
    assert site.collections["posts"].dated is True
    names = sorted(e.path.name for e in site.entries())
    assert names == ["2024-05-01-first.md", "2024-06-01-second.md", "about.md"]

    hugo = tmp_path / "hugo"
    write(hugo / "hugo.toml", "title = 'x'\n")
    write(hugo / "content" / "docs" / "install.md", "---\ntitle: Install\n---\n")
    write(hugo / "content" / "docs" / "bundle" / "index.md", "---\ntitle: Bundle\n---\n")
    write(hugo / "themes" / "t" / "content" / "x.md", "---\ntitle: Theme\n---\n")
    write(hugo / "static" / "img" / "logo.png", "png")
    site = Site.open(hugo)
    assert set(site.collections) == {"docs"}
    assert sorted(site.titles("docs")) == ["Bundle", "Install"]
    assert site.url_for(hugo / "content" / "docs" / "bundle" / "index.md") == "/docs/bundle/"
    assert site.find_by_url("/docs/install/") == (hugo / "content/docs/install.md").resolve()
    assert site.asset_folders == [(hugo / "static" / "img").resolve()]


def test_eleventy_src_folder_and_jekyll_exclude(tmp_path: Path) -> None:
    site11 = tmp_path / "e"
    write(site11 / ".eleventy.js", "module.exports = {};\n")
    write(site11 / "src" / "index.md", "---\ntitle: Home\n---\n")
    write(site11 / "src" / "blog" / "one.md", "---\ntitle: One\n---\n")
    site = Site.open(site11)
    assert set(site.collections) == {"blog"}
    assert site.documents(None)[0].title == "Home"
    assert site.url_for(site11 / "src" / "blog" / "one.md") == "/blog/one/"

    jekyll = tmp_path / "j"
    write(jekyll / "_config.yml", "exclude: [README.md, drafts-old]\n")
    write(jekyll / "README.md", "# For developers\n")
    write(jekyll / "about.md", "---\ntitle: About\n---\n")
    write(jekyll / "drafts-old" / "x.md", "---\ntitle: Old\n---\n")
    assert [e.title for e in Site.open(jekyll).entries()] == ["About"]


def test_asset_folders_hold_images(shared_site: Path) -> None:
    site = Site.open(shared_site)
    rel = [p.relative_to(site.root).as_posix() for p in site.asset_folders]
    assert rel == ["assets/people", "assets/projects", "assets/resources", "assets/topics"]


# -- the index ----------------------------------------------------------------------------


def test_index_covers_every_markdown_file(shared_site: Path) -> None:
    site = Site.open(shared_site)
    entries = site.entries()
    on_disk = {p.resolve() for p in shared_site.rglob("*.md")}
    assert {e.path for e in entries} == on_disk
    assert all(e.error is None for e in entries)
    entry = site.entry(shared_site / "_resources" / "ai-in-education.md")
    assert entry is not None and entry.collection == "resources"
    assert entry.front_matter["layout"] == "resource"
    assert entry.title == entry.front_matter["title"]
    assert entry.mtime == os.stat(entry.path).st_mtime
    assert "Health" in site.titles("topics")


def test_index_matches_a_plain_yaml_read_of_every_file(shared_site: Path) -> None:
    site = Site.open(shared_site)
    for e in site.entries():
        text = e.path.read_text(encoding="utf-8").replace("\r\n", "\n")
        header = text.split("\n---", 1)[0][3:]
        assert e.front_matter == (yaml.safe_load(header) or {}), e.path


def test_broken_files_are_recorded_never_raised(site_copy: Path) -> None:
    res = site_copy / "_resources"
    write(res / "bad-yaml.md", "---\ntitle: ok\nauthor: [unclosed\nstatus: draft\n---\nBody\n")
    write(res / "unclosed.md", "---\ntitle: never closed\n\nBody\n")
    write(res / "bad-date.md", "---\ntitle: x\ndate: 2023-02-30\n---\n")
    write(res / "a-list.md", "---\n- one\n- two\n---\n")
    (res / "latin1.md").write_bytes(b"---\ntitle: caf\xe9\n---\n")
    (res / "bom.md").write_bytes(b"\xef\xbb\xbf---\r\ntitle: With BOM\r\n---\r\nBody\r\n")
    write(res / "no-header.md", "Just text.\n")
    write(res / "rule.md", "----\n\nNot a header.\n")
    site = Site.open(site_copy)
    by_name = {e.path.name: e for e in site.entries()}
    bad = by_name["bad-yaml.md"]
    assert bad.error and bad.error_line == 4 and bad.front_matter == {}
    assert by_name["unclosed.md"].error_line == 1
    assert "never closed" in by_name["unclosed.md"].error
    assert by_name["bad-date.md"].error_line == 3
    assert "date" in by_name["bad-date.md"].error
    assert by_name["a-list.md"].error
    assert by_name["latin1.md"].front_matter == {"title": "café"}
    assert by_name["bom.md"].title == "With BOM"
    assert by_name["no-header.md"].error is None and by_name["no-header.md"].title == "No header"
    assert by_name["rule.md"].error is None and by_name["rule.md"].front_matter == {}
    # Titles fall back to the file name in plain words.
    assert bad.title == "Bad yaml"


def test_progress_reports_reach_the_total(shared_site: Path) -> None:
    calls: list[tuple[int, int]] = []
    Site.open(shared_site).entries(progress=lambda done, total: calls.append((done, total)))
    assert calls[-1] == (127, 127)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_index_is_cached_and_refreshed_one_file_at_a_time(site_copy: Path) -> None:
    site = Site.open(site_copy)
    before = len(site.entries())
    path = site_copy / "_topics" / "health.md"
    path.write_text(path.read_text(encoding="utf-8").replace("title: Health", "title: Care"))
    assert "Health" in site.titles("topics")  # cached until told
    updated = site.update_entry(path)
    assert updated is not None and updated.title == "Care"
    assert "Care" in site.titles("topics") and "Health" not in site.titles("topics")

    new = write(site_copy / "_topics" / "climate.md", "---\ntitle: Climate\n---\n")
    site.update_entry(new)
    assert len(site.entries()) == before + 1
    new.unlink()
    assert site.update_entry(new) is None
    assert len(site.entries()) == before

    write(site_copy / "_topics" / "energy.md", "---\ntitle: Energy\n---\n")
    assert "Energy" not in site.titles("topics")
    site.reindex()
    assert "Energy" in site.titles("topics")


def test_one_file_is_read_without_building_the_index(shared_site: Path) -> None:
    site = Site.open(shared_site)
    entry = site.entry(shared_site / "_topics" / "health.md")
    assert entry is not None and entry.title == "Health" and entry.collection == "topics"
    assert site.update_entry("_topics/work.md").title == "Work"
    assert site._entries is None  # still not built: nothing read but those two files
    assert site.entry(shared_site / "_config.yml") is None


def test_index_can_be_built_from_several_threads(shared_site: Path) -> None:
    site = Site.open(shared_site)
    results: list[int] = []

    def work() -> None:
        results.append(len(site.entries()))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [127] * 4


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_any_bytes_give_a_result_not_an_exception(data: bytes) -> None:
    fm, error, line = read_front_matter(b"---\n" + data)
    assert isinstance(fm, dict)
    assert error is None or isinstance(error, str)
    assert line is None or line >= 1


keys = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_-", min_size=1, max_size=12)
# PyYAML itself does not read back what it wrote for control characters such as U+0085.
texts = st.text(st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp")), max_size=40)
scalars = st.one_of(
    texts, st.integers(), st.booleans(), st.none(), st.dates(), st.floats(-1e6, 1e6)
)


@settings(max_examples=150)
@given(st.dictionaries(keys, st.one_of(scalars, st.lists(scalars, max_size=4)), max_size=8))
def test_front_matter_read_back_as_written(data: dict) -> None:
    header = yaml.safe_dump(data, allow_unicode=True, sort_keys=False) if data else ""
    for newline in ("\n", "\r\n"):
        text = "---\n" + header + "---\nBody with --- inside\n"
        fm, error, _ = read_front_matter(text.replace("\n", newline).encode("utf-8"))
        assert error is None
        assert fm == data


# -- URLs and paths -----------------------------------------------------------------------


def test_urls_follow_the_collection_permalinks(shared_site: Path) -> None:
    site = Site.open(shared_site)
    assert site.url_for(shared_site / "_resources" / "ai-in-education.md") == (
        "/resources/ai-in-education"
    )
    assert site.url_for("_topics/health.md") == "/topics/health"
    # Every published document can be found again by its URL, with or without `/` or `.html`.
    for e in site.entries():
        url = site.url_for(e.path)
        assert url is not None
        assert site.find_by_url(url) == e.path
        assert site.find_by_url(url + "/") == e.path
        assert site.find_by_url(url + ".html#part") == e.path
    assert site.find_by_url("/resources/no-such-page") is None


def test_url_templates_and_defaults(tmp_path: Path) -> None:
    write(
        tmp_path / "_config.yml",
        "permalink: /:categories/:year/:month/:day/:slug\n"
        "baseurl: /site\n"
        "collections:\n"
        "  pdg-cases: {output: true, permalink: 'cases/:name'}\n"
        "  guides: {output: true}\n"
        "  hidden: {output: false}\n"
        "  events: {output: true, permalink: '/:collection/:year/:title/'}\n",
    )
    case = write(tmp_path / "_pdg-cases" / "Big Case.md", "---\ntitle: x\n---\n")
    guide = write(tmp_path / "_guides" / "sub" / "start.md", "---\ntitle: x\n---\n")
    hidden = write(tmp_path / "_hidden" / "h.md", "---\ntitle: x\n---\n")
    event = write(tmp_path / "_events" / "2024-03-05-meetup.md", "---\ndate: 2024-03-05\n---\n")
    post = write(
        tmp_path / "_posts" / "2025-01-09-hello-world.md", "---\ncategories: [News]\n---\n"
    )
    own = write(tmp_path / "_guides" / "own.md", "---\npermalink: /special/\n---\n")
    page = write(tmp_path / "about" / "team.md", "---\ntitle: Team\n---\n")
    site = Site.open(tmp_path)
    assert site.url_for(case) == "/cases/big-case"
    # Jekyll's default for collections, with the site's custom style adding no suffix.
    assert site.url_for(guide) == "/guides/sub/start"
    assert site.url_for(hidden) is None
    assert site.url_for(event) == "/events/2024/meetup/"
    assert site.url_for(post) == "/news/2025/01/09/hello-world"
    assert site.url_for(own) == "/special/"
    assert site.url_for(page) == "/about/team.html"
    assert site.find_by_url("/site/special/") == own.resolve()
    assert site.find_by_url("/site/news/2025/01/09/hello-world") == post.resolve()


def test_default_post_style_and_pretty_collections(tmp_path: Path) -> None:
    write(tmp_path / "_config.yml", "collections:\n  notes: {output: true}\n")
    post = write(tmp_path / "_posts" / "2025-03-01-welcome.md", "---\ntitle: Welcome\n---\n")
    note = write(tmp_path / "_notes" / "n.md", "---\n---\n")
    site = Site.open(tmp_path)
    assert site.url_for(post) == "/2025/03/01/welcome.html"
    assert site.url_for(note) == "/notes/n.html"
    write(tmp_path / "_config.yml", "permalink: pretty\ncollections:\n  notes: {output: true}\n")
    site = Site.open(tmp_path)
    assert site.url_for(post) == "/2025/03/01/welcome/"
    assert site.url_for(note) == "/notes/n/"


def test_resolve_inside_refuses_paths_that_leave_the_site(site_copy: Path, tmp_path: Path) -> None:
    site = Site.open(site_copy)
    root = site_copy.resolve()
    assert site.resolve_inside("assets/resources") == root / "assets" / "resources"
    assert site.resolve_inside("assets/../_topics/health.md") == root / "_topics" / "health.md"
    assert site.resolve_inside("new-folder/new.md") == root / "new-folder" / "new.md"
    assert site.resolve_inside("../outside.md") is None
    assert site.resolve_inside("assets/../../outside.md") is None
    assert site.resolve_inside("/etc/passwd") is None
    assert site.resolve_inside(str(root / "_topics" / "health.md")) is None  # absolute
    assert site.resolve_inside("") is None
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (site_copy / "assets" / "escape").symlink_to(outside)
    assert site.resolve_inside("assets/escape") is None
    assert site.resolve_inside("assets/escape/file.png") is None
