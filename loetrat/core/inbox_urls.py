from django.urls import path

from .views import inbox

app_name = "inbox"

urlpatterns = [
    path("", inbox.inbox, name="list"),
    path("<int:pk>/open/", inbox.notice_open, name="open"),
    path("<int:pk>/read/", inbox.notice_read, name="read"),
    path("read-all/", inbox.notices_read_all, name="read_all"),
    path("settings/", inbox.preferences, name="preferences"),
]
