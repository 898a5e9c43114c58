"""Front-matter errors in plain words: where a header cannot be read, and how to fix it.

`yaml_problem` is the one explainer the window's banner and the validator share, so both say
the same thing on the same line.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

import yaml


class FrontMatterError(Exception):
    """The front matter cannot be read (or edited): where, and why, in plain words."""

    def __init__(self, line: int, message: str, fixable: bool = True) -> None:
        super().__init__(message)
        self.line = line
        self.message = message
        # False: nothing is wrong to fix (e.g. Eleventy's `---js` settings, code the form
        # cannot show); the page is edited as text.
        self.fixable = fixable

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


class ReadOnlyError(ValueError):
    """An edit or save of a document that may not be changed here; the message says why."""


def yaml_error_mark(exc: yaml.YAMLError) -> yaml.Mark | None:
    """Where a YAML error is best shown to an author.

    For an unclosed quote or bracket (or the text running out) that is where it was opened,
    not where the parser gave up; the window and the validator both place errors with this.
    """
    problem_mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    context = str(getattr(exc, "context", "") or "")
    problem = str(getattr(exc, "problem", "") or "")
    if context_mark is not None and (
        "quoted scalar" in context
        or "simple key" in context
        or "flow" in context
        or "end of stream" in problem
        or "<stream end>" in problem
    ):
        return context_mark
    return problem_mark or context_mark


def yaml_problem(text: str, exc: BaseException) -> tuple[BaseException, str]:
    """The error to show for front matter `text` that failed to load with `exc` (from any
    loader), and what to tell the author: the window's banner and the validator both use it.

    The pure-Python parser is asked again, as its marks are exact and its messages fuller; its
    error is the one explained, unless it reads the text or fails without saying where (it
    runs out of stack on deep nesting, which the C parser places).
    """
    try:
        yaml.load(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as precise:
        return precise, explain_yaml_error(precise, text)
    except Exception as other:  # e.g. an impossible date, or nesting too deep for Python
        if not isinstance(exc, yaml.YAMLError):
            return other, explain_yaml_error(other, text)
    return exc, explain_yaml_error(exc, text)


def explain_yaml_error(exc: BaseException, text: str = "") -> str:
    """A front-matter error in plain words with the fix, as one message (`text`: the front
    matter, to see the character the parser stopped at). Used by `yaml_problem`."""
    if not isinstance(exc, yaml.YAMLError):
        if isinstance(exc, RecursionError):
            return _TOO_DEEP
        found = unmade_value(text)
        if found is not None:
            return found[1]
        if isinstance(exc, ValueError) and ("out of range" in str(exc) or "must be in" in str(exc)):
            # what YAML's date reading raises, for a date not found in `text`
            return (
                "A date in the header does not exist. Correct it, written as year-month-day, "
                "for example 2025-02-28."
            )
        return f"The header cannot be read ({exc})."
    whole = str(exc)
    if "characters are not allowed" in whole:  # a ReaderError (the C and Python wordings)
        return (
            "This line holds an invisible control character, which the header cannot hold. "
            "Delete it (retyping the line removes it)."
        )
    if not isinstance(exc, yaml.MarkedYAMLError):
        return "The header cannot be read. Check the lines between the --- markers."
    context = exc.context or ""
    problem = exc.problem or ""
    mark = exc.problem_mark
    lines = text.split("\n")
    here = lines[mark.line] if mark is not None and 0 <= mark.line < len(lines) else ""
    col = mark.column if mark is not None else 0
    char = here[col : col + 1]
    # Inside a quoted value, so before the unclosed-quote case.
    if "unknown escape character" in problem:
        return (
            "A backslash (\\) inside double quotes starts a code the header does not know. "
            "Use single quotes around the value instead."
        )
    if "quoted scalar" in context:
        return (
            "A quotation mark opened on this line is never closed. "
            "Add the closing quote at the end of the value."
        )
    if "mapping values are not allowed" in problem:
        return (
            "This value contains a colon followed by a space, which the header cannot read. "
            'Put the whole value in double quotes, for example: title: "Part one: the start".'
        )
    if "simple key" in context or "could not find expected ':'" in problem:
        return (
            "This line is not a 'name: value' pair. Add the missing colon, or indent the line "
            "if it continues the value above."
        )
    if "flow sequence" in context or "flow mapping" in context:
        return (
            "A list opened with a bracket '[' (or a brace '{') on this line is never closed. "
            "Add the missing ']' (or '}'), or put the value in quotes."
        )
    if "cannot start any token" in problem:
        if char == "\t":
            return (
                "This line is indented with a tab. Headers must be indented with spaces only: "
                "replace the tab with two spaces."
            )
        if char and not char.isspace():
            return (
                f"A value starting with '{char}' needs quotes around it. "
                "Put the whole value in double quotes."
            )
    if "undefined alias" in problem:
        return "A value starting with '*' needs quotes around it. Put the whole value in double quotes."
    if "unhashable key" in problem:  # a list or group used as a name: `{{ x }}`, `[a, b]:`
        if char == "[":
            return (
                "A value starting with '[' needs quotes around it. "
                "Put the whole value in double quotes."
            )
        return (
            "A value starting with '{' needs quotes around it (site code such as {{ ... }} "
            "does not work in the header). Put the whole value in double quotes."
        )
    if "could not determine a constructor" in problem:
        return (
            "This value has a type marker (a word starting with !) that the header does not "
            "allow. Remove the marker, or put the whole value in quotes."
        )
    if "did not find expected key" in problem or "expected <block end>" in problem:
        if here[:col].rstrip().endswith(('"', "'")):
            return (
                "There is more text after a quoted value on this line. Put the whole value in "
                "double quotes, or remove the extra text."
            )
        return (
            "This line does not line up with the lines above it. Check the spaces at the start "
            "of the line, and that any quoted value ends with its quote."
        )
    if "expected '<document start>'" in problem:
        return (
            "This line does not line up with the lines above it. Check the spaces at the start "
            "of the line."
        )
    if "did not find expected '-'" in problem:
        return "This list item does not line up with the items above it. Check its indentation."
    if "sequence entries are not allowed" in problem:  # "block sequence ..." in the C parser
        return (
            "A list item (- ...) is in the wrong place. Put it on its own line, indented under "
            "the name it belongs to."
        )
    if "found duplicate anchor" in context:  # both parsers say it there, not in `problem`
        return "The same &name is used twice. Rename one of them."
    if "nesting depth" in problem:
        return _TOO_DEEP
    return f"The header cannot be read on this line ({problem.strip() or 'unreadable'})."


# A value with an explicit type mark the header's reader cannot make (`n: !!int 12x`, or the
# mark at the end of the line and the value on the next): the reader stops with a Python error
# that names no line.
_CORE_TAG = "tag:yaml.org,2002:"
_LINE_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*")  # a value over several lines reads as one
_TAG_KINDS = {
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "timestamp": "a date",
}


def bad_tagged_value(text: str) -> tuple[int, str, str] | None:
    """The first value of `text` marked with a type it is not (`!!int 12x`): the 0-based line
    its value starts on (the next line when the mark ends its line), the type's name and the
    value as written; None when every marked value reads (or the text is no YAML)."""
    if "!" not in text:
        return None
    maker = yaml.SafeLoader("")
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if not isinstance(event, yaml.ScalarEvent) or not event.tag:
                continue
            kind = event.tag.removeprefix(_CORE_TAG)
            if kind not in _TAG_KINDS:
                continue
            node = yaml.ScalarNode(event.tag, event.value, style=event.style)
            try:
                maker.construct_object(node)
            # AttributeError: PyYAML's date reading on a value that is no date (`2025-13`)
            except (ValueError, TypeError, KeyError, OverflowError, AttributeError, yaml.YAMLError):
                start = _value_start(text, event.start_mark.index, event.end_mark.index)
                written = _LINE_BREAK.sub(" ", text[start : event.end_mark.index]).strip()
                return text.count("\n", 0, start), kind, written
    except (yaml.YAMLError, RecursionError):
        return None
    return None


def _value_start(text: str, index: int, end: int) -> int:
    """Where a scalar's own text starts in `text`, from where its node starts (its type mark
    or anchor, then spaces, line breaks and comments may come before the value)."""
    while index < end:
        char = text[index]
        if char in " \t\r\n":
            index += 1
        elif char == "#":  # a comment between the mark and its value, to the end of its line
            index = text.find("\n", index, end)
            if index < 0:
                return end
        elif char in "!&":  # the mark or an anchor: up to the next space
            while index < end and text[index] not in " \t\r\n":
                index += 1
        else:
            break
    return index


def unmade_value(text: str) -> tuple[int, str] | None:
    """The first value of header `text` the YAML reader cannot make (a date or time that does
    not exist, a value marked with a type it is not): its 0-based line and what to tell the
    author; None when there is none. The reader stops on the first without saying where."""
    found = [p for p in (impossible_date(text), _tagged_problem(text)) if p is not None]
    return min(found) if found else None


def _tagged_problem(text: str) -> tuple[int, str] | None:
    tagged = bad_tagged_value(text)
    if tagged is None:
        return None
    line, tag, value = tagged
    return line, (
        f"The value '{value}' is marked as {_TAG_KINDS[tag]} (!!{tag}) but is not one. "
        "Correct the value, or remove the mark."
    )


_TIMESTAMP = yaml.SafeLoader.timestamp_regexp  # exactly the dates and times YAML reads
_DATE_START = re.compile(r"\d{4}-\d")


def impossible_date(text: str) -> tuple[int, str] | None:
    """The first date or time in header `text` that does not exist (2025-02-30, 25:00:00, a
    zone of +25:00), which the YAML reader refuses without saying where: its 0-based line and
    what is wrong in plain words; None when there is none (or the text is no YAML)."""
    if _DATE_START.search(text) is None:  # most headers: no parse needed
        return None
    loader = yaml.SafeLoader("")
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if not isinstance(event, yaml.ScalarEvent):
                continue
            tag = event.tag if event.tag not in (None, "!") else None
            if tag is None and event.implicit[0]:
                tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
            if tag != _CORE_TAG + "timestamp":
                continue
            problem = date_time_problem(event.value)
            if problem is not None:
                start = _value_start(text, event.start_mark.index, event.end_mark.index)
                return text.count("\n", 0, start), problem
    except (yaml.YAMLError, RecursionError):
        return None
    return None


_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def date_time_problem(value: str, where: str = " on this line") -> str | None:
    """What is wrong with a date as YAML writes it (`2025-02-30`, `2025-01-01 25:00:00`,
    `2025-01-01 10:00:00 +25:00`), in plain words, `where` said after the value; None when it
    exists or is not written as one."""
    m = _TIMESTAMP.match(value)
    if m is None:
        return None
    year, month, day = int(m["year"]), int(m["month"]), int(m["day"])
    reason = None
    if year == 0:
        reason = "there is no year 0"
    elif not 1 <= month <= 12:
        reason = "a month goes from 1 to 12"
    else:
        try:
            date(year, month, day)
        except ValueError:
            days = monthrange(year, month)[1]
            reason = f"{_MONTHS[month - 1]} {year} has {days} days"
    if reason is not None:
        return (
            f"The date {value}{where} does not exist: {reason}. Correct it, written as "
            "year-month-day, for example 2025-02-28."
        )
    if m["hour"] is None:
        return None
    for number, most, part in (
        (m["hour"], 23, "an hour"),
        (m["minute"], 59, "a minute"),
        (m["second"], 59, "a second"),
    ):
        if int(number) > most:
            return (
                f"The time in {value}{where} does not exist: {part} goes from 0 to "
                f"{most}. Correct it, for example {m['year']}-{m['month']}-{m['day']} 18:30:00."
            )
    if m["tz_sign"] is not None and int(m["tz_hour"]) * 60 + int(m["tz_minute"] or 0) >= 24 * 60:
        return (
            f"The time zone in {value}{where} does not exist: a zone is less than 24 "
            "hours from UTC. Correct it, for example +01:00 or -05:00."
        )
    return None


_TOO_DEEP = (
    "The header is nested too deeply (lists or groups inside each other, many levels down). "
    "Simplify it."
)
