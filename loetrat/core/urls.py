from django.urls import path, re_path

from .views import audit

app_name = "core"

urlpatterns = [
    path("", audit.audit_log, name="audit_log"),
    re_path(r"^export\.(?P<fmt>csv|xlsx)$", audit.audit_export, name="audit_export"),
]
