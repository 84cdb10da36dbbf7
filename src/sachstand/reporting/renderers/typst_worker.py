"""Compiles one Typst document in a process of its own (see ``pdf.py`` for why).

Reads a JSON job from standard input, writes the PDF to standard output. Imports no Django, so
it starts in a few milliseconds.
"""

import json
import sys
from datetime import datetime

import typst


def main() -> None:
    job = json.loads(sys.stdin.buffer.read())
    pdf = typst.compile(
        job["template"].encode("utf-8"),
        format="pdf",
        font_paths=[job["font_dir"]],
        ignore_system_fonts=True,
        sys_inputs={"report": job["report"]},
        pdf_standards=job["pdf_standards"],
        timestamp=datetime.fromisoformat(job["timestamp"]),
    )
    sys.stdout.buffer.write(pdf)


if __name__ == "__main__":
    main()
