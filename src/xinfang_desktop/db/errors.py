"""Typed storage errors: environment problems the user can act on, told in Chinese.

Storage never shows a message box; the UI and the CLI decide how to show ``user_message``.
Anything not recognised here is a bug and propagates as it is, to be logged.
"""

from __future__ import annotations


class StorageError(Exception):
    """A known problem with the database or its disk, not a bug in the program."""

    user_message = "数据库出现问题，刚才的操作没有保存。"

    def __init__(self, detail: str = "", user_message: str | None = None):
        super().__init__(detail or self.user_message)
        if user_message:
            self.user_message = user_message


class DatabaseBusyError(StorageError):
    user_message = "数据库正被另一台电脑或另一个窗口占用，请稍后再保存一次。填写的内容仍在。"


class DiskFullError(StorageError):
    user_message = "磁盘空间已满，没有保存。请清理磁盘后再保存一次，填写的内容仍在。"


class ReadOnlyDatabaseError(StorageError):
    user_message = "数据库文件是只读的（或所在文件夹不可写），没有保存。请检查文件权限。"


class DamagedDatabaseError(StorageError):
    user_message = "数据库文件已损坏。请从备份恢复（xinfang db restore 备份文件）。"


class NewerSchemaError(StorageError):
    user_message = "这个数据库由更新版本的信访台账创建，请先升级本程序再打开。"


class NetworkShareError(StorageError):
    user_message = (
        "数据库文件位于网络共享文件夹，SQLite 在网络盘上会损坏数据，已拒绝打开。"
        "多台电脑共用数据请改用 PostgreSQL 服务器（--db postgresql+psycopg://…）。"
    )


class UnreachableDatabaseError(StorageError):
    user_message = "无法连接数据库服务器，请检查网络和数据库地址。"


class ConflictError(StorageError):
    user_message = "这条记录刚被别人修改过，您的修改没有保存。请重新打开后再改。"


class NotFoundError(StorageError):
    user_message = "找不到这条记录，可能已被删除或数据库已更换。"


class BadDatabaseUrlError(StorageError):
    user_message = "数据库地址无法使用，请检查 --db 或 XINFANG_DB_URL。"


class DatabaseInUseError(StorageError):
    user_message = (
        "另一个程序（信访台账窗口或 xinfang 命令）正打开着这个数据库，没有恢复。"
        "请先关闭其他窗口和命令，再恢复一次。"
    )


class MissingDatabaseError(StorageError):
    """The data folder holds backups but no database: never silently start an empty one."""

    user_message = (
        "数据文件夹里没有数据库文件，但有备份。为免误用空数据库，已停止。"
        "请用 xinfang db restore 备份文件 恢复；确实要新建空数据库时用 xinfang db upgrade --new。"
    )

    def __init__(self, detail: str, newest_backup, user_message: str | None = None):
        super().__init__(detail, user_message)
        self.newest_backup = newest_backup


class BackupPasswordError(StorageError):
    """An encrypted backup needs its password (``needed``), or the one given was wrong."""

    user_message = "备份密码不对，没有恢复。"

    def __init__(self, detail: str = "", user_message: str | None = None, *, needed: bool = False):
        super().__init__(detail, user_message)
        self.needed = needed
