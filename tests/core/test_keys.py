"""The key file of passphrase protection: the data key wrapped by the passphrase and by the
recovery key (storage/keys.py, docs/encryption.md)."""

from __future__ import annotations

import copy
import json
import stat

import pytest

from companion.core.storage import keys
from companion.core.storage.keys import Cost, KeyFileError, WrongSecretError
from companion.core.validate import InvalidInputError

CHEAP = Cost(n=2**10, r=8, p=1)  # the real cost takes half a second a try
PASSPHRASE = "blue kettle on a quiet morning"


@pytest.fixture
def made():
    recovery = keys.new_recovery_key()
    data_key, document = keys.make_keys(PASSPHRASE, recovery, CHEAP)
    return data_key, document, recovery


def test_either_secret_unwraps_the_same_data_key(made):
    data_key, document, recovery = made
    assert len(data_key) == 32
    assert keys.unwrap(document, "passphrase", PASSPHRASE) == data_key
    assert keys.unwrap(document, "recovery", recovery) == data_key
    assert keys.unlock(document, PASSPHRASE) == data_key
    assert keys.unlock(document, recovery) == data_key


def test_the_file_holds_neither_secret_nor_the_data_key(made, tmp_path):
    data_key, document, recovery = made
    keys.write_key_file(tmp_path, document)
    written = (tmp_path / keys.KEY_FILE).read_bytes()
    for secret in (PASSPHRASE.encode(), recovery.encode(), recovery.replace("-", "").encode()):
        assert secret not in written
    assert data_key not in written and data_key.hex().encode() not in written
    assert stat.S_IMODE((tmp_path / keys.KEY_FILE).stat().st_mode) == 0o600
    assert keys.read_key_file(tmp_path) == document


def test_a_wrong_secret_unwraps_nothing(made):
    _data_key, document, recovery = made
    before = copy.deepcopy(document)
    for wrong in ("blue kettle on a quiet evening", "", "BLUE KETTLE ON A QUIET MORNING"):
        with pytest.raises(WrongSecretError):
            keys.unlock(document, wrong)
    other = keys.new_recovery_key()
    with pytest.raises(WrongSecretError):
        keys.unwrap(document, "recovery", other)
    with pytest.raises(WrongSecretError):  # a recovery key is not a passphrase
        keys.unwrap(document, "passphrase", recovery)
    assert document == before


def test_the_recovery_key_is_read_as_it_was_meant(made):
    data_key, document, recovery = made
    messy = " " + recovery.lower().replace("-", " ").replace("0", "o").replace("1", "l") + "\n"
    assert keys.unlock(document, messy) == data_key
    assert keys.recovery_group(messy, 2) == recovery.split("-")[2]


def test_recovery_keys_are_new_each_time_and_shown_in_five_groups():
    made = {keys.new_recovery_key() for _ in range(50)}
    assert len(made) == 50
    for key in made:
        groups = key.split("-")
        assert len(groups) == 5 and all(len(g) == 5 for g in groups)
        assert set("".join(groups)) <= set(keys.RECOVERY_ALPHABET)
    for bad in ("", "ABCDE-ABCDE", "ABCDE-ABCDE-ABCDE-ABCDE-ABCDU", "u" * 25, "é" * 25):
        with pytest.raises(InvalidInputError):
            keys.normalise_recovery_key(bad)


def test_changing_the_passphrase_keeps_the_data_key_and_the_recovery_key(made):
    data_key, document, recovery = made
    changed = keys.change_passphrase(document, data_key, "a new and longer passphrase", CHEAP)
    assert keys.unlock(changed, "a new and longer passphrase") == data_key
    assert keys.unlock(changed, recovery) == data_key
    assert changed["recovery"] == document["recovery"]
    with pytest.raises(WrongSecretError):
        keys.unlock(changed, PASSPHRASE)


def test_a_passphrase_is_long_enough_and_the_same_however_it_was_typed():
    with pytest.raises(InvalidInputError) as short:
        keys.make_keys("short", keys.new_recovery_key(), CHEAP)
    assert short.value.reason == "too-short"
    with pytest.raises(InvalidInputError):
        keys.make_keys("x" * (keys.MAX_PASSPHRASE + 1), keys.new_recovery_key(), CHEAP)
    accented = "caf\u00e9 con leche por la ma\u00f1ana"  # composed
    data_key, document = keys.make_keys(accented, keys.new_recovery_key(), CHEAP)
    decomposed = "cafe\u0301 con leche por la man\u0303ana"  # the same words, decomposed
    assert keys.unwrap(document, "passphrase", decomposed) == data_key


def test_a_changed_entry_is_caught_never_used(made):
    _data_key, document, _recovery = made
    for part in ("wrapped_key", "nonce", "salt"):
        tampered = copy.deepcopy(document)
        raw = bytearray(keys.from_base64(tampered["passphrase"][part], part))
        raw[0] ^= 1
        tampered["passphrase"][part] = keys.to_base64(bytes(raw))
        with pytest.raises(WrongSecretError):
            keys.unwrap(tampered, "passphrase", PASSPHRASE)
    swapped = copy.deepcopy(document)  # the recovery's box cannot pass for the passphrase's
    swapped["passphrase"] = document["recovery"]
    with pytest.raises(WrongSecretError):
        keys.unwrap(swapped, "passphrase", PASSPHRASE)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.update(format="something else"), "not a key file"),
        (lambda d: d.update(version=2), "version"),
        (lambda d: d.pop("recovery"), "recovery entry is missing"),
        (lambda d: d["passphrase"].update(kdf="pbkdf2"), "method"),
        (lambda d: d["passphrase"].update(n=2**30), "more memory"),
        (lambda d: d["passphrase"].update(n=1000), "power of two"),
        (lambda d: d["passphrase"].update(r="8"), "whole numbers"),
        (lambda d: d["passphrase"].update(salt="%%%"), "base64"),
        (lambda d: d["passphrase"].update(nonce=keys.to_base64(b"short")), "bytes"),
    ],
)
def test_a_damaged_key_file_is_refused_saying_what(made, change, words):
    _data_key, document, _recovery = made
    damaged = copy.deepcopy(document)
    change(damaged)
    with pytest.raises(KeyFileError) as refused:
        keys.unwrap(damaged, "passphrase", PASSPHRASE)
    assert words in refused.value.detail
    assert "Nothing was changed" in str(refused.value)


def test_a_key_file_that_cannot_be_read_is_refused(tmp_path):
    assert keys.read_key_file(tmp_path) is None  # no key file: not protected
    path = tmp_path / keys.KEY_FILE
    for data in (b"", b"\xff\xfe", b"[1, 2]", b"{" + b" " * keys.MAX_FILE_BYTES + b"}"):
        path.write_bytes(data)
        with pytest.raises(KeyFileError):
            keys.read_key_file(tmp_path)
    path.write_text(json.dumps({"format": keys.FORMAT, "version": 1}))
    with pytest.raises(KeyFileError):
        keys.read_key_file(tmp_path)


def test_the_real_cost_is_memory_hard_and_written_in_the_file():
    """By default 128 MiB of scrypt for each secret (its time is for the benchmarks to
    measure), written in the file so that a later default still opens this file."""
    assert keys.COST.n * keys.COST.r * 128 == 128 * 1024 * 1024
    recovery = keys.new_recovery_key()
    data_key, document = keys.make_keys(PASSPHRASE, recovery)
    for kind in keys.KINDS:
        assert (document[kind]["n"], document[kind]["r"], document[kind]["p"]) == (2**17, 8, 1)
    assert keys.unlock(document, PASSPHRASE) == data_key
