"""clinics pages."""

urlpatterns: list = []
