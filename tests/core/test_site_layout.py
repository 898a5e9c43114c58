"""The site's layout as its generator sees it, and a walk that only reads regular files inside."""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

import pytest

from editor_app.core.page_create import OutsideSite, new_document
from editor_app.core.schema import load_schema
from editor_app.core.site import Site


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def page(title: str, **fields: str) -> str:
    lines = [f"title: {title}"] + [f"{k}: {v}" for k, v in fields.items()]
    return "---\n" + "\n".join(lines) + "\n---\nText.\n"


# -- Jekyll ---------------------------------------------------------------------------------


def test_jekyll_generated_source_falls_back_to_the_folder_holding_the_collections(
    tmp_path: Path,
) -> None:
    write(tmp_path / "_config.yml", "source: .tmp/src\ncollections:\n  people: {output: true}\n")
    write(tmp_path / "src" / "_people" / "ann.md", page("Ann"))
    write(tmp_path / "src" / "_posts" / "2024-01-02-hi.md", page("Hi"))
    write(tmp_path / "src" / "about.md", page("About"))
    write(tmp_path / "README.md", "# not a page of the site\n")
    site = Site.open(tmp_path)
    assert site.generator == "jekyll"
    assert site.source == (tmp_path / "src").resolve()
    assert set(site.collections) == {"people", "posts"}
    assert [e.title for e in site.documents(None)] == ["About"]
    assert any(".tmp/src" in n and "src" in n and "instead" in n for n in site.notes)


def test_jekyll_source_collections_dir_nested_posts_drafts_and_exclude(tmp_path: Path) -> None:
    write(
        tmp_path / "_config.yml",
        "source: site\ncollections_dir: my_collections\ncollections: [docs]\n"
        "exclude: [private, 'notes/*.md']\n",
    )
    base = tmp_path / "site"
    write(base / "my_collections" / "_docs" / "a.md", page("A"))
    write(base / "my_collections" / "_posts" / "2024-01-01-one.md", page("One"))
    write(base / "blog" / "_posts" / "2024-02-01-two.md", page("Two"))
    write(base / "my_collections" / "_drafts" / "idea.md", page("Idea"))
    write(base / "private" / "secret.md", page("Secret"))
    write(base / "notes" / "n.md", page("Note"))
    write(base / "index.md", page("Home"))
    site = Site.open(tmp_path)
    assert site.source == base.resolve()
    assert sorted(site.titles("posts")) == ["One", "Two"]
    assert site.titles("drafts") == ["Idea"]
    assert site.titles("docs") == ["A"]
    assert [e.title for e in site.documents(None)] == ["Home"]
    assert site.notes == []


def test_jekyll_settings_never_lead_outside_the_site(tmp_path: Path) -> None:
    outside = tmp_path / "x"
    root = tmp_path / "site"
    write(outside / "_evil" / "a.md", page("Outside"))
    write(root / "_config.yml", "collections_dir: ../x\ncollections: ['../../x', evil, ok]\n")
    write(root / "_ok" / "b.md", page("Inside"))
    site = Site.open(root)
    assert set(site.collections) == {"ok"}
    assert all(e.path.is_relative_to(root.resolve()) for e in site.entries())
    assert any("collections_dir" in n for n in site.notes)
    assert any("../../x" in n for n in site.notes)
    with pytest.raises(KeyError):
        new_document(site, "../../x", "Escape")
    new_document(site, "ok", "Fine")
    assert not any(outside.rglob("fine.md"))


def test_new_never_writes_through_a_link_out_of_the_site(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    root = tmp_path / "site"
    write(root / "_config.yml", "collections: [notes]\n")
    write(root / "_notes" / "a.md", page("A"))
    site = Site.open(root)
    # The folder is swapped for a link leading out after the site was read.
    (root / "_notes" / "a.md").unlink()
    (root / "_notes").rmdir()
    (root / "_notes").symlink_to(outside, target_is_directory=True)
    with pytest.raises(OutsideSite):
        new_document(site, "notes", "Escape")
    assert list(outside.iterdir()) == []


def test_new_on_a_full_disk_leaves_no_empty_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "_config.yml", "collections: [notes]\n")
    write(tmp_path / "_notes" / "a.md", page("A"))
    site = Site.open(tmp_path)

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        new_document(site, "notes", "Big news")
    assert sorted(p.name for p in (tmp_path / "_notes").iterdir()) == ["a.md"]


# -- Hugo -----------------------------------------------------------------------------------


def test_multilingual_hugo_sections_are_collections_and_index_pages_are_apart(
    tmp_path: Path,
) -> None:
    write(
        tmp_path / "config.toml",
        'defaultContentLanguage = "en"\n[languages.en]\ncontentDir = "content/english"\n'
        '[languages.fr]\ncontentDir = "content/french"\n',
    )
    en, fr = tmp_path / "content" / "english", tmp_path / "content" / "french"
    write(en / "_index.md", "+++\ntitle = 'Home'\n+++\n")
    write(en / "posts" / "_index.md", page("Posts"))
    write(en / "posts" / "hello.md", page("Hello"))
    write(en / "posts" / "trip" / "index.md", page("Trip"))
    write(fr / "posts" / "bonjour.md", page("Bonjour"))
    write(en / "about.md", page("About"))
    write(tmp_path / "themes" / "t" / "content" / "x.md", page("Theme"))
    site = Site.open(en / "posts")
    assert site.root == tmp_path.resolve()
    assert site.generator == "hugo"
    assert set(site.collections) == {"posts"}
    assert sorted(site.titles("posts")) == ["Bonjour", "Hello", "Trip"]
    sections = [e for e in site.entries() if e.kind == "section"]
    assert sorted(e.path.relative_to(tmp_path).as_posix() for e in sections) == [
        "content/english/_index.md",
        "content/english/posts/_index.md",
    ]
    assert all(e.collection is None for e in sections)
    assert site.collection_of(en / "posts" / "_index.md") is None
    assert site.url_for(fr / "posts" / "bonjour.md") == "/fr/posts/bonjour/"
    assert site.url_for(en / "posts" / "hello.md") == "/posts/hello/"


def test_hugo_docs_layout_from_module_mounts(tmp_path: Path) -> None:
    write(
        tmp_path / "hugo.toml",
        "[module]\n[[module.mounts]]\nsource = 'content/en'\ntarget = 'content'\n",
    )
    write(tmp_path / "content" / "en" / "news" / "a.md", page("A"))
    write(tmp_path / "content" / "LICENSE.md", "# licence\n")
    site = Site.open(tmp_path)
    assert set(site.collections) == {"news"}
    assert [e.path.name for e in site.entries()] == ["a.md"]


# -- Eleventy -------------------------------------------------------------------------------


def test_eleventy_input_folder_and_directory_data(tmp_path: Path) -> None:
    write(
        tmp_path / "eleventy.config.js",
        'export const config = {\n  dir: {\n    input: "pages",\n    output: "out",\n  },\n};\n',
    )
    write(tmp_path / "pages" / "blog" / "blog.json", '{"layout": "post.njk", "tags": ["blog"]}')
    write(tmp_path / "pages" / "blog" / "blog.11tydata.js", "module.exports = {};")
    write(tmp_path / "pages" / "blog" / "one.md", page("One"))
    write(tmp_path / "pages" / "index.md", page("Home"))
    write(tmp_path / "src" / "decoy" / "x.md", page("Decoy"))
    site = Site.open(tmp_path)
    assert site.generator == "eleventy"
    assert site.source == (tmp_path / "pages").resolve()
    assert set(site.collections) == {"blog"}
    assert site.url_for(tmp_path / "pages" / "blog" / "one.md") == "/blog/one/"
    data = site.directory_data(tmp_path / "pages" / "blog" / "one.md")
    assert data == {"layout": "post.njk", "tags": ["blog"]}
    assert any("blog.11tydata.js" in n for n in site.notes)


def test_eleventy_input_from_package_json(tmp_path: Path) -> None:
    write(
        tmp_path / "package.json",
        '{"scripts": {"build": "npx @11ty/eleventy --input=site"}, '
        '"devDependencies": {"@11ty/eleventy": "3"}}',
    )
    write(tmp_path / "site" / "posts" / "p.md", page("P"))
    site = Site.open(tmp_path)
    assert site.generator == "eleventy"
    assert set(site.collections) == {"posts"}


# -- hostile folders ------------------------------------------------------------------------


def test_links_fifos_and_loops_are_skipped_and_said(tmp_path: Path) -> None:
    root = tmp_path / "site"
    write(root / "_config.yml", "collections: [notes]\n")
    write(root / "_notes" / "real.md", page("Real"))
    secret = write(tmp_path / "secret.md", page("Secret"))
    (root / "_notes" / "out.md").symlink_to(secret)
    (root / "_notes" / "inside.md").symlink_to(root / "_notes" / "real.md")
    (root / "_notes" / "loop-a.md").symlink_to(root / "_notes" / "loop-b.md")
    (root / "_notes" / "loop-b.md").symlink_to(root / "_notes" / "loop-a.md")
    (root / "_notes" / "sub").mkdir()
    (root / "_notes" / "sub" / "again").symlink_to(root / "_notes", target_is_directory=True)
    os.mkfifo(root / "_notes" / "pipe.md")
    result: list = []
    reader = threading.Thread(target=lambda: result.append(Site.open(root).entries()))
    reader.start()
    reader.join(timeout=60)
    assert not reader.is_alive(), "reading the site hung on a pipe"
    site = Site.open(root)
    names = sorted(e.path.name for e in site.entries())
    assert names == ["inside.md", "real.md"]
    said = " ".join(site.notes)
    assert "out.md" in said and "outside the site" in said
    assert "loop-a.md" in said and "pipe.md" in said
    # The schema says it too, and opening one of them alone reads nothing.
    assert any("pipe.md" in n for n in load_schema(site).notes)
    assert site.entry(root / "_notes" / "pipe.md") is None
    assert site.update_entry(root / "_notes" / "out.md") is None


def test_an_empty_folder_explains_itself(tmp_path: Path) -> None:
    site = Site.open(tmp_path)
    assert site.entries() == [] and site.generator is None
    message = site.no_pages_message()
    assert message.startswith(f"No pages found in {tmp_path.resolve()}: is this the site's folder?")


def test_toml_and_json_headers_are_read_by_the_index(tmp_path: Path) -> None:
    write(tmp_path / "hugo.toml", "title = 'x'\n")
    posts = tmp_path / "content" / "posts"
    write(posts / "a.md", "+++\ntitle = 'Alpha'\ndate = 2024-01-02\ntags = ['x']\n+++\nText.\n")
    write(posts / "b.md", '{\n  "title": "Beta",\n  "draft": true\n}\nText with {braces}.\n')
    write(posts / "c.md", "+++\ntitle = 'Broken\n+++\n")
    write(posts / "d.md", "{{< note >}}A shortcode first, no header.{{< /note >}}\n")
    site = Site.open(tmp_path)
    by_name = {e.path.name: e for e in site.entries()}
    assert by_name["a.md"].front_matter["date"].isoformat() == "2024-01-02"
    assert by_name["a.md"].title == "Alpha" and by_name["b.md"].title == "Beta"
    assert by_name["b.md"].front_matter["draft"] is True
    assert by_name["c.md"].error and by_name["c.md"].error_line == 2
    assert by_name["d.md"].error is None and by_name["d.md"].front_matter == {}


def test_eleventy_front_matter_languages(tmp_path: Path) -> None:
    write(tmp_path / "eleventy.config.js", "export default function () {}\n")
    write(tmp_path / "posts" / "a.md", '---json\n{"title": "From JSON"}\n---\nText.\n')
    write(tmp_path / "posts" / "b.md", "---js\n{ title: 'x' + 1 }\n---\nText.\n")
    write(tmp_path / "posts" / "c.md", "{% include 'x.njk' %}\n")
    site = Site.open(tmp_path)
    by_name = {e.path.name: e for e in site.entries()}
    assert by_name["a.md"].title == "From JSON"
    assert by_name["b.md"].error is None and by_name["c.md"].error is None


def test_hugo_settings_split_into_config_default(tmp_path: Path) -> None:
    default = tmp_path / "config" / "_default"
    write(default / "hugo.toml", "defaultContentLanguage = 'nl'\n")
    write(
        default / "languages.toml",
        "[nl]\ncontentDir = 'content/nl'\n[en]\ncontentDir = 'content/en'\n",
    )
    write(tmp_path / "content" / "nl" / "blog" / "a.md", page("Hallo"))
    write(tmp_path / "content" / "en" / "blog" / "b.md", page("Hello"))
    site = Site.open(tmp_path)
    assert site.generator == "hugo"
    assert sorted(site.titles("blog")) == ["Hallo", "Hello"]
    assert site.collections["blog"].folder == (tmp_path / "content" / "nl" / "blog").resolve()
    assert site.url_for(tmp_path / "content" / "en" / "blog" / "b.md") == "/en/blog/b/"


def test_eleventy_template_folders_and_eleventyignore_hold_no_pages(tmp_path: Path) -> None:
    write(
        tmp_path / "eleventy.config.js",
        'module.exports = () => ({ dir: { input: "web", includes: "parts", output: "build" } });\n',
    )
    write(tmp_path / ".eleventyignore", "# not published\nweb/drafts\n./web/notes.md\n")
    write(tmp_path / "web" / "parts" / "snippet.md", page("Snippet"))
    write(tmp_path / "web" / "drafts" / "wip.md", page("Work in progress"))
    write(tmp_path / "web" / "notes.md", page("Notes"))
    write(tmp_path / "web" / "posts" / "one.md", page("One"))
    write(tmp_path / "web" / "index.md", page("Home"))
    write(tmp_path / "build" / "posts" / "one" / "index.md", page("Output"))
    site = Site.open(tmp_path)
    assert set(site.collections) == {"posts"}
    assert sorted(e.title for e in site.entries()) == ["Home", "One"]


def test_the_index_can_hand_over_the_bytes_it_read(tmp_path: Path) -> None:
    write(tmp_path / "_config.yml", "collections: [notes]\n")
    a = write(tmp_path / "_notes" / "a.md", page("A"))
    site = Site.open(tmp_path)
    raw: dict[Path, bytes] = {}
    (entry,) = site.entries(raw=raw)
    assert raw == {entry.path: a.read_bytes()}
    again: dict[Path, bytes] = {}
    site.entries(raw=again)  # cached: nothing read, nothing handed over
    assert again == {}


def test_the_index_holds_the_bytes_it_read_for_one_taker(tmp_path: Path) -> None:
    write(tmp_path / "_config.yml", "collections: [notes]\n")
    a = write(tmp_path / "_notes" / "a.md", page("A"))
    b = write(tmp_path / "_notes" / "b.md", page("B"))
    site = Site.open(tmp_path)
    site.entries()
    b.write_text(page("B, changed"))
    site.update_entry(b)  # read again: its old bytes are not handed over
    assert site.take_read_bytes() == {a: a.read_bytes()}
    assert site.take_read_bytes() == {}
    site.reindex()
    site.keep_read_bytes = False  # as the window does
    site.entries()
    assert site.take_read_bytes() == {}


def test_files_are_found_and_addressed_where_the_generator_serves_them(tmp_path: Path) -> None:
    from editor_app.core.assets import site_url

    hugo = tmp_path / "hugo"
    write(hugo / "hugo.toml", "title = 'x'\n")
    logo = write(hugo / "static" / "img" / "logo.png", "png")
    write(hugo / "content" / "posts" / "a.md", page("A"))
    site = Site.open(hugo)
    assert site.resolve_inside("img/logo.png") == logo.resolve()
    assert site_url(site, logo) == "/img/logo.png"

    eleventy = tmp_path / "eleventy"
    write(eleventy / ".eleventy.js", 'module.exports = { dir: { input: "src" } };\n')
    photo = write(eleventy / "src" / "img" / "photo.jpg", "jpg")
    write(eleventy / "src" / "blog" / "a.md", page("A"))
    site = Site.open(eleventy)
    assert site.resolve_inside("img/photo.jpg") == photo.resolve()
    assert site_url(site, photo) == "/img/photo.jpg"

    jekyll = tmp_path / "jekyll"
    write(jekyll / "_config.yml", "title: x\n")
    card = write(jekyll / "assets" / "card.png", "png")
    assert site_url(Site.open(jekyll), card) == "/assets/card.png"


def test_a_project_folder_whose_site_is_in_docs_opens_the_site(tmp_path: Path) -> None:
    write(tmp_path / "README.md", "# The project\n")
    write(tmp_path / "src" / "main.py", "print('hi')\n")
    write(tmp_path / "docs" / "_config.yml", "collections: [guides]\n")
    write(tmp_path / "docs" / "_guides" / "start.md", page("Start"))
    site = Site.open(tmp_path)
    assert site.root == (tmp_path / "docs").resolve()
    assert site.titles("guides") == ["Start"]
    assert any("docs/" in n for n in site.notes)
    # Two sites below: the folder itself is opened, as before.
    write(tmp_path / "site2" / "hugo.toml", "title = 'x'\n")
    assert Site.open(tmp_path).root == tmp_path.resolve()


def test_many_skipped_files_make_one_short_note(tmp_path: Path) -> None:
    write(tmp_path / "_config.yml", "collections: [notes]\n")
    write(tmp_path / "_notes" / "real.md", page("Real"))
    for i in range(40):
        (tmp_path / "_notes" / f"gone-{i:02}.md").symlink_to(tmp_path / "missing.md")
    site = Site.open(tmp_path)
    assert [e.title for e in site.entries()] == ["Real"]
    (note,) = site.notes
    assert note.startswith("_notes/gone-00.md, _notes/gone-01.md")
    assert "and 35 more are links that lead nowhere" in note


def test_hugo_translation_by_file_name(tmp_path: Path) -> None:
    write(tmp_path / "hugo.toml", "defaultContentLanguage = 'en'\n[languages.en]\n[languages.fr]\n")
    write(tmp_path / "content" / "posts" / "about.md", page("About"))
    write(tmp_path / "content" / "posts" / "about.fr.md", page("À propos"))
    write(tmp_path / "content" / "posts" / "trip" / "index.fr.md", page("Voyage"))
    site = Site.open(tmp_path)
    assert sorted(site.titles("posts")) == ["About", "Voyage", "À propos"]
    assert site.url_for(tmp_path / "content" / "posts" / "about.md") == "/posts/about/"
    assert site.url_for(tmp_path / "content" / "posts" / "about.fr.md") == "/fr/posts/about/"
    assert (
        site.url_for(tmp_path / "content" / "posts" / "trip" / "index.fr.md") == "/fr/posts/trip/"
    )


@pytest.mark.parametrize(
    "config",
    [
        b"\x00\x9f\x92\x96 binary \xff\xfe",
        b"a: " + b"[" * 5000 + b"]" * 5000,
        "collections: [notes]\n".encode("utf-16"),
        None,  # a pipe named _config.yml
    ],
    ids=["binary", "too-deep", "utf-16", "fifo"],
)
def test_an_unreadable_config_still_shows_the_pages(tmp_path: Path, config: bytes | None) -> None:
    if config is None:
        os.mkfifo(tmp_path / "_config.yml")
    else:
        (tmp_path / "_config.yml").write_bytes(config)
    write(tmp_path / "_notes" / "a.md", page("A"))
    write(tmp_path / "_layouts" / "x.md", page("Layout"))
    site = Site.open(tmp_path)
    assert site.titles("notes") == ["A"]
    assert "_layouts" not in {f"_{c}" for c in site.collections}
    if config is not None and config.startswith(b"\xff\xfe"):
        assert site.config_error is None  # UTF-16 with its mark is read as it is
    else:
        assert site.config_error
        assert "the folder _notes is taken to be a collection" in " ".join(site.notes)


def test_eleventy_keys_outside_the_dir_settings_are_not_folders(tmp_path: Path) -> None:
    write(
        tmp_path / "eleventy.config.js",
        'const pagination = { data: "authors", size: 1 };\n'
        'export const config = { dir: { input: "src" } };\n',
    )
    write(tmp_path / "src" / "authors" / "ann.md", page("Ann"))
    site = Site.open(tmp_path)
    assert site.titles("authors") == ["Ann"]


def test_jekyll_include_reads_an_underscore_folder_of_pages(tmp_path: Path) -> None:
    write(tmp_path / "_config.yml", "include: [_pages]\n")
    write(tmp_path / "_pages" / "about.md", page("About"))
    write(tmp_path / "_includes" / "note.md", page("Not a page"))
    site = Site.open(tmp_path)
    assert [e.title for e in site.documents(None)] == ["About"]


def test_values_the_generator_gives_a_page(tmp_path: Path) -> None:
    write(
        tmp_path / "_config.yml",
        "collections: [docs]\n"
        "defaults:\n"
        "  - scope: {path: ''}\n    values: {image: /default.png}\n"
        "  - scope: {path: _docs, type: docs}\n    values: {layout: doc}\n"
        "  - scope: {type: posts}\n    values: {layout: post}\n",
    )
    doc = write(tmp_path / "_docs" / "a.md", page("A"))
    post = write(tmp_path / "_posts" / "2024-01-01-b.md", page("B"))
    other = write(tmp_path / "about.md", page("About"))
    site = Site.open(tmp_path)
    assert site.implied_values(doc) == {"image": "/default.png", "layout": "doc"}
    assert site.implied_values(post) == {"image": "/default.png", "layout": "post"}
    assert site.implied_values(other) == {"image": "/default.png"}


def test_a_folder_of_pages_stays_the_site_even_with_a_site_below(tmp_path: Path) -> None:
    write(tmp_path / "ideas.md", page("Ideas"))
    write(tmp_path / "blog" / "_config.yml", "title: x\n")
    write(tmp_path / "blog" / "_posts" / "2024-01-01-a.md", page("A"))
    assert Site.open(tmp_path).root == tmp_path.resolve()


def test_the_language_of_a_page(tmp_path: Path) -> None:
    hugo = tmp_path / "hugo"
    write(
        hugo / "hugo.toml",
        "defaultContentLanguage = 'en'\n[languages.en]\ncontentDir = 'content/en'\n"
        "[languages.fr]\ncontentDir = 'content/fr'\n[languages.de]\n",
    )
    en = write(hugo / "content" / "en" / "posts" / "a.md", page("A"))
    fr = write(hugo / "content" / "fr" / "posts" / "b.md", page("B"))
    de = write(hugo / "content" / "en" / "posts" / "a.de.md", page("A auf Deutsch"))
    site = Site.open(hugo)
    assert [site.language_of(p) for p in (en, fr, de)] == ["en", "fr", "de"]
    jekyll = tmp_path / "jekyll"
    write(jekyll / "_config.yml", "collections: [articles]\n")
    sa = write(jekyll / "_articles" / "sa" / "x.md", "---\ntitle: X\nlang: sa\n---\n")
    plain = write(jekyll / "_articles" / "y.md", page("Y"))
    site = Site.open(jekyll)
    assert (site.language_of(sa), site.language_of(plain)) == ("sa", None)
