"""The address a request came from, as the trusted proxies in front of the portal report it.

Behind `PROXY_COUNT` proxies (a load balancer, a web server), each appends the address it
received the request from to X-Forwarded-For. The client is therefore the PROXY_COUNT-th
address from the right: anything to the left of it was sent by the client itself and may
be forged. Login throttling keys on this address, so that one person cannot lock out
another by sending a made-up header, and the proxy's own address never stands for
everyone.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def _valid(text: str) -> str | None:
    try:
        return str(ipaddress.ip_address(text.strip()))
    except ValueError:
        return None


def client_address(request: HttpRequest) -> str | None:
    count = getattr(settings, "PROXY_COUNT", 0)
    remote = request.META.get("REMOTE_ADDR")
    if count <= 0:
        return remote
    forwarded = [a for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()]
    if len(forwarded) < count:
        return remote  # not through all the proxies: the address that reached us is all we know
    return _valid(forwarded[-count]) or remote
