"""New Hugo pages as the real `hugo new` makes them: bundle archetypes (a folder per page,
the other files copied), `--kind`, `.Site.Title` / `.Site.Params.x` / `.Site.Language.Lang`
for the page's language, read from TOML, YAML, JSON or `config/_default/`. Where the machine
has `hugo`, what it makes is compared with ours (skipped without it)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.core.archetype_find import archetype_kinds, find_archetype, kind_missing
from editor_app.core.document import Document
from editor_app.core.page_create import new_document_noted, proposed_path
from editor_app.core.site import Site

HUGO = shutil.which("hugo")
needs_hugo = pytest.mark.skipif(HUGO is None, reason="hugo is not installed here")
_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)")

TITLE = '"{{ replace .Name "-" " " | title }}"'


def write(path: Path, text: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")


def hugo_new(site: Path, target: str, kind: str | None = None) -> None:
    """`hugo new content TARGET` (`hugo new TARGET` before Hugo had the `content` word)."""
    assert HUGO is not None
    usage = subprocess.run([HUGO, "new", "--help"], capture_output=True, text=True).stdout
    words = [HUGO, "new"] + (["content"] if re.search(r"^\s+content\s", usage, re.M) else [])
    words += ["-k", kind] if kind else []
    done = subprocess.run([*words, target], cwd=site, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, time stamps made alike (each side makes its own now)."""
    return {
        p.relative_to(folder).as_posix(): _STAMP.sub("<now>", p.read_text("utf-8")).encode()
        if p.suffix == ".md"
        else p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def twins(site: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Two copies of `site`: one for `hugo new`, one for editor-app."""
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    shutil.copytree(site, ours)
    shutil.copytree(site, theirs)
    return ours, theirs


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    """A site whose `posts` archetype is a bundle: index.md, a notes page, an image, data."""
    site = tmp_path / "site"
    write(site / "hugo.toml", "title = 'My Site'\n[params]\nauthor = 'Jo'\n")
    write(site / "content" / "posts" / "old.md", "---\ntitle: Old\n---\n")
    write(
        site / "archetypes" / "posts" / "index.md",
        f'---\ntitle: {TITLE}\ndate: {{{{ .Date }}}}\nby: "{{{{ .Site.Params.author }}}}"\n'
        "draft: true\n---\n\nBody of {{ .Name }} on {{ .Site.Title }}.\n",
    )
    write(site / "archetypes" / "posts" / "notes.md", "notes of {{ .Name }} ({{ .Site.Title }})\n")
    write(site / "archetypes" / "posts" / "images" / "a.png", b"\x89PNG{{ .Name }}\x00\xff")
    write(site / "archetypes" / "posts" / "data.txt", "plain {{ .Name }}\n")
    return site


# -- bundle archetypes ------------------------------------------------------------------------


def test_bundle_archetype_makes_a_folder_with_its_files(bundled: Path) -> None:
    site = Site.open(bundled)
    assert proposed_path(site, "posts", "My First Post") == (
        bundled / "content" / "posts" / "my-first-post" / "index.md"
    )
    path, note = new_document_noted(site, "posts", "My First Post")
    assert note is None
    folder = bundled / "content" / "posts" / "my-first-post"
    assert path == folder / "index.md"
    page = Document.load(path)
    assert page.front_matter["title"] == "My First Post"
    assert page.front_matter["by"] == "Jo"
    assert page.body.strip() == "Body of my-first-post on My Site."
    # Content files filled in under their own name; the rest byte for byte.
    assert (folder / "notes.md").read_text() == "notes of notes (My Site)\n"
    assert (folder / "images" / "a.png").read_bytes() == b"\x89PNG{{ .Name }}\x00\xff"
    assert (folder / "data.txt").read_text() == "plain {{ .Name }}\n"


def test_a_second_bundle_of_the_same_title_takes_the_next_folder(bundled: Path) -> None:
    site = Site.open(bundled)
    write(bundled / "content" / "posts" / "hi.md", "---\ntitle: Hi\n---\n")  # the name taken
    first, _ = new_document_noted(site, "posts", "Hi")
    second, _ = new_document_noted(site, "posts", "Hi")
    assert first == bundled / "content" / "posts" / "hi-2" / "index.md"
    assert second == bundled / "content" / "posts" / "hi-3" / "index.md"
    assert (bundled / "content" / "posts" / "hi.md").read_text() == "---\ntitle: Hi\n---\n"


def test_bundle_file_with_a_part_left_out_is_said(bundled: Path) -> None:
    write(bundled / "archetypes" / "posts" / "more.md", "{{ .Params.x }} more\n")
    path, note = new_document_noted(Site.open(bundled), "posts", "Hi")
    assert (path.parent / "more.md").read_text() == " more\n"
    assert note is not None and "more.md" in note and "\n" not in note


@needs_hugo
def test_bundle_is_what_hugo_new_makes(bundled: Path, tmp_path: Path) -> None:
    ours, theirs = twins(bundled, tmp_path)
    hugo_new(theirs, "posts/my-first-post")
    new_document_noted(Site.open(ours), "posts", "My First Post")
    assert tree(ours / "content") == tree(theirs / "content")


# -- --kind -----------------------------------------------------------------------------------


@pytest.fixture
def kinds(tmp_path: Path) -> Path:
    site = tmp_path / "kinds"
    write(site / "hugo.toml", "title = 'K'\n")
    write(site / "content" / "posts" / "old.md", "---\ntitle: Old\n---\n")
    write(site / "archetypes" / "default.md", f"---\ntitle: {TITLE}\nfrom: default\n---\n")
    write(site / "archetypes" / "posts.md", f"---\ntitle: {TITLE}\nfrom: posts\n---\n")
    write(
        site / "archetypes" / "note.md",
        f'---\ntitle: {TITLE}\nfrom: note\ntype: "{{{{ .Type }}}}"\n'
        'section: "{{ .Section }}"\n---\n',
    )
    write(site / "archetypes" / "gallery" / "index.md", f"---\ntitle: {TITLE}\nfrom: g\n---\n")
    write(site / "archetypes" / "gallery" / "cover.jpg", b"\xff\xd8 jpeg")
    return site


def test_kinds_offered_are_the_archetypes_not_of_a_section(kinds: Path) -> None:
    assert archetype_kinds(Site.open(kinds)) == ["gallery", "note"]


def test_kind_picks_its_archetype_whatever_the_section(kinds: Path) -> None:
    site = Site.open(kinds)
    path, note = new_document_noted(site, "posts", "A Note", kind="note")
    assert note is None
    assert Document.load(path).front_matter == {
        "title": "A Note", "from": "note", "type": "note", "section": "posts"
    }  # fmt: skip
    path, _ = new_document_noted(site, "posts", "Pics", kind="gallery")
    assert path == kinds / "content" / "posts" / "pics" / "index.md"
    assert (path.parent / "cover.jpg").read_bytes() == b"\xff\xd8 jpeg"


def test_unknown_kind_starts_from_default_as_hugo_does_and_is_said(kinds: Path) -> None:
    site = Site.open(kinds)
    assert find_archetype(site, "posts", "nosuch") == kinds / "archetypes" / "default.md"
    said = kind_missing(site, "posts", "nosuch")
    assert said is not None and "archetypes/default.md" in said and "gallery, note" in said
    assert kind_missing(site, "posts", "note") is None


@needs_hugo
@pytest.mark.parametrize(("kind", "target"), [("note", "posts/a-note.md"), ("nosuch", "posts/x.md"),
                                              ("gallery", "posts/pics")])  # fmt: skip
def test_kind_is_what_hugo_new_kind_makes(kinds: Path, tmp_path: Path, kind, target) -> None:  # noqa: ANN001
    ours, theirs = twins(kinds, tmp_path)
    hugo_new(theirs, target, kind)
    title = Path(target).stem.replace("-", " ").title()
    new_document_noted(Site.open(ours), "posts", title, kind=kind)
    assert tree(ours / "content") == tree(theirs / "content")


def test_theme_section_archetype_wins_over_the_site_default(tmp_path: Path) -> None:
    write(tmp_path / "hugo.toml", "theme = 't'\n")
    write(tmp_path / "content" / "posts" / "old.md", "---\ntitle: Old\n---\n")
    write(tmp_path / "archetypes" / "default.md", "---\nfrom: site\n---\n")
    write(tmp_path / "themes" / "t" / "archetypes" / "posts.md", "---\nfrom: theme\n---\n")
    found = find_archetype(Site.open(tmp_path), "posts")
    assert found == tmp_path / "themes" / "t" / "archetypes" / "posts.md"


# -- .Site values, by language ----------------------------------------------------------------

SITE_ARCHETYPE = (
    f'---\ntitle: {TITLE}\nsite: "{{{{ .Site.Title }}}}"\nby: "{{{{ .Site.Params.Author }}}}"\n'
    'deep: "{{ .Site.Params.nested.x }}"\nlang: "{{ .Site.Language.Lang }}"\n'
    'same: "{{ .Lang }}"\n---\n'
)


def _multilingual(root: Path, config_name: str, config: str) -> Path:
    write(root / config_name, config)
    write(root / "content" / "en" / "posts" / "old.md", "---\ntitle: Old\n---\n")
    write(root / "content" / "fr" / "posts" / "vieux.md", "---\ntitle: Vieux\n---\n")
    write(root / "archetypes" / "posts.md", SITE_ARCHETYPE)
    # Not used by Hugo for French posts (checked with `hugo new`): the section's is.
    write(root / "archetypes" / "posts.fr.md", "---\nfrom: french\n---\n")
    return root


YAML_CONFIG = """title: Multi
defaultContentLanguage: en
params: {author: Jo, nested: {x: deep}}
languages:
  en: {contentDir: content/en, weight: 1}
  fr: {contentDir: content/fr, weight: 2, title: Multi FR, params: {author: Jean}}
"""


TOML_TOP = "title = 'Multi'\ndefaultContentLanguage = 'en'\n"
TOML_PARAMS = "author = 'Jo'\n[nested]\nx = 'deep'\n"
TOML_LANGUAGES = (
    "[en]\ncontentDir = 'content/en'\nweight = 1\n[fr]\ncontentDir = 'content/fr'\n"
    "weight = 2\ntitle = 'Multi FR'\n[fr.params]\nauthor = 'Jean'\n"
)


@pytest.mark.parametrize("form", ["yaml", "toml", "json", "split"])
def test_site_values_for_each_language(tmp_path: Path, form: str) -> None:
    import yaml

    if form == "yaml":
        site_root = _multilingual(tmp_path, "hugo.yaml", YAML_CONFIG)
    elif form == "toml":
        whole = TOML_TOP + "[params]\nauthor = 'Jo'\n[params.nested]\nx = 'deep'\n"
        whole += TOML_LANGUAGES.replace("[", "[languages.")
        site_root = _multilingual(tmp_path, "hugo.toml", whole)
    elif form == "json":
        site_root = _multilingual(tmp_path, "hugo.json", json.dumps(yaml.safe_load(YAML_CONFIG)))
    else:  # config/_default/ split by part, as Hugo's own docs keep it
        default = "config/_default/"
        site_root = _multilingual(tmp_path, default + "hugo.toml", TOML_TOP)
        write(site_root / default / "languages.toml", TOML_LANGUAGES)
        write(site_root / default / "params.toml", TOML_PARAMS)
    site = Site.open(site_root)
    english, note = new_document_noted(site, "posts", "Zed")
    assert note is None
    assert Document.load(english).front_matter == {
        "title": "Zed", "site": "Multi", "by": "Jo", "deep": "deep", "lang": "en", "same": "en"
    }  # fmt: skip
    french, note = new_document_noted(site, "posts", "Zed", folder="content/fr/posts")
    assert note is None
    assert Document.load(french).front_matter == {
        "title": "Zed", "site": "Multi FR", "by": "Jean", "deep": "deep", "lang": "fr",
        "same": "fr",
    }  # fmt: skip


@needs_hugo
def test_site_values_are_what_hugo_new_gives(tmp_path: Path) -> None:
    source = _multilingual(tmp_path / "site", "hugo.yaml", YAML_CONFIG)
    ours, theirs = twins(source, tmp_path)
    hugo_new(theirs, "content/fr/posts/my-post.md")
    hugo_new(theirs, "posts/my-post.md")
    site = Site.open(ours)
    new_document_noted(site, "posts", "My Post")
    new_document_noted(site, "posts", "My Post", folder="content/fr/posts")
    assert tree(ours / "content") == tree(theirs / "content")


def test_a_param_the_site_lacks_is_left_out_and_said(tmp_path: Path) -> None:
    # Hugo writes `<no value>` into the page; editor-app leaves it empty and says so.
    write(tmp_path / "hugo.toml", "title = 'T'\n")
    write(tmp_path / "content" / "posts" / "old.md", "---\ntitle: Old\n---\n")
    write(
        tmp_path / "archetypes" / "posts.md", "---\ntitle: x\nby: {{ .Site.Params.nobody }}\n---\n"
    )
    path, note = new_document_noted(Site.open(tmp_path), "posts", "Hi")
    assert Document.load(path).front_matter == {"title": "Hi", "by": None}
    assert note is not None and "by left as on any new page" in note


_PLAIN = st.text(
    st.characters(min_codepoint=32, max_codepoint=0x2FFF, blacklist_characters='"\\\x7f'),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip() == s and "{{" not in s and "}}" not in s)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=_PLAIN, key=st.from_regex(r"[A-Za-z][A-Za-z0-9_]{0,12}", fullmatch=True))
def test_any_param_text_reaches_the_page_as_the_site_has_it(
    tmp_path_factory: pytest.TempPathFactory, value: str, key: str
) -> None:
    root = tmp_path_factory.mktemp("param")
    write(root / "hugo.toml", f"title = 'T'\n[params]\n{key} = {json.dumps(value)}\n")
    write(root / "content" / "posts" / "old.md", "---\ntitle: Old\n---\n")
    write(
        root / "archetypes" / "posts.md",
        f'+++\ntitle = \'x\'\nv = """{{{{ .Site.Params.{key.upper()} }}}}"""\n+++\n',
    )
    path, note = new_document_noted(Site.open(root), "posts", "Hi")
    assert note is None
    assert Document.load(path).front_matter["v"] == value


_FILE_NAMES = (
    'd: "{{ .File.Dir }}"\np: "{{ .File.Path }}"\nb: "{{ .File.BaseFileName }}"\n'
    'l: "{{ .File.LogicalName }}"\nt: "{{ .File.TranslationBaseName }}"\n'
    'c: "{{ .File.ContentBaseName }}"\nn: "{{ .Name }}"\ns: "{{ .Section }}"\n'
)


@pytest.fixture
def nested(tmp_path: Path) -> Path:
    """Pages in a folder below the section; a bundle archetype with a second page."""
    site = tmp_path / "nested"
    write(site / "hugo.toml", "title = 'N'\n")
    write(site / "content" / "posts" / "old.md", "---\ntitle: Old\n---\n")
    write(site / "content" / "posts" / "sub" / "x.md", "---\ntitle: X\n---\n")
    write(site / "archetypes" / "default.md", f"---\ntitle: {TITLE}\n{_FILE_NAMES}---\n")
    write(site / "archetypes" / "gal" / "index.md", f"---\ntitle: {TITLE}\n{_FILE_NAMES}---\n")
    write(site / "archetypes" / "gal" / "other.md", _FILE_NAMES)
    return site


def test_file_names_below_the_section_and_in_a_bundle(nested: Path) -> None:
    site = Site.open(nested)
    page, _ = new_document_noted(site, "posts", "Deep", folder="content/posts/sub")
    assert Document.load(page).front_matter == {
        "title": "Deep", "d": "posts/sub/", "p": "posts/sub/deep.md", "b": "deep",
        "l": "deep.md", "t": "deep", "c": "deep", "n": "deep", "s": "posts",
    }  # fmt: skip
    index, _ = new_document_noted(site, "posts", "Bb", folder="content/posts/sub", kind="gal")
    front = Document.load(index).front_matter
    assert (front["d"], front["p"], front["b"], front["c"], front["n"]) == (
        "posts/sub/bb/", "posts/sub/bb/index.md", "index", "bb", "bb"
    )  # fmt: skip
    assert 'c: "other"' in (index.parent / "other.md").read_text()


@needs_hugo
def test_file_names_are_what_hugo_new_gives(nested: Path, tmp_path: Path) -> None:
    ours, theirs = twins(nested, tmp_path)
    hugo_new(theirs, "posts/sub/deep.md")
    hugo_new(theirs, "posts/sub/bb", "gal")
    site = Site.open(ours)
    new_document_noted(site, "posts", "Deep", folder="content/posts/sub")
    new_document_noted(site, "posts", "Bb", folder="content/posts/sub", kind="gal")
    assert tree(ours / "content") == tree(theirs / "content")


@needs_hugo
@settings(max_examples=15, deadline=None)
@given(
    title=_PLAIN,
    value=_PLAIN,
    form=st.sampled_from(["hugo.toml", "hugo.yaml", "hugo.json", "config/_default/params.toml"]),
)
def test_settings_read_as_hugo_reads_them(title: str, value: str, form: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "site"
        quoted_title, quoted_value = json.dumps(title), json.dumps(value)
        if form == "hugo.toml":
            write(root / form, f"title = {quoted_title}\n[params]\nsaid = {quoted_value}\n")
        elif form == "hugo.yaml":
            write(root / form, f"title: {quoted_title}\nparams:\n  said: {quoted_value}\n")
        elif form == "hugo.json":
            write(root / form, json.dumps({"title": title, "params": {"said": value}}))
        else:
            write(root / "config" / "_default" / "hugo.toml", f"title = {quoted_title}\n")
            write(root / form, f"said = {quoted_value}\n")
        write(root / "content" / "posts" / "old.md", "---\ntitle: Old\n---\n")
        write(
            root / "archetypes" / "posts.md",
            "+++\ntitle = 'My Post'\nsite = '''{{ .Site.Title }}'''\n"
            "said = '''{{ .Site.Params.said }}'''\n+++\n",
        )
        ours, theirs = twins(root, Path(folder))
        hugo_new(theirs, "posts/my-post.md")
        new_document_noted(Site.open(ours), "posts", "My Post")
        assert tree(ours / "content") == tree(theirs / "content")


def test_site_settings_left_unset_are_empty_as_in_hugo(tmp_path: Path) -> None:
    # An empty hugo.toml: `hugo new` writes "" for each (checked with hugo 0.111).
    write(tmp_path / "hugo.toml", "")
    write(tmp_path / "content" / "posts" / "old.md", "---\ntitle: Old\n---\n")
    write(
        tmp_path / "archetypes" / "posts.md",
        '---\ntitle: x\nt: "{{ .Site.Title }}"\nb: "{{ .Site.BaseURL }}"\n'
        'c: "{{ .Site.Copyright }}"\nn: "{{ .Site.Language.LanguageName }}"\n---\n',
    )
    path, note = new_document_noted(Site.open(tmp_path), "posts", "Hi")
    assert note is None
    assert Document.load(path).front_matter == {"title": "Hi", "t": "", "b": "", "c": "", "n": ""}


_PAGE_PARTS = [
    ".Page.Section", ".Page.Type", ".Page.Lang", ".Page.File.Path", ".Page.File.Dir",
    ".Page.Kind", ".Site.Language.Weight", ".Site.Language.Lang", ".File.Lang",
]  # fmt: skip


def test_page_parts_filled_in(tmp_path: Path) -> None:
    root = _multilingual(tmp_path / "site", "hugo.yaml", YAML_CONFIG)
    lines = "".join(f'v{i}: "{{{{ {part} }}}}"\n' for i, part in enumerate(_PAGE_PARTS))
    write(root / "archetypes" / "note.md", f"---\ntitle: {TITLE}\n{lines}---\n")
    site = Site.open(root)
    path, note = new_document_noted(site, "posts", "Zed", folder="content/fr/posts", kind="note")
    assert note is None
    front = Document.load(path).front_matter
    assert [front[f"v{i}"] for i in range(len(_PAGE_PARTS))] == [
        "posts", "posts", "fr", "posts/zed.md", "posts/", "page", "2", "fr", "fr"
    ]  # fmt: skip


@needs_hugo
def test_page_parts_are_what_hugo_new_gives(tmp_path: Path) -> None:
    root = _multilingual(tmp_path / "site", "hugo.yaml", YAML_CONFIG)
    lines = "".join(f'v{i}: "{{{{ {part} }}}}"\n' for i, part in enumerate(_PAGE_PARTS))
    write(root / "archetypes" / "note.md", f"---\ntitle: {TITLE}\n{lines}---\n")
    ours, theirs = twins(root, tmp_path)
    hugo_new(theirs, "content/fr/posts/zed.md", "note")
    new_document_noted(Site.open(ours), "posts", "Zed", folder="content/fr/posts", kind="note")
    assert tree(ours / "content") == tree(theirs / "content")


def test_a_bundle_file_that_cannot_be_read_is_named_not_copied(
    bundled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self.name == "data.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    path, note = new_document_noted(Site.open(bundled), "posts", "Hi")
    assert sorted(p.name for p in path.parent.iterdir()) == ["images", "index.md", "notes.md"]
    assert note == "data.txt from the archetype could not be copied"
