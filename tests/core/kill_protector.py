"""Turns passphrase protection on and off for ever in a data folder, saying after each
switch has returned; killed by tests/core/test_protection_kill.py at a random moment.

Usage: python kill_protector.py DATA_DIR

Prints "on" after each switch on and "off" after each switch off, flushing stdout.
"""

from __future__ import annotations

import sys

from companion.core import paths, storage
from companion.core.storage import keys, protection

PASSPHRASE = "a calm and steady passphrase"
RECOVERY = "7K2QM-4PXRT-9WBCD-EFGH1-JK3MN"
CHEAP = keys.Cost(n=2**10, r=8, p=1)


def key_of(data_dir: str) -> bytes | None:
    document = keys.read_key_file(paths.resolve_data_dir(data_dir))
    return None if document is None else keys.unlock(document, PASSPHRASE)


def main() -> None:
    data_dir = sys.argv[1]
    store = storage.open(data_dir, key=key_of(data_dir))
    while True:
        if store.key is None:
            store = protection.turn_on(store, PASSPHRASE, RECOVERY, CHEAP)
            print("on", flush=True)
        else:
            store = protection.turn_off(store, PASSPHRASE)
            print("off", flush=True)


if __name__ == "__main__":
    main()
