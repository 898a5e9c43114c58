"""The template functions a Hugo archetype may call, as `hugo new` runs them (checked with
`hugo new`, 0.111), and how Go prints and tests a value.

Text: `replace`, `replaceRE` (a pattern Python reads alike), `title` (AP style, Hugo's
default), `humanize`, `strings.FirstUpper`, `upper`, `lower`, `urlize` (`urlized`, given the
site's path settings by `core/archetype_template.py`), `trim`,
`strings.Contains`/`HasPrefix`/`HasSuffix`/`TrimPrefix`/`TrimSuffix`, `split`, `printf`
(`%s`, `%v`, `%d`, `%%`); `cond`; time:
`time.Format`, `dateFormat`, `now.Format`; tests: `eq`, `ne`, `lt`, `le`, `gt`, `ge`, `not`,
`default`, `isset`, `in`; collections: `len`, `index`, `delimit`; `print` of text. Anything
else raises `NotEvaluated` (never guessed). `and` and `or` take their arguments one by one
(`core/archetype_template.py`). Nothing here writes to disk.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from editor_app.core.hugo_urlize import urlize

# Words AP style leaves in lower case inside a title (Hugo's default `title` style; the list
# `hugo new` 0.111 keeps small: not `yet`, `up`, `so`).
_MINOR = frozenset(
    "a an and as at but by en for if in nor of on or per the to v v. vs vs. via".split()
)
# A word to title: from a letter or digit up to a space, `-` or `/` (jdkato/prose's).
_TITLE_WORD = re.compile(r"[^\W_][^\s\-/]*")


class NotEvaluated(ValueError):
    """A template bit editor-app does not fill in."""


def go_layout(layout: str, when: dt.datetime) -> str:
    """`when` written in Go's reference-time layout (`2006-01-02`, `Jan 2, 2006`...)."""
    if layout.startswith(":"):  # Hugo's named, localised layouts (`:date_long`)
        raise NotEvaluated(layout)
    offset = when.strftime("%z") or "+0000"
    tokens = {
        "2006": f"{when.year:04d}", "January": when.strftime("%B"), "Monday": when.strftime("%A"),
        "-07:00": f"{offset[:3]}:{offset[3:]}", "-0700": offset, "Z07:00": (
            "Z" if offset == "+0000" else f"{offset[:3]}:{offset[3:]}"),
        "MST": when.strftime("%Z") or "UTC", "Jan": when.strftime("%b"), "Mon": when.strftime("%a"),
        "01": f"{when.month:02d}", "02": f"{when.day:02d}", "06": f"{when.year % 100:02d}",
        "15": f"{when.hour:02d}", "03": f"{(when.hour % 12) or 12:02d}",
        "04": f"{when.minute:02d}", "05": f"{when.second:02d}", "PM": when.strftime("%p"),
        "pm": when.strftime("%p").lower(), "_2": f"{when.day:2d}", "1": str(when.month),
        "2": str(when.day), "3": str((when.hour % 12) or 12), "4": str(when.minute),
        "5": str(when.second),
    }  # fmt: skip
    pattern = "|".join(re.escape(t) for t in sorted(tokens, key=len, reverse=True))
    return re.sub(pattern, lambda m: tokens[m.group(0)], layout)


def rfc3339(when: dt.datetime) -> str:
    return go_layout("2006-01-02T15:04:05Z07:00", when)  # Go's time.RFC3339: `Z` for UTC


def _title_case(text: str) -> str:
    """Hugo's `title` (AP style, as jdkato/prose writes it): each word's first letter in
    capitals, but a small word inside the title after a space, `-` or `/` (not after `: `,
    nor starting a hyphenated pair: `Step-by-Step`), which is written in lower case."""
    end = len(text)

    def one(match: re.Match[str]) -> str:
        word, pos, stop = match.group(0), match.start(), match.end()
        prev = text[pos - 1] if pos >= 1 else ""
        before = text[pos - 2] if pos >= 2 else ""
        after = text[stop] if stop < end else ""
        small = word.lower()
        inside = pos != 0 and stop != end
        if small in _MINOR and inside and prev in " -/" and prev and before not in (":", "-"):
            if after != "-" or prev == "-":
                return small
        return word[:1].upper() + word[1:]

    return _TITLE_WORD.sub(one, text)


# The words Hugo's `humanize` (gobuffalo/flect, Hugo 0.111) writes in capitals; found by
# running `hugo new` over candidates (`SDK`, `CSS`, `ISO`... are written `Sdk`, `Css`, `Iso`).
_ACRONYMS = frozenset(
    "OK UTF8 HTML JSON JWT ID UUID SQL ACK ACL ADSL AES ANSI API ARP ATM BGP BSS CCITT CHAP "
    "CIDR CIR CLI CPE CPU CRC CRT CSMA CMOS DCE DEC DES DHCP DNS DRAM DSL DSLAM DTE DMI EHA EIA "
    "EIGRP EOF ESS FCC FCS FDDI FTP GBIC GEPOF HDLC HTTP HTTPS IANA ICMP IDF IDS IEEE IETF IMAP "
    "IP IPS ISDN ISP LAN LLC MAC MDF MIB MPLS MTU NAC NAT NIC NRZ NRZI NVRAM OSI OSPF OUI PAP PAT "
    "PC PIM PCM PDU POP3 POTS PPP PPTP PTT PVST RAM RARP RFC RIP RLL ROM RSTP RTP RCP SDLC SFD "
    "SFP SLARP SLIP SMTP SNA SNAP SNMP SOF SRAM SSH SSID STP SYN TDM TFTP TIA TOFU UDP URL URI "
    "USB UTP VC VLAN VLSM VPN W3C WAN WEP WPA WWW".split()
)
_WORD_BREAKS = "_ :-/"


def _word_parts(text: str) -> list[str]:
    """flect's words: split at `_ :-/` and spaces, before a capital after a small letter or
    after an acronym, and at anything but letters, digits and punctuation."""
    import unicodedata

    text = text.strip()
    if text.upper() in _ACRONYMS:
        return [text.upper()]
    parts: list[str] = []
    word, prev = "", ""

    def close(piece: str) -> None:
        piece = piece.strip().strip(_WORD_BREAKS)
        if piece:
            parts.append(piece.upper() if piece.upper() in _ACRONYMS else piece)

    for c in text:
        if c in _WORD_BREAKS or c.isspace():
            close(word)
            word, prev = c, c
        elif c.isupper() and (not prev.isupper() or word.upper() in _ACRONYMS):
            close(word)
            word, prev = c, c
        elif c.isalpha() or c.isdigit() or unicodedata.category(c).startswith("P") or c == "`":
            word, prev = word + c, c
        else:
            close(word)
            word, prev = "", c
    close(word)
    return parts


def _go_title(text: str) -> str:
    """Go's `strings.Title`: a capital after each separator (not a letter, digit or `_`)."""
    out, after_separator = [], True
    for c in text:
        out.append(c.upper() if after_separator else c)
        after_separator = not (c.isalnum() or c == "_")
    return "".join(out)


def humanize(text: str) -> str:
    """Hugo's `humanize`: `my-first-api` is `My first API`; a number its ordinal (`42nd`)."""
    if re.fullmatch(r"[+-]?\d+", text):
        tail = abs(int(text)) % 100
        ending = "th" if 11 <= tail <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(tail % 10, "th")
        return text + ending
    parts = [p if p in _ACRONYMS else p.lower() for p in _word_parts(text)]
    return " ".join([_go_title(parts[0]), *parts[1:]]) if parts else ""


def _as_time(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise NotEvaluated(str(value)) from exc


def text_of(value: Any) -> str:
    """`value` as Go prints it into the page; NotEvaluated for what Hugo prints as
    `<no value>` or `map[...]`, never a page's value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e21:
            return str(int(value))  # Go's %v: 2, not 2.0
        return repr(value)  # 1e-05, 1.5e+22: Go, too, writes two digits of exponent at least
    if isinstance(value, list):  # Go's `[a b c]`
        return "[" + " ".join(_inner_text(v) for v in value) + "]"
    if isinstance(value, dict):  # Go's `map[j:2 k:v]`, keys in order
        keys = sorted(value, key=str)
        return "map[" + " ".join(f"{k}:{_inner_text(value[k])}" for k in keys) + "]"
    # A time (`now`, a date in the settings) Go prints with its clock's reading (`m=+0.1`) or
    # as its settings' reader made it: not guessed; `time.Format` writes one as asked.
    raise NotEvaluated(repr(value))


def _inner_text(value: Any) -> str:
    return "<nil>" if value is None else text_of(value)


def _sprint(args: list[Any]) -> str:
    """Go's `fmt.Sprint`: a space between two values when neither is text."""
    out = ""
    for i, value in enumerate(args):
        if i and not isinstance(value, str) and not isinstance(args[i - 1], str):
            out += " "
        out += _inner_text(value)
    return out


def truth(value: Any) -> bool:
    """Whether Go's `if` takes `value` as true: not false, 0, nil, nor empty."""
    if value is None:
        return False
    if isinstance(value, (bool, int, float)):
        return bool(value)
    if isinstance(value, (str, list, dict)):
        return len(value) > 0
    return True


def _same(a: Any, b: Any) -> bool:
    """Hugo's `eq`: values of one kind alike, deeply (checked with `hugo new`, 0.111: `1`
    and `1.0`, `"1"` and `1`, nil and `0` are not equal; nil and nil are)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=False))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return bool(a == b)


def _order(name: str, a: Any, b: Any) -> bool:
    numbers = (int, float)
    plain = (isinstance(a, numbers) and isinstance(b, numbers)) or (
        isinstance(a, str) and isinstance(b, str)
    )
    if not plain or isinstance(a, bool) or isinstance(b, bool):
        raise NotEvaluated(name)
    return {"lt": a < b, "le": a <= b, "gt": a > b, "ge": a >= b}[name]


def _is_set(value: Any) -> bool:
    """Hugo's `default`: a value given (a boolean always is; 0, "" and empty lists not)."""
    if value is None:
        return False
    if isinstance(value, bool):
        return True
    return truth(value)


def _index(collection: Any, keys: list[Any]) -> Any:
    found = collection
    for key in keys:
        if isinstance(found, dict) and isinstance(key, str):
            found = found.get(key)
        elif isinstance(found, list) and isinstance(key, int) and 0 <= key < len(found):
            found = found[key]
        else:
            raise NotEvaluated("index")
    return found


def _plain(value: Any) -> str:
    """A text function's argument: plain values only (Go would print a list's or group's
    `[a b]` into the text, which no page wants read as a word)."""
    if isinstance(value, (list, dict)) or value is None:
        raise NotEvaluated(repr(value))
    return text_of(value)


def _text(name: str, args: list[Any]) -> Any:
    """The text functions, each over its arguments' printed text."""
    if name in ("time.Format", "dateFormat") and len(args) == 2:
        return go_layout(_plain(args[0]), _as_time(args[1]))
    text = [_plain(a) for a in args]
    if name in ("replace", "strings.Replace", "strings.ReplaceAll") and len(args) in (3, 4):
        return text[0].replace(text[1], text[2]) if len(args) == 3 else text[0]
    if len(args) == 1:
        one = {
            "title": _title_case, "strings.Title": _title_case,
            "strings.FirstUpper": lambda s: s[:1].upper() + s[1:],
            "humanize": humanize,
            "upper": str.upper, "strings.ToUpper": str.upper,
            "lower": str.lower, "strings.ToLower": str.lower,
            "strings.TrimSpace": str.strip, "trim": str.strip,
        }  # fmt: skip
        if name in one:
            return one[name](text[0])
    if len(args) == 2:
        two = {
            "strings.Contains": lambda s, t: t in s, "strings.HasPrefix": str.startswith,
            "strings.HasSuffix": str.endswith,
            "strings.TrimPrefix": lambda prefix, s: s.removeprefix(prefix),
            "strings.TrimSuffix": lambda suffix, s: s.removesuffix(suffix),
        }  # fmt: skip
        if name in two:
            return two[name](text[0], text[1])
    raise NotEvaluated(name)


def urlized(value: Any, remove_accents: bool = False, to_lower: bool = True) -> str:
    """`urlize` of a value's printed text, following the site's path settings."""
    return urlize(_plain(value), remove_accents, to_lower)


def call(name: str, args: list[Any]) -> Any:
    """A template function over its arguments (a piped value comes last, as in Go)."""
    if name == "eq" and len(args) >= 2:
        return any(_same(args[0], other) for other in args[1:])
    if name == "ne" and len(args) == 2:
        return not _same(args[0], args[1])
    if name in ("lt", "le", "gt", "ge") and len(args) == 2:
        return _order(name, args[0], args[1])
    if name == "not" and len(args) == 1:
        return not truth(args[0])
    if name == "default" and len(args) == 2:
        return args[1] if _is_set(args[1]) else args[0]
    if name == "len" and len(args) == 1 and isinstance(args[0], (str, list, dict)):
        return len(args[0])
    if name == "index" and len(args) >= 2:
        return _index(args[0], args[1:])
    if name == "isset" and len(args) == 2 and isinstance(args[0], dict):
        return str(args[1]).lower() in {str(k).lower() for k in args[0]}
    if name == "in" and len(args) == 2 and isinstance(args[0], list):
        return any(isinstance(v, type(args[1])) and v == args[1] for v in args[0])
    if name == "in" and len(args) == 2 and isinstance(args[0], str):
        return _plain(args[1]) in args[0]
    if name == "delimit" and len(args) in (2, 3) and isinstance(args[0], list):
        items, sep = [_plain(v) for v in args[0]], _plain(args[1])
        if len(args) == 3 and len(items) > 1:
            return sep.join(items[:-1]) + _plain(args[2]) + items[-1]
        return sep.join(items)
    if name == "print" and args:
        return _sprint(args)
    if name == "printf" and args and isinstance(args[0], str):
        return _printf(args[0], args[1:])
    if name == "cond" and len(args) == 3 and isinstance(args[0], bool):  # Hugo: a bool only
        return args[1] if args[0] else args[2]
    if name in ("split", "strings.Split") and len(args) == 2:
        return _plain(args[0]).split(_plain(args[1])) if _plain(args[1]) else None
    if name in ("replaceRE", "strings.ReplaceRE") and len(args) == 3:
        return _replace_re(_plain(args[0]), _plain(args[1]), _plain(args[2]))
    return _text(name, args)


def _printf(layout: str, args: list[Any]) -> str:
    """Go's Sprintf for `%s`, `%v`, `%d` and `%%`, each verb with its own argument."""
    out: list[str] = []
    given = iter(args)
    used = 0
    for part in re.split(r"(%.)", layout):
        if part == "%%":
            out.append("%")
        elif len(part) == 2 and part[0] == "%":
            value = next(given, _MISSING)
            used += 1
            if value is _MISSING or part not in ("%s", "%v", "%d"):
                raise NotEvaluated(layout)
            if part == "%d" and (isinstance(value, bool) or not isinstance(value, int)):
                raise NotEvaluated(layout)  # Go writes `%!d(string=...)`
            if part == "%s" and not isinstance(value, str):
                raise NotEvaluated(layout)
            out.append(text_of(value))
        else:
            out.append(part)
    if used != len(args):
        raise NotEvaluated(layout)  # Go adds `%!(EXTRA ...)`
    return "".join(out)


_MISSING = object()


def _replace_re(pattern: str, replacement: str, text: str) -> str:
    """Go's `regexp.ReplaceAllString`: `$1`, `${name}` in the replacement, `$$` a dollar."""
    python = replacement.replace("\\", "\\\\")
    python = re.sub(
        r"\$(\$|\{(\w+)\}|(\w+))",
        lambda m: "$" if m.group(1) == "$" else f"\\g<{m.group(2) or m.group(3)}>",
        python,
    )
    try:
        return re.sub(pattern, python, text)
    except (re.error, IndexError) as exc:  # not Python's syntax, or no such group
        raise NotEvaluated(pattern) from exc


__all__ = ["NotEvaluated", "call", "go_layout", "rfc3339", "text_of", "truth"]
