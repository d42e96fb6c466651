"""core.reversing: links reversed once are kept by everything their answer depends on, so a
page never shows another configuration's links (another mounting's: tests/submissions/
test_links.py)."""

import pytest
from django.test import override_settings
from django.urls import NoReverseMatch, reverse

from core.reversing import reverse_kept

pytestmark = pytest.mark.django_db


def test_another_url_configuration_gives_its_own_answers():
    assert reverse_kept("submissions-review") == "/review/"
    assert reverse_kept("submissions-detail", 7) == reverse("submissions-detail", args=[7])
    with override_settings(ROOT_URLCONF="tests.core.elsewhere_urls"):
        assert reverse_kept("submissions-review") == "/elsewhere/review/"
        assert reverse_kept("submissions-detail", 7) == "/elsewhere/returns/7/"
    assert reverse_kept("submissions-review") == "/review/"


def test_only_whole_numbers_and_text_are_kept_and_each_by_its_own_type():
    assert reverse_kept("submissions-detail", 7) == reverse_kept("submissions-detail", "7")
    assert reverse_kept("submissions-detail", 1) == "/return/1/"
    with pytest.raises(NoReverseMatch):  # as Django answers, not the kept answer for 1
        reverse_kept("submissions-detail", True)
