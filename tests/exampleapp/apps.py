from django.apps import AppConfig


class ExampleAppConfig(AppConfig):
    name = "tests.exampleapp"
    label = "exampleapp"
    default_auto_field = "django.db.models.BigAutoField"
