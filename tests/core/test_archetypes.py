"""New pages of a Hugo site start from the section's archetype, as `hugo new content` makes
them: the archetype's header format, key order and body, its template bits filled in, the
typed title in place; a part editor-app does not fill in is said, never guessed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.core.archetypes import PageContext, evaluate, find_archetype, render
from editor_app.core.document import Document
from editor_app.core.new_page import new_page_start
from editor_app.core.page_create import new_document, new_document_noted
from editor_app.core.schema import load_schema
from editor_app.core.site import Site

NOW = dt.datetime(2026, 3, 4, 5, 6, 7, tzinfo=dt.timezone(dt.timedelta(hours=1)))
PAGE = PageContext("my-first-post", "posts", NOW)


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


TOML_DEFAULT = """+++
title = '{{ replace .File.ContentBaseName "-" " " | title }}'
date = {{ .Date }}
draft = true
weight = 10
+++

Write the {{ .Section }} page here.
"""

YAML_POSTS = """---
author: Sam
title: "{{ replace .Name "-" " " | title }}"
date: {{ .Date }}
kind: {{ .Type }}
tags: []
day: {{ now.Format "2006-01-02" }}
---

{{/* a note for the site's authors */}}
Intro for {{ .File.ContentBaseName }}.
"""


@pytest.fixture
def hugo(tmp_path: Path) -> Path:
    """A small Hugo site: `posts` and `docs` sections, a TOML default archetype and a YAML
    archetype for posts."""
    write(tmp_path / "hugo.toml", "title = 'Small'\n")
    write(tmp_path / "content" / "posts" / "old.md", "---\ntitle: Old\n---\n\nOld.\n")
    write(tmp_path / "content" / "docs" / "guide.md", "+++\ntitle = 'Guide'\n+++\n\nGuide.\n")
    write(tmp_path / "archetypes" / "default.md", TOML_DEFAULT)
    write(tmp_path / "archetypes" / "posts.md", YAML_POSTS)
    return tmp_path


# -- the template bits ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        (".Date", "2026-03-04T05:06:07+01:00"),
        (".Name", "my-first-post"),
        (".File.ContentBaseName", "my-first-post"),
        (".File.LogicalName", "my-first-post.md"),
        (".Section", "posts"),
        (".Type", "posts"),
        ('replace .File.ContentBaseName "-" " " | title', "My First Post"),
        ('replace .Name "-" " " | strings.FirstUpper', "My first post"),
        (".Name | humanize", "My first post"),
        ('now.Format "2006-01-02"', "2026-03-04"),
        ('now.Format "Jan 2, 2006 15:04"', "Mar 4, 2026 05:06"),
        ('.Date | time.Format "02/01/06"', "04/03/26"),
        ("/* a comment */", ""),
    ],
)
def test_common_template_bits_are_filled_in(expression: str, expected: str) -> None:
    assert evaluate(expression, PAGE) == expected


def test_title_keeps_small_words_small_inside() -> None:
    page = PageContext("the-end-of-the-road", "posts", NOW)
    assert evaluate('replace .Name "-" " " | title', page) == "The End of the Road"


@pytest.mark.parametrize(
    "text",
    [
        "{{ .Site.Params.author }}",
        "{{ .Title }}",
        '{{ index .Params "x" }}',
        "{{ $x }}",
        '{{ .Date | time.Format ":date_long" }}',
    ],
)
def test_other_template_bits_are_left_out_not_guessed(text: str) -> None:
    done = render(f"a: {text}\n", PAGE)
    assert done.text == "a: \n" and done.left_out == [(text, 0)]


def test_trim_markers_take_the_white_space_beside() -> None:
    assert render("a  {{- .Section -}}  b", PAGE).text == "apostsb"


def test_if_or_range_marks_the_text_as_shaped() -> None:
    assert render("{{ if .Draft }}x{{ end }}", PAGE).shaped
    assert not render("{{ .Name }}", PAGE).shaped


# -- finding the archetype ------------------------------------------------------------------


def test_section_archetype_before_default_and_theme(hugo: Path) -> None:
    site = Site.open(hugo)
    assert find_archetype(site, "posts") == hugo / "archetypes" / "posts.md"
    assert find_archetype(site, "docs") == hugo / "archetypes" / "default.md"
    (hugo / "archetypes" / "default.md").unlink()
    write(hugo / "hugo.toml", "theme = 'plain'\n")
    write(hugo / "themes" / "plain" / "archetypes" / "default.md", "---\nsummary: x\n---\n")
    assert find_archetype(Site.open(hugo), "docs") == (
        hugo / "themes" / "plain" / "archetypes" / "default.md"
    )


def test_jekyll_site_has_no_archetype(tmp_path: Path) -> None:
    write(tmp_path / "_config.yml", "collections: [notes]\n")
    write(tmp_path / "_notes" / "a.md", "---\ntitle: A\n---\n")
    write(tmp_path / "archetypes" / "default.md", "---\nsummary: x\n---\n")
    site = Site.open(tmp_path)
    assert find_archetype(site, "notes") is None
    text = new_document(site, "notes", "B").read_text(encoding="utf-8")
    assert "summary" not in text


# -- new pages ------------------------------------------------------------------------------


def test_toml_archetype_gives_format_order_body_and_typed_title(hugo: Path) -> None:
    site = Site.open(hugo)
    path, note = new_document_noted(site, "docs", "Setting up: a guide", today=dt.date(2026, 1, 2))
    assert note is None
    text = path.read_text(encoding="utf-8")
    assert path.name == "setting-up-a-guide.md"
    lines = text.splitlines()
    assert lines[0] == "+++" and lines[1] == "title = 'Setting up: a guide'"
    assert lines[2].startswith("date = 2026-01-02T") and lines[3:6] == [
        "draft = true",
        "weight = 10",
        "+++",
    ]
    assert text.endswith("\nWrite the docs page here.\n")
    front = Document.from_text(text).front_matter
    assert front["title"] == "Setting up: a guide" and front["draft"] is True


def test_yaml_section_archetype(hugo: Path) -> None:
    site = Site.open(hugo)
    path = new_document(site, "posts", "Hello world", today=dt.date(2026, 5, 6))
    text = path.read_text(encoding="utf-8")
    front = Document.from_text(text).front_matter
    assert list(front) == ["author", "title", "date", "kind", "tags", "day"]
    assert front["title"] == "Hello world" and front["author"] == "Sam"
    assert front["kind"] == "posts" and front["tags"] == [] and front["day"] == dt.date(2026, 5, 6)
    assert "a note for" not in text and text.endswith("\nIntro for hello-world.\n")


def test_taken_name_gives_the_archetype_the_free_one(hugo: Path) -> None:
    site = Site.open(hugo)
    new_document(site, "posts", "Hello")
    second = new_document(site, "posts", "Hello")
    assert second.name == "hello-2.md"
    assert second.read_text(encoding="utf-8").endswith("Intro for hello-2.\n")


def test_left_out_value_starts_empty_and_is_said(hugo: Path) -> None:
    write(
        hugo / "archetypes" / "posts.md",
        "---\ntitle: x\nauthor: {{ .Site.Params.author }}\n---\n\n{{ .Params.x }} text\n",
    )
    path, note = new_document_noted(Site.open(hugo), "posts", "Hi")
    front = Document.load(path).front_matter
    assert front == {"title": "Hi", "author": None}
    assert Document.load(path).body.strip() == ""
    assert note is not None and "author" in note and "archetypes/posts.md" in note
    assert "\n" not in note


def test_shaping_template_falls_back_to_the_usual_page(hugo: Path) -> None:
    # A test not evaluated (`hugo new` refuses `.Params`): which text it keeps is unknown.
    write(hugo / "archetypes" / "posts.md", "---\n{{ if .Params.x }}a: 1{{ end }}\n---\n")
    path, note = new_document_noted(Site.open(hugo), "posts", "Hi")
    assert Document.load(path).front_matter == {"title": "Hi"}
    assert note is not None and "starts like the section's other pages" in note


def test_json_header_with_a_part_left_out_falls_back(hugo: Path) -> None:
    write(hugo / "archetypes" / "posts.md", '{\n  "title": "x",\n  "by": "{{ .Site.X }}"\n}\n')
    path, note = new_document_noted(Site.open(hugo), "posts", "Hi")
    assert Document.load(path).front_matter == {"title": "Hi"}
    assert note is not None and "starts like the section's other pages" in note


def test_schema_values_fill_empty_and_required_keys(hugo: Path) -> None:
    write(
        hugo / "_schema.yml",
        "collections:\n  posts:\n    fields:\n"
        "      - {name: title, type: text, required: true}\n"
        "      - {name: author, type: text, default: Ann}\n"
        "      - {name: summary, type: text, default: To write, required: true}\n"
        "      - {name: tone, type: text, default: calm}\n",
    )
    write(hugo / "archetypes" / "posts.md", "---\ntitle: x\nauthor:\nweight: 3\n---\n")
    site = Site.open(hugo)
    path = new_document(site, "posts", "Hi", schema=load_schema(site))
    front = Document.load(path).front_matter
    # The archetype's keys in its order, its empty value filled by the schema's default,
    # then the defaults it lacks.
    assert list(front) == ["title", "author", "weight", "summary", "tone"]
    assert front == {
        "title": "Hi",
        "author": "Ann",
        "weight": 3,
        "summary": "To write",
        "tone": "calm",
    }


def test_archetype_value_wins_over_schema_default(hugo: Path) -> None:
    write(
        hugo / "_schema.yml",
        "collections:\n  posts:\n    fields:\n"
        "      - {name: title, type: text, required: true}\n"
        "      - {name: draft, type: boolean, default: true}\n",
    )
    write(hugo / "archetypes" / "posts.md", "---\ntitle: x\ndraft: false\n---\n")
    site = Site.open(hugo)
    path = new_document(site, "posts", "Hi", schema=load_schema(site))
    assert Document.load(path).front_matter == {"title": "Hi", "draft": False}


titles = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1
).filter(lambda t: t.strip() == t and t)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=titles)
def test_any_title_reads_back_unchanged(hugo: Path, title: str) -> None:
    site = Site.open(hugo)
    for section in ("posts", "docs"):  # a YAML and a TOML archetype
        data, _note = new_page_start(site, section, title, None, path=hugo / "content" / "a.md")
        assert Document.from_bytes(data).front_matter["title"] == title


def test_an_archetype_with_a_broken_header_is_said_so_not_as_template_parts(hugo: Path) -> None:
    # It read "uses template parts editor-app does not fill in", which it has none of.
    write(hugo / "archetypes" / "posts.md", "---\ntitle: [unclosed\n---\n")
    path, note = new_document_noted(Site.open(hugo), "posts", "Hi")
    assert Document.load(path).get("title") == "Hi"
    assert note is not None and "archetypes/posts.md" in note
    assert "template parts" not in note and "settings" in note
