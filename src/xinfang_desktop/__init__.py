"""信访台账 desktop: a unit's letters-and-visits work in one program."""

__version__ = "0.1.0"
