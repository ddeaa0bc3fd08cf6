"""Which task rows need a person's look, and why: the one place that decides it.

The ``needs_review`` / ``review_reasons`` columns are being added to tasks; until a table has them, a row
needs review when its ``warnings`` list is not empty, and the warnings are the reasons.  Switching over is
a change to :func:`review_reasons` only.
"""
from __future__ import annotations

from typing import Mapping


def review_reasons(row: Mapping) -> list[str]:
    """The reasons a task row needs review; empty when it does not.

    >>> review_reasons({"warnings": ["lead: unknown agency 'Sở X'"]})
    ["lead: unknown agency 'Sở X'"]
    >>> review_reasons({"needs_review": False, "review_reasons": [], "warnings": ["x"]})
    []
    >>> review_reasons({"needs_review": True, "review_reasons": ["unknown_agency"], "warnings": ["x"]})
    ['unknown_agency']
    """
    if "needs_review" in row:
        if not row["needs_review"]:
            return []
        return [str(r) for r in (row.get("review_reasons") or ())] or ["needs review"]
    return [str(w) for w in (row.get("warnings") or ())]
