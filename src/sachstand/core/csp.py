"""The Content-Security-Policy of every response (docs/security.md).

django-csp writes the policy of ``settings.CONTENT_SECURITY_POLICY``: our own scripts, styles and
fonts, images also as data: URIs (KERN's icons), no plugins, no framing, forms only to us.

Two kinds of response need more, and get exactly that, by hash, never 'unsafe-inline':

- The status report as HTML is a self-contained document with its CSS in a ``<style>`` element,
  so that it still reads well when saved and passed on. Its responses allow that element. The
  hash is taken of the document as served, because a released report is frozen: its style is
  the one of the day it was released, not today's template.
- The history pages of the back office (django-simple-history's template) carry one style
  attribute, ``border-top: 0``; they allow that declaration ('unsafe-hashes' with its hash) and
  no other.
"""

from __future__ import annotations

import base64
import hashlib
import re

from csp.middleware import CSPMiddleware, PolicyParts
from django.http import HttpRequest, HttpResponseBase

# The views that answer with the report as an HTML document (public and in the back office).
HTML_REPORT_VIEWS = frozenset(
    {
        "portal:report_file",
        "admin:reporting_reportingperiod_report",
        "admin:reporting_releasedreport_file",
    }
)
# The style attributes of django-simple-history's object_history_list.html.
HISTORY_STYLE_ATTRIBUTES = ("border-top: 0",)
_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.IGNORECASE | re.DOTALL)


def source_hash(text: str) -> str:
    """The CSP source expression ``'sha256-…'`` that allows exactly ``text``."""
    digest = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
    return f"'sha256-{digest}'"


def style_hashes(html: str) -> list[str]:
    """The CSP source expressions of the ``<style>`` elements of ``html``."""
    return sorted({source_hash(css) for css in _STYLE.findall(html)})


def _view_name(request: HttpRequest) -> str:
    match = getattr(request, "resolver_match", None)
    return match.view_name if match is not None else ""


def _is_html(response: HttpResponseBase) -> bool:
    return response.get("Content-Type", "").startswith("text/html") and not response.streaming


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, plus the two exceptions of the module's docstring."""

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or not _is_html(response):
            return parts
        view = _view_name(request)
        extra: dict[str, list[str]] = {}
        if view in HTML_REPORT_VIEWS:
            hashes = style_hashes(response.content.decode(response.charset or "utf-8"))
            if hashes:
                extra["style-src"] = ["'self'", *hashes]
        elif view.startswith("admin:") and view.endswith("_history"):
            hashes = [source_hash(style) for style in HISTORY_STYLE_ATTRIBUTES]
            extra["style-src-attr"] = ["'unsafe-hashes'", *hashes]
        if extra:
            parts.update = {**(parts.update or {}), **extra}
        return parts
