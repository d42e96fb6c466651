"""Every write the API makes: service accounts (issued, given a new token, revoked), and
figures from source systems, which go through the same services as My returns.

A posted figure fills its return as a draft, or submits it on the owners' behalf where
the indicator says so (`Indicator.api_submits`); it is never approved: four eyes hold
whichever door a figure comes in by.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from indicators import periods
from indicators.models import Indicator
from submissions import services as returns
from submissions.figures import ReturnData
from submissions.models import Return, ReturnPeriod
from submissions.workflow import TransitionNotAllowed

from .models import TOKEN_PREFIX, ServiceAccount, token_hash


def _new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def _set_token(account: ServiceAccount) -> str:
    token = _new_token()
    account.token_hash, account.token_hint = token_hash(token), token[:10]
    account.token_issued_at = timezone.now()
    return token


def _account_user(name: str) -> Any:
    """The person-shaped record the portal's trail names: no password, no role, inactive,
    so nobody can sign in as it."""
    User = get_user_model()
    base = f"api-{slugify(name)[:100] or 'system'}"
    username, n = base, 2
    while User.objects.filter(username=username).exists():
        username, n = f"{base}-{n}", n + 1
    user = User(username=username, first_name=name[:150], last_name="(source system)")
    user.is_active = False
    user.set_unusable_password()
    user.save()
    return user


@transaction.atomic
def service_account_open(*, account: ServiceAccount, by: Any = None) -> str:
    """Save a new service account (as the admin's form made it) with its own user and a
    token; the token is returned to be shown once, and kept only as a hash."""
    account.name = account.name.strip()
    account.user = _account_user(account.name)
    account.created_by = by
    token = _set_token(account)
    account._history_user = by
    account._change_reason = "Created, with a new token"
    account.save()
    return token


def service_account_create(
    *, name: str, indicators: Any = (), by: Any = None
) -> tuple[ServiceAccount, str]:
    """A new service account feeding `indicators`, and its token."""
    account = ServiceAccount(name=name)
    token = service_account_open(account=account, by=by)
    account.indicators.set(indicators)
    return account, token


@transaction.atomic
def service_account_new_token(*, account: ServiceAccount, by: Any = None) -> str:
    """Replace the token (the old one stops working at once); a revoked account is in use
    again with the new one."""
    token = _set_token(account)
    account.revoked_at = account.revoked_by = None
    account._history_user = by
    account._change_reason = "New token issued: the old one no longer works"
    account.save()
    return token


@transaction.atomic
def service_account_revoke(*, account: ServiceAccount, by: Any = None) -> ServiceAccount:
    if account.is_revoked:
        return account
    account.revoked_at, account.revoked_by = timezone.now(), by
    account._history_user = by
    account._change_reason = "Token revoked"
    account.save()
    return account


class FigureRefused(Exception):
    """A posted figure not recorded: the HTTP status, and the reason (a `detail`, or
    messages by field) in the same words as the pages."""

    def __init__(self, status: int, errors: str | dict[str, list[str]]) -> None:
        self.status = status
        self.body = {"detail": errors} if isinstance(errors, str) else errors
        super().__init__(str(self.body))


@dataclass(frozen=True)
class Figure:
    """What a source system posted, as the serializer read it."""

    ref: str
    month: date
    fields: dict[str, Any]


POSTED = ("value", "numerator", "denominator", "not_available", "not_available_reason")
KEPT_UNLESS_SENT = ("commentary", "no_action_reason")


def _indicator(account: ServiceAccount, figure: Figure) -> Indicator:
    indicator = Indicator.objects.filter(ref__iexact=figure.ref.strip()).first()
    if indicator is None:
        raise FigureRefused(400, {"ref": [f"There is no indicator {figure.ref}."]})
    if not account.indicators.filter(pk=indicator.pk).exists():
        raise FigureRefused(
            403,
            f"{account.name} may not post figures for {indicator.ref}: an Administrator "
            "chooses the indicators a service account feeds.",
        )
    if not indicator.is_active:
        raise FigureRefused(400, {"ref": [f"{indicator.ref} is no longer reported."]})
    if not indicator.is_due(figure.month):
        where = (
            "the quarter's last month (June, September, December or March)"
            if indicator.frequency == Indicator.Frequency.QUARTERLY
            else "March"
        )
        said = f"{indicator.ref} is reported {indicator.frequency}: post its figure for {where}."
        raise FigureRefused(400, {"month": [said]})
    fields = figure.fields
    if indicator.takes_fraction and fields.get("value") is not None:
        said = (
            f"{indicator.ref} takes a numerator and a denominator: send both, and the figure "
            "is worked out."
        )
        raise FigureRefused(400, {"value": [said]})
    if not indicator.takes_fraction and (
        fields.get("numerator") is not None or fields.get("denominator") is not None
    ):
        said = f"{indicator.ref} takes a single figure (value), not a numerator and denominator."
        raise FigureRefused(400, {"numerator": [said]})
    return indicator


def _period(month: date) -> ReturnPeriod:
    label = f"{month:%B %Y}"
    period = ReturnPeriod.objects.filter(month=month).first()
    if period is None or not period.is_open:
        opens = periods.opening_day(month)
        raise FigureRefused(
            409, f"{label} is not open for returns: they open on {opens:%-d %B %Y}."
        )
    if period.frozen_at is not None:
        raise FigureRefused(
            409,
            f"{label} has been frozen, so its figures can no longer be posted: ask the "
            "performance team about a correction.",
        )
    return period


def _owners(ret: Return) -> str:
    names = [o.get_full_name() or o.username for o in ret.indicator.owners.all()]
    return ", ".join(names) or "its owner"


def figure_record(*, account: ServiceAccount, figure: Figure) -> tuple[Return, str]:
    """Record a posted figure on its return; the return and what happened, in words.

    1. The indicator must exist, be one the account feeds (403), be reported and be due
       that month. 2. The month must be open and not frozen (409).
    3. The figure, with what the owner already put on the return that was not sent
       (commentary, their forecast), goes through `return_record_from_source`: the page's
       checks, a draft or submitted on the owners' behalf, never approved.
    """
    indicator = _indicator(account, figure)
    period = _period(figure.month)
    ret = Return.objects.filter(indicator=indicator, period=period).first()
    if ret is None:  # an indicator added, or made active, since the month opened
        returns.ensure_returns(period, [indicator])
        ret = Return.objects.get(indicator=indicator, period=period)
    sent = figure.fields
    data = replace(
        ReturnData.of(ret),
        **{name: sent.get(name) for name in POSTED},
        outlier_confirmed=sent.get("outlier_confirmed", False),
        **{name: sent[name] for name in KEPT_UNLESS_SENT if name in sent},
    )
    data = replace(data, not_available=bool(data.not_available))
    data = replace(data, not_available_reason=data.not_available_reason or "")
    try:
        saved = returns.return_record_from_source(
            ret=ret,
            user=account.user,
            data=data,
            submit=indicator.api_submits,
            source=Return.Source.API,
            reason=f"Posted by {account.name} through the API",
        )
    except returns.IncompleteReturn as refused:
        raise FigureRefused(400, {k: [v] for k, v in refused.problems.items()}) from None
    except (returns.StaleReturn, TransitionNotAllowed) as refused:
        raise FigureRefused(409, str(refused)) from None
    if saved.status == Return.Status.SUBMITTED:
        said = (
            f"Submitted for review on behalf of {_owners(saved)}: the performance team approves it."
        )
    else:
        said = f"Saved as a draft for {_owners(saved)} to check and submit."
    return saved, said
