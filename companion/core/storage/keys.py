"""The keys of passphrase protection: the data key, and the key file that holds it wrapped.

A random data key (32 bytes) is the key the protected database is encrypted with. It is
never stored as it is. The key file holds it twice, wrapped: once by a key derived from
the passphrase, once by a key derived from the recovery key, each with scrypt (memory-hard:
128 MiB and about half a second here) and then AES-256-GCM. Either secret unwraps it;
changing the passphrase rewrites only this small file, never the database. A wrong
secret, or a file changed by anyone, fails GCM's check: nothing is unwrapped and nothing
is changed. The format is in docs/encryption.md.

The recovery key is 25 characters of Crockford's base 32 (no I, L, O or U), shown in five
groups of five: 125 random bits, easy to copy by hand, read back whatever the case,
spaces or dashes, and with O taken for 0 and I or L for 1.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from companion.core import files, paths
from companion.core.storage.errors import StorageError
from companion.core.validate import InvalidInputError

KEY_FILE = paths.KEY_FILE_NAME
FORMAT = "prep-companion-keys"
VERSION = 1
KINDS = ("passphrase", "recovery")
DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
MIN_PASSPHRASE = 8
MAX_PASSPHRASE = 1000
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32
RECOVERY_GROUPS = 5
RECOVERY_GROUP = 5
MAX_FILE_BYTES = 64 * 1024


@dataclass(frozen=True)
class Cost:
    """scrypt's cost: n (a power of two), r and p; memory is 128 * n * r bytes."""

    n: int = 2**17
    r: int = 8
    p: int = 1


COST = Cost()
MAX_COST = Cost(n=2**20, r=16, p=4)  # a file asking for more is refused, not tried


class WrongSecretError(Exception):
    """The passphrase or recovery key does not unlock this key file."""


class KeyFileError(StorageError):
    """The key file is missing a part, damaged, or not a key file; nothing was changed."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            "The file that holds the data's keys is damaged, so the data cannot be "
            "unlocked. Nothing was changed.",
            action="open",
            detail=detail,
        )


# --- the secrets ---------------------------------------------------------------------------


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def new_recovery_key() -> str:
    """A new recovery key, as it is shown: five groups of five, joined by dashes."""
    letters = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(25))
    return "-".join(letters[i : i + RECOVERY_GROUP] for i in range(0, len(letters), RECOVERY_GROUP))


def normalise_recovery_key(text: str) -> str:
    """The recovery key as typed, read the way it was meant: case, spaces and dashes do
    not matter, O is 0 and I or L is 1. InvalidInputError when it cannot be one."""
    plain = "".join(ch for ch in text.upper() if ch not in " -\t\n")
    plain = plain.translate(str.maketrans("OIL", "011"))
    if len(plain) != RECOVERY_GROUPS * RECOVERY_GROUP or any(
        ch not in RECOVERY_ALPHABET for ch in plain
    ):
        raise InvalidInputError(
            "recovery_key",
            "not-a-key",
            "A recovery key is 25 letters and digits, in five groups of five.",
        )
    return plain


def recovery_group(recovery_key: str, index: int) -> str:
    """Group `index` (0 to 4) of the recovery key: asked back to show it was kept."""
    plain = normalise_recovery_key(recovery_key)
    return plain[index * RECOVERY_GROUP : (index + 1) * RECOVERY_GROUP]


def check_passphrase(passphrase: str) -> str:
    """The passphrase as it will be used (NFC, so the same words typed on another keyboard
    give the same key), or InvalidInputError when it is too short or too long."""
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) < MIN_PASSPHRASE:
        raise InvalidInputError(
            "passphrase",
            "too-short",
            f"A passphrase needs at least {MIN_PASSPHRASE} characters. A few words you "
            "will remember are best.",
        )
    if len(text) > MAX_PASSPHRASE:
        raise InvalidInputError(
            "passphrase", "too-long", f"A passphrase can have at most {MAX_PASSPHRASE} characters."
        )
    return text


def _secret_bytes(kind: str, secret: str) -> bytes:
    if kind == "recovery":
        return normalise_recovery_key(secret).encode("ascii")
    return unicodedata.normalize("NFC", secret).encode("utf-8")


# --- wrapping ------------------------------------------------------------------------------


def to_base64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def from_base64(text: object, what: str, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise KeyFileError(f"{what} is not text")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as error:
        raise KeyFileError(f"{what} is not base64") from error
    if size is not None and len(data) != size:
        raise KeyFileError(f"{what} has {len(data)} bytes, not {size}")
    return data


def _associated(kind: str) -> bytes:
    """What each wrapping is bound to: a passphrase's box cannot pass for the recovery's."""
    return f"{FORMAT}/{VERSION}/{kind}".encode("ascii")


def _derive(secret: bytes, salt: bytes, cost: Cost) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=cost.n, r=cost.r, p=cost.p).derive(secret)


def wrap(data_key: bytes, kind: str, secret: str, cost: Cost = COST) -> dict[str, Any]:
    """The data key wrapped by `secret` (a passphrase, or a recovery key), as the key file
    writes it."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    key = _derive(_secret_bytes(kind, secret), salt, cost)
    sealed = AESGCM(key).encrypt(nonce, data_key, _associated(kind))
    return {
        "kdf": "scrypt",
        "n": cost.n,
        "r": cost.r,
        "p": cost.p,
        "salt": to_base64(salt),
        "cipher": "AES-256-GCM",
        "nonce": to_base64(nonce),
        "wrapped_key": to_base64(sealed),
    }


def _cost_of(entry: dict[str, Any], kind: str) -> Cost:
    values = [entry.get(name) for name in ("n", "r", "p")]
    if not all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in values):
        raise KeyFileError(f"the {kind} entry's scrypt cost is not whole numbers")
    cost = Cost(*values)  # type: ignore[arg-type]
    if cost.n & (cost.n - 1) or cost.n < 2:
        raise KeyFileError(f"the {kind} entry's n is not a power of two")
    if cost.n > MAX_COST.n or cost.r > MAX_COST.r or cost.p > MAX_COST.p:
        raise KeyFileError(f"the {kind} entry asks for more memory or time than allowed")
    return cost


def unwrap(document: dict[str, Any], kind: str, secret: str) -> bytes:
    """The data key, unwrapped by `secret` from the key file's `kind` entry.
    WrongSecretError when the secret does not fit (or the entry was changed)."""
    return unwrap_entry(check_document(document)[kind], kind, secret)


def unwrap_entry(entry: dict[str, Any], kind: str, secret: str) -> bytes:
    """The key wrapped in one entry (as `wrap` made it) by `secret`. KeyFileError when
    the entry is malformed, WrongSecretError when the secret does not fit."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not isinstance(entry, dict):
        raise KeyFileError(f"the {kind} entry is not an object")
    if entry.get("kdf") != "scrypt" or entry.get("cipher") != "AES-256-GCM":
        raise KeyFileError(f"the {kind} entry uses a method this version does not know")
    cost = _cost_of(entry, kind)
    salt = from_base64(entry.get("salt"), f"the {kind} salt", SALT_BYTES)
    nonce = from_base64(entry.get("nonce"), f"the {kind} nonce", NONCE_BYTES)
    sealed = from_base64(entry.get("wrapped_key"), f"the {kind} wrapped key", DATA_KEY_BYTES + 16)
    key = _derive(_secret_bytes(kind, secret), salt, cost)
    try:
        return AESGCM(key).decrypt(nonce, sealed, _associated(kind))
    except InvalidTag as error:
        raise WrongSecretError(kind) from error


# --- the key file --------------------------------------------------------------------------


def make_keys(
    passphrase: str, recovery_key: str, cost: Cost = COST
) -> tuple[bytes, dict[str, Any]]:
    """A new data key and the key file's document holding it, wrapped by both secrets."""
    data_key = new_data_key()
    document = {
        "format": FORMAT,
        "version": VERSION,
        "passphrase": wrap(data_key, "passphrase", check_passphrase(passphrase), cost),
        "recovery": wrap(data_key, "recovery", recovery_key, cost),
    }
    return data_key, document


def change_passphrase(
    document: dict[str, Any], data_key: bytes, new_passphrase: str, cost: Cost = COST
) -> dict[str, Any]:
    """The key file's document with the data key wrapped by a new passphrase; the
    recovery key's entry, and so the recovery key, stay as they were."""
    checked = check_document(document)
    return {
        **checked,
        "passphrase": wrap(data_key, "passphrase", check_passphrase(new_passphrase), cost),
    }


def unlock(document: dict[str, Any], secret: str) -> bytes:
    """The data key, from the passphrase or the recovery key (whichever `secret` is):
    a text that reads as a recovery key is tried as one first, then as a passphrase.
    WrongSecretError when neither fits."""
    try:
        normalise_recovery_key(secret)
    except InvalidInputError:
        return unwrap(document, "passphrase", secret)
    try:
        return unwrap(document, "recovery", secret)
    except WrongSecretError:
        return unwrap(document, "passphrase", secret)


def check_document(document: object) -> dict[str, Any]:
    """`document` if it is a key file of this version with both entries; else
    KeyFileError saying what is wrong."""
    if not isinstance(document, dict):
        raise KeyFileError("the file does not hold one object")
    if document.get("format") != FORMAT:
        raise KeyFileError("the file is not a key file")
    if document.get("version") != VERSION:
        raise KeyFileError(f"the key file's version is {document.get('version')!r}")
    for kind in KINDS:
        entry = document.get(kind)
        if not isinstance(entry, dict):
            raise KeyFileError(f"the {kind} entry is missing")
        if entry.get("kdf") != "scrypt" or entry.get("cipher") != "AES-256-GCM":
            raise KeyFileError(f"the {kind} entry uses a method this version does not know")
    return document


def key_file(folder: Path) -> Path:
    return folder / KEY_FILE


def read_key_file(folder: Path, name: str = KEY_FILE) -> dict[str, Any] | None:
    """The key file's document, None when the data is not protected (no key file), or
    KeyFileError when it cannot be read as one."""
    path = folder / name
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise KeyFileError(f"the key file cannot be read: {error.strerror}") from error
    if len(data) > MAX_FILE_BYTES:
        raise KeyFileError("the key file is far too large")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise KeyFileError("the key file is not JSON") from error
    return check_document(document)


def write_key_file(folder: Path, document: dict[str, Any], name: str = KEY_FILE) -> None:
    """Write the key file whole, owner-only (0600), replacing any before it (under
    another `name` while protection is being turned on)."""
    text = json.dumps(check_document(document), indent=2, sort_keys=True) + "\n"
    files.write_private(folder / name, text.encode("utf-8"), action="save")
