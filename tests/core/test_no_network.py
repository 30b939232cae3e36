"""The app never makes a network connection: no networking module is used anywhere."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "companion"

FORBIDDEN = re.compile(
    r"^\s*(from|import)\s+(urllib|http|socket|ssl|requests|httpx|aiohttp|ftplib|smtplib)\b"
    r"|QNetworkAccessManager|QTcpSocket|QUdpSocket|QSslSocket|QWebSocket",
    re.MULTILINE,
)


def test_no_module_opens_network_connections():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if FORBIDDEN.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_local_socket_is_the_only_qtnetwork_use():
    users = {
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "QtNetwork" in path.read_text(encoding="utf-8")
    }
    # QLocalServer/QLocalSocket talk over a private local socket, never the network.
    assert users <= {"ui/single_instance.py"}
