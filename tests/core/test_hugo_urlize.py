"""One port of Hugo's `urlize` for archetypes and for the preview's glossary-term shortcode,
as Hugo 0.111 prints it in a shortcode that builds a page path from it (hugo-docs'
`printf "/quick-reference/glossary/%s" (urlize .)`). The cases are what hugo printed; the
real hugo is run too where it is installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from editor_app.core import archetype_functions
from editor_app.core.engines import hugo_include
from editor_app.core.engines.hugo_include import including_shortcodes, with_includes
from editor_app.core.hugo_urlize import path_settings, urlize

# text: what `{{ urlize . }}` printed in a shortcode (hugo 0.111.3).
HUGO_PRINTED = {
    "a  b": "a-b", "a - b": "a-b", "A B": "a-b", "a -b": "a-b", "a- b": "a-b",
    "a -- b": "a--b", "a- -b": "a--b", "a--b": "a--b", "-a-": "-a-", "x -": "x-",
    "a ~ b": "a-~-b", "a_ b": "a_-b", "a .b": "a-.b", "a/ b": "a/-b", " lead": "lead",
    "Café": "caf%C3%A9", "Ñandú": "%C3%B1and%C3%BA", "naïve?": "na%C3%AFve",
    "Über-Größe": "%C3%BCber-gr%C3%B6%C3%9Fe", "日本": "%E6%97%A5%E6%9C%AC", "ß": "%C3%9F",
    "İx": "ix", "Ǆ": "%C7%86",
    "C#": "c", "c# ": "c", "a#": "a", "#a": "#a", "a#b c": "a#b-c", "a##": "a#%23",
    "x@y": "x@y", "a+b": "a+b", "a_b": "a_b", "foo.bar": "foo.bar", "A.B": "a.b",
    "a/b": "a/b", "it's": "its", "(x)": "x", "a,b": "ab", "a&b": "ab", "a?b=c": "abc",
    "x?": "x", "a:b": "ab", "100%": "100", "a%2g": "a2g", "a%2F": "a%2f", "a%20b": "a%20b",
    "a\u00a0b": "a-b",
}  # fmt: skip


@pytest.mark.parametrize("text", sorted(HUGO_PRINTED))
def test_urlize_prints_what_hugo_prints(text: str) -> None:
    assert urlize(text) == HUGO_PRINTED[text]


def test_archetypes_and_the_preview_share_the_one_urlize() -> None:
    assert archetype_functions.urlize is urlize and hugo_include.urlize is urlize


def test_the_path_settings_are_set_by_true_alone() -> None:
    """Archetypes, addresses, the preview and rename-file read them through this one."""
    assert path_settings({}) == (False, True)
    assert path_settings({"removepathaccents": True, "disablepathtolower": True}) == (True, False)
    assert path_settings({"removepathaccents": "true", "disablepathtolower": 1}) == (False, True)


@pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo is not installed here")
def test_urlize_against_the_hugo_binary(tmp_path: Path) -> None:
    (tmp_path / "layouts" / "shortcodes").mkdir(parents=True)
    (tmp_path / "layouts" / "_default").mkdir(parents=True)
    (tmp_path / "content").mkdir()
    (tmp_path / "config.toml").write_text(
        'baseURL = "http://x/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n'
    )
    (tmp_path / "layouts" / "shortcodes" / "u.html").write_text(
        "{{- with .Get 0 }}<u>{{ urlize . | safeHTML }}</u>{{ end -}}"
    )
    for kind in ("single", "list"):
        (tmp_path / "layouts" / "_default" / f"{kind}.html").write_text("{{ .Content }}")
    cases = sorted(HUGO_PRINTED)
    shortcodes = "".join(f'{{{{< u "{text}" >}}}}\n\n' for text in cases)
    (tmp_path / "content" / "p.md").write_text("---\ntitle: p\n---\n" + shortcodes)
    subprocess.run(
        ["hugo", "--quiet", "-d", str(tmp_path / "public")], cwd=tmp_path, check=True,
        capture_output=True, timeout=120,
    )
    html = (tmp_path / "public" / "p" / "index.html").read_text(encoding="utf-8")
    printed = [part.split("</u>")[0] for part in html.split("<u>")[1:]]
    assert printed == [urlize(text) for text in cases]


def test_glossary_term_finds_the_page_hugo_finds(tmp_path: Path) -> None:
    """Two spaces make one hyphen (the preview looked for `output--format`); an accent is
    percent-encoded, so Hugo finds no `cafe` page and neither does the preview."""
    codes = tmp_path / "layouts" / "_shortcodes"
    codes.mkdir(parents=True)
    (codes / "term.html").write_text(
        '{{- with .Get 0 }}{{- $path := printf "/glossary/%s" (urlize .) }}'
        "{{- with site.GetPage $path }}\n{{ .RenderShortcodes }}{{- end }}{{- end -}}"
    )
    glossary = tmp_path / "content" / "glossary"
    glossary.mkdir(parents=True)
    (glossary / "output-format.md").write_text("---\ntitle: t\n---\n\nAn _output format_.\n")
    (glossary / "cafe.md").write_text("---\ntitle: t\n---\n\nA cafe.\n")
    text = '{{% term "Output  Format" %}}\n\n{{% term "Café" %}}\n'
    assert with_includes(text, including_shortcodes(tmp_path), [tmp_path / "content"]) == (
        'An _output format_.\n\n{{% term "Café" %}}\n'
    )
