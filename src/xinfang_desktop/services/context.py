"""Who is acting. Sign-in and roles arrive later; every service already takes the actor."""

from __future__ import annotations

import getpass
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    name: str

    @classmethod
    def from_os_user(cls) -> Actor:
        try:
            return cls(getpass.getuser()[:50])
        except (OSError, KeyError):
            return cls("本机用户")
