"""Free text given to an option that starts with a dash (`new --title ---`, `review note
--text "- see below"`, `sync push -m "-fix typo"`): argparse takes such a word for an option
and refuses the command ("expected one argument"), though only `--title=---` is meant. The
word is joined to its option before parsing, unless it names one of the command's own
options (`--title --dry-run` stays the slip it is)."""

from __future__ import annotations

import argparse

# The options whose value is words a person writes: a title, a note, a reason, a message,
# a suggestion's words, a name. Paths, dates, numbers and choices are not joined.
FREE_TEXT_OPTIONS = frozenset(
    {"title", "text", "on", "reason", "message", "replace", "insert_after", "insert_before"}
    | {"author"}
)


def with_free_text_joined(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """`argv` with each free-text option followed by a word starting with a dash written as
    `--option=WORD`, for the (sub)command `parser` parses; `--` ends the options, as for
    argparse."""
    actions = parser._option_string_actions  # noqa: SLF001 - argparse keeps no public map
    joined: list[str] = []
    words = iter(argv)
    for word in words:
        action = actions.get(word)
        if word == "--":
            joined.append(word)
            joined.extend(words)
            break
        if action is None or action.dest not in FREE_TEXT_OPTIONS or action.nargs is not None:
            joined.append(word)
            continue
        value = next(words, None)
        if value is None:
            joined.append(word)  # argparse says the value is missing
            break
        if value.startswith("-") and value != "--" and not _names_an_option(value, actions):
            long_form = next((s for s in action.option_strings if s.startswith("--")), word)
            joined.append(f"{long_form}={value}")
        else:
            joined.extend((word, value))
    return joined


# Commands whose positional arguments are values a person writes: `rename FIELD OLD NEW`.
FREE_TEXT_POSITIONALS = frozenset({"rename"})
_HELD = "\x00value-{}\x00"  # stands in for a value while argparse reads the line


def held_dash_values(
    parser: argparse.ArgumentParser, argv: list[str]
) -> tuple[list[str], dict[str, str]]:
    """For a command of `FREE_TEXT_POSITIONALS`, `argv` with each word that starts with one
    dash and is none of the command's options (`rename tags -draft draft`) held back behind
    a stand-in argparse takes as a value, and the stand-ins; `--typo` stays a mistake."""
    if not argv or argv[0] not in FREE_TEXT_POSITIONALS:
        return argv, {}
    actions = parser._option_string_actions  # noqa: SLF001 - argparse keeps no public map
    held: dict[str, str] = {}
    out: list[str] = []
    for word in argv:
        if word == "--":
            break  # argparse's own way: the rest is values already
        if word.startswith("-") and not word.startswith("--") and len(word) > 1:
            if not _names_an_option(word, actions):
                stand_in = _HELD.format(len(held))
                held[stand_in] = word
                word = stand_in
        out.append(word)
    return out + argv[len(out) :], held


def restore_held(args: argparse.Namespace, held: dict[str, str]) -> None:
    """Put back the values `held_dash_values` held (in `args` as their stand-ins)."""
    for name, value in vars(args).items():
        if isinstance(value, str) and value in held:
            setattr(args, name, held[value])


def not_text_argument(argv: list[str]) -> str | None:
    """The first argument holding bytes that are not UTF-8 (Python keeps them as lone
    surrogates: a terminal or script in another encoding), shown with `\ufffd` for them;
    None when all are text. A path that exists is no text to write: it is left alone."""
    import os

    for word in argv:
        try:
            word.encode("utf-8")
        except UnicodeEncodeError:
            if os.path.lexists(word):
                continue
            return word.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return None


def _names_an_option(word: str, actions: dict[str, argparse.Action]) -> bool:
    """Whether argparse would read `word` as one of the command's options: its name, with a
    value after `=`, a short option with its value attached (`-mfix`), or the start of a long
    name (`--dry` for `--dry-run`)."""
    name = word.split("=", 1)[0]
    if name in actions:
        return True
    short = actions.get(word[:2])
    if short is not None and short.nargs != 0 and not word.startswith("--"):
        return True  # `-mfix`: -m given `fix` (`-hidden` is no `-h`, which takes nothing)
    return name.startswith("--") and len(name) > 2 and any(o.startswith(name) for o in actions)


__all__ = [
    "FREE_TEXT_OPTIONS",
    "FREE_TEXT_POSITIONALS",
    "held_dash_values",
    "not_text_argument",
    "restore_held",
    "with_free_text_joined",
]
