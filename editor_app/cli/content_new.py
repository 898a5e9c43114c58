"""`editor-app new`: a new page of a collection, from the schema defaults or a Hugo
archetype."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor_app.cli.common import EXIT_OK, SITE_HELP, fail, folder_needed, open_site


def register_new(sub: argparse._SubParsersAction) -> None:
    """Add the new command to the parser (listed among the content commands)."""
    p = sub.add_parser(
        "new",
        help="create a document from the schema defaults, or from a Hugo archetype",
        description="Make a new page of COLLECTION titled TITLE and print its file's path: "
        "named after the title as the collection's pages are (-2, -3... when the name is "
        "taken), its fields from the schema's defaults and the values the collection's pages "
        "share; on a Hugo site from the section's archetype (or --kind's), as hugo new makes "
        "it. Notes and warnings (a title another page has already) go to stderr. Exit 0 when "
        "made, 2 when nothing was made (no site there, no such collection or folder, an empty "
        "title; said why, in one line).",
    )
    p.add_argument(
        "collection",
        metavar="COLLECTION",
        help="the kind of page to make: a collection's name, folder or label, in any case "
        "(e.g. posts, _posts, Resources)",
    )
    p.add_argument(
        "--title",
        required=True,
        help="the new page's title (its file is named after it; one line: line breaks in it "
        "are made spaces, as the New page dialog does)",
    )
    p.add_argument(
        "--folder",
        help="another folder holding pages of the collection, from the site root "
        "(e.g. _articles/fr); the new page takes the values its pages share",
    )
    p.add_argument(
        "--kind",
        help="Hugo: start from the archetype of this name (archetypes/KIND.md, or the bundle "
        "archetypes/KIND/) whatever the section, as hugo new --kind does",
    )
    p.add_argument(
        "--section",
        action="store_true",
        help="Hugo: a new section below the collection's folder (or --folder): TITLE's "
        "folder with its own page _index.md, as hugo new posts/slug/_index.md makes it",
    )
    p.add_argument(
        "--lang",
        help="Hugo: the page's language: told by the file name (e.g. fr makes slug.fr.md, "
        "with the French site title and params in its archetype), or, for a language with "
        "its own contentDir, the same section in that folder (content/fr/posts/slug.md, the "
        "folder made if it is not there yet)",
    )
    p.add_argument(
        "--translation-of",
        metavar="PAGE",
        help="Hugo: the new page translates PAGE into --lang (else --folder's language): it "
        "gets PAGE's file name in that language's folder (or PAGE.fr.md beside it) and its "
        "translationKey, so Hugo pairs the two; TITLE is the translated title",
    )
    p.add_argument("site", metavar="SITE", nargs="?", default=".", help=SITE_HELP)
    p.set_defaults(func=cmd_new)


def cmd_new(args: argparse.Namespace) -> int:
    """Create a document from the schema defaults; print its path."""
    from editor_app.core.archetype_find import folder_kind, kind_missing
    from editor_app.core.docx_import import collection_meant
    from editor_app.core.new_page_name import fold_title_lines
    from editor_app.core.new_page_translation import NotTranslatable, TranslationExists
    from editor_app.core.page_create import (
        FolderNeeded,
        NotHugo,
        UnknownCollection,
        UnknownFolder,
        UnknownLanguage,
        new_document_noted,
    )
    from editor_app.core.site import SiteError
    from editor_app.core.site_walk import rel_text

    # A title is one line: lines typed or pasted into --title are joined, as the New page
    # dialog joins what is pasted in its Title box, and said.
    folded = fold_title_lines(args.title)
    if not folded.strip():
        return fail("the title is empty")
    joined = folded != args.title
    args.title = folded
    kind = (args.kind or "").strip() or None
    try:
        # no site at all: not "no collection called posts"
        site = open_site(args.site, one_site=True)
        # `Resources`, `_posts`: the collection named as `import` takes it.
        collection = collection_meant(site, args.collection)
        if kind is not None and site.generator != "hugo":
            return fail("--kind picks a Hugo archetype, and this is not a Hugo site")
        if kind is not None and ("/" in kind or "\\" in kind or kind.startswith(".")):
            return fail(f"--kind {kind!r}: a kind is an archetype's name, e.g. glossary")
        missing = kind_missing(site, collection, kind) if kind is not None else None
        if missing:  # as hugo new does: the default archetype, said rather than silent
            print(f"editor-app: note: {missing}", file=sys.stderr)
        # As hugo new, by section; the archetype made for the folder's pages (hugo-docs'
        # glossary), which the New dialog picks first, is said.
        offered = (
            folder_kind(site, args.folder.strip("/")) if kind is None and args.folder else None
        )
        if offered is not None:
            print(
                f"editor-app: note: {args.folder.strip('/')} has its own archetype, {offered}: "
                f"--kind {offered} makes the page from it",
                file=sys.stderr,
            )
        original = _translated_page(args.translation_of)
        if original is not None and (kind is not None or args.section):
            return fail("--translation-of makes a page like the one it translates: no --kind or --section")
        path, note = new_document_noted(
            site, collection, args.title.strip(), folder=args.folder, kind=kind,
            lang=(args.lang or "").strip() or None, section=args.section,
            translation_of=original,
        )  # fmt: skip
    except SiteError as exc:
        return fail(str(exc))
    except FolderNeeded as exc:  # methods/ holds only folders of methods: which one?
        return folder_needed(exc.folder, exc.subfolders)
    except (UnknownCollection, UnknownFolder, UnknownLanguage, NotHugo, NotTranslatable) as exc:
        return fail(str(exc))
    except TranslationExists as exc:  # before OSError: said as it is, nothing written
        return fail(str(exc))
    except OSError as exc:
        # The folder it was to go in, named (a temporary file's or new folder's parent).
        named = exc.filename if isinstance(exc.filename, str) else None
        where = f" in {rel_text(Path(named).parent, site.root)}" if named else ""
        return fail(f"cannot create the document{where}: {exc.strerror or exc}")
    print(path)
    if joined:  # said once the page is made: a refusal stays one line
        print(
            f"editor-app: note: the title's line breaks were made spaces, as a title is one "
            f"line: {folded.strip()!r}",
            file=sys.stderr,
        )
    if note:  # a Hugo archetype's part not filled in: said, not guessed
        print(f"editor-app: note: {note}", file=sys.stderr)
    from editor_app.core.validate import broken_schema_note

    # The page was made from the fields worked out from the site's pages: a broken
    # `_schema.yml` passed in silence (its defaults and required fields left out).
    broken = broken_schema_note(site, "the page was made from fields worked out from the pages")
    if broken is not None:
        print(f"editor-app: note: {broken}", file=sys.stderr)
    _warn_same_title(site, collection, path, args.title.strip())
    return EXIT_OK


def _translated_page(given: str | None) -> str | None:
    """The page `--translation-of` names: as typed from here when it is there (the shell
    completes it so), else as given, from the site's folder."""
    if not given or not given.strip():
        return None
    here = Path(given)
    return str(here.resolve()) if here.is_file() else given


def _warn_same_title(site: object, collection: str, path: object, title: str) -> None:
    """A page of the same kind already has this title (a second 'Jeni Tennison'): said on
    stderr, as pages naming it by its title could no longer tell the two apart."""
    import os
    from pathlib import Path

    from editor_app.core.new_page_same_title import same_title

    other = same_title(site, collection, title, Path(path))  # type: ignore[arg-type]
    if other is not None:
        print(
            f"editor-app: warning: {os.path.relpath(other, site.root)} already has the "  # type: ignore[attr-defined]
            f"title {title!r}; pages naming it by its title cannot tell the two apart",
            file=sys.stderr,
        )
