"""The policy refuses inline styles and scripts, so our templates and the HTML our Python builds
contain none: no style attribute, no <style>, no inline <script>, no on… handler. (The browser
test finds what the libraries' templates do; this one names the file and line at once.)"""

from __future__ import annotations

import re
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2] / "src" / "sachstand"
# The report as HTML is a self-contained document; its <style> is allowed by hash (core/csp.py),
# which is also the one module that names the element (to hash it).
HASHED = {"reporting/templates/reporting/report.html", "core/csp.py"}
INLINE = re.compile(
    r"<[a-zA-Z][^>]*\s(style|on[a-z]+)\s*=|<style\b|<script\b(?![^>]*\bsrc=)(?![^>]*json)",
    re.IGNORECASE,
)


def test_no_template_or_module_writes_inline_styles_or_scripts():
    found = []
    for path in sorted([*SOURCE.rglob("*.html"), *SOURCE.rglob("*.py")]):
        name = path.relative_to(SOURCE).as_posix()
        if name in HASHED or "/static/" in name:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if INLINE.search(line) and not line.lstrip().startswith("#"):
                found.append(f"{name}:{number}: {line.strip()}")
    assert found == []


def test_the_pattern_finds_what_it_should():
    for html in ('<td style="x">', "<style>", "<script>alert(1)</script>", '<a onclick="x">'):
        assert INLINE.search(html), html
    for html in ('<script src="/static/a.js">', '<td class="nowrap">', "style='Title'",
                 '<script type="application/json" id="data">'):  # fmt: skip
        assert not INLINE.search(html), html
