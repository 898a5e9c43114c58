"""markdown-it 12, 13 and 14 profiles: each behaviour that differs, as each version prints it.

The pinned HTML (`markdown_it_profile_cases.json`) was printed by markdown-it itself:
Debian's node-markdown-it 12.2 and npm's 13.0.2 and 14.3.3. The 12 column is checked again
against Debian's package when it is installed; 13 and 14 when MARKDOWN_IT_13 / MARKDOWN_IT_14
name a markdown-it package folder (e.g. after `npm install markdown-it@13` in a scratch folder).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.engines.markdown_it import MarkdownItEngine
from editor_app.core.engines.markdown_it_versions import DEFAULT_VERSION, markdown_it_version

TOOLS = Path(__file__).resolve().parents[3] / "tools"
sys.path.insert(0, str(TOOLS))

from engine_compare import (  # noqa: E402
    compare,
    markdown_it_many,
    reference_markdown_it_version,
)

CASES = json.loads((Path(__file__).parent / "markdown_it_profile_cases.json").read_text("utf-8"))
DEBIAN = Path("/usr/share/nodejs/markdown-it")
REFERENCES = {
    "12": str(DEBIAN) if DEBIAN.is_dir() else "",
    "13": os.environ.get("MARKDOWN_IT_13", ""),
    "14": os.environ.get("MARKDOWN_IT_14", ""),
}


@pytest.mark.parametrize("version", ["12", "13", "14"])
@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_each_profile_prints_what_that_markdown_it_printed(case: dict, version: str) -> None:
    engine = MarkdownItEngine(case.get("options"), version=version)
    assert engine.render(case["markdown"]) == case["html"][version]


def test_the_pinned_cases_tell_the_versions_apart() -> None:
    # Every case shows a difference, or it would check nothing about the profiles (one
    # checks that a profile's own rule keeps what every version does: no links in links).
    for case in CASES:
        assert len(set(case["html"].values())) > 1 or case.get("all_versions_agree"), case["name"]


@pytest.mark.parametrize("version", ["12", "13", "14"])
def test_pinned_html_is_what_markdown_it_itself_prints(
    version: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = REFERENCES[version]
    if not package or shutil.which("node") is None or not Path(package).is_dir():
        pytest.skip(f"markdown-it {version} not installed")
    monkeypatch.setenv("MARKDOWN_IT", package)
    assert reference_markdown_it_version(Path(package)) == version
    for options in ({}, {"typographer": True, "linkify": True}):
        cases = [c for c in CASES if c.get("options", {}) == options]
        printed = markdown_it_many([c["markdown"] for c in cases], None, options)
        assert printed == [c["html"][version] for c in cases]


def write(root: Path, name: str, data: object) -> None:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, "utf-8")


@pytest.mark.parametrize(
    ("dependencies", "expected"),
    [
        ({"@11ty/eleventy": "^0.12.1"}, "12"),
        ({"@11ty/eleventy": "^1.0.2"}, "12"),
        ({"@11ty/eleventy": "~2.0.1"}, "13"),
        ({"@11ty/eleventy": "^3.0.0"}, "14"),
        ({"@11ty/eleventy": "4.0.0-alpha.10"}, "14"),
        ({"@11ty/eleventy": "^3.0.0", "markdown-it": "^12.3.2"}, "12"),
        ({"@11ty/eleventy": "^1.0.0", "markdown-it": "^14.1.0"}, "14"),
        ({"@11ty/eleventy": "latest"}, DEFAULT_VERSION),
    ],
)
def test_the_version_comes_from_package_json(
    tmp_path: Path, dependencies: dict, expected: str
) -> None:
    write(tmp_path, "package.json", {"devDependencies": dependencies})
    assert markdown_it_version(tmp_path)[0] == expected


def test_installed_and_locked_versions_come_before_the_declared_range(tmp_path: Path) -> None:
    write(tmp_path, "package.json", {"dependencies": {"@11ty/eleventy": "^3.0.0"}})
    lock = {"packages": {"node_modules/markdown-it": {"version": "13.0.2"}}}
    write(tmp_path, "package-lock.json", lock)
    assert markdown_it_version(tmp_path) == ("13", "package-lock.json")
    write(tmp_path, "node_modules/markdown-it/package.json", {"version": "12.3.2"})
    assert markdown_it_version(tmp_path) == ("12", "node_modules/markdown-it")


def test_nothing_declared_or_unreadable_gives_the_default(tmp_path: Path) -> None:
    assert markdown_it_version(tmp_path) == (DEFAULT_VERSION, "default")
    assert markdown_it_version(None) == (DEFAULT_VERSION, "default")
    write(tmp_path, "package.json", "{ not json")
    write(tmp_path, "package-lock.json", "[1, 2]")
    assert markdown_it_version(tmp_path) == (DEFAULT_VERSION, "default")
    assert DEFAULT_VERSION == "14"


def test_an_eleventy_1_site_renders_as_markdown_it_12(tmp_path: Path) -> None:
    write(tmp_path, "package.json", {"devDependencies": {"@11ty/eleventy": "^1.0.2"}})
    write(tmp_path, ".eleventy.js", "module.exports = function () {};\n")
    old = MarkdownItEngine.for_site(tmp_path)
    assert old.version == "12"
    assert old.render("<!doctype html>\n") == "<p>&lt;!doctype html&gt;</p>\n"
    write(tmp_path, "package.json", {"devDependencies": {"@11ty/eleventy": "^3.1.0"}})
    assert MarkdownItEngine.for_site(tmp_path).render("<!doctype html>\n") == "<!doctype html>\n"
    assert MarkdownItEngine.for_site(tmp_path, "13").version == "13"


@pytest.mark.skipif(not DEBIAN.is_dir() or shutil.which("node") is None, reason="no Debian ref")
def test_eleventy_site_with_the_12_profile_matches_debians_markdown_it() -> None:
    eleventy_site = shared_site_path("eleventy-website")
    if os.environ.get("MARKDOWN_IT"):
        pytest.skip("MARKDOWN_IT names another reference")
    _, paths, differing = compare(eleventy_site, markdown_it_profile="12")
    assert len(paths) > 200
    assert (len(paths) - len(differing)) / len(paths) >= 0.98


def test_indented_code_follows_the_eleventy_version(tmp_path: Path) -> None:
    # Eleventy 2.0 turned markdown-it's indented code blocks off; 1.x sites keep them.
    write(tmp_path, ".eleventy.js", "module.exports = function () {};\n")
    text = "para\n\n    code line\n"
    write(tmp_path, "package.json", {"devDependencies": {"@11ty/eleventy": "^1.0.2"}})
    assert MarkdownItEngine.for_site(tmp_path).render(text) == (
        "<p>para</p>\n<pre><code>code line\n</code></pre>\n"
    )
    write(tmp_path, "package.json", {"devDependencies": {"@11ty/eleventy": "^2.0.1"}})
    assert MarkdownItEngine.for_site(tmp_path).render(text) == "<p>para</p>\n<p>code line</p>\n"
