"""`editor-app import` and `editor-app export`: Word documents in, review packs out."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from editor_app.cli.common import (
    EXIT_OK,
    PAGE_HELP,
    SITE_HELP,
    fail,
    folder_needed,
    tolerant_stdout,
    warn_not_utf8,
)

if TYPE_CHECKING:
    from editor_app.core.document import Document


def register(sub: argparse._SubParsersAction) -> None:
    """Add the import and export commands to the parser."""
    p = sub.add_parser(
        "import",
        help="a Word file (.docx) as a new draft in COLLECTION, or a reviewed pack's comments "
        "and changes as notes and suggestions",
        description="Import FILE.docx as a new draft in COLLECTION: the text as Markdown, "
        "pictures in the collection's image folder, Word comments as review notes. A review "
        "pack exported by editor-app (and returned by a reviewer) needs no COLLECTION: its new "
        "comments become review notes and its tracked changes suggested edits on the pages it "
        "came from; a suggested edit the reviewer accepted or rejected in Word is accepted or "
        "rejected as Accept and Reject do. Nothing else in the pages changes. Exit 0 when "
        "imported (the new page's path and what came in on stdout), 2 when nothing was "
        "(no such file, a folder, not a .docx, no such collection, a pack from another site or "
        "with no site where it is imported; "
        "said why, in one line).",
    )
    p.add_argument("file", metavar="FILE.docx", help="the Word file")
    p.add_argument(
        "collection",
        metavar="COLLECTION",
        nargs="?",
        help="the kind of page the new draft is (a collection's name or label); not for a "
        "returned review pack",
    )
    p.add_argument("site", metavar="SITE", nargs="?", default=".", help=SITE_HELP)
    p.add_argument("--title", help="the new page's title (default: the document's own)")
    p.add_argument(
        "--folder",
        help="the folder of COLLECTION the new page goes into, from the site's folder, where "
        "its pages all live in subfolders (content/en/methods/page)",
    )
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "export",
        help="pages as a review pack (Word or PDF) with their open review notes and suggested "
        "edits",
        description="Write PAGE... as one Word (.docx) or PDF file as the preview shows them, "
        "each open review note as a Word comment on its words or a note in the PDF's margin, "
        "each open suggested edit as a tracked change (in the PDF: struck and underlined). "
        "Several pages make one file with a contents list. Exit 0 when written (a page not "
        "saved as UTF-8 is warned of on stderr), 2 when nothing was written (no such page, a "
        "folder, a page that cannot be read, OUT not a .docx or .pdf name; said why, in one "
        "line).",
    )
    p.add_argument("pages", metavar="PAGE", nargs="+", help=PAGE_HELP)
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        required=True,
        help="the file to write: OUT.docx or OUT.pdf",
    )
    p.add_argument(
        "--format", choices=("docx", "pdf"), help="default: from OUT's extension, else docx"
    )
    p.set_defaults(func=cmd_export)


def cmd_import(args: argparse.Namespace) -> int:
    """Import a .docx as a new draft, or a returned review pack as notes and suggestions."""
    import zipfile

    from editor_app.core.docx_import import DocxError, import_docx, import_review_pack
    from editor_app.core.docx_pack_import import open_review_pack
    from editor_app.core.page_create import FolderNeeded, UnknownCollection
    from editor_app.core.site import Site, SiteError

    tolerant_stdout()
    source = Path(args.file)
    if source.is_dir():
        return fail(
            f"{source} is a folder: give a Word file (.docx) to import, e.g. {source / 'page.docx'}"
        )
    if not source.exists():
        from editor_app.cli.common import not_found

        return fail(not_found(str(source)))
    if not source.is_file():
        # A pipe (`/dev/stdin`, a FIFO) or a device: reading one may wait forever, and a
        # Word document is read by its parts, so it is refused for what it is.
        return fail(
            f"{source} is not a file but {_kind_of(source)}: save the Word document as a "
            ".docx file and import that"
        )
    document = open_review_pack(source)  # parsed once: the import reads the same document
    pack = document is not None
    site_arg = args.site
    if pack and args.collection is not None:
        if args.site != ".":
            return fail("a review pack goes back to its own pages: give only the site folder")
        if "/" not in args.collection and not Path(args.collection).is_dir():  # a collection
            return fail(
                f"{source.name} is a review pack: it goes back to its own pages, so give no "
                f"collection (editor-app import {source.name} [SITE])"
            )
        site_arg = args.collection
    if not pack and not zipfile.is_zipfile(source):
        # A text file or a picture: say what it is not before asking for a collection.
        older = " (an older .doc: open it in Word and save it as .docx)"
        return fail(
            f"{source.name}: This file is not a Word document (.docx) that can be read"
            + (older if source.suffix.lower() == ".doc" else ".")
        )
    if not pack and (
        args.collection is None or (args.site == "." and Path(args.collection).is_dir())
    ):
        return fail(_collection_wanted(source, args))
    if args.title is not None and not args.title.strip():
        return fail("the title is empty")
    try:
        site = Site.open(site_arg)
        if document is not None:
            returned = import_review_pack(document, site, source.name)
            if returned.wrong_site:
                # Run from another folder than the pack's site: say so, never "nothing new".
                return fail(
                    f"{source.name} was made from another site: {site.root} has none of its "
                    f"pages ({', '.join(returned.missing[:3])}); give the folder of the site "
                    f"it was exported from (editor-app import {source.name} SITE)"
                )
            print(returned.summary())
        else:
            report = import_docx(source, site, args.collection, args.title, page_folder=args.folder)
            print(report.path)
            print(report.summary())
    except FolderNeeded as exc:  # methods/ holds only folders of methods: which one?
        return folder_needed(exc.folder, exc.subfolders)
    except (SiteError, UnknownCollection, DocxError) as exc:
        return fail(str(exc).strip("'\""))
    except OSError as exc:
        return fail(f"cannot import {source.name}: {exc.strerror or exc}")
    return EXIT_OK


def _kind_of(path: Path) -> str:
    """What stands at `path` that is not a file or a folder, in plain words."""
    import stat

    try:
        mode = path.stat().st_mode
    except OSError:
        return "something that cannot be read"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device"


def _collection_wanted(source: Path, args: argparse.Namespace) -> str:
    """The one line asking for the collection a new page goes into, naming the site's."""
    from editor_app.core.site import Site, SiteError

    folder = args.collection if args.collection is not None else args.site
    try:
        site = Site.open(folder)
        # A folder that is no site of a known generator: its folders are no collections.
        names = sorted(site.collections) if site.generator or site.is_jekyll else []
    except (SiteError, OSError):
        names = []
    known = f" (this site has: {', '.join(names)})" if names else ""
    where = "" if folder == "." else f" {folder}"
    return (
        f"name the collection the new page goes into{known}: "
        f"editor-app import {source.name} COLLECTION{where}"
    )


def _loaded(page: Path) -> Document | str:
    """The page read once, for the export to use as it is; for a file that cannot be read,
    the one line saying so (the page's fault, not the pack's being written)."""
    from editor_app.cli.common import cannot_read
    from editor_app.core.document import Document

    try:
        return Document.load(page)
    except OSError as exc:
        return cannot_read(str(page), exc)


def cmd_export(args: argparse.Namespace) -> int:
    """Export pages as one review pack (.docx or .pdf)."""
    from editor_app.core.site import Site, SiteError

    tolerant_stdout()
    if args.output == "-":
        # "-" would become a file of that name; a pack is binary, not for a terminal or pipe.
        return fail(
            "a pack cannot be written to standard output: give a file name, OUT.docx or OUT.pdf"
        )
    target = Path(args.output)
    named = {".docx": "docx", ".pdf": "pdf"}.get(target.suffix.lower())
    if args.format and named and args.format != named:
        return fail(
            f"{target.name} names a {named} file but --format is {args.format}: "
            f"name it {target.stem}.{args.format}, or leave --format out"
        )
    kind = args.format or named or "docx"
    # The same page named twice (`a.md ./a.md`) goes in once: a pack holds each page once.
    pages: list[Path] = []
    seen: set[Path] = set()
    for given in map(Path, args.pages):
        resolved = given.resolve()
        if resolved not in seen:
            seen.add(resolved)
            pages.append(given)
    from editor_app.core.validate import PAGE_SUFFIXES

    loaded: list[Document | Path] = []
    for page in pages:
        if page.is_dir():
            return fail(f"{page} is a folder: name its pages, e.g. {page / '*.md'}")
        if not page.exists():  # a pipe or a device is there: said below, as render says it
            from editor_app.cli.common import not_found

            return fail(not_found(str(page)))
        if page.suffix.lower() not in PAGE_SUFFIXES:
            # A settings file (`_config.yml`) or a picture went in as a page of prose.
            return fail(
                f"{page}: not a page (a Markdown or HTML file), so it has no place in a pack"
            )
        doc = _loaded(page)
        if isinstance(doc, str):
            return fail(doc)
        if doc.not_text_reason is not None:
            return fail(f"{page}: {doc.not_text_reason}, so it has no place in a pack")
        if doc.decode_error:
            warn_not_utf8(page, doc, "The pack holds its text as read that way")
        loaded.append(doc)
    if target.exists() and target.is_dir():
        return fail(f"{target} is a folder: give a file name to write")
    if not target.parent.is_dir():
        return fail(
            f"there is no folder {target.parent}: make it first, or write the pack elsewhere"
        )
    # A pack written over a page would lose the page: only a .docx or .pdf name is written
    # (or a name without extension, as before), and never one of the pages given.
    if target.suffix and target.suffix.lower() not in (".docx", ".pdf"):
        return fail(f"{target.name} is not a review pack's name: end it in .docx or .pdf")
    if any(target.resolve() == page.resolve() for page in pages):
        return fail(f"{target} is one of the pages to export: give another file name")
    try:
        site = Site.open(pages[0])
        others = [p for p in pages[1:] if Site.open(p).root.resolve() != site.root.resolve()]
        if others:
            # A pack finds its pages again by their place in one site: another site's page
            # could not take its comments back.
            return fail(
                f"{others[0]} is in another site than {pages[0]}: export each site's pages "
                "in a pack of its own"
            )
        if kind == "pdf":
            from editor_app.core.docx_export_pdf import export_pdf

            report = export_pdf(loaded, target, site)
        else:
            from editor_app.core.docx_export import export_docx

            report = export_docx(loaded, target, site)
    except SiteError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"cannot write {target}: {exc.strerror or exc}")
    print(report.summary())
    return EXIT_OK
