from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "loetrat.accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from loetrat.core.audit import register_action_labels

        register_action_labels(
            {
                "accounts.user.logged_in": _("Logged in"),
                "accounts.login.failed": _("Login failed"),
                "accounts.login.throttled": _("Login refused: too many failures"),
                "accounts.password_reset.requested": _("Password reset requested"),
                "accounts.password_reset.throttled": _("Password reset refused: too many requests"),
                "accounts.user.created": _("Person added"),
                "accounts.api_token.created": _("API token created"),
                "accounts.api_token.revoked": _("API token revoked"),
            }
        )
