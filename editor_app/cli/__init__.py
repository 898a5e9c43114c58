"""The `editor-app` command line: opens the window, or runs a subcommand on the core.

Scripts and CI rely on this contract (see README.md). It must never import Qt, except when
opening the window. Each command group is a module of this package with `register(sub)` (adds
its parsers, each with `func` set to the function that runs it); to add a group, list the module
and its command names in `GROUPS`.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from editor_app.cli.common import (
    EXIT_CANNOT_RUN,
    EXIT_OK,
    EXIT_PROBLEMS,
    ReaderGoneStream,
    fail,
)

__all__ = ["EXIT_CANNOT_RUN", "EXIT_OK", "EXIT_PROBLEMS", "build_parser", "fail", "main"]

# The command groups, in the order `--help` lists them: module name -> its command names.
# The names are here too so that `main` knows a subcommand without importing every module.
GROUPS: dict[str, tuple[str, ...]] = {
    "validate": ("validate",),
    "content": ("render", "set", "schema", "new", "rename"),
    "review": ("review",),
    "sync": ("sync",),
    "convert": ("import", "export"),
    "files": ("rename-file",),
}

SUBCOMMANDS = tuple(name for names in GROUPS.values() for name in names)


class PlainParser(argparse.ArgumentParser):
    """argparse that says a wrong command line in one plain line (the CLI contract), exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_CANNOT_RUN, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = PlainParser(
        prog="editor-app",
        description="Edit the Markdown pages of a static site. With no COMMAND, opens the "
        "window on FOLDER (or the last folder, or the bundled sample site).",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in GROUPS:
        importlib.import_module(f"editor_app.cli.{module_name}").register(sub)
    return parser


def build_window_parser() -> argparse.ArgumentParser:
    parser = PlainParser(
        prog="editor-app",
        description="Open the editor window. Subcommands: "
        + ", ".join(SUBCOMMANDS)
        + " (see editor-app COMMAND --help).",
    )
    parser.add_argument("folder", nargs="?", help="the site folder to open")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the sample site offscreen, render a preview, and exit 0 if all went well",
    )
    return parser


def build_help_parser() -> argparse.ArgumentParser:
    """The parser `editor-app --help` prints: one usage for both ways to run the program (the
    window, or a COMMAND), the window's options among the rest."""
    parser = build_parser()
    parser.usage = (
        "%(prog)s [FOLDER | PAGE.md] [--self-test]\n       %(prog)s COMMAND [ARGUMENTS...]"
    )
    parser.epilog = "A command's own options: editor-app COMMAND --help."
    parser.add_argument("-V", "--version", action="store_true", help="print the version and exit")
    window = parser.add_argument_group("opening the window (no COMMAND)")
    window.add_argument(
        "folder",
        metavar="FOLDER | PAGE.md",
        nargs="?",
        help="the site folder to open, or a page (its site opens, the page open)",
    )
    window.add_argument(
        "--self-test",
        action="store_true",
        help="open the sample site offscreen, render a preview, and exit 0 if all went well",
    )
    return parser


def _command_parser(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.ArgumentParser:
    """The (sub)command's own parser the words of `argv` lead to (`review approve`: that
    action's), so that a mistake points to its help, not to `editor-app --help`."""
    for word in argv:
        subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]  # noqa: SLF001
        if not subparsers or word not in subparsers[0].choices:
            break
        parser = subparsers[0].choices[word]
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    stdout, stderr = sys.stdout, sys.stderr
    quiet_out, quiet_err = ReaderGoneStream(stdout), ReaderGoneStream(stderr)
    if argv and argv[0] in (*SUBCOMMANDS, "-h", "--help", "-V", "--version"):
        sys.stdout, sys.stderr = quiet_out, quiet_err  # type: ignore[assignment]
    try:
        return _main(argv)
    except Exception as exc:  # noqa: BLE001 - never a traceback: one plain line, exit 2
        from editor_app.cli.failure import unexpected_failure

        return unexpected_failure(argv[0] if argv else "editor-app", exc)
    finally:
        if sys.stdout is quiet_out:
            # What is left in the buffer is written now, while a closed pipe can be quietened.
            quiet_out.flush()
            sys.stdout = stdout
        if sys.stderr is quiet_err:
            quiet_err.flush()
            sys.stderr = stderr


def _mistyped_command(word: str) -> bool:
    """A bare word that is neither an option nor a file or folder here (`valdate`)."""
    from pathlib import Path

    return bool(word) and word.isidentifier() and not Path(word).exists()


def _main(argv: list[str]) -> int:
    from editor_app.cli.free_text import (
        held_dash_values,
        not_text_argument,
        restore_held,
        with_free_text_joined,
    )

    garbled = not_text_argument(argv)
    if garbled is not None:
        # Written into a page or a note, it could not be saved, or was kept garbled.
        return fail(
            f"{garbled!r} is not UTF-8 text (the marks stand for bytes that are not): "
            "nothing was done; set the terminal or script to UTF-8 and give it again"
        )
    if argv and argv[0] in SUBCOMMANDS:
        parser = build_parser()

        # `new --title ---`: a title starting with a dash is the title, not an option.
        command = _command_parser(parser, argv)
        argv = with_free_text_joined(command, argv)
        # `rename tags -draft draft`: a value may start with a dash too.
        argv, held = held_dash_values(command, argv)
        args, extra = parser.parse_known_args(argv)
        restore_held(args, held)
        extra = [held.get(word, word) for word in extra]
        # argparse cannot fill an optional trailing SITE that follows an option
        # (`new COLLECTION --title T SITE`): give it the one leftover argument.
        if extra and isinstance(getattr(args, "assignments", None), list):
            # `set PAGE --remove a b=1`: argparse stops taking FIELD=VALUE after an option.
            if not any(word.startswith("-") for word in extra):
                args.assignments += extra
                extra = []
        if extra:
            if (
                len(extra) == 1
                and not extra[0].startswith("-")
                and getattr(args, "site", None) == "."
            ):
                args.site = extra[0]
            else:
                # `schema --format json SITE`: the option is the slip; the words after it were
                # taken as arguments or left over (naming SITE here misled).
                options = [word for word in extra if word.startswith("-")]
                command.error("unrecognized arguments: " + " ".join(options or extra))
        try:
            return args.func(args)
        except KeyboardInterrupt:
            return 130
        except BrokenPipeError:
            return EXIT_OK
    if argv and argv[0] in ("-h", "--help"):
        build_help_parser().print_help()
        return EXIT_OK
    if argv and argv[0] in ("-V", "--version"):
        # What a bug report asks first; it was "unrecognized arguments".
        from editor_app import __version__

        print(f"editor-app {__version__}")
        return EXIT_OK
    if argv and _mistyped_command(argv[0]):
        from difflib import get_close_matches

        meant = get_close_matches(argv[0], SUBCOMMANDS, n=1)
        hint = f"did you mean {meant[0]}?" if meant else "see editor-app --help"
        return fail(f"'{argv[0]}' is not a command, nor a file or folder here ({hint})")
    args = build_window_parser().parse_args(argv)
    # Qt is imported only here, so the subcommands start fast.
    from editor_app.ui.app import run_app

    return run_app(args.folder, self_test=args.self_test)
