"""Filling in a back-office form as a browser would: every field with the value the page shows."""

from __future__ import annotations

import lxml.html


def form_values(page: bytes | str, form_id: str | None = None) -> dict[str, list[str]]:
    """The values a browser would submit from the page's form (``form_id``, or the one with the
    most fields: the admin's pages also hold the small logout form)."""
    document = lxml.html.fromstring(page)
    forms = [f for f in document.forms if form_id is None or f.get("id") == form_id]
    form = max(forms, key=lambda f: len(f.inputs))
    textareas = {t.name for t in form.inputs if t.tag == "textarea"}
    values: dict[str, list[str]] = {}
    for name, value in form.form_values():
        if name in textareas and value.startswith("\n"):
            value = value[1:]  # the newline right after <textarea> is not content (HTML)
        values.setdefault(name, []).append(value)
    return values


def submit(client, url: str, page: bytes, **changes):
    """POST the form of ``page`` to ``url`` with ``changes`` applied (field name → value)."""
    data = form_values(page)
    for name, value in changes.items():
        data[name] = value if isinstance(value, list) else [value]
    return client.post(url, data)
