"""Dump every inferred schema and validation problem, to check that a speed-up changes no result.

For the real fixture site, the bundled sample site, a synthetic 2,000-document site and the
hostile corpus (and the real and sample sites with slips planted in half their documents:
typos, dropped and repeated lines, broken dates, quotes, links and Liquid), writes to a folder: the schema in force (what `editor-app schema` prints), the
inferred schema, every problem of `validate_site` (path, line, field, severity, code, message;
the message holds the suggestion), every problem of `validate_document` on each file, and the
window banner's wording of each broken header. Each site is copied to a temporary folder and
its files are given fixed modification times, so "the oldest file keeps the value" is decided
the same way on every run.

    .venv/bin/python bench/check_same_results.py save /tmp/before     # once, before a change
    .venv/bin/python bench/check_same_results.py check /tmp/before    # after each change

`check` exits 1 and shows the first differing lines when any dump is not byte-identical.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from synth import SOURCE, build_site_total  # noqa: E402

from editor_app.core.document import Document  # noqa: E402
from editor_app.core.schema import infer_schema, load_schema, schema_to_yaml  # noqa: E402
from editor_app.core.site import Site  # noqa: E402
from editor_app.core.validate import validate_document, validate_site  # noqa: E402

SAMPLE = REPO / "resources" / "sample-site"
HOSTILE = REPO / "tests" / "data" / "hostile"
SYNTH_DOCUMENTS = 2_000
# 2024-01-01 00:00 UTC, then one second per file in path order.
BASE_MTIME = 1_704_067_200


def _fix_mtimes(root: Path) -> None:
    """Give every file a distinct, fixed modification time (path order)."""
    files = sorted(p for p in root.rglob("*") if p.is_file())
    for i, p in enumerate(files):
        os.utime(p, (BASE_MTIME + i, BASE_MTIME + i))


_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*):[ \t]*(.*)$")
_SLIPS = (
    "swap",
    "drop",
    "repeat",
    "bad-date",
    "number",
    "boolean",
    "list",
    "tab",
    "quote",
    "key-typo",
    "colon",
    "empty",
    "link",
    "liquid",
    "url",
)


def _mutate(text: str, rng: random.Random) -> str:
    """One author's slip in a document: a typo, a dropped or repeated line, a broken value."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---" or "---" not in (x.strip() for x in lines[1:]):
        return text
    end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    keyed = [i for i in range(1, end) if _KEY_VALUE.match(lines[i])]
    if not keyed:
        return text
    i = rng.choice(keyed)
    m = _KEY_VALUE.match(lines[i])
    assert m is not None
    key, value = m.group(1), m.group(2)
    slip = rng.choice(_SLIPS)
    if slip == "swap" and len(value) > 3:
        j = rng.randrange(len(value) - 1)
        lines[i] = f"{key}: {value[:j]}{value[j + 1]}{value[j]}{value[j + 2 :]}"
    elif slip == "drop":
        del lines[i]
    elif slip == "repeat":
        lines.insert(end, lines[i])
    elif slip == "bad-date":
        lines[i] = f"{key}: 2023-02-30"
    elif slip == "number":
        lines[i] = f"{key}: {rng.randint(1, 99)}"
    elif slip == "boolean":
        lines[i] = f"{key}: {rng.choice(('true', 'false', 'yes'))}"
    elif slip == "list":
        lines[i] = f"{key}: [{value or 'a'}, other thing]"
    elif slip == "tab":
        lines.insert(i + 1, "\t- tabbed item")
    elif slip == "quote":
        lines[i] = f'{key}: "{value}'
    elif slip == "key-typo" and len(key) > 3:
        lines[i] = f"{key[:-1]}{key[-1] * 2}: {value}"
    elif slip == "colon":
        lines[i] = f"{key}: {value} part: two"
    elif slip == "empty":
        lines[i] = f"{key}:"
    elif slip == "link":
        lines.append("See [this](/resources/no-such-page-at-all) and [that](/people/jeni-tenison).")
    elif slip == "liquid":
        lines.append(rng.choice(("{% if page.x %} never closed", "{{ site.title", "{% endfor %}")))
    elif slip == "url":
        lines[i] = f"{key}: {rng.choice(('htps://example.org', 'www.example.org', 'http//x.org'))}"
    return "\n".join(lines)


def _mutated_site(root: Path, seed: int = 11) -> None:
    """Plant one or two slips in about half the documents of the site at `root`."""
    rng = random.Random(seed)
    for p in sorted(root.rglob("*.md")):
        if rng.random() < 0.5:
            continue
        text = p.read_text(encoding="utf-8", errors="surrogateescape")
        for _ in range(rng.randint(1, 2)):
            text = _mutate(text, rng)
        p.write_text(text, encoding="utf-8", errors="surrogateescape")


def _problem_lines(problems: list) -> str:
    return "".join(
        json.dumps(p.to_json(), ensure_ascii=False, sort_keys=True) + "\n" for p in problems
    )


def _schema_text(site: Site) -> str:
    """What `editor-app schema` prints (or the error it reports)."""
    schema = load_schema(site)
    if schema.error is not None:
        return f"error: line {schema.error.line}: {schema.error.message}\n"
    return schema_to_yaml(schema)


def dump_site(root: Path, name: str, out: Path, documents: bool = True) -> None:
    """Write the dumps of the site at `root` to `out`, each file named after `name`."""
    site = Site.open(root)
    (out / f"{name}.schema.yml").write_text(_schema_text(site), encoding="utf-8")
    inferred = infer_schema(Site.open(root))
    (out / f"{name}.inferred.yml").write_text(schema_to_yaml(inferred), encoding="utf-8")
    site = Site.open(root)
    (out / f"{name}.problems.jsonl").write_text(_problem_lines(validate_site(site)), "utf-8")
    if load_schema(site).source == "declared":
        # The same site judged by the inferred schema: the rules take other paths then.
        site = Site.open(root)
        problems = validate_site(site, infer_schema(site))
        (out / f"{name}.problems-inferred.jsonl").write_text(_problem_lines(problems), "utf-8")
    if not documents:
        return
    site = Site.open(root)
    lines = []
    for entry in site.entries():
        rel = entry.path.relative_to(root).as_posix()
        doc = Document.load(entry.path)
        lines.append(f"## {rel}\n")
        if doc.error is not None:
            lines.append(f"banner: line {doc.error.line}: {doc.error.message}\n")
        lines.append(_problem_lines(validate_document(doc, site)))
    (out / f"{name}.documents.txt").write_text("".join(lines), encoding="utf-8")


def dump_all(out: Path) -> None:
    """Every dump, into the folder `out`."""
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="editor-app-same-"))
    try:
        for name, source in (("real", SOURCE), ("sample", SAMPLE)):
            root = tmp / name
            shutil.copytree(source, root)
            _fix_mtimes(root)
            dump_site(root, name, out)
        root = tmp / "mutated"
        shutil.copytree(SOURCE, root)
        _mutated_site(root)
        _fix_mtimes(root)
        dump_site(root, "mutated", out)
        root = tmp / "mutated-sample"
        shutil.copytree(SAMPLE, root)
        _mutated_site(root)
        _fix_mtimes(root)
        dump_site(root, "mutated-sample", out)
        root = tmp / "synth"
        build_site_total(root, SYNTH_DOCUMENTS)
        _fix_mtimes(root)
        dump_site(root, "synth", out)
        root = tmp / "hostile"
        root.mkdir()
        for p in sorted(HOSTILE.glob("*.md")):
            shutil.copy2(p, root / p.name)
        _fix_mtimes(root)
        dump_site(root, "hostile", out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def compare(before: Path, after: Path) -> bool:
    """True when every dump in `before` is byte-identical in `after`; differences printed."""
    same = True
    names = sorted({p.name for p in before.iterdir()} | {p.name for p in after.iterdir()})
    for name in names:
        a, b = before / name, after / name
        if not a.exists() or not b.exists():
            print(f"{name}: only in {'after' if not a.exists() else 'before'}")
            same = False
            continue
        if a.read_bytes() == b.read_bytes():
            print(f"{name}: identical")
            continue
        same = False
        print(f"{name}: DIFFERENT")
        diff = difflib.unified_diff(
            a.read_text("utf-8").splitlines(),
            b.read_text("utf-8").splitlines(),
            "before",
            "after",
            lineterm="",
            n=1,
        )
        for i, line in enumerate(diff):
            if i >= 40:
                print("  ...")
                break
            print("  " + line)
    return same


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("save", "check"))
    parser.add_argument("folder", type=Path, help="where the reference dumps are (or go)")
    args = parser.parse_args()
    if args.action == "save":
        dump_all(args.folder)
        print(f"dumps written to {args.folder}")
        return 0
    after = Path(tempfile.mkdtemp(prefix="editor-app-same-after-"))
    try:
        dump_all(after)
        ok = compare(args.folder, after)
    finally:
        shutil.rmtree(after, ignore_errors=True)
    print("all identical" if ok else "RESULTS CHANGED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
