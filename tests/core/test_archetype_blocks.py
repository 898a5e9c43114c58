"""Archetypes with `{{ if }}`, `{{ with }}`, `{{ range }}`, variables and the usual tests
(`eq`, `and`, `default`...) make the page `hugo new` makes (compared with the real `hugo`
where it is installed; the expected text below is what `hugo new` 0.111 wrote). A block
editor-app cannot follow still makes the usual page, and says so."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from test_archetype_hugo import hugo_new, needs_hugo, tree, twins, write

from editor_app.core.document import Document
from editor_app.core.page_create import new_document_noted
from editor_app.core.site import Site

CONFIG = """title = 'My Site'
[params]
author = 'Jo'
flag = false
on = true
count = 0
ratio = 1.5
whole = 2.0
tags = ['a', 'b c']
empty = []
[params.social]
twitter = 'jo'
github = 'joh'
[[params.people]]
name = 'Ann'
role = 'ed'
[[params.people]]
name = 'Bo'
role = 'dev'
"""

BLOCKS = """---
title: "{{ replace .Name "-" " " | title }}"
{{ if .Site.Params.author }}author: {{ .Site.Params.author }}
{{ end -}}
{{ with .Site.Params.nobody }}nobody: {{ . }}{{ else }}nobody: none{{ end }}
{{- with .Site.Params.social }}
social: {{ .twitter }}
{{- end }}
flag: {{ if .Site.Params.flag }}yes{{ else if .Site.Params.on }}on{{ else }}no{{ end }}
tags:
{{- range .Site.Params.tags }}
  - {{ . | upper }}
{{- end }}
empty: [{{ range .Site.Params.empty }}{{ . }}{{ else }}none{{ end }}]
people:
{{- range $i, $p := .Site.Params.people }}
  - {{ $i }} {{ $p.name }} {{ .role }} {{ $.Name }}
{{- end }}
{{ $t := .Site.Title }}site: {{ $t }}
eq: {{ eq .Section "posts" }} {{ ne .Type "x" }} {{ not .Site.Params.flag }}
and: {{ and .Site.Params.on .Site.Params.author }}
or: {{ or .Site.Params.flag "fb" }}
dflt: {{ default "d1" .Site.Params.nobody }} {{ default "d2" .Site.Params.flag }} \
{{ default "d3" .Site.Params.count }} {{ .Site.Params.nobody | default "d4" }}
len: {{ len .Site.Params.tags }} {{ index .Site.Params.tags 1 }} \
{{ delimit .Site.Params.tags ", " }}
num: {{ .Site.Params.ratio }} {{ .Site.Params.whole }} {{ .Site.Params.count }}
isset: {{ isset .Site.Params "author" }} {{ isset .Site.Params "zz" }}
paren: {{ if and (eq .Section "posts") (gt (len .Site.Params.tags) 1) }}both{{ end }}
print: {{ print "a" "b" }} {{ in .Site.Params.tags "a" }} {{ lt 1 2 }}
map: {{ range $k, $v := .Site.Params.social }}{{ $k }}={{ $v }};{{ end }}
---
{{/* comment */}}
Body {{ with .Site.Params.author }}by {{ . }}{{ end }}.
"""

# What `hugo new posts/my-post.md` (0.111) wrote from BLOCKS.
MADE = """---
title: "My Post"
author: Jo
nobody: none
social: jo
flag: on
tags:
  - A
  - B C
empty: [none]
people:
  - 0 Ann ed my-post
  - 1 Bo dev my-post
site: My Site
eq: true true true
and: Jo
or: fb
dflt: d1 false d3 d4
len: 2 b c a, b c
num: 1.5 2 0
isset: true false
paren: both
print: ab true true
map: github=joh;twitter=jo;
---

Body by Jo.
"""

# Forms from Hugo's own archetypes and popular themes' (`hugo new site`, `hugo new theme`,
# PaperMod, Ananke, Blowfish-like dates, an author block).
REAL = {
    "hugo-0.111": '---\ntitle: "{{ replace .Name "-" " " | title }}"\ndate: {{ .Date }}\n'
    "draft: true\n---\n\n",
    "hugo-new": "+++\ndate = '{{ .Date }}'\ndraft = true\n"
    'title = \'{{ replace .File.ContentBaseName "-" " " | title }}\'\n+++\n',
    "with-author": '---\ntitle: "{{ replace .Name "-" " " | title }}"\n'
    "{{ with .Site.Params.author }}author: {{ . }}\n{{ end }}"
    "{{- with .Site.Params.nobody }}nobody: {{ . }}\n{{ end -}}\ndraft: true\n---\n",
    "dates": '---\ntitle: "{{ replace .Name "-" " " | title }}"\n'
    'date: {{ dateFormat "2006-01-02" .Date }}\n'
    '{{ if eq .Section "posts" }}series: []\n{{ end }}'
    '{{- if ne .Type "posts" }}type: other\n{{ end -}}\n---\n',
    "tags-list": '---\ntitle: "{{ replace .Name "-" " " | title }}"\ntags: ['
    '{{ range $i, $t := .Site.Params.tags }}{{ if $i }}, {{ end }}"{{ $t }}"{{ end }}]\n---\n',
    "body-if": "---\ntitle: '{{ humanize .Name }}'\n---\n{{ if .Site.Params.on -}}\nOn.\n{{- else -}}\nOff.\n"
    "{{- end }}\n{{ range .Site.Params.people }}- {{ .name | lower }}\n{{ end }}",
}


def _site(root: Path, archetype: str) -> Path:
    write(root / "hugo.toml", CONFIG)
    write(root / "content" / "posts" / "old.md", "---\ntitle: Old\n---\n")
    write(root / "archetypes" / "posts.md", archetype)
    return root


def test_blocks_make_what_hugo_new_made(tmp_path: Path) -> None:
    root = _site(tmp_path, BLOCKS)
    path, note = new_document_noted(Site.open(root), "posts", "My Post")
    assert note is None
    assert path.read_text(encoding="utf-8") == MADE


@needs_hugo
def test_blocks_are_what_hugo_new_makes(tmp_path: Path) -> None:
    ours, theirs = twins(_site(tmp_path / "site", BLOCKS), tmp_path)
    hugo_new(theirs, "posts/my-post.md")
    new_document_noted(Site.open(ours), "posts", "My Post")
    assert tree(ours / "content") == tree(theirs / "content")


@needs_hugo
@pytest.mark.parametrize("name", sorted(REAL))
def test_real_archetype_forms_are_what_hugo_new_makes(tmp_path: Path, name: str) -> None:
    ours, theirs = twins(_site(tmp_path / "site", REAL[name]), tmp_path)
    hugo_new(theirs, "posts/my-post.md")
    title = "My post" if name == "body-if" else "My Post"
    _path, note = new_document_noted(Site.open(ours), "posts", title)
    assert note is None
    assert tree(ours / "content") == tree(theirs / "content")


def test_a_list_made_by_range_reads_back(tmp_path: Path) -> None:
    root = _site(tmp_path, REAL["tags-list"])
    path, note = new_document_noted(Site.open(root), "posts", "My Post")
    assert note is None
    assert Document.load(path).front_matter["tags"] == ["a", "b c"]


@pytest.mark.parametrize(
    ("archetype", "named"),
    [
        # `hugo new` refuses `.Params`
        ("---\ntitle: x\n{{ if .Params.x }}a: 1\n{{ end }}---\n", "{{ if .Params.x }}"),
        ("---\ntitle: x\n{{ range .Site.Title }}a\n{{ end }}---\n", "{{ range .Site.Title }}"),
        ('---\ntitle: x\n{{ define "x" }}a{{ end }}---\n', '{{ define "x" }}'),
        ('---\ntitle: x\n{{ template "x" }}\n---\n', '{{ template "x" }}'),
        ("---\ntitle: x\n{{ if .Site.Params.on }}a: 1\n---\n", "{{ if .Site.Params.on }}"),
        (
            "---\ntitle: x\n{{ with $x := .Params.y }}a: 1\n{{ end }}---\n",
            "{{ with $x := .Params.y }}",
        ),
        (
            '---\ntitle: x\n{{ if and .Site.Params.on (eq .Params.kind\n  "long-one") }}a\n'
            "{{ end }}---\n",
            '{{ if and .Site.Params.on (eq .Params.kind "long-one") }}',
        ),
    ],
)
def test_a_block_not_followed_makes_the_usual_page_and_says_so(
    tmp_path: Path, archetype: str, named: str
) -> None:
    root = _site(tmp_path, archetype)
    path, note = new_document_noted(Site.open(root), "posts", "Hi")
    assert Document.load(path).front_matter == {"title": "Hi"}
    assert note is not None and "\n" not in note
    assert note == (
        f"archetypes/posts.md uses template parts editor-app does not fill in ({named}); "
        "the new page starts like the section's other pages"
    )


def test_a_long_part_not_followed_is_named_shortened(tmp_path: Path) -> None:
    test = " or ".join(f".Params.x{i}" for i in range(20))
    root = _site(tmp_path, f"---\ntitle: x\n{{{{ if {test} }}}}a\n{{{{ end }}}}---\n")
    note = new_document_noted(Site.open(root), "posts", "Hi")[1]
    assert note is not None and f"({{{{ if {test}"[:58] in note and "...)" in note


def test_a_missing_param_printed_inside_a_block_is_left_out_and_said(tmp_path: Path) -> None:
    archetype = (
        "---\ntitle: x\n{{ if .Site.Params.on }}by: {{ .Site.Params.nobody }}\n{{ end }}---\n"
    )
    path, note = new_document_noted(Site.open(_site(tmp_path, archetype)), "posts", "Hi")
    assert Document.load(path).front_matter == {"title": "Hi", "by": None}
    assert note is not None and "by left as on any new page" in note


FUNCTIONS = """---
title: "{{ replaceRE "^\\\\d{4}-\\\\d{2}-\\\\d{2}-" "" .Name | humanize }}"
p1: "{{ printf "%s-%d-%v-%%" .Name .Site.Params.n .Site.Params.on }}"
c: {{ cond .Site.Params.on "yes" "no" }}
tp: {{ strings.TrimPrefix "2024-" .Name }}
ts: {{ strings.TrimSuffix "-post" .Name }}
sp: [{{ range split .Name "-" }}{{ . }};{{ end }}]
au: {{ .Site.Author.name }}
rr: {{ replaceRE "(\\\\w+)-(\\\\w+)" "$2+$1" "ab-cd" }}
---
{{ "a\\tb\\\\c\\"d" }}
"""

# What `hugo new posts/2024-01-02-my-post.md` (0.111) wrote from FUNCTIONS.
FUNCTIONS_MADE = """---
title: "My post"
p1: "2024-01-02-my-post-3-true-%"
c: yes
tp: 01-02-my-post
ts: 2024-01-02-my
sp: [2024;01;02;my;post;]
au: Jo Bloggs
rr: cd+ab
---
a\tb\\c"d
"""


def _functions_site(root: Path) -> Path:
    write(
        root / "hugo.toml",
        "title = 'S'\n[author]\nname = 'Jo Bloggs'\n[params]\non = true\nn = 3\n",
    )
    write(root / "content" / "posts" / "old.md", "---\ntitle: Old\n---\n")
    write(root / "archetypes" / "posts.md", FUNCTIONS)
    return root


def _make_named(root: Path, name: str, title: str) -> Path:
    from editor_app.core.new_page import new_page_start

    path = root / "content" / "posts" / name
    data, note = new_page_start(Site.open(root), "posts", title, None, path=path)
    assert note is None
    path.write_bytes(data)
    return path


def test_printf_cond_split_replace_re_and_site_author(tmp_path: Path) -> None:
    page = _make_named(_functions_site(tmp_path), "2024-01-02-my-post.md", "My post")
    assert page.read_text(encoding="utf-8") == FUNCTIONS_MADE


@needs_hugo
def test_printf_cond_split_replace_re_are_what_hugo_new_makes(tmp_path: Path) -> None:
    ours, theirs = twins(_functions_site(tmp_path / "site"), tmp_path)
    hugo_new(theirs, "posts/2024-01-02-my-post.md")
    _make_named(ours, "2024-01-02-my-post.md", "My post")
    assert tree(ours / "content") == tree(theirs / "content")


def test_a_time_printed_as_it_is_is_left_out_not_guessed(tmp_path: Path) -> None:
    # `hugo new` writes `now` as `2026-12-07 07:45:27.16 +0000 UTC m=+0.105`, with its clock's
    # reading; formatted, it is written.
    archetype = '---\ntitle: x\na: "{{ now }}"\nb: "{{ now | time.Format "2006" }}"\n---\n'
    path, note = new_document_noted(Site.open(_site(tmp_path, archetype)), "posts", "Hi")
    front = Document.load(path).front_matter
    assert front["a"] == "" and front["b"].isdigit()
    assert note is not None and "a left as on any new page" in note


DOT_NAMES = (
    ".TranslationBaseName", ".BaseFileName", ".ContentBaseName", ".Path", ".Dir",
    ".LogicalName", ".Ext", ".UniqueID", ".File.UniqueID", ".File.Section",
    ".Site.IsMultiLingual",
)  # fmt: skip


UNIQUE_ID = hashlib.md5(b"posts/sub/my-post.md", usedforsecurity=False).hexdigest()


def _dot_site(root: Path) -> Path:
    lines = "".join(f'v{i}: "{{{{ {name} }}}}"\n' for i, name in enumerate(DOT_NAMES))
    write(root / "hugo.toml", "title = 'S'\n")
    write(root / "content" / "posts" / "sub" / "old.md", "---\ntitle: Old\n---\n")
    write(root / "archetypes" / "posts.md", f"---\ntitle: x\n{lines}---\n")
    return root


def test_the_file_names_hugo_gives_on_the_dot(tmp_path: Path) -> None:
    # Hugo 0.111 gives the file's names on `.` as well (LoveIt's `.TranslationBaseName`).
    page = _make_named(_dot_site(tmp_path), "sub/my-post.md", "x")
    front = Document.load(page).front_matter
    assert [front[f"v{i}"] for i in range(len(DOT_NAMES))] == [
        "my-post", "my-post", "my-post", "posts/sub/my-post.md", "posts/sub/", "my-post.md",
        "md", UNIQUE_ID, UNIQUE_ID, "posts", "false",
    ]  # fmt: skip


@needs_hugo
def test_the_file_names_on_the_dot_are_what_hugo_new_gives(tmp_path: Path) -> None:
    ours, theirs = twins(_dot_site(tmp_path / "site"), tmp_path)
    hugo_new(theirs, "posts/sub/my-post.md")
    _make_named(ours, "sub/my-post.md", "x")
    assert tree(ours / "content") == tree(theirs / "content")


PRINTED = """---
title: x
---
{{ print 0 true }}|{{ print (isset .Site.Params "zz") .Site.Title }}|{{ .Site.Params.tags }}|\
{{ .Site.Params.social }}|{{ range .Site.Params.people }}{{ . }}{{ end }}
"""

# What `hugo new` (0.111) wrote from PRINTED with CONFIG: Go's Sprint and its lists and maps.
PRINTED_MADE = """---
title: x
---
0 true|falseMy Site|[a b c]|map[github:joh twitter:jo]|map[name:Ann role:ed]map[name:Bo role:dev]
"""


def test_print_lists_and_groups_as_go_prints_them(tmp_path: Path) -> None:
    path, note = new_document_noted(Site.open(_site(tmp_path, PRINTED)), "posts", "x")
    assert note is None
    assert path.read_text(encoding="utf-8") == PRINTED_MADE


def test_cond_on_what_is_not_a_boolean_is_not_followed(tmp_path: Path) -> None:
    # `hugo new` fails: "invalid value; expected bool".
    archetype = "---\ntitle: x\n{{ if cond .Site.Params.nobody true false }}a: 1\n{{ end }}---\n"
    note = new_document_noted(Site.open(_site(tmp_path, archetype)), "posts", "x")[1]
    assert note is not None and "{{ if cond .Site.Params.nobody" in note


@needs_hugo
def test_print_lists_and_groups_are_what_hugo_new_writes(tmp_path: Path) -> None:
    ours, theirs = twins(_site(tmp_path / "site", PRINTED), tmp_path)
    hugo_new(theirs, "posts/x.md")
    new_document_noted(Site.open(ours), "posts", "x")
    assert tree(ours / "content") == tree(theirs / "content")


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["plain", "bom"])
def test_an_archetype_written_with_crlf_lines_keeps_them(tmp_path: Path, bom: bytes) -> None:
    # An archetype saved on Windows: `hugo new` writes its bytes as they are (checked, 0.111).
    archetype = bom + (
        b'---\r\ntitle: "{{ replace .Name "-" " " | title }}"\r\ndraft: true\r\n---\r\n'
        b"\r\nBody of {{ .Name }}.\r\n"
    )
    root = _site(tmp_path, "")
    (root / "archetypes" / "posts.md").write_bytes(archetype)
    path, note = new_document_noted(Site.open(root), "posts", "My Post")
    assert note is None
    assert path.read_bytes() == bom + (
        b'---\r\ntitle: "My Post"\r\ndraft: true\r\n---\r\n\r\nBody of my-post.\r\n'
    )


@needs_hugo
def test_an_archetype_with_crlf_lines_is_what_hugo_new_makes(tmp_path: Path) -> None:
    root = _site(tmp_path / "site", "")
    (root / "archetypes" / "posts.md").write_bytes(
        b'\xef\xbb\xbf---\r\ntitle: "{{ replace .Name "-" " " | title }}"\r\n---\r\nA\r\n'
    )
    ours, theirs = twins(root, tmp_path)
    hugo_new(theirs, "posts/my-post.md")
    made, _ = new_document_noted(Site.open(ours), "posts", "My Post")
    # Bytes, not text: the line ends are the point.
    assert made.read_bytes() == (theirs / "content" / "posts" / "my-post.md").read_bytes()


def test_a_crlf_archetype_whose_text_is_left_out_keeps_its_line_ends(tmp_path: Path) -> None:
    root = _site(tmp_path, "")
    (root / "archetypes" / "posts.md").write_bytes(
        b"---\r\ntitle: x\r\n---\r\n\r\nBy {{ .Params.author }}.\r\n"
    )
    path, note = new_document_noted(Site.open(root), "posts", "Hi")
    assert note is not None and "its text left out" in note
    assert path.read_bytes() == b"---\r\ntitle: Hi\r\n---\r\n\r\n"


EQUALS = """---
title: x
---
1 {{ eq .Site.Params.missing 0 }} 2 {{ eq .Site.Params.s 1 }} 3 {{ eq .Site.Params.n 1.0 }}
4 {{ eq .Site.Params.missing nil }} 5 {{ ne .Site.Params.s 1 }} 6 {{ eq .Site.Params.f 1 }}
7 {{ eq true 1 }} 8 {{ eq "" .Site.Params.missing }}
"""


def test_eq_compares_values_of_one_kind_as_hugo_does(tmp_path: Path) -> None:
    # What `hugo new` (0.111) wrote: 1 and 1.0, "1" and 1, nil and 0 are not equal.
    write(tmp_path / "hugo.toml", "title = 'S'\n[params]\nl = ['a']\nn = 1\nf = 1.0\ns = '1'\n")
    write(tmp_path / "content" / "posts" / "old.md", "---\ntitle: Old\n---\n")
    write(
        tmp_path / "archetypes" / "posts.md",
        EQUALS,
    )
    path, note = new_document_noted(Site.open(tmp_path), "posts", "x")
    assert note is None
    assert Document.load(path).body == (
        "1 false 2 false 3 false\n4 true 5 true 6 false\n7 false 8 false\n"
    )
