"""Protected exports: an export file sealed with a passphrase of its own.

The export's JSON (docs/data-format.md) is encrypted whole with AES-256-GCM under a
random file key, and the file key is wrapped by the passphrase exactly as the key file
wraps the data key (storage/keys.py: scrypt, then AES-256-GCM), so the same code and the
same limits on the cost read both. The sealed file is JSON too (docs/encryption.md,
"Protected exports"):

    {"format": "prep-companion-protected-export", "version": 1,
     "key": {<the file key wrapped by the passphrase: kdf, n, r, p, salt, cipher, nonce,
             wrapped_key>},
     "cipher": "AES-256-GCM", "nonce": "<12 bytes, base64>",
     "data": "<the export's UTF-8 JSON, encrypted, with GCM's tag, base64>"}
"""

from __future__ import annotations

import json
import os
from typing import Any

from companion.core.storage import keys

FORMAT = "prep-companion-protected-export"
VERSION = 1
KIND = "export"
NONCE_BYTES = 12


class PassphraseNeeded(Exception):
    """The export file is protected: it can be read only with its passphrase."""


def is_sealed(document: object) -> bool:
    """Whether a JSON document read from a file is a protected export."""
    return isinstance(document, dict) and document.get("format") == FORMAT


def _associated() -> bytes:
    return f"{FORMAT}/{VERSION}".encode("ascii")


def seal(plain: bytes, passphrase: str, cost: keys.Cost = keys.COST) -> bytes:
    """`plain` (an export's JSON) sealed with `passphrase`, as the file's bytes.
    InvalidInputError when the passphrase is too short or too long."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    file_key = keys.new_data_key()
    entry = keys.wrap(file_key, KIND, keys.check_passphrase(passphrase), cost)
    nonce = os.urandom(NONCE_BYTES)
    document = {
        "format": FORMAT,
        "version": VERSION,
        "key": entry,
        "cipher": "AES-256-GCM",
        "nonce": keys.to_base64(nonce),
        "data": keys.to_base64(AESGCM(file_key).encrypt(nonce, plain, _associated())),
    }
    return (json.dumps(document, indent=1) + "\n").encode("utf-8")


def unseal(document: dict[str, Any], passphrase: str) -> bytes:
    """The export's JSON from a protected export. keys.WrongSecretError when the
    passphrase does not fit (or the file was changed); keys.KeyFileError when the file
    is not a protected export this version can read."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if document.get("version") != VERSION or document.get("cipher") != "AES-256-GCM":
        raise keys.KeyFileError("the protected export is of a version this one cannot read")
    file_key = keys.unwrap_entry(document.get("key"), KIND, passphrase)  # type: ignore[arg-type]
    nonce = keys.from_base64(document.get("nonce"), "the export's nonce", NONCE_BYTES)
    data = keys.from_base64(document.get("data"), "the export's data")
    try:
        return AESGCM(file_key).decrypt(nonce, data, _associated())
    except InvalidTag as error:
        raise keys.WrongSecretError(KIND) from error
