"""Writes the corpus of broken and hostile page files the editor must open without harm.

Run `python tests/data/hostile/generate.py [FOLDER]` to write it somewhere to try by hand
(default: this folder, without the 10 MB file, which tests build in a temporary folder).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Each file: name -> bytes. The names say what is wrong with them.
SMALL: dict[str, bytes] = {
    "empty.md": b"",
    "malformed-yaml.md": b'---\ntitle: "Never closed\ntopics: [Health, Justice\n---\nThe body.\n',
    "bad-indentation.md": b"---\ntitle: Fine\n  author: Misplaced\n status: draft\n---\nBody.\n",
    "tab-indentation.md": b"---\ntitle: Tabs\ntopics:\n\t- Health\n---\nBody.\n",
    "python-object-apply.md": (
        b"---\ntitle: Harmless looking\n"
        b'run: !!python/object/apply:os.system ["echo pwned > hostile-pwned.txt"]\n'
        b"---\nBody text.\n"
    ),
    "python-object-new.md": (
        b"---\ntitle: x\n"
        b"obj: !!python/object/new:subprocess.Popen [[touch, hostile-pwned.txt]]\n"
        b"name: !!python/name:os.system\n---\n"
    ),
    "unknown-tags.md": (
        b"---\ntitle: Tags\nsecret: !include /etc/passwd\nruby: !ruby/object:Gem::Installer\n"
        b"  i: x\n---\nBody.\n"
    ),
    "alias-bomb.md": (
        b"---\ntitle: Laughs\n"
        b'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
        b"b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
        b"c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
        b"d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
        b"e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
        b"f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
        b"---\nBody.\n"
    ),
    # 9**12 strings once expanded: only ever walked through its shared lists
    "alias-bomb-deep.md": (
        b"---\ntitle: Laughs\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        + b"".join(
            b"a%d: &a%d [%s]\n" % (i, i, b", ".join([b"*a%d" % (i - 1)] * 9)) for i in range(1, 12)
        )
        + b"---\nBody.\n"
    ),
    "deep-nesting.md": b"---\ntitle: Deep\nx: " + b"[" * 1000 + b"]" * 1000 + b"\n---\nBody.\n",
    "binary-bytes.md": bytes(random.Random(7).randrange(256) for _ in range(4096)),
    "png-named-md.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
    "invalid-utf8.md": b"---\ntitle: Caf\xe9 cr\xe8me\n---\nNa\xefve text \xff\xfe here.\n",
    "bom.md": b"\xef\xbb\xbf---\ntitle: With a BOM\n---\nBody after a byte order mark.\n",
    "utf16.md": "\ufeff---\ntitle: Sixteen bits\n---\nBody.\n".encode("utf-16-le"),
    "utf16-no-bom.md": "---\ntitle: Sixteen bits, no mark\n---\nCafé.\n".encode("utf-16-le"),
    "utf16-be.md": "\ufeff---\ntitle: Big end first\n---\nBody.\n".encode("utf-16-be"),
    "utf32.md": "\ufeff---\ntitle: Thirty-two bits\n---\nBody.\n".encode("utf-32-le"),
    "crlf.md": b"---\r\ntitle: Windows\r\nstatus: draft\r\n---\r\nLine one.\r\nLine two.\r\n",
    "mixed-endings.md": b"---\r\ntitle: Mixed\nstatus: draft\r\n---\nOne\r\nTwo\nThree\rFour\n",
    "old-mac-cr.md": b"---\rtitle: CR only\r---\rBody.\r",
    "no-closing-delimiter.md": b"---\ntitle: Unclosed\nstatus: draft\n\nThe body was never separated.\n",
    "only-delimiters.md": b"---\n---\n",
    "list-front-matter.md": b"---\n- one\n- two\n---\nBody.\n",
    "scalar-front-matter.md": b"---\njust a sentence\n---\nBody.\n",
    "nul-in-front-matter.md": b"---\ntitle: Nul\x00here\n---\nBody \x00 too.\n",
    "nul-in-body.md": b"---\ntitle: Fine\n---\nA [link](/nowhere/) and a zero \x00 byte.\n\n### Deep\n",
    "duplicate-keys.md": b"---\ntitle: First\ntitle: Second\n---\nBody.\n",
    "no-final-newline.md": b"---\ntitle: End\n---\nNo newline at the end",
    "path-traversal.md": (
        b"---\ntitle: Sneaky\nimage: ../../etc/passwd\nfile: /etc/shadow\n"
        b"thumbnail: assets/../../../../etc/hostname\n---\nBody.\n"
    ),
    "long-line.md": b"---\ntitle: Long\n---\n" + b"word " * 40_000 + b"\n",
    "control-chars.md": b"---\ntitle: \x1b[31mRed\x1b[0m \x07\n---\n\x1b]0;title\x07Body.\n",
    "toml-front-matter.md": b'+++\ntitle = "TOML"\n+++\nBody.\n',
    "toml-broken.md": b'+++\ntitle = "TOML\ndate = 2024-13-45\n+++\nBody.\n',
    "toml-unclosed.md": b'+++\ntitle = "TOML"\nBody without the closing line.\n',
    "json-front-matter.md": b'{\n  "title": "JSON",\n  "tags": ["a"]\n}\nBody.\n',
    "json-broken.md": b'{\n  "title": "JSON",\n  "tags": ["a",]\n}\nBody.\n',
    "json-not-an-object-end.md": b'{"title": "x"\nBody that never closes the object.\n',
    "liquid-first-line.md": b"{% include header.html %}\nNot a header.\n",
    "key-is-a-list.md": b"---\n? [a, b]\n: value\n---\nBody.\n",
}

HUGE_NAME = "huge-10mb.md"


def huge() -> bytes:
    """A 10 MB page: ordinary front matter and a very long body."""
    head = b"---\ntitle: A very long page\nstatus: draft\n---\n"
    para = b"This paragraph is repeated to make a page far larger than any real one.\n\n"
    return head + para * (10 * 1024 * 1024 // len(para) + 1)


def build(folder: Path, include_huge: bool = True) -> list[Path]:
    """Write the corpus into `folder`; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    files = dict(SMALL)
    if include_huge:
        files[HUGE_NAME] = huge()
    out = []
    for name, data in files.items():
        target = folder / name
        target.write_bytes(data)
        out.append(target)
    return out


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE, include_huge=len(sys.argv) > 1)
