"""URLs reversed once: the navigation's links and the rows' links on every page (issue 14).

Django's `reverse` tries the URL's patterns against its arguments each time it is called:
on Review's page of 25 rows and every page's navigation that cost more than some of their
queries. The answer depends only on the name, the arguments, the URL configuration in
force and the script prefix (where the portal is mounted), so it is kept by those: a test
that sets another ROOT_URLCONF gets that configuration's answers.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse

KEPT = 4096  # URLs kept (a row's link is kept by its id: Review's rows of a month, say)


def reverse_kept(name: str, *args: Any) -> str:
    """reverse(name, args=args), kept for the next time it is asked for when the
    arguments are whole numbers or text (anything else, a model say, is reversed anew)."""
    if any(type(arg) not in (int, str) for arg in args):
        return reverse(name, args=args)
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return _reversed(name, args, urlconf, get_script_prefix())


@lru_cache(maxsize=KEPT, typed=True)  # typed: 1 and "1" are kept apart
def _reversed(name: str, args: tuple[Any, ...], urlconf: str, prefix: str) -> str:
    return reverse(name, urlconf=urlconf, args=args)
