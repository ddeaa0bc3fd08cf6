"""What a parse returns and what the gazetteer holds: :class:`Mention`, :class:`AgencyParse`, :class:`Agency`
and the kinds of agency."""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field


KINDS = ("ministry", "ministerial_agency", "government_agency", "central_body", "judiciary",
         "mass_organisation", "state_media", "province", "provincial_body", "provincial_branch", "sub_unit",
         "university", "district_body", "commune_body", "enterprise", "collective", "by_reference")
SPECIFIC_KINDS = frozenset(KINDS) - {"collective", "by_reference"}


@dataclass(frozen=True)
class Mention:
    """One agency or collective group named in a cell."""

    mention: str            # text as written (NFC)
    start: int              # offsets into the NFC input
    end: int
    agency_id: str | None   # gazetteer id; None when unknown
    name: str               # canonical name (the name as written-canonical, old names kept)
    kind: str               # gazetteer kind, "unknown" when not found
    current_name: str       # after following successors to today
    method: str             # "alias", "pattern", "repaired", "fuzzy", "unknown", "by_reference"
    score: float            # 0..1
    parent: str | None = None   # canonical name of the body it belongs to (a sub-unit's ministry, a branch's province)

    @property
    def is_specific(self) -> bool:
        """A named agency (not a collective group, not unknown)."""
        return self.kind in SPECIFIC_KINDS


@dataclass(frozen=True)
class AgencyParse:
    """Result of :func:`parse_agencies`: mentions in order and the text that is not an agency."""

    mentions: tuple[Mention, ...]
    leftover: tuple[str, ...]
    leftover_spans: tuple[tuple[int, int], ...] = field(default=(), repr=False)

    @property
    def specific(self) -> tuple[Mention, ...]:
        """Mentions of specific agencies (collective groups and unknown text left out)."""
        return tuple(m for m in self.mentions if m.is_specific)

    @property
    def names(self) -> tuple[str, ...]:
        """Canonical names of the specific agencies, in order, without repeats."""
        return tuple(dict.fromkeys(m.name for m in self.specific))

    @property
    def unknown(self) -> tuple[Mention, ...]:
        """Mentions that look like agencies but are not in the gazetteer."""
        return tuple(m for m in self.mentions if m.kind == "unknown")


@dataclass(frozen=True)
class Agency:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    valid_from: datetime.date | None = None
    valid_to: datetime.date | None = None
    successor: str | None = None
    takes_province: bool = False
    note: str | None = None
    pattern_only: bool = False      # never matched by its name: only by a pattern or the issuer ("UBND xã X")

    def valid_at(self, day: datetime.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day < self.valid_to or (day == self.valid_to and self.successor is None))
