from django.urls import path

from . import action_views, cover_views, review_views, spreadsheet_views, views

urlpatterns = [
    path("returns/", views.my_returns, name="submissions-mine"),
    path("returns/cover/", cover_views.cover, name="submissions-cover"),
    path("returns/cover/<int:pk>/end/", cover_views.end_cover, name="submissions-end-cover"),
    path("returns/<str:month>/", views.my_returns, name="submissions-mine-month"),
    path(
        "returns/<str:month>/spreadsheet/",
        spreadsheet_views.returns_spreadsheet,
        name="submissions-spreadsheet",
    ),
    path(
        "returns/<str:month>/spreadsheet/confirm/",
        spreadsheet_views.returns_spreadsheet_confirm,
        name="submissions-spreadsheet-confirm",
    ),
    path("return/<int:pk>/", views.return_detail, name="submissions-detail"),
    path("return/<int:pk>/preview/", views.preview, name="submissions-preview"),
    path("return/<int:pk>/approve/", review_views.approve, name="submissions-approve"),
    path("return/<int:pk>/send-back/", review_views.send_back, name="submissions-send-back"),
    path("return/<int:pk>/reopen/", review_views.reopen, name="submissions-reopen"),
    path("actions/", action_views.actions_list, name="submissions-actions"),
    path("review/", review_views.review, name="submissions-review"),
    path("review/open/", review_views.open_period, name="submissions-open-period"),
    path("review/chase/", review_views.chase, name="submissions-chase"),
    path("review/<str:month>/", review_views.review, name="submissions-review-month"),
    path("review/<str:month>/approve/", review_views.approve_many, name="submissions-approve-many"),
]
