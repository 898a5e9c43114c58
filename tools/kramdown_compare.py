"""Compare our preview renderer with kramdown (the site's renderer) on every page of a folder.

Usage: .venv/bin/python tools/kramdown_compare.py FOLDER [--engine ours|plain] [--show N]
           [--strict] [--ignore-code-spans]
       .venv/bin/python tools/kramdown_compare.py tests/core/render_cases --pin
       .venv/bin/python tools/kramdown_compare.py tests/core/rouge_cases --pin-code

Renders the body of every `.md` file under FOLDER with our renderer and with the reference
kramdown (Ruby, `tools/kramdown_ref.rb`, Jekyll's options), neutralising Liquid the same way
on both sides, normalises whitespace, ignores `id` attributes and prints the match rate and
the files that differ. Needs Debian's `ruby-kramdown`, `ruby-kramdown-parser-gfm` and
`ruby-rouge`.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from editor_app.core.render import Renderer, neutralise_liquid  # noqa: E402

REF_SCRIPT = Path(__file__).resolve().parent / "kramdown_ref.rb"
ROUGE_SCRIPT = Path(__file__).resolve().parent / "rouge_ref.rb"
_FRONT_MATTER = re.compile(
    r"\A(?:\ufeff)?---[ \t]*\r?\n(?:.*?\r?\n)??(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S
)
_ID_ATTR = re.compile(r'\s+id="[^"]*"')
_SPACE = re.compile(r"\s+")
_BETWEEN_TAGS = re.compile(r">\s+<")
# Rouge's token spans inside highlighted code: `--ignore-code-spans` drops them (keeping the
# text, the wrapper and its classes), for lexers that split text unlike Rouge's.
_CODE_SPAN = re.compile(r'<span class="[^"]*">|</span>')
_HIGHLIGHTED = re.compile(
    r'(<pre class="highlight"><code>.*?</code>|<code class="[^"]*highlighter-rouge">.*?</code>)',
    re.S,
)


def without_code_spans(html: str) -> str:
    """HTML with Rouge's token spans removed from highlighted code (text kept)."""
    return _HIGHLIGHTED.sub(lambda m: _CODE_SPAN.sub("", m[0]), html)


def body_of(text: str) -> str:
    """The Markdown body of a page, as Jekyll splits it from its front matter."""
    text = text.replace("\r\n", "\n")
    match = _FRONT_MATTER.match(text)
    return text[match.end() :] if match else text.lstrip("\ufeff")


def normalise(html: str, strict: bool = False, ignore_code_spans: bool = False) -> str:
    """Whitespace collapsed, `id` attributes dropped: the comparison the issue defines.

    By default whitespace between two tags is dropped too; `strict` keeps it (as one space).
    `ignore_code_spans` drops the token spans inside highlighted code.
    """
    if ignore_code_spans:
        html = without_code_spans(html)
    html = _ID_ATTR.sub("", html)
    html = _SPACE.sub(" ", html).strip()
    return html if strict else _BETWEEN_TAGS.sub("><", html)


def kramdown_many(texts: list[str]) -> list[str]:
    """kramdown's HTML for each text (one Ruby process for all)."""
    proc = subprocess.run(
        ["ruby", str(REF_SCRIPT)],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout)


def rouge_many(items: list[tuple[str, str]]) -> list[str | None]:
    """Rouge's token spans for each (language, code), None where Rouge knows no such language."""
    proc = subprocess.run(
        ["ruby", str(ROUGE_SCRIPT)],
        input=json.dumps(items),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout)


def pin_code(folder: Path) -> int:
    """Write Rouge's spans for every FOLDER/NAME.LANG code file to FOLDER/NAME.LANG.html
    (NAME without a dot)."""
    paths = sorted(p for p in folder.iterdir() if p.is_file() and len(p.suffixes) == 1)
    items = [(p.suffix[1:], p.read_text("utf-8")) for p in paths]
    for path, spans in zip(paths, rouge_many(items), strict=True):
        if spans is None:
            print(f"Rouge knows no language {path.suffix[1:]!r}: {path.name} not pinned")
            continue
        Path(f"{path}.html").write_text(spans, "utf-8")
    print(f"pinned {len(paths)} code files in {folder}")
    return 0


def plain_markdown(text: str) -> str:
    """Python-Markdown as most tools use it, for the baseline figure."""
    import markdown

    return markdown.markdown(text, extensions=["extra", "toc", "sane_lists", "smarty"])


def compare(
    folder: Path,
    engine: Callable[[str], str],
    strict: bool = False,
    ignore_code_spans: bool = False,
) -> tuple[list[Path], list[tuple[Path, str, str]]]:
    """Every page under FOLDER: (all paths, [(path, ours, kramdown's) that differ])."""
    paths = sorted(
        p
        for p in folder.rglob("*.md")
        if not any(s.startswith(".") for s in p.relative_to(folder).parts)
    )
    bodies = []
    for path in paths:
        body = body_of(path.read_bytes().decode("utf-8", errors="replace"))
        bodies.append(neutralise_liquid(body))
    references = kramdown_many([b for b, _ in bodies])
    differing = []
    for path, (text, restore), ref in zip(paths, bodies, references, strict=True):
        ours = engine(text)
        ref = restore(ref)
        ours = restore(ours)
        if normalise(ours, strict, ignore_code_spans) != normalise(ref, strict, ignore_code_spans):
            differing.append((path, ours, ref))
    return paths, differing


def pin(folder: Path) -> int:
    """Write kramdown's HTML for every FOLDER/*.md to FOLDER/*.html (Liquid neutralised)."""
    paths = sorted(folder.glob("*.md"))
    pairs = [neutralise_liquid(p.read_text("utf-8")) for p in paths]
    for path, (_, restore), ref in zip(
        paths, pairs, kramdown_many([t for t, _ in pairs]), strict=True
    ):
        path.with_suffix(".html").write_text(restore(ref), "utf-8")
    print(f"pinned {len(paths)} cases in {folder}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--engine", choices=("ours", "plain"), default="ours")
    parser.add_argument("--show", type=int, default=0, help="print diffs of the first N files")
    parser.add_argument(
        "--strict", action="store_true", help="keep whitespace between tags (as one space)"
    )
    parser.add_argument(
        "--ignore-code-spans",
        action="store_true",
        help="ignore Rouge's token spans inside highlighted code (text and wrapper still count)",
    )
    parser.add_argument(
        "--pin",
        action="store_true",
        help="write kramdown's HTML next to each .md as .html (the tests' pinned cases)",
    )
    parser.add_argument(
        "--pin-code",
        action="store_true",
        help="write Rouge's token spans for each code file NAME.LANG as NAME.LANG.html",
    )
    args = parser.parse_args(argv)
    if args.pin_code:
        return pin_code(args.folder)
    if args.pin:
        return pin(args.folder)
    engine = Renderer().render_markdown if args.engine == "ours" else plain_markdown
    paths, differing = compare(args.folder, engine, args.strict, args.ignore_code_spans)
    same = len(paths) - len(differing)
    rate = 100.0 * same / len(paths) if paths else 100.0
    print(f"{same} of {len(paths)} documents identical to kramdown ({rate:.1f}%)")
    for path, _, _ in differing:
        print(f"  differs: {path.relative_to(args.folder)}")
    for path, ours, ref in differing[: args.show]:
        print(f"\n=== {path.relative_to(args.folder)}")
        a = normalise(ref, False, args.ignore_code_spans).replace("><", ">\n<").splitlines()
        b = normalise(ours, False, args.ignore_code_spans).replace("><", ">\n<").splitlines()
        for line in difflib.unified_diff(a, b, "kramdown", "ours", n=1, lineterm=""):
            print(line)
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:  # e.g. piped into `head`
        raise SystemExit(0) from None
