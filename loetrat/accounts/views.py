from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required, permission_required
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import activate
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from loetrat.core.errors import DomainError
from loetrat.core.middleware import client_ip

from .forms import ApiTokenForm, LanguageForm, ThrottledAuthenticationForm
from .services import login_success, password_reset_request, user_set_language
from .tokens import USE_API_PERMISSION, api_token_create, api_token_revoke, api_tokens_of


def set_language_cookie(response, language: str) -> None:
    """Remember the language in its cookie, with the cookie settings (secure in production)."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE or "Lax",
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
    )


class ThrottledLoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = ThrottledAuthenticationForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        login_success(user=form.get_user(), ip_address=client_ip(self.request))
        if form.get_user().language:
            set_language_cookie(response, form.get_user().language)
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
        set_language_cookie(response, language)
    return response


@never_cache
@permission_required(USE_API_PERMISSION, raise_exception=True)
def api_tokens(request):
    """The signed-in person's API tokens; a new token's key is shown in this response only."""
    form = ApiTokenForm(request.POST or None)
    new_key = None
    if request.method == "POST" and form.is_valid():
        try:
            token, new_key = api_token_create(
                user=request.user, name=form.cleaned_data["name"], expires_at=form.expires_at()
            )
        except DomainError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        else:
            form = ApiTokenForm()
    return render(
        request,
        "accounts/api_tokens.html",
        {"form": form, "tokens": api_tokens_of(request.user), "new_key": new_key},
    )


@require_POST
@permission_required(USE_API_PERMISSION, raise_exception=True)
def api_token_revoke_view(request, pk: int):
    token = get_object_or_404(api_tokens_of(request.user), pk=pk)
    try:
        api_token_revoke(token=token, actor=request.user)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The token %(name)s no longer works.") % {"name": token.name})
    return redirect("accounts:api_tokens")


class ThrottledPasswordResetView(auth_views.PasswordResetView):
    """The reset page; an inbox or an address that asked too often within the window is told
    to wait, and no e-mail is sent."""

    def form_valid(self, form):
        allowed = password_reset_request(
            email=form.cleaned_data["email"], ip_address=client_ip(self.request)
        )
        if not allowed:
            form.add_error(
                None,
                _(
                    "Too many reset e-mails were asked for. Wait %(minutes)s minutes and try "
                    "again; check your spam folder for the e-mails already sent."
                )
                % {"minutes": settings.LOGIN_FAILURE_WINDOW_SECONDS // 60},
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().form_valid(form)
