"""Validation errors that name the field and say in Chinese what is wrong.

Messages are Chinese source text with ``{placeholders}``; the UI passes the template through
Qt's translation (context ``"validation"``) before formatting, the CLI prints ``message``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

TRANSLATION_CONTEXT = "validation"


@dataclass(frozen=True)
class FieldError:
    field: str
    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class ValidationError(Exception):
    """Raised with every problem of one form at once, so the user sees them all together."""

    def __init__(self, errors: Iterable[FieldError]):
        self.errors: list[FieldError] = list(errors)
        super().__init__("；".join(f"{e.field}: {e.message}" for e in self.errors))

    def by_field(self) -> dict[str, FieldError]:
        """The first error of each field (the one shown next to it)."""
        found: dict[str, FieldError] = {}
        for error in self.errors:
            found.setdefault(error.field, error)
        return found

    def __str__(self) -> str:
        return "；".join(e.message for e in self.errors)
