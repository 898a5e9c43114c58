"""What the site says of the values `set` wrote: the page read back and checked, each error
on a field set here one line (exit 1), each warning the change brought one warning line."""

from __future__ import annotations

import sys

from editor_app.cli.common import EXIT_OK, EXIT_PROBLEMS
from editor_app.cli.content_set_fields import _PageSite


def _and_then(why: str, done: str) -> str:
    """One sentence: the problem, then what set did ("...not 'abc'; saved as given.")."""
    return f"{why.rstrip().rstrip('.')}; {done}."


def _top_name(doc: object, name: str) -> str:
    """The page's top-level field that `name` is, or is inside (`params.x`: `params`)."""
    front_matter = doc.front_matter  # type: ignore[attr-defined]
    return name if name in front_matter or "." not in name else name.split(".")[0]


def _report_set_errors(
    doc: object,
    file: str,
    fields: set[str],
    text_before: str,
    page_site: _PageSite,
    removed: set[str] | None = None,
    unfit: dict[str, str] | None = None,
) -> int:
    """A value written that the page's fields cannot have (text for a date): one line each,
    exit 1; a warning on a field set here (a field name the site does not use, a list or group
    given to a field of another kind, an unknown person) that the field did not have before:
    a warning line each, exit 0.
    Problems of fields not set here, and suggestions, are `validate`'s to tell. `unfit`:
    values written with --anyway that their field cannot have, said as errors when the page's
    check does not (`weight=abc` where the page's section has no weight, a number elsewhere).
    The page is checked against the schema `set` checked the values by (`page_site`, worked
    out once, before the change): a value judged by a schema inferred from that same value
    would pass unseen (`date=abc` on a collection's only dated page made its date text)."""
    from pathlib import Path

    from editor_app.core.document import Document
    from editor_app.core.site import SiteError
    from editor_app.core.validate import validate_document

    try:
        site = page_site.site()[0]
        if site is None:
            return EXIT_OK  # a loose page: nothing to check it against
        schema = page_site.schema()
        # Read back by its full path: the page is found among the site's pages by it (a path
        # relative to the current folder matched no collection, and nothing was checked).
        saved = Document.load(Path(doc.path).resolve())  # type: ignore[attr-defined]
        site.update_entry(saved.path)  # the other pages see it as saved (people, choices)
        problems = validate_document(saved, site, schema, content=False)
        before = Document.from_text(text_before, saved.path)
        warned_before = {
            (p.code, p.field)
            for p in validate_document(before, site, schema, content=False)
            if p.severity == "warning"
        }
    except (SiteError, OSError):
        return EXIT_OK  # a page that cannot be read back: nothing to check it against
    except Exception:  # noqa: BLE001 - the page is saved: a check that cannot run is no failure
        return EXIT_OK
    errors = [p for p in problems if p.severity == "error" and p.field in fields]
    for problem in errors:
        where = f" line {problem.line}" if problem.line else ""
        done = "removed as asked" if problem.field in (removed or ()) else "saved as given"
        print(f"editor-app: {file}{where}: {_and_then(problem.message, done)}", file=sys.stderr)
    said = {p.field for p in errors}
    # `eleventyNavigation.order=abc`: Check speaks of the group; once said is enough.
    unsaid = {
        name: why
        for name, why in (unfit or {}).items()
        if name not in said and _top_name(saved, name) not in said
    }
    for name, why in unsaid.items():
        line = saved.field_line(_top_name(saved, name))
        where = f" line {line}" if line else ""
        print(f"editor-app: {file}{where}: {_and_then(why, 'saved as given')}", file=sys.stderr)
    # A warning on a field set here (a name the site does not use, `autor=`; a person no page
    # is about; a choice no other page makes) is written as asked, but said at once: a slip
    # of the keyboard would otherwise pass in silence until the page is checked.
    for problem in problems:
        if problem.field not in fields or problem.severity != "warning":
            continue
        if (problem.code, problem.field) in warned_before:
            continue  # the field had that warning before: the change did not bring it
        where = f" line {problem.line}" if problem.line else ""
        message = problem.message
        if problem.code == "wrong-type" and isinstance(
            saved.front_matter.get(problem.field), list | dict
        ):
            # `title=[Draft]`: YAML's brackets made a list of the title; written, but said.
            message += " Written as given; in quotes, the value would be text."
        print(f"editor-app: warning: {file}{where}: {message}", file=sys.stderr)
    return EXIT_PROBLEMS if errors or unsaid else EXIT_OK
