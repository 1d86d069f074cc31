from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "loetrat.demo"
    verbose_name = "Demo data"
