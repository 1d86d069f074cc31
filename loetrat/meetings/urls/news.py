"""news pages."""

urlpatterns: list = []
