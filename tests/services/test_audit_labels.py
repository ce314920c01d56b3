"""Every kind of record the services write to the audit log reads in Chinese there (issue 15:
the log showed the untranslated "meeting 1")."""

from __future__ import annotations

import re
from pathlib import Path

import xinfang_desktop.services as services
from xinfang_desktop.services.audit import ACTION_LABELS, TARGET_LABELS, AuditRecord


def _literals(keyword: str) -> set[str]:
    found: set[str] = set()
    for path in Path(services.__file__).parent.rglob("*.py"):
        found |= set(re.findall(rf'{keyword}="([a-z_]+)"', path.read_text(encoding="utf-8")))
    return found


def test_every_target_kind_has_a_chinese_label():
    missing = _literals("target_kind") - TARGET_LABELS.keys()
    assert not missing, missing
    entry = AuditRecord(1, None, "张老师", "信访员", "print", "meeting", "1", "")
    assert entry.target_label == "例会记录 1"


def test_every_action_has_a_chinese_label():
    actions = set()
    for path in Path(services.__file__).parent.rglob("*.py"):
        actions |= set(
            re.findall(r'append(?:_in_session)?\(\s*\w+,\s*\w+,\s*"([a-z_]+)"', path.read_text())
        )
    assert actions, "no audited action found: the pattern no longer matches the code"
    assert not actions - ACTION_LABELS.keys(), actions - ACTION_LABELS.keys()
