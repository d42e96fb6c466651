from django.urls import path

from . import views

urlpatterns = [
    path("", views.indicator_list, name="indicators-list"),
    path("<str:ref>/", views.indicator_detail, name="indicators-detail"),
]
