"""Time the site index and schema inference on a synthetic 10,000-document site.

Builds the site in a temporary folder from the real fixture site (its `_resources` copied with
variations), then prints: the raw floor (read every file and parse its front matter with
yaml.CSafeLoader), the index time, its ratio to the floor, and the inference time.

    .venv/bin/python bench/site_index.py [--documents 10000] [--keep]
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO.parent / "shared" / "sites" / "connectedbydata"
sys.path.insert(0, str(REPO))

from editor_app.core.schema import infer_schema  # noqa: E402
from editor_app.core.site import Site  # noqa: E402


def _vary_title(m: re.Match[bytes], i: int) -> bytes:
    value = m.group(1)
    tag = b" (copy %d)" % i
    if len(value) > 1 and value[:1] in (b'"', b"'") and value[-1:] == value[:1]:
        return b"title: " + value[:-1] + tag + value[-1:]
    return b"title: " + value + tag


def build(dest: Path, count: int) -> None:
    """Copy the fixture site without its resources, then write `count` varied resources."""
    shutil.copytree(SOURCE, dest, ignore=shutil.ignore_patterns("_resources"))
    (dest / "_resources").mkdir()
    originals = sorted((SOURCE / "_resources").glob("*.md"))
    texts = [p.read_bytes() for p in originals]
    rng = random.Random(7)
    for i in range(count):
        data = texts[i % len(texts)]
        # Vary the title, the reference and the date so no two documents are the same.
        data = re.sub(
            rb"(?m)^title: ([^\r\n]*?)[ \t]*(?=\r?$)",
            lambda m, i=i: _vary_title(m, i),
            data,
            count=1,
        )
        data = re.sub(
            rb"(?m)^reference: ([^\r\n]*?)[ \t]*(?=\r?$)", rb"reference: \1-%d" % i, data, count=1
        )
        year = rng.choice((2016, 2020, 2024))  # leap years, so 29 February stays valid
        data = re.sub(
            rb"(?m)^date: \d{4}", b"date: %d" % year, data, count=1
        )  # keeps month and day valid
        name = f"{originals[i % len(originals)].stem}-{i:05d}.md"
        (dest / "_resources" / name).write_bytes(data)


def raw_floor(root: Path) -> float:
    """Read every Markdown file and CSafeLoad its front matter: the floor to compare with."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    start = time.perf_counter()
    for path in root.rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        if text.startswith("---"):
            end = text.find("\n---", 3)
            if end > 0:
                try:
                    yaml.load(text[3:end], Loader=loader)  # noqa: S506 - a safe loader
                except yaml.YAMLError:
                    pass  # the index records these too
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--keep", action="store_true", help="keep the synthetic site")
    args = parser.parse_args()
    if not SOURCE.is_dir():
        print(f"fixture site not found at {SOURCE}", file=sys.stderr)
        return 2
    tmp = Path(tempfile.mkdtemp(prefix="editor-app-bench-"))
    try:
        root = tmp / "site"
        build(root, args.documents)
        raw_floor(root)  # warm the file cache so both timings read from memory
        floors, opens, indexes, infers = [], [], [], []
        for _ in range(3):
            floors.append(raw_floor(root))
            start = time.perf_counter()
            site = Site.open(root)
            opens.append(time.perf_counter() - start)
            start = time.perf_counter()
            entries = site.entries()
            indexes.append(time.perf_counter() - start)
            start = time.perf_counter()
            schema = infer_schema(site)
            infers.append(time.perf_counter() - start)
        floor, index, infer = min(floors), min(indexes), min(infers)
        print(f"documents:            {len(entries)}")
        print(f"raw read+CSafeLoader: {floor:.3f} s")
        print(f"open (collections):   {min(opens):.3f} s")
        print(f"index:                {index:.3f} s  ({index / floor:.2f}x the floor)")
        print(f"inference:            {infer:.3f} s")
        print(f"index + inference:    {index + infer:.3f} s")
        fields = [f.name for f in schema.collections["resources"].fields]
        print(f"resources fields:     {', '.join(fields)}")
        if args.keep:
            print(f"site kept at {root}")
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
