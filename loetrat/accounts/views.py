from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import activate
from django.views.decorators.http import require_POST

from loetrat.core.middleware import client_ip

from .forms import LanguageForm, ThrottledAuthenticationForm
from .services import login_success, user_set_language


class ThrottledLoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = ThrottledAuthenticationForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        login_success(user=form.get_user(), ip_address=client_ip(self.request))
        if form.get_user().language:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                form.get_user().language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                samesite="Lax",
            )
        return response


@login_not_required
@require_POST
def language_switch(request):
    """Switch the interface language; remembered in a cookie and, when signed in, on the account."""
    form = LanguageForm(request.POST)
    target = request.POST.get("next") or reverse("publishing:home")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = reverse("publishing:home")
    response = HttpResponseRedirect(target)
    if form.is_valid():
        language = form.cleaned_data["language"]
        activate(language)
        user_set_language(user=request.user, language=language)
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            samesite="Lax",
            secure=getattr(settings, "LANGUAGE_COOKIE_SECURE", False),
        )
    return response
