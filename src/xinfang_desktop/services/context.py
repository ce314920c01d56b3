"""Who is acting, and the one place services ask whether the role allows it."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from ..domain.auth import Permission, PermissionDeniedError, Role, role_allows


@dataclass(frozen=True)
class Actor:
    """The signed-in user (or, on the command line, the machine's own administrator)."""

    name: str
    role: Role
    user_id: int | None = None
    # The person of the unit the account belongs to: a leader sees that person's cases.
    person_id: int | None = None

    def can(self, permission: Permission) -> bool:
        return role_allows(self.role, permission)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDeniedError(self.role, permission)

    @classmethod
    def from_os_user(cls) -> Actor:
        """The command line runs on the machine that holds the data (or with the server's
        password), so it acts as the administrator, under the operating system's user name."""
        try:
            name = getpass.getuser()[:50]
        except (OSError, KeyError):
            name = "本机用户"
        return cls(name, Role.ADMIN)
