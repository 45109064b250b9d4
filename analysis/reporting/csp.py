"""The Content-Security-Policy every page the build writes carries: nothing loads from the
network and no script runs, even if some markup slipped through the escaping (a backstop;
the defence is escaping article text)."""
from __future__ import annotations

import re

POLICY = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; "
          "base-uri 'none'; form-action 'none'")
META = f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">'


def with_csp(page: str) -> str:
    """``page`` with the policy's meta tag first in its head."""
    if META in page:
        return page
    m = re.search(r"<head\b[^>]*>", page, re.I)
    if m:
        return page[:m.end()] + "\n" + META + page[m.end():]
    return META + "\n" + page
