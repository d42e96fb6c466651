"""People in the admin: Administrators manage who is who, and cannot make anyone more.

An Administrator (not a superuser) edits names, e-mail, the roles below their own and
whether an account is active. Only a superuser grants superuser or staff status, or the
Administrators role. Nobody types another person's password: the admin sends them a
link to set their own (Django's password reset), so no one can sign in as someone else,
for instance to approve their own figure.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.forms import PasswordResetForm
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse

from core.roles import Role

User = get_user_model()


class NewPersonForm(forms.ModelForm):
    """A new account: no password is typed; the person is sent a link to set their own."""

    email = forms.EmailField(help_text="They are sent a link here to set their password.")

    class Meta:
        model = User
        fields = ("username", "first_name", "last_name", "email")


class SetPasswordLinkForm(PasswordResetForm):
    """Django's password reset, for one person, including one with no password yet."""

    def __init__(self, person: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__({"email": person.email}, *args, **kwargs)
        self.person = person

    def get_users(self, email: str) -> Any:
        return [self.person] if self.person.is_active and self.person.email else []


def send_reset_links(request: HttpRequest, people: QuerySet) -> tuple[int, list[str]]:
    """E-mail each person a link to set their own password; those with no e-mail listed."""
    sent, without = 0, []
    for person in people:
        if not person.email or not person.is_active:
            without.append(person.get_username())
            continue
        form = SetPasswordLinkForm(person)
        if form.is_valid():
            form.save(
                request=request,
                use_https=request.is_secure(),
                email_template_name="registration/password_reset_email.html",
                subject_template_name="registration/password_reset_subject.txt",
            )
            sent += 1
    return sent, without


admin.site.unregister(User)


@admin.register(User)
class PortalUserAdmin(UserAdmin):
    add_form = NewPersonForm
    add_fieldsets = ((None, {"fields": ("username", "first_name", "last_name", "email")}),)
    actions = ["send_password_reset"]
    list_display = ["username", "first_name", "last_name", "email", "is_active", "is_staff"]

    def get_fieldsets(self, request: HttpRequest, obj: Any = None) -> Any:
        if obj is None:
            return self.add_fieldsets
        roles = ["groups", "is_active"]
        if request.user.is_superuser:
            roles += ["is_staff", "is_superuser", "user_permissions"]
        return (
            (None, {"fields": ("username",)}),
            ("Personal info", {"fields": ("first_name", "last_name", "email")}),
            ("Roles", {"fields": roles}),
            ("Dates", {"fields": ("last_login", "date_joined")}),
        )

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        return ("last_login", "date_joined")

    def formfield_for_manytomany(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if db_field.name == "groups" and not request.user.is_superuser:
            # The roles below their own: making an Administrator is for a superuser.
            field.queryset = field.queryset.exclude(name=Role.ADMIN.value)
        return field

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        if not change:
            obj.set_unusable_password()  # they set their own, from the link
        super().save_model(request, obj, form, change)
        if not change:
            sent, _ = send_reset_links(request, User.objects.filter(pk=obj.pk))
            if sent:
                messages.info(request, f"{obj.email} has been sent a link to set a password.")

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        # The Administrators role is not on an Administrator's form; keep what it was.
        kept = []
        if change and not request.user.is_superuser:
            kept = list(form.instance.groups.filter(name=Role.ADMIN.value))
        super().save_related(request, form, formsets, change)
        if kept:
            form.instance.groups.add(*kept)

    def user_change_password(self, request: HttpRequest, id: str, form_url: str = "") -> Any:
        person = self.get_object(request, id)
        if person is None or person.pk != request.user.pk:
            raise PermissionDenied("Send them a link to set their own password instead.")
        return super().user_change_password(request, id, form_url)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # A superuser's account is for a superuser to change.
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    @admin.action(description="Send a link to set their own password")
    def send_password_reset(self, request: HttpRequest, queryset: QuerySet) -> HttpResponse | None:
        sent, without = send_reset_links(request, queryset)
        messages.success(request, f"Sent {sent} link{'s' if sent != 1 else ''} to set a password.")
        if without:
            messages.warning(
                request, f"No link for {', '.join(without)}: no e-mail address, or inactive."
            )
        return None
