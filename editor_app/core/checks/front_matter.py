"""Front matter syntax: a header never closed, unreadable YAML, tabs, repeated keys, none."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from editor_app.core.checks.common import lines_named
from editor_app.core.checks.context import Context
from editor_app.core.checks.other_headers import json_repeated_keys
from editor_app.core.checks.page import Page, field_at_line, field_of_indented_line
from editor_app.core.checks.problem import ERROR, WARNING, Problem, make_problem
from editor_app.core.checks.registry import Rule, register


def _tab_lines(page: Page) -> list[int]:
    if "\t" not in page.fm_text:
        return []
    text_lines = _block_text_lines(page.fm_text) if page.yaml_error is None else set()
    out = []
    for i, line in enumerate(page.fm_text.split("\n")):
        lead = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in lead and line.strip():
            if i in text_lines and line.startswith(" "):
                continue  # a tab after a block's indentation is a character of its text
            out.append(page.fm_first_line + i)
    return out


def _block_text_lines(fm_text: str) -> set[int]:
    """The 0-based lines holding the text of a block (`key: |` or `>`) in a header that
    reads: a line there that starts with its indentation's spaces, then a tab, is text (a
    code sample, a column), not indentation."""
    import yaml

    lines: set[int] = set()
    try:
        for event in yaml.parse(fm_text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            if isinstance(event, yaml.ScalarEvent) and event.style in ("|", ">"):
                lines.update(range(event.start_mark.line + 1, event.end_mark.line + 1))
    except Exception:  # noqa: BLE001 - a header that cannot be read is checked line by line
        return set()
    return lines


# Files a repository keeps for the people working on it, not for the site's readers.
_NOTES_FOR_EDITORS = frozenset(
    {"readme", "contributing", "license", "licence", "changelog", "code_of_conduct", "authors"}
)


def _no_header_message(page: Page, ctx: Context) -> str:
    """What to do about a collection's file without a header. A README (a translators' note in
    opensource-guide's `_articles/zh-hant/`) is no page to give a header, which would list it
    as one: Jekyll copies it as it is into a collection it writes out; moved into a folder the
    site leaves out, it is neither."""
    name = page.rel.rpartition("/")[2]
    collection = getattr(ctx.site, "collections", {}).get(page.collection)
    if name.rpartition(".")[0].lower() in _NOTES_FOR_EDITORS and getattr(collection, "output", 0):
        folder = ctx.rel(collection.folder) if isinstance(collection.folder, Path) else "its folder"
        return (
            f"{name} has no header (the lines between --- markers at the top), so the site "
            "does not list it as a page of this kind, but publishes the file as it is. If it "
            f"is a note for the people working on the site, move it out of {folder}/ into a "
            "folder that exclude: in _config.yml leaves out; if it is meant as a page, add a "
            "header with at least a title."
        )
    return (
        "This page has no header (the lines between --- markers at the top), so the site will "
        "not list it as a page of this kind. Add a header with at least a title."
    )


def check_header(page: Page, ctx: Context) -> Iterable[Problem]:
    if not page.has_front_matter:
        # Only Jekyll copies a file without a header as it is; Hugo and Eleventy build it as a
        # page of its folder all the same (its layout and tags from the folder's settings).
        generator = getattr(ctx.site, "generator", None)
        if generator in ("hugo", "eleventy"):
            return
        if page.collection is not None and page.path is not None and page.text.strip():
            yield make_problem(page, 1, None, "no-front-matter", _no_header_message(page, ctx))
        return
    if page.unclosed:
        marker = "+++" if page.format == "toml" else "---"
        yield make_problem(
            page,
            1,
            None,
            "front-matter-unclosed",
            f"The header that starts on line 1 is never closed. Add a line with just {marker} "
            "after the last field.",
        )
        return
    if page.format != "yaml":  # TOML, JSON: tabs are fine; a repeat is a TOML parse error
        if page.yaml_error:
            line, msg = page.yaml_error
            yield make_problem(page, line, field_at_line(page, line), "yaml-syntax", msg)
        elif page.format == "json":  # read as YAML is: the last of a repeated key kept
            yield from _repeated_keys(page)
        return
    tabs = _tab_lines(page)
    err_line = page.yaml_error[0] if page.yaml_error else None
    for line in tabs:
        yield make_problem(
            page,
            line,
            field_of_indented_line(page, line),
            "tab-indent",
            "This line is indented with a tab. Headers must be indented with spaces only: "
            "replace the tab with two spaces.",
            ERROR if page.yaml_error else WARNING,
        )
    if page.yaml_error and err_line not in tabs:
        line, msg = page.yaml_error
        yield make_problem(page, line, field_at_line(page, line), "yaml-syntax", msg)
    if page.not_mapping:
        yield make_problem(
            page,
            page.fm_first_line,
            None,
            "front-matter-not-mapping",
            "The header must be a list of fields, one 'name: value' per line "
            "(for example 'title: My page').",
        )
    yield from _repeated_keys(page)


def _repeated_keys(page: Page) -> Iterable[Problem]:
    """`duplicate-key` on each repeat of a top-level key."""
    if not page.may_repeat_keys():
        return
    # (A JSON header's lines are matched by their indentation: the parser says which keys
    # of its top level truly repeat.)
    truly = json_repeated_keys(page.fm_text) if page.format == "json" else None
    for key, lines in page.key_lines.items():
        if len(lines) < 2 or (truly is not None and key not in truly):
            continue
        shown, earlier = lines_named(lines), lines_named(lines[:-1])
        for line in lines[1:]:
            yield make_problem(
                page,
                line,
                key,
                "duplicate-key",
                f"'{key}' is given more than once ({shown}). The site keeps only the last "
                f"one and silently ignores what is on {earlier}. Merge them into one.",
            )


# -- field values -------------------------------------------------------------------------------


def _header_needs_a_look(page: Page) -> bool:
    """The header rule has nothing to say about a plain header without tabs or repeats."""
    if page.format != "yaml":
        # (A TOML header's repeat is its parse error: only a JSON header's is looked for.)
        return (
            page.unclosed
            or bool(page.yaml_error)
            or (page.format == "json" and page.may_repeat_keys())
        )
    return (
        not page.has_front_matter
        or page.unclosed
        or bool(page.yaml_error)
        or page.not_mapping
        or "\t" in page.fm_text
        or page.may_repeat_keys()
    )


register(
    Rule(
        "front-matter",
        {
            "front-matter-unclosed": ERROR,
            "yaml-syntax": ERROR,
            "front-matter-not-mapping": ERROR,
            "tab-indent": ERROR,
            "duplicate-key": WARNING,
            "no-front-matter": WARNING,
        },
        check=check_header,
        wants=_header_needs_a_look,
    )
)
