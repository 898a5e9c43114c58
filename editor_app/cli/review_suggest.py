"""`editor-app review` suggested edits: suggest (new words for some words of the page, or of a
setting), suggestions (and their state), accept, reject. Same core as the window."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from editor_app.cli.common import EXIT_OK, PAGE_HELP, format_option
from editor_app.cli.review_common import (
    _page_record,
    _passage_refused,
    _print_json,
    _Refused,
    _review_page,
    _review_site,
    _review_when,
    _sentence,
)
from editor_app.cli.review_decide import AUTHOR_HELP


def register_actions(actions: argparse._SubParsersAction) -> None:
    """Add these actions to `editor-app review`."""
    q = actions.add_parser(
        "suggest", help="suggest new words for some words of the page (or of a setting)"
    )
    q.add_argument("page", metavar="PAGE", help=PAGE_HELP)
    q.add_argument("--on", metavar="WORDS", help="the words the suggestion is about")
    q.add_argument(
        "--nth", type=int, metavar="N", help="which one, when the words appear more than once"
    )
    q.add_argument(
        "--field",
        metavar="NAME",
        help="a page setting (e.g. title) instead of the text; without --on: its whole value",
    )
    new = q.add_mutually_exclusive_group(required=True)
    new.add_argument("--replace", metavar="NEW", help='the new words ("" to delete them)')
    new.add_argument("--insert-after", metavar="NEW", help="words to add after them")
    new.add_argument("--insert-before", metavar="NEW", help="words to add before them")
    q.add_argument("--author", help=AUTHOR_HELP)
    q = actions.add_parser("suggestions", help="a page's suggested edits and their state")
    q.add_argument("page", metavar="PAGE", help=PAGE_HELP)
    format_option(q)
    for name, what in (("accept", "make a suggested edit"), ("reject", "turn a suggestion down")):
        q = actions.add_parser(name, help=what)
        q.add_argument("page", metavar="PAGE", help=PAGE_HELP)
        q.add_argument("suggestion_id", metavar="ID", help="the suggestion's id, or its start")
        q.add_argument("--author", help=AUTHOR_HELP)


def _suggest(args: argparse.Namespace) -> int:
    from editor_app.core import review

    if args.on is None and args.field is None:
        raise _Refused("say which words: --on WORDS (or --field NAME for a page setting)")
    if args.nth is not None and args.on is None:
        raise _Refused("--nth needs --on")
    path, doc = _review_page(args.page)
    if args.replace is not None:
        text_for = None  # the new words are given whole
    else:
        if args.on is None:
            raise _Refused("--insert-after and --insert-before need --on WORDS")
        text_for = (args.insert_after, True) if args.insert_after is not None else None
        text_for = text_for or (args.insert_before, False)
    try:
        if text_for is None:
            suggestion = review.suggest(
                path, args.on, args.replace, nth=args.nth, field=args.field, author=args.author
            )
        else:
            # The words as they are in the page, with the new ones added beside them.
            source = doc.body if args.field is None else str(doc.get(args.field) or "")
            start, end = review.find_passage(source, args.on, args.nth)
            replacement = review.joined(source[start:end], text_for[0], text_for[1])
            suggestion = review.suggest(
                path, args.on, replacement, nth=args.nth, field=args.field, author=args.author
            )
    except review.PassageNotFound as exc:
        source = doc.body if args.field is None else str(doc.get(args.field) or "")
        written = _as_written(source, args.on, args.nth) if not exc.count else None
        if written is not None:
            # New words for marks and links cut in half would break them: the editor quotes
            # the words as the page writes them, so what the new words replace is clear.
            raise _Refused(
                f"{args.page}: the page writes those words with their formatting: "
                f"--on {written!r}; nothing was suggested"
            ) from exc
        raise _passage_refused(args.page, exc, args.nth, "nothing was suggested") from exc
    except review.ReviewError as exc:
        raise _Refused(f"{args.page}: {_sentence(exc)}; nothing was suggested") from exc
    except OSError as exc:
        raise _Refused(f"the suggestion could not be saved: {exc.strerror or exc}") from exc
    print(
        # Placed in the words `review approve` lists its blockers with: "line 12", "the
        # setting title, line 3".
        f"{args.page}: suggestion {review.shown_id(suggestion.id)} ({review.suggestion_where(suggestion, doc)}): "
        f"{suggestion.describe()}."
    )
    return EXIT_OK


def _suggestions(args: argparse.Namespace) -> int:
    from editor_app.core import review

    path, doc = _review_page(args.page)
    store = _page_record(args.page, path)
    if args.format == "json":
        out = []
        for s in store.suggestions:
            data = s.to_json()
            anchor = review.place_suggestion(s, doc)
            data["found"] = anchor is not None and anchor.state == review.FOUND
            out.append(data)
        _print_json(out)
        return EXIT_OK
    if not store.suggestions:
        print(f"{args.page}: no suggested edits.")
        return EXIT_OK
    open_count = len(store.open_suggestions())
    total = len(store.suggestions)
    print(f"{args.page}: {total} suggestion{'s' if total != 1 else ''}, {open_count} open")
    for s in store.suggestions:
        # A decided suggestion's words were changed by the decision: no place to show.
        where = review.suggestion_where(s, doc)
        state = f"{s.status}, {where}" if s.is_open else f"{s.status} by {s.decided_by}"
        print(f"\n  {review.shown_id(s.id)}  {state}")
        print(f"    {s.author}, {_review_when(s.date)}")
        print(f"    {s.describe()}")
    return EXIT_OK


def _accept(args: argparse.Namespace) -> int:
    from editor_app.core import review
    from editor_app.core.document import FrontMatterError

    path, doc = _review_page(args.page)
    try:
        changed = review.accept_suggestion(
            path, args.suggestion_id, args.author, _review_site(path)
        )
    except (review.ReviewError, FrontMatterError, ValueError) as exc:
        raise _Refused(f"{args.page}: {_sentence(exc)}; the file was not changed") from exc
    except OSError as exc:
        raise _Refused(f"cannot write {args.page}: {exc.strerror or exc}") from exc
    store = review.NoteStore(path)
    found = store.find("suggestion", args.suggestion_id)
    what = found[0].describe() if found else "the suggestion"
    lines = _changed_lines(doc.original, changed.original)
    where = f" (line {', '.join(map(str, lines))})" if lines else ""
    print(f"{args.page}: accepted: {what}{where}.")
    return EXIT_OK


def _changed_lines(old: bytes, new: bytes) -> list[int]:
    a, b = old.splitlines(), new.splitlines()
    return [i + 1 for i in range(min(len(a), len(b))) if a[i] != b[i]][:5]


def _reject(args: argparse.Namespace) -> int:
    from editor_app.core import review

    path, _doc = _review_page(args.page)
    try:
        s = review.reject_suggestion(path, args.suggestion_id, args.author)
    except review.ReviewError as exc:
        raise _Refused(f"{args.page}: {_sentence(exc)}") from exc
    except OSError as exc:
        raise _Refused(f"the suggestion could not be saved: {exc.strerror or exc}") from exc
    print(f"{args.page}: rejected: {s.describe()}; the page is unchanged.")
    return EXIT_OK


ACTIONS: dict[str, Callable[[argparse.Namespace], int]] = {
    "suggest": _suggest,
    "suggestions": _suggestions,
    "accept": _accept,
    "reject": _reject,
}


def _as_written(source: str, words: str, nth: int | None) -> str | None:
    """The words as the page writes them (`**bold** text`), when quoted as a reader sees
    them (`bold text`) and found once (or as --nth says); else None."""
    from editor_app.core import review

    try:
        start, end = review.find_passage_as_read(source, words, nth)
    except review.PassageNotFound:
        return None
    return source[start:end]
