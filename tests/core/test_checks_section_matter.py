"""A section a page lacks by name but holds in matter (its usual lines, under another heading)
is not told missing: hugo-docs' root `hugo` command and `hugo build` list the flags their
siblings inherit under their own Options."""

from __future__ import annotations

from pathlib import Path

from content_helpers import content_of
from shared_sites import shared_site_path

from editor_app.core.checks.section_matter import section_lines, usual_lines
from editor_app.core.checks.sections import section_key
from editor_app.core.site import Site
from editor_app.core.validate import validate_site

FLAGS = "```\n  --quiet   build in quiet mode\n  -s, --source string   the source\n  --clock string   the clock\n```\n"


def _site(tmp_path: Path, root_body: str) -> Path:
    (tmp_path / "_config.yml").write_text("collections:\n  commands:\n    output: true\n")
    folder = tmp_path / "_commands"
    folder.mkdir()
    for name in ("build", "serve", "new", "mod", "list", "env"):
        (folder / f"{name}.md").write_text(
            f"---\ntitle: {name}\n---\n## Synopsis\n\nDoes {name}.\n\n"
            f"## Options\n\n```\n  -h, --help   help for {name}\n```\n\n"
            f"## Options inherited from parent commands\n\n{FLAGS}"
        )
    (folder / "root.md").write_text(f"---\ntitle: root\n---\n## Synopsis\n\nAll.\n\n{root_body}")
    return tmp_path


def _told(tmp_path: Path) -> list[tuple[str, int, str]]:
    found = content_of(validate_site(Site.open(tmp_path), content=True))
    return [f for f in found if f[0] == "_commands/root.md"]


def test_the_usual_lines_under_another_heading_stand_for_the_section(tmp_path: Path) -> None:
    # The column widths differ: spacing is not compared.
    flags = FLAGS.replace("   ", "       ")
    assert _told(_site(tmp_path, f"## Options\n\n{flags}")) == []


def test_without_them_the_section_is_still_missing(tmp_path: Path) -> None:
    told = _told(_site(tmp_path, "## Options\n\n```\n  --quiet   build in quiet mode\n```\n"))
    assert [code for _p, _l, code in told] == ["section-missing"]


def test_a_section_whose_text_differs_on_each_page_has_no_usual_lines() -> None:
    bodies = [f"## What we learned\n\nLesson {n}.\n\nAnd {n}.\n" for n in range(5)]
    assert usual_lines(bodies, section_key, "what we learned") == frozenset()


def test_hugo_docs_root_command_is_not_told_it_lacks_inherited_options() -> None:
    found = content_of(validate_site(Site.open(shared_site_path("hugo-docs")), content=True))
    commands = [f for f in found if f[0].startswith("content/en/commands/")]
    told = {f[0] for f in commands if f[2] == "section-missing"}
    assert "content/en/commands/hugo.md" not in told
    assert "content/en/commands/hugo_build.md" not in told


def _bodies(lines_per_page: list[list[str]]) -> list[str]:
    return ["## Options\n\n" + "\n".join(lines) + "\n" for lines in lines_per_page]


def test_a_line_half_the_pages_write_is_usual() -> None:
    usual = ["--quiet", "--source", "--clock"]
    bodies = _bodies([usual, usual, ["--a"], ["--b"]])
    assert usual_lines(bodies, section_key, "options") == frozenset(usual)


def test_the_usual_lines_are_learnt_from_the_first_nine_pages_having_the_section() -> None:
    usual = ["--quiet", "--source", "--clock"]
    # Five of the first nine write them: usual, whatever the pages after them write.
    pages = [usual] * 5 + [[f"--other-{n}"] for n in range(10)]
    assert usual_lines(_bodies(pages), section_key, "options") == frozenset(usual)


def test_a_comment_in_a_sections_code_does_not_end_the_section() -> None:
    body = "## Options\n\n```sh\n# build the site\nhugo --quiet\n```\n\nAfter.\n\n## Next\n\nNo.\n"
    # The fences are not lines of the section, their code is.
    assert section_lines(body, section_key, "options") == [
        "# build the site",
        "hugo --quiet",
        "After.",
    ]


def test_a_heading_in_bold_or_code_is_keyed_by_its_plain_text(tmp_path: Path) -> None:
    assert section_lines("## **Options**\n\nA line.\n", section_key, "options") == ["A line."]
    assert section_lines("## `Options:`\n\nA line.\n", section_key, "options") == ["A line."]
    # The siblings write their heading in bold: the root's lines under its own Options are
    # still their usual lines.
    site = _site(tmp_path, f"## Options\n\n{FLAGS}")
    for page in (site / "_commands").glob("[!r]*.md"):
        text = page.read_text()
        page.write_text(
            text.replace("## Options inherited", "## **Options inherited").replace(
                "parent commands\n", "parent commands**\n"
            )
        )
    assert _told(site) == []
