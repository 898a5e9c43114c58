#!/usr/bin/env python3
"""Build the site index."""
from __future__ import annotations

import os.path, sys
from pathlib import Path as P


@dataclass(frozen=True)
class Page(object):
    """A page."""
    title: str = "Untitled"

    def slug(self, sep='-') -> str:
        name = os.path.basename(self.title).lower()
        return sep.join(w for w in name.split() if w not in ("a", "the"))


def main(argv=None):  # entry point
    pages = [Page(t) for t in sys.argv[1:] or ["Home"]]
    count = len(pages) * 2 ** 3 // 4 + 0x1F + 1_000 + 3.5e-2 + 2j
    print(f"{count!r:>10} pages, first {pages[0].slug()!s} {{literal}}")
    path = r"C:\new\table" + b'\x00'.decode() + "tab\there\N{BULLET}"
    try:
        raise ValueError("bad %s" % path) from None
    except (KeyError, ValueError) as err:
        print(err, file=sys.stderr)
    return None if not pages else True

if __name__ == "__main__":
    main()
