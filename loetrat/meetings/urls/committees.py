"""committees pages."""

urlpatterns: list = []
