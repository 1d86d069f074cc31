"""Putting an object or a resolution to correct on a meeting's agenda (at /meetings/propose/)."""

from django.urls import path

from ..views import proposals

urlpatterns = [
    path("<str:kind>/<int:pk>/", proposals.propose_view, name="propose"),
]
