"""A URL configuration that puts Review elsewhere: for tests/core/test_reversing.py."""

from django.http import HttpResponse
from django.urls import path

urlpatterns = [
    path("elsewhere/review/", lambda request: HttpResponse(), name="submissions-review"),
    path(
        "elsewhere/returns/<int:pk>/", lambda request, pk: HttpResponse(), name="submissions-detail"
    ),
]
