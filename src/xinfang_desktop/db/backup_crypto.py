"""Encrypted backup files for USB sticks and other folders outside the data folder.

AES-256-GCM in 1 MiB chunks (a backup with years of attachments never sits in memory whole);
the key comes from the administrator's backup password through argon2id. Each chunk's nonce
and associated data carry its number and whether it is the last, so a reordered, cut short or
lengthened file fails to decrypt instead of restoring part of the data.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from .errors import BackupPasswordError, DamagedDatabaseError

MAGIC = b"XINFANG-BACKUP-AESGCM-1\n"
_CHUNK = 1 << 20
# As for sign-in passwords: 64 MiB and 3 passes make guessing a stolen stick's password slow.
_ARGON2 = {"time_cost": 3, "memory_cost": 65536, "parallelism": 1}


@dataclass(frozen=True)
class BackupKey:
    """What the program stores to encrypt without asking: the derived key, never the password."""

    salt: bytes
    key: bytes
    time_cost: int = _ARGON2["time_cost"]
    memory_cost: int = _ARGON2["memory_cost"]
    parallelism: int = _ARGON2["parallelism"]

    def to_json(self) -> dict:
        return {
            "kdf": "argon2id",
            "salt": self.salt.hex(),
            "key": self.key.hex(),
            "time_cost": self.time_cost,
            "memory_cost": self.memory_cost,
            "parallelism": self.parallelism,
        }

    @classmethod
    def from_json(cls, data: dict) -> BackupKey:
        return cls(
            bytes.fromhex(data["salt"]),
            bytes.fromhex(data["key"]),
            int(data["time_cost"]),
            int(data["memory_cost"]),
            int(data["parallelism"]),
        )

    def header(self) -> dict:
        data = self.to_json()
        del data["key"]
        return data


def _derive(password: str, salt: bytes, time_cost: int, memory_cost: int, parallelism: int):
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=time_cost,
        memory_cost=memory_cost,
        parallelism=parallelism,
        hash_len=32,
        type=Type.ID,
    )


def new_backup_key(password: str) -> BackupKey:
    salt = secrets.token_bytes(16)
    return BackupKey(salt, _derive(password, salt, **_ARGON2))


def is_encrypted(path: Path) -> bool:
    try:
        with Path(path).open("rb") as stream:
            return stream.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _private_opener(path, flags):
    return os.open(path, flags, 0o600)


def _opens_with(cipher, nonce: bytes, sealed: bytes, aad: bytes) -> bool:
    from cryptography.exceptions import InvalidTag

    try:
        cipher.decrypt(nonce, sealed, aad)
    except InvalidTag:
        return False
    return True


def _aad(index: int, last: bool) -> bytes:
    return f"{index}:{int(last)}".encode()


def encrypt_file(plain: Path, target: Path, key: BackupKey) -> None:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    cipher = AESGCM(key.key)
    prefix = secrets.token_bytes(8)
    header = json.dumps({**key.header(), "nonce_prefix": prefix.hex()}).encode()
    size = Path(plain).stat().st_size
    with Path(plain).open("rb") as source, open(target, "wb", opener=_private_opener) as out:
        out.write(MAGIC + len(header).to_bytes(4, "big") + header)
        index, done = 0, 0
        while True:
            chunk = source.read(_CHUNK)
            done += len(chunk)
            last = done >= size
            sealed = cipher.encrypt(prefix + index.to_bytes(4, "big"), chunk, _aad(index, last))
            out.write(len(sealed).to_bytes(4, "big") + sealed)
            index += 1
            if last:
                break
        out.flush()
        os.fsync(out.fileno())


def decrypt_file(encrypted: Path, target: Path, password: str) -> None:
    """Decrypt to ``target`` (0600); on any failure nothing of it is left behind."""
    try:
        _decrypt(encrypted, target, password)
    except BaseException:
        Path(target).unlink(missing_ok=True)
        raise


def _decrypt(encrypted: Path, target: Path, password: str) -> None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    damaged = DamagedDatabaseError("encrypted backup damaged", "加密备份文件已损坏或不完整。")
    with Path(encrypted).open("rb") as source:
        if source.read(len(MAGIC)) != MAGIC:
            raise damaged
        try:
            header = json.loads(source.read(int.from_bytes(source.read(4), "big")))
            prefix = bytes.fromhex(header["nonce_prefix"])
            key = _derive(
                password,
                bytes.fromhex(header["salt"]),
                int(header["time_cost"]),
                int(header["memory_cost"]),
                int(header["parallelism"]),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise damaged from exc
        cipher = AESGCM(key)
        with open(target, "wb", opener=_private_opener) as out:
            index = 0
            while True:
                length = int.from_bytes(source.read(4), "big")
                sealed = source.read(length)
                if length == 0 or len(sealed) != length:
                    raise damaged
                nonce = prefix + index.to_bytes(4, "big")
                last = source.peek(1) == b"" if hasattr(source, "peek") else False
                try:
                    out.write(cipher.decrypt(nonce, sealed, _aad(index, last)))
                except InvalidTag as exc:
                    if index == 0 and not _opens_with(cipher, nonce, sealed, _aad(index, not last)):
                        # Either wrong password or a damaged first chunk; the password is likelier.
                        raise BackupPasswordError("wrong backup password") from exc
                    raise damaged from exc
                index += 1
                if last:
                    return
