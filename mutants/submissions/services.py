"""Every change to a return or a period goes through here.

Each service is atomic, checks the workflow (`workflow.check`) on a freshly locked row,
records who, when and why in the history, and queues e-mail only after commit. A stale
write (someone else saved since the user loaded the page) is refused with StaleReturn:
the version the user read is checked in the UPDATE itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from indicators import periods
from indicators.models import FinancialYear, Indicator
from indicators.services import year_rollover

from . import workflow
from .actions import ActionChanges, ActionRefused, actions_apply
from .bulk import update_rows
from .figures import Judging, ReturnData, figure_problems, submit_problems, unanswered
from .models import Notification, Return, ReturnPeriod, person_name
from .notifications import queue_delivery
from .selectors import build_rows, rows_for_returns
from .workflow import Action, TransitionNotAllowed


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_xǁStaleReturnǁ__init____mutmut: MutantDict = {}  # type: ignore


class StaleReturn(Exception):
    """Someone saved the return after the user loaded it."""

    @_mutmut_mutated(mutants_xǁStaleReturnǁ__init____mutmut)
    def __init__(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_orig(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_1(self, current: Return) -> None:
        self.current = None
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_2(self, current: Return) -> None:
        self.current = current
        who = None
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_3(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = None
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_4(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if (who) and False else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_5(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if (who) or True else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_6(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(None) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_7(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "XXSomeoneXX"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_8(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_9(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "SOMEONE"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_10(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = None
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_11(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime(None)
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_12(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(None).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_13(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("XX%-d %b at %H:%MXX")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_14(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %h:%m")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_15(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-D %B AT %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_16(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status not in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_17(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = None
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_18(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().upper()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_19(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                None
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_20(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if (done == 'submitted') and False else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_21(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if (done == 'submitted') or True else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_22(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'XXsubmittedXX' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_23(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'SUBMITTED' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_24(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done != 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_25(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'XXsubmittedXX' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_26(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'SUBMITTED' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_27(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'XXchangedXX'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_28(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'CHANGED'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_29(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "XXbelow and was not saved: if it should replace theirs, ask the performance XX"
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_30(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "BELOW AND WAS NOT SAVED: IF IT SHOULD REPLACE THEIRS, ASK THE PERFORMANCE "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_31(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "XXteam to send the return back to you.XX"
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_32(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "TEAM TO SEND THE RETURN BACK TO YOU."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "Reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_33(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            None
        )

    def xǁStaleReturnǁ__init____mutmut_34(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "XXReload to see their version; what you typed is still below.XX"
        )

    def xǁStaleReturnǁ__init____mutmut_35(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "reload to see their version; what you typed is still below."
        )

    def xǁStaleReturnǁ__init____mutmut_36(self, current: Return) -> None:
        self.current = current
        who = current.updated_by
        name = person_name(who) if who else "Someone"
        when = timezone.localtime(current.updated_at).strftime("%-d %b at %H:%M")
        if current.status in (Return.Status.SUBMITTED, Return.Status.APPROVED):
            done = current.get_status_display().lower()
            super().__init__(
                f"{name} {'submitted' if done == 'submitted' else 'changed'} this return on "
                f"{when}, after you opened the page, and it is now {done}. What you typed is "
                "below and was not saved: if it should replace theirs, ask the performance "
                "team to send the return back to you."
            )
            return
        super().__init__(
            f"{name} changed this return on {when}, after you opened the page. "
            "RELOAD TO SEE THEIR VERSION; WHAT YOU TYPED IS STILL BELOW."
        )

mutants_xǁStaleReturnǁ__init____mutmut['_mutmut_orig'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_1'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_2'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_3'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_4'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_5'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_6'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_7'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_7 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_8'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_8 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_9'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_9 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_10'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_10 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_11'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_11 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_12'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_12 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_13'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_13 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_14'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_14 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_15'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_15 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_16'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_16 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_17'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_17 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_18'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_18 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_19'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_19 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_20'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_20 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_21'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_21 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_22'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_22 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_23'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_23 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_24'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_24 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_25'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_25 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_26'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_26 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_27'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_27 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_28'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_28 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_29'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_29 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_30'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_30 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_31'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_31 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_32'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_32 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_33'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_33 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_34'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_34 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_35'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_35 # type: ignore # mutmut generated
mutants_xǁStaleReturnǁ__init____mutmut['xǁStaleReturnǁ__init____mutmut_36'] = StaleReturn.xǁStaleReturnǁ__init____mutmut_36 # type: ignore # mutmut generated
mutants_xǁIncompleteReturnǁ__init____mutmut: MutantDict = {}  # type: ignore


class IncompleteReturn(TransitionNotAllowed):
    @_mutmut_mutated(mutants_xǁIncompleteReturnǁ__init____mutmut)
    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__(" ".join(problems.values()))
    def xǁIncompleteReturnǁ__init____mutmut_orig(self, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__(" ".join(problems.values()))
    def xǁIncompleteReturnǁ__init____mutmut_1(self, problems: dict[str, str]) -> None:
        self.problems = None
        super().__init__(" ".join(problems.values()))
    def xǁIncompleteReturnǁ__init____mutmut_2(self, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__(None)
    def xǁIncompleteReturnǁ__init____mutmut_3(self, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__(" ".join(None))
    def xǁIncompleteReturnǁ__init____mutmut_4(self, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__("XX XX".join(problems.values()))

mutants_xǁIncompleteReturnǁ__init____mutmut['_mutmut_orig'] = IncompleteReturn.xǁIncompleteReturnǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁIncompleteReturnǁ__init____mutmut['xǁIncompleteReturnǁ__init____mutmut_1'] = IncompleteReturn.xǁIncompleteReturnǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁIncompleteReturnǁ__init____mutmut['xǁIncompleteReturnǁ__init____mutmut_2'] = IncompleteReturn.xǁIncompleteReturnǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁIncompleteReturnǁ__init____mutmut['xǁIncompleteReturnǁ__init____mutmut_3'] = IncompleteReturn.xǁIncompleteReturnǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁIncompleteReturnǁ__init____mutmut['xǁIncompleteReturnǁ__init____mutmut_4'] = IncompleteReturn.xǁIncompleteReturnǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_x__claim__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__claim__mutmut)
def _claim(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "period", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_orig(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "period", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_1(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = None
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "period", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_2(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=None)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "period", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_3(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "period", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_4(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = None
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "period", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_5(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=None)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "period", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_6(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = None
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "period", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_7(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=None)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "period", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_8(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") - 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "period", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_9(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F(None) + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "period", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_10(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("XXversionXX") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "period", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_11(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("VERSION") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "period", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_12(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 2)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "period", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_13(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = None
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_14(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "period", "updated_by").get(pk=None)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_15(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related(None, "period", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_16(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", None, "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_17(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "period", None).get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_18(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("period", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_19(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_20(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "period", ).get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_21(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("XXindicatorXX", "period", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_22(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("INDICATOR", "period", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_23(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "XXperiodXX", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_24(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "PERIOD", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_25(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "period", "XXupdated_byXX").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_26(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "period", "UPDATED_BY").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_27(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "period", "updated_by").get(pk=ret.pk)
    if claimed:
        raise StaleReturn(fresh)
    return fresh


def x__claim__mutmut_28(ret: Return, expected_version: int | None) -> Return:
    """Bump the version if it is still `expected_version`; return the row, locked and fresh."""
    rows = Return.objects.filter(pk=ret.pk)
    if expected_version is not None:
        rows = rows.filter(version=expected_version)
    claimed = rows.update(version=F("version") + 1)
    # The UPDATE has locked the row until commit, so what is read now stays true.
    fresh = Return.objects.select_related("indicator", "period", "updated_by").get(pk=ret.pk)
    if not claimed:
        raise StaleReturn(None)
    return fresh

mutants_x__claim__mutmut['_mutmut_orig'] = x__claim__mutmut_orig # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_1'] = x__claim__mutmut_1 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_2'] = x__claim__mutmut_2 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_3'] = x__claim__mutmut_3 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_4'] = x__claim__mutmut_4 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_5'] = x__claim__mutmut_5 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_6'] = x__claim__mutmut_6 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_7'] = x__claim__mutmut_7 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_8'] = x__claim__mutmut_8 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_9'] = x__claim__mutmut_9 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_10'] = x__claim__mutmut_10 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_11'] = x__claim__mutmut_11 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_12'] = x__claim__mutmut_12 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_13'] = x__claim__mutmut_13 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_14'] = x__claim__mutmut_14 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_15'] = x__claim__mutmut_15 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_16'] = x__claim__mutmut_16 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_17'] = x__claim__mutmut_17 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_18'] = x__claim__mutmut_18 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_19'] = x__claim__mutmut_19 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_20'] = x__claim__mutmut_20 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_21'] = x__claim__mutmut_21 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_22'] = x__claim__mutmut_22 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_23'] = x__claim__mutmut_23 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_24'] = x__claim__mutmut_24 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_25'] = x__claim__mutmut_25 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_26'] = x__claim__mutmut_26 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_27'] = x__claim__mutmut_27 # type: ignore # mutmut generated
mutants_x__claim__mutmut['x__claim__mutmut_28'] = x__claim__mutmut_28 # type: ignore # mutmut generated


FIGURE_FIELDS = ("value", "numerator", "denominator", "not_available")
mutants_x__apply__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__apply__mutmut)
def _apply(ret: Return, data: ReturnData, user: Any) -> None:
    """Put `data` on the return; whoever changes its figures is recorded as their author."""
    before = [getattr(ret, name) for name in FIGURE_FIELDS]
    data.apply_to(ret)
    if [getattr(ret, name) for name in FIGURE_FIELDS] != before:
        ret.figure_by = user


def x__apply__mutmut_orig(ret: Return, data: ReturnData, user: Any) -> None:
    """Put `data` on the return; whoever changes its figures is recorded as their author."""
    before = [getattr(ret, name) for name in FIGURE_FIELDS]
    data.apply_to(ret)
    if [getattr(ret, name) for name in FIGURE_FIELDS] != before:
        ret.figure_by = user


def x__apply__mutmut_1(ret: Return, data: ReturnData, user: Any) -> None:
    """Put `data` on the return; whoever changes its figures is recorded as their author."""
    before = None
    data.apply_to(ret)
    if [getattr(ret, name) for name in FIGURE_FIELDS] != before:
        ret.figure_by = user


def x__apply__mutmut_2(ret: Return, data: ReturnData, user: Any) -> None:
    """Put `data` on the return; whoever changes its figures is recorded as their author."""
    before = [getattr(None, name) for name in FIGURE_FIELDS]
    data.apply_to(ret)
    if [getattr(ret, name) for name in FIGURE_FIELDS] != before:
        ret.figure_by = user


def x__apply__mutmut_3(ret: Return, data: ReturnData, user: Any) -> None:
    """Put `data` on the return; whoever changes its figures is recorded as their author."""
    before = [getattr(ret, None) for name in FIGURE_FIELDS]
    data.apply_to(ret)
    if [getattr(ret, name) for name in FIGURE_FIELDS] != before:
        ret.figure_by = user


def x__apply__mutmut_4(ret: Return, data: ReturnData, user: Any) -> None:
    """Put `data` on the return; whoever changes its figures is recorded as their author."""
    before = [getattr(name) for name in FIGURE_FIELDS]
    data.apply_to(ret)
    if [getattr(ret, name) for name in FIGURE_FIELDS] != before:
        ret.figure_by = user


def x__apply__mutmut_5(ret: Return, data: ReturnData, user: Any) -> None:
    """Put `data` on the return; whoever changes its figures is recorded as their author."""
    before = [getattr(ret, ) for name in FIGURE_FIELDS]
    data.apply_to(ret)
    if [getattr(ret, name) for name in FIGURE_FIELDS] != before:
        ret.figure_by = user


def x__apply__mutmut_6(ret: Return, data: ReturnData, user: Any) -> None:
    """Put `data` on the return; whoever changes its figures is recorded as their author."""
    before = [getattr(ret, name) for name in FIGURE_FIELDS]
    data.apply_to(None)
    if [getattr(ret, name) for name in FIGURE_FIELDS] != before:
        ret.figure_by = user


def x__apply__mutmut_7(ret: Return, data: ReturnData, user: Any) -> None:
    """Put `data` on the return; whoever changes its figures is recorded as their author."""
    before = [getattr(ret, name) for name in FIGURE_FIELDS]
    data.apply_to(ret)
    if [getattr(None, name) for name in FIGURE_FIELDS] != before:
        ret.figure_by = user


def x__apply__mutmut_8(ret: Return, data: ReturnData, user: Any) -> None:
    """Put `data` on the return; whoever changes its figures is recorded as their author."""
    before = [getattr(ret, name) for name in FIGURE_FIELDS]
    data.apply_to(ret)
    if [getattr(ret, None) for name in FIGURE_FIELDS] != before:
        ret.figure_by = user


def x__apply__mutmut_9(ret: Return, data: ReturnData, user: Any) -> None:
    """Put `data` on the return; whoever changes its figures is recorded as their author."""
    before = [getattr(ret, name) for name in FIGURE_FIELDS]
    data.apply_to(ret)
    if [getattr(name) for name in FIGURE_FIELDS] != before:
        ret.figure_by = user


def x__apply__mutmut_10(ret: Return, data: ReturnData, user: Any) -> None:
    """Put `data` on the return; whoever changes its figures is recorded as their author."""
    before = [getattr(ret, name) for name in FIGURE_FIELDS]
    data.apply_to(ret)
    if [getattr(ret, ) for name in FIGURE_FIELDS] != before:
        ret.figure_by = user


def x__apply__mutmut_11(ret: Return, data: ReturnData, user: Any) -> None:
    """Put `data` on the return; whoever changes its figures is recorded as their author."""
    before = [getattr(ret, name) for name in FIGURE_FIELDS]
    data.apply_to(ret)
    if [getattr(ret, name) for name in FIGURE_FIELDS] == before:
        ret.figure_by = user


def x__apply__mutmut_12(ret: Return, data: ReturnData, user: Any) -> None:
    """Put `data` on the return; whoever changes its figures is recorded as their author."""
    before = [getattr(ret, name) for name in FIGURE_FIELDS]
    data.apply_to(ret)
    if [getattr(ret, name) for name in FIGURE_FIELDS] != before:
        ret.figure_by = None

mutants_x__apply__mutmut['_mutmut_orig'] = x__apply__mutmut_orig # type: ignore # mutmut generated
mutants_x__apply__mutmut['x__apply__mutmut_1'] = x__apply__mutmut_1 # type: ignore # mutmut generated
mutants_x__apply__mutmut['x__apply__mutmut_2'] = x__apply__mutmut_2 # type: ignore # mutmut generated
mutants_x__apply__mutmut['x__apply__mutmut_3'] = x__apply__mutmut_3 # type: ignore # mutmut generated
mutants_x__apply__mutmut['x__apply__mutmut_4'] = x__apply__mutmut_4 # type: ignore # mutmut generated
mutants_x__apply__mutmut['x__apply__mutmut_5'] = x__apply__mutmut_5 # type: ignore # mutmut generated
mutants_x__apply__mutmut['x__apply__mutmut_6'] = x__apply__mutmut_6 # type: ignore # mutmut generated
mutants_x__apply__mutmut['x__apply__mutmut_7'] = x__apply__mutmut_7 # type: ignore # mutmut generated
mutants_x__apply__mutmut['x__apply__mutmut_8'] = x__apply__mutmut_8 # type: ignore # mutmut generated
mutants_x__apply__mutmut['x__apply__mutmut_9'] = x__apply__mutmut_9 # type: ignore # mutmut generated
mutants_x__apply__mutmut['x__apply__mutmut_10'] = x__apply__mutmut_10 # type: ignore # mutmut generated
mutants_x__apply__mutmut['x__apply__mutmut_11'] = x__apply__mutmut_11 # type: ignore # mutmut generated
mutants_x__apply__mutmut['x__apply__mutmut_12'] = x__apply__mutmut_12 # type: ignore # mutmut generated
mutants_x__save__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__save__mutmut)
def _save(ret: Return, user: Any, reason: str) -> Return:
    ret.updated_by = user
    ret._history_user = user
    ret._change_reason = reason
    ret.save()
    return ret


def x__save__mutmut_orig(ret: Return, user: Any, reason: str) -> Return:
    ret.updated_by = user
    ret._history_user = user
    ret._change_reason = reason
    ret.save()
    return ret


def x__save__mutmut_1(ret: Return, user: Any, reason: str) -> Return:
    ret.updated_by = None
    ret._history_user = user
    ret._change_reason = reason
    ret.save()
    return ret


def x__save__mutmut_2(ret: Return, user: Any, reason: str) -> Return:
    ret.updated_by = user
    ret._history_user = None
    ret._change_reason = reason
    ret.save()
    return ret


def x__save__mutmut_3(ret: Return, user: Any, reason: str) -> Return:
    ret.updated_by = user
    ret._history_user = user
    ret._change_reason = None
    ret.save()
    return ret

mutants_x__save__mutmut['_mutmut_orig'] = x__save__mutmut_orig # type: ignore # mutmut generated
mutants_x__save__mutmut['x__save__mutmut_1'] = x__save__mutmut_1 # type: ignore # mutmut generated
mutants_x__save__mutmut['x__save__mutmut_2'] = x__save__mutmut_2 # type: ignore # mutmut generated
mutants_x__save__mutmut['x__save__mutmut_3'] = x__save__mutmut_3 # type: ignore # mutmut generated
mutants_x__judgings__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__judgings__mutmut)
def _judgings(rets: Sequence[Return]) -> dict[int, Judging]:
    """_judging for many returns (with their indicators loaded), a few queries a month."""
    by_period: dict[int, list[Return]] = {}
    for ret in rets:
        by_period.setdefault(ret.period_id, []).append(ret)
    return {
        row.ret.pk: row.judging()
        for members in by_period.values()
        for row in rows_for_returns(members, members[0].period)
    }


def x__judgings__mutmut_orig(rets: Sequence[Return]) -> dict[int, Judging]:
    """_judging for many returns (with their indicators loaded), a few queries a month."""
    by_period: dict[int, list[Return]] = {}
    for ret in rets:
        by_period.setdefault(ret.period_id, []).append(ret)
    return {
        row.ret.pk: row.judging()
        for members in by_period.values()
        for row in rows_for_returns(members, members[0].period)
    }


def x__judgings__mutmut_1(rets: Sequence[Return]) -> dict[int, Judging]:
    """_judging for many returns (with their indicators loaded), a few queries a month."""
    by_period: dict[int, list[Return]] = None
    for ret in rets:
        by_period.setdefault(ret.period_id, []).append(ret)
    return {
        row.ret.pk: row.judging()
        for members in by_period.values()
        for row in rows_for_returns(members, members[0].period)
    }


def x__judgings__mutmut_2(rets: Sequence[Return]) -> dict[int, Judging]:
    """_judging for many returns (with their indicators loaded), a few queries a month."""
    by_period: dict[int, list[Return]] = {}
    for ret in rets:
        by_period.setdefault(ret.period_id, []).append(None)
    return {
        row.ret.pk: row.judging()
        for members in by_period.values()
        for row in rows_for_returns(members, members[0].period)
    }


def x__judgings__mutmut_3(rets: Sequence[Return]) -> dict[int, Judging]:
    """_judging for many returns (with their indicators loaded), a few queries a month."""
    by_period: dict[int, list[Return]] = {}
    for ret in rets:
        by_period.setdefault(None, []).append(ret)
    return {
        row.ret.pk: row.judging()
        for members in by_period.values()
        for row in rows_for_returns(members, members[0].period)
    }


def x__judgings__mutmut_4(rets: Sequence[Return]) -> dict[int, Judging]:
    """_judging for many returns (with their indicators loaded), a few queries a month."""
    by_period: dict[int, list[Return]] = {}
    for ret in rets:
        by_period.setdefault(ret.period_id, None).append(ret)
    return {
        row.ret.pk: row.judging()
        for members in by_period.values()
        for row in rows_for_returns(members, members[0].period)
    }


def x__judgings__mutmut_5(rets: Sequence[Return]) -> dict[int, Judging]:
    """_judging for many returns (with their indicators loaded), a few queries a month."""
    by_period: dict[int, list[Return]] = {}
    for ret in rets:
        by_period.setdefault([]).append(ret)
    return {
        row.ret.pk: row.judging()
        for members in by_period.values()
        for row in rows_for_returns(members, members[0].period)
    }


def x__judgings__mutmut_6(rets: Sequence[Return]) -> dict[int, Judging]:
    """_judging for many returns (with their indicators loaded), a few queries a month."""
    by_period: dict[int, list[Return]] = {}
    for ret in rets:
        by_period.setdefault(ret.period_id, ).append(ret)
    return {
        row.ret.pk: row.judging()
        for members in by_period.values()
        for row in rows_for_returns(members, members[0].period)
    }


def x__judgings__mutmut_7(rets: Sequence[Return]) -> dict[int, Judging]:
    """_judging for many returns (with their indicators loaded), a few queries a month."""
    by_period: dict[int, list[Return]] = {}
    for ret in rets:
        by_period.setdefault(ret.period_id, []).append(ret)
    return {
        row.ret.pk: row.judging()
        for members in by_period.values()
        for row in rows_for_returns(None, members[0].period)
    }


def x__judgings__mutmut_8(rets: Sequence[Return]) -> dict[int, Judging]:
    """_judging for many returns (with their indicators loaded), a few queries a month."""
    by_period: dict[int, list[Return]] = {}
    for ret in rets:
        by_period.setdefault(ret.period_id, []).append(ret)
    return {
        row.ret.pk: row.judging()
        for members in by_period.values()
        for row in rows_for_returns(members, None)
    }


def x__judgings__mutmut_9(rets: Sequence[Return]) -> dict[int, Judging]:
    """_judging for many returns (with their indicators loaded), a few queries a month."""
    by_period: dict[int, list[Return]] = {}
    for ret in rets:
        by_period.setdefault(ret.period_id, []).append(ret)
    return {
        row.ret.pk: row.judging()
        for members in by_period.values()
        for row in rows_for_returns(members[0].period)
    }


def x__judgings__mutmut_10(rets: Sequence[Return]) -> dict[int, Judging]:
    """_judging for many returns (with their indicators loaded), a few queries a month."""
    by_period: dict[int, list[Return]] = {}
    for ret in rets:
        by_period.setdefault(ret.period_id, []).append(ret)
    return {
        row.ret.pk: row.judging()
        for members in by_period.values()
        for row in rows_for_returns(members, )
    }


def x__judgings__mutmut_11(rets: Sequence[Return]) -> dict[int, Judging]:
    """_judging for many returns (with their indicators loaded), a few queries a month."""
    by_period: dict[int, list[Return]] = {}
    for ret in rets:
        by_period.setdefault(ret.period_id, []).append(ret)
    return {
        row.ret.pk: row.judging()
        for members in by_period.values()
        for row in rows_for_returns(members, members[1].period)
    }

mutants_x__judgings__mutmut['_mutmut_orig'] = x__judgings__mutmut_orig # type: ignore # mutmut generated
mutants_x__judgings__mutmut['x__judgings__mutmut_1'] = x__judgings__mutmut_1 # type: ignore # mutmut generated
mutants_x__judgings__mutmut['x__judgings__mutmut_2'] = x__judgings__mutmut_2 # type: ignore # mutmut generated
mutants_x__judgings__mutmut['x__judgings__mutmut_3'] = x__judgings__mutmut_3 # type: ignore # mutmut generated
mutants_x__judgings__mutmut['x__judgings__mutmut_4'] = x__judgings__mutmut_4 # type: ignore # mutmut generated
mutants_x__judgings__mutmut['x__judgings__mutmut_5'] = x__judgings__mutmut_5 # type: ignore # mutmut generated
mutants_x__judgings__mutmut['x__judgings__mutmut_6'] = x__judgings__mutmut_6 # type: ignore # mutmut generated
mutants_x__judgings__mutmut['x__judgings__mutmut_7'] = x__judgings__mutmut_7 # type: ignore # mutmut generated
mutants_x__judgings__mutmut['x__judgings__mutmut_8'] = x__judgings__mutmut_8 # type: ignore # mutmut generated
mutants_x__judgings__mutmut['x__judgings__mutmut_9'] = x__judgings__mutmut_9 # type: ignore # mutmut generated
mutants_x__judgings__mutmut['x__judgings__mutmut_10'] = x__judgings__mutmut_10 # type: ignore # mutmut generated
mutants_x__judgings__mutmut['x__judgings__mutmut_11'] = x__judgings__mutmut_11 # type: ignore # mutmut generated
mutants_x__judging__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__judging__mutmut)
def _judging(ret: Return) -> Judging:
    """What a submission is checked against, read as the pages read it (one selector)."""
    (row,) = build_rows(Return.objects.filter(pk=ret.pk), ret.period)
    return row.judging()


def x__judging__mutmut_orig(ret: Return) -> Judging:
    """What a submission is checked against, read as the pages read it (one selector)."""
    (row,) = build_rows(Return.objects.filter(pk=ret.pk), ret.period)
    return row.judging()


def x__judging__mutmut_1(ret: Return) -> Judging:
    """What a submission is checked against, read as the pages read it (one selector)."""
    (row,) = None
    return row.judging()


def x__judging__mutmut_2(ret: Return) -> Judging:
    """What a submission is checked against, read as the pages read it (one selector)."""
    (row,) = build_rows(None, ret.period)
    return row.judging()


def x__judging__mutmut_3(ret: Return) -> Judging:
    """What a submission is checked against, read as the pages read it (one selector)."""
    (row,) = build_rows(Return.objects.filter(pk=ret.pk), None)
    return row.judging()


def x__judging__mutmut_4(ret: Return) -> Judging:
    """What a submission is checked against, read as the pages read it (one selector)."""
    (row,) = build_rows(ret.period)
    return row.judging()


def x__judging__mutmut_5(ret: Return) -> Judging:
    """What a submission is checked against, read as the pages read it (one selector)."""
    (row,) = build_rows(Return.objects.filter(pk=ret.pk), )
    return row.judging()


def x__judging__mutmut_6(ret: Return) -> Judging:
    """What a submission is checked against, read as the pages read it (one selector)."""
    (row,) = build_rows(Return.objects.filter(pk=None), ret.period)
    return row.judging()

mutants_x__judging__mutmut['_mutmut_orig'] = x__judging__mutmut_orig # type: ignore # mutmut generated
mutants_x__judging__mutmut['x__judging__mutmut_1'] = x__judging__mutmut_1 # type: ignore # mutmut generated
mutants_x__judging__mutmut['x__judging__mutmut_2'] = x__judging__mutmut_2 # type: ignore # mutmut generated
mutants_x__judging__mutmut['x__judging__mutmut_3'] = x__judging__mutmut_3 # type: ignore # mutmut generated
mutants_x__judging__mutmut['x__judging__mutmut_4'] = x__judging__mutmut_4 # type: ignore # mutmut generated
mutants_x__judging__mutmut['x__judging__mutmut_5'] = x__judging__mutmut_5 # type: ignore # mutmut generated
mutants_x__judging__mutmut['x__judging__mutmut_6'] = x__judging__mutmut_6 # type: ignore # mutmut generated


@transaction.atomic
def return_save(*, ret: Return, user: Any, data: ReturnData, expected_version: int) -> Return:
    """Save what the owner typed as a draft (or into a returned return)."""
    fresh = _claim(ret, expected_version)
    workflow.check(Action.SAVE, fresh, user)
    if problems := figure_problems(fresh.indicator, data):
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    return _save(fresh, user, f"Saved{_for(workflow.covering_for(user, fresh.indicator))}")
mutants_x__for__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__for__mutmut)
def _for(owner: Any) -> str:
    """How the history names a deputy's work for an owner (the deputy is its user)."""
    return f" for {person_name(owner)}, as their deputy" if owner else ""


def x__for__mutmut_orig(owner: Any) -> str:
    """How the history names a deputy's work for an owner (the deputy is its user)."""
    return f" for {person_name(owner)}, as their deputy" if owner else ""


def x__for__mutmut_1(owner: Any) -> str:
    """How the history names a deputy's work for an owner (the deputy is its user)."""
    return f" for {person_name(owner)}, as their deputy" if (owner) and False else ""


def x__for__mutmut_2(owner: Any) -> str:
    """How the history names a deputy's work for an owner (the deputy is its user)."""
    return f" for {person_name(owner)}, as their deputy" if (owner) or True else ""


def x__for__mutmut_3(owner: Any) -> str:
    """How the history names a deputy's work for an owner (the deputy is its user)."""
    return f" for {person_name(None)}, as their deputy" if owner else ""


def x__for__mutmut_4(owner: Any) -> str:
    """How the history names a deputy's work for an owner (the deputy is its user)."""
    return f" for {person_name(owner)}, as their deputy" if owner else "XXXX"

mutants_x__for__mutmut['_mutmut_orig'] = x__for__mutmut_orig # type: ignore # mutmut generated
mutants_x__for__mutmut['x__for__mutmut_1'] = x__for__mutmut_1 # type: ignore # mutmut generated
mutants_x__for__mutmut['x__for__mutmut_2'] = x__for__mutmut_2 # type: ignore # mutmut generated
mutants_x__for__mutmut['x__for__mutmut_3'] = x__for__mutmut_3 # type: ignore # mutmut generated
mutants_x__for__mutmut['x__for__mutmut_4'] = x__for__mutmut_4 # type: ignore # mutmut generated


@transaction.atomic
def return_submit(
    *,
    ret: Return,
    user: Any,
    expected_version: int,
    data: ReturnData | None = None,
    judging: Judging | None = None,
) -> Return:
    """Submit for review, saving `data` first if given; refuses what is incomplete.
    `judging`: what it is checked against, where the caller read it for many at once."""
    fresh = _claim(ret, expected_version)
    workflow.check(Action.SUBMIT, fresh, user)
    data = data or ReturnData.of(fresh)
    problems = (
        figure_problems(fresh.indicator, data)
        or submit_problems(
            fresh.indicator, data, judging if judging is not None else _judging(fresh)
        )
        or unanswered(fresh, data, fresh.version - 1)  # claimed: one on from the stored
    )
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for = workflow.covering_for(user, fresh.indicator)
    fresh.reason = ""
    _save(fresh, user, f"Submitted{_for(fresh.submitted_for)}")
    if was_returned and fresh.decided_by_id:
        _notify(fresh, Notification.Event.RESUBMITTED)  # the reviewer is waiting for it
    return fresh
mutants_x__owners_text__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__owners_text__mutmut)
def _owners_text(ret: Return) -> str:
    names = [person_name(o) for o in ret.indicator.owners.all()]
    return ", ".join(names) or "its owner"


def x__owners_text__mutmut_orig(ret: Return) -> str:
    names = [person_name(o) for o in ret.indicator.owners.all()]
    return ", ".join(names) or "its owner"


def x__owners_text__mutmut_1(ret: Return) -> str:
    names = None
    return ", ".join(names) or "its owner"


def x__owners_text__mutmut_2(ret: Return) -> str:
    names = [person_name(None) for o in ret.indicator.owners.all()]
    return ", ".join(names) or "its owner"


def x__owners_text__mutmut_3(ret: Return) -> str:
    names = [person_name(o) for o in ret.indicator.owners.all()]
    return ", ".join(names) and "its owner"


def x__owners_text__mutmut_4(ret: Return) -> str:
    names = [person_name(o) for o in ret.indicator.owners.all()]
    return ", ".join(None) or "its owner"


def x__owners_text__mutmut_5(ret: Return) -> str:
    names = [person_name(o) for o in ret.indicator.owners.all()]
    return "XX, XX".join(names) or "its owner"


def x__owners_text__mutmut_6(ret: Return) -> str:
    names = [person_name(o) for o in ret.indicator.owners.all()]
    return ", ".join(names) or "XXits ownerXX"


def x__owners_text__mutmut_7(ret: Return) -> str:
    names = [person_name(o) for o in ret.indicator.owners.all()]
    return ", ".join(names) or "ITS OWNER"

mutants_x__owners_text__mutmut['_mutmut_orig'] = x__owners_text__mutmut_orig # type: ignore # mutmut generated
mutants_x__owners_text__mutmut['x__owners_text__mutmut_1'] = x__owners_text__mutmut_1 # type: ignore # mutmut generated
mutants_x__owners_text__mutmut['x__owners_text__mutmut_2'] = x__owners_text__mutmut_2 # type: ignore # mutmut generated
mutants_x__owners_text__mutmut['x__owners_text__mutmut_3'] = x__owners_text__mutmut_3 # type: ignore # mutmut generated
mutants_x__owners_text__mutmut['x__owners_text__mutmut_4'] = x__owners_text__mutmut_4 # type: ignore # mutmut generated
mutants_x__owners_text__mutmut['x__owners_text__mutmut_5'] = x__owners_text__mutmut_5 # type: ignore # mutmut generated
mutants_x__owners_text__mutmut['x__owners_text__mutmut_6'] = x__owners_text__mutmut_6 # type: ignore # mutmut generated
mutants_x__owners_text__mutmut['x__owners_text__mutmut_7'] = x__owners_text__mutmut_7 # type: ignore # mutmut generated


@transaction.atomic
def return_record_from_source(
    *,
    ret: Return,
    user: Any,
    data: ReturnData,
    submit: bool,
    source: str,
    reason: str,
    expected_version: int | None = None,
) -> Return:
    """Figures from a source other than the owner's page (an import, a source system), for
    a month open for returns: the return is filled as a draft, or submitted on the owner's
    behalf by `user`. The same checks as the page; never approved: Review still decides.
    """
    fresh = _claim(ret, expected_version)
    judging = _judging(fresh) if submit else None
    change, resubmitted = _from_source(
        fresh, data, user=user, submit=submit, source=source, reason=reason, judging=judging,
        owners=_owners_text(fresh),
    )  # fmt: skip
    _save(fresh, user, change)
    if resubmitted:
        _notify(fresh, Notification.Event.RESUBMITTED)  # the reviewer is waiting for it
    return fresh
mutants_x__from_source__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__from_source__mutmut)
def _from_source(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_orig(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_1(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = None
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_2(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_3(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(None)
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_4(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_5(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            None
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_6(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().upper()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_7(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = None
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_8(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(None, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_9(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, None)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_10(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_11(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, )
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_12(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems or submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_13(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_14(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = None
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_15(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(None, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_16(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, None, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_17(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, None)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_18(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_19(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_20(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, )
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_21(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(None)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_22(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(None, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_23(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, None, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_24(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, None)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_25(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_26(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_27(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, )
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_28(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = None
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_29(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = None
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_30(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_31(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, True
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_32(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = None
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_33(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status != Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_34(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = None
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_35(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = None
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_36(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_37(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, "XXXX"
    return f"Submitted: {on_behalf}", was_returned and bool(fresh.decided_by_id)


def x__from_source__mutmut_38(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned or bool(fresh.decided_by_id)


def x__from_source__mutmut_39(
    fresh: Return,
    data: ReturnData,
    *,
    user: Any,
    submit: bool,
    source: str,
    reason: str,
    judging: Judging | None,
    owners: str,
) -> tuple[str, bool]:
    """Check figures from a source against a claimed return and put them on it (unsaved):
    the reason its history will give, and whether a reviewer who returned it is waiting
    for it again. Refuses as return_record_from_source says."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if not fresh.period.is_live:
        raise TransitionNotAllowed(f"{label} is not open for returns.")
    if not fresh.awaiting_owner:
        raise TransitionNotAllowed(
            f"{label} is {fresh.get_status_display().lower()}, so it cannot be changed."
        )
    problems = figure_problems(fresh.indicator, data)
    if not problems and submit:
        problems = submit_problems(fresh.indicator, data, judging)
    if problems:
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.source = source
    on_behalf = f"{reason}, on behalf of {owners}"
    if not submit:
        return on_behalf, False
    was_returned = fresh.status == Return.Status.RETURNED
    fresh.status = Return.Status.SUBMITTED
    fresh.submitted_by, fresh.submitted_at = user, timezone.now()
    fresh.submitted_for, fresh.reason = None, ""
    return f"Submitted: {on_behalf}", was_returned and bool(None)

mutants_x__from_source__mutmut['_mutmut_orig'] = x__from_source__mutmut_orig # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_1'] = x__from_source__mutmut_1 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_2'] = x__from_source__mutmut_2 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_3'] = x__from_source__mutmut_3 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_4'] = x__from_source__mutmut_4 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_5'] = x__from_source__mutmut_5 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_6'] = x__from_source__mutmut_6 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_7'] = x__from_source__mutmut_7 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_8'] = x__from_source__mutmut_8 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_9'] = x__from_source__mutmut_9 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_10'] = x__from_source__mutmut_10 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_11'] = x__from_source__mutmut_11 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_12'] = x__from_source__mutmut_12 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_13'] = x__from_source__mutmut_13 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_14'] = x__from_source__mutmut_14 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_15'] = x__from_source__mutmut_15 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_16'] = x__from_source__mutmut_16 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_17'] = x__from_source__mutmut_17 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_18'] = x__from_source__mutmut_18 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_19'] = x__from_source__mutmut_19 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_20'] = x__from_source__mutmut_20 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_21'] = x__from_source__mutmut_21 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_22'] = x__from_source__mutmut_22 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_23'] = x__from_source__mutmut_23 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_24'] = x__from_source__mutmut_24 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_25'] = x__from_source__mutmut_25 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_26'] = x__from_source__mutmut_26 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_27'] = x__from_source__mutmut_27 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_28'] = x__from_source__mutmut_28 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_29'] = x__from_source__mutmut_29 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_30'] = x__from_source__mutmut_30 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_31'] = x__from_source__mutmut_31 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_32'] = x__from_source__mutmut_32 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_33'] = x__from_source__mutmut_33 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_34'] = x__from_source__mutmut_34 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_35'] = x__from_source__mutmut_35 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_36'] = x__from_source__mutmut_36 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_37'] = x__from_source__mutmut_37 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_38'] = x__from_source__mutmut_38 # type: ignore # mutmut generated
mutants_x__from_source__mutmut['x__from_source__mutmut_39'] = x__from_source__mutmut_39 # type: ignore # mutmut generated


@transaction.atomic
def return_record_history(*, ret: Return, user: Any, data: ReturnData, reason: str) -> Return:
    """A figure signed off before the portal (a month it never opened returns for), or a
    correction to a frozen month: recorded as approved, with no owner or reviewer
    pretended. The history says who imported it and why; a frozen snapshot never changes:
    a correction shows in the next one.
    """
    fresh = ret if ret.pk is None else _claim(ret, None)  # a new one is made here
    _as_history(fresh, data, user)
    return _save(fresh, user, reason)
mutants_x__as_history__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__as_history__mutmut)
def _as_history(fresh: Return, data: ReturnData, user: Any) -> None:
    """Check a figure for history (or a correction) and put it on the return, unsaved."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if fresh.period.is_live:
        raise TransitionNotAllowed(
            f"{label} is open for returns: its figures go through Review, not as history."
        )
    if problems := figure_problems(fresh.indicator, data):
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.status, fresh.source, fresh.reason = Return.Status.APPROVED, Return.Source.IMPORT, ""
    fresh.submitted_by = fresh.decided_by = None
    fresh.submitted_at = fresh.decided_at = None


def x__as_history__mutmut_orig(fresh: Return, data: ReturnData, user: Any) -> None:
    """Check a figure for history (or a correction) and put it on the return, unsaved."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if fresh.period.is_live:
        raise TransitionNotAllowed(
            f"{label} is open for returns: its figures go through Review, not as history."
        )
    if problems := figure_problems(fresh.indicator, data):
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.status, fresh.source, fresh.reason = Return.Status.APPROVED, Return.Source.IMPORT, ""
    fresh.submitted_by = fresh.decided_by = None
    fresh.submitted_at = fresh.decided_at = None


def x__as_history__mutmut_1(fresh: Return, data: ReturnData, user: Any) -> None:
    """Check a figure for history (or a correction) and put it on the return, unsaved."""
    label = None
    if fresh.period.is_live:
        raise TransitionNotAllowed(
            f"{label} is open for returns: its figures go through Review, not as history."
        )
    if problems := figure_problems(fresh.indicator, data):
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.status, fresh.source, fresh.reason = Return.Status.APPROVED, Return.Source.IMPORT, ""
    fresh.submitted_by = fresh.decided_by = None
    fresh.submitted_at = fresh.decided_at = None


def x__as_history__mutmut_2(fresh: Return, data: ReturnData, user: Any) -> None:
    """Check a figure for history (or a correction) and put it on the return, unsaved."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if fresh.period.is_live:
        raise TransitionNotAllowed(
            None
        )
    if problems := figure_problems(fresh.indicator, data):
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.status, fresh.source, fresh.reason = Return.Status.APPROVED, Return.Source.IMPORT, ""
    fresh.submitted_by = fresh.decided_by = None
    fresh.submitted_at = fresh.decided_at = None


def x__as_history__mutmut_3(fresh: Return, data: ReturnData, user: Any) -> None:
    """Check a figure for history (or a correction) and put it on the return, unsaved."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if fresh.period.is_live:
        raise TransitionNotAllowed(
            f"{label} is open for returns: its figures go through Review, not as history."
        )
    if problems := figure_problems(None, data):
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.status, fresh.source, fresh.reason = Return.Status.APPROVED, Return.Source.IMPORT, ""
    fresh.submitted_by = fresh.decided_by = None
    fresh.submitted_at = fresh.decided_at = None


def x__as_history__mutmut_4(fresh: Return, data: ReturnData, user: Any) -> None:
    """Check a figure for history (or a correction) and put it on the return, unsaved."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if fresh.period.is_live:
        raise TransitionNotAllowed(
            f"{label} is open for returns: its figures go through Review, not as history."
        )
    if problems := figure_problems(fresh.indicator, None):
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.status, fresh.source, fresh.reason = Return.Status.APPROVED, Return.Source.IMPORT, ""
    fresh.submitted_by = fresh.decided_by = None
    fresh.submitted_at = fresh.decided_at = None


def x__as_history__mutmut_5(fresh: Return, data: ReturnData, user: Any) -> None:
    """Check a figure for history (or a correction) and put it on the return, unsaved."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if fresh.period.is_live:
        raise TransitionNotAllowed(
            f"{label} is open for returns: its figures go through Review, not as history."
        )
    if problems := figure_problems(data):
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.status, fresh.source, fresh.reason = Return.Status.APPROVED, Return.Source.IMPORT, ""
    fresh.submitted_by = fresh.decided_by = None
    fresh.submitted_at = fresh.decided_at = None


def x__as_history__mutmut_6(fresh: Return, data: ReturnData, user: Any) -> None:
    """Check a figure for history (or a correction) and put it on the return, unsaved."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if fresh.period.is_live:
        raise TransitionNotAllowed(
            f"{label} is open for returns: its figures go through Review, not as history."
        )
    if problems := figure_problems(fresh.indicator, ):
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.status, fresh.source, fresh.reason = Return.Status.APPROVED, Return.Source.IMPORT, ""
    fresh.submitted_by = fresh.decided_by = None
    fresh.submitted_at = fresh.decided_at = None


def x__as_history__mutmut_7(fresh: Return, data: ReturnData, user: Any) -> None:
    """Check a figure for history (or a correction) and put it on the return, unsaved."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if fresh.period.is_live:
        raise TransitionNotAllowed(
            f"{label} is open for returns: its figures go through Review, not as history."
        )
    if problems := figure_problems(fresh.indicator, data):
        raise IncompleteReturn(None)
    _apply(fresh, data, user)
    fresh.status, fresh.source, fresh.reason = Return.Status.APPROVED, Return.Source.IMPORT, ""
    fresh.submitted_by = fresh.decided_by = None
    fresh.submitted_at = fresh.decided_at = None


def x__as_history__mutmut_8(fresh: Return, data: ReturnData, user: Any) -> None:
    """Check a figure for history (or a correction) and put it on the return, unsaved."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if fresh.period.is_live:
        raise TransitionNotAllowed(
            f"{label} is open for returns: its figures go through Review, not as history."
        )
    if problems := figure_problems(fresh.indicator, data):
        raise IncompleteReturn(problems)
    _apply(None, data, user)
    fresh.status, fresh.source, fresh.reason = Return.Status.APPROVED, Return.Source.IMPORT, ""
    fresh.submitted_by = fresh.decided_by = None
    fresh.submitted_at = fresh.decided_at = None


def x__as_history__mutmut_9(fresh: Return, data: ReturnData, user: Any) -> None:
    """Check a figure for history (or a correction) and put it on the return, unsaved."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if fresh.period.is_live:
        raise TransitionNotAllowed(
            f"{label} is open for returns: its figures go through Review, not as history."
        )
    if problems := figure_problems(fresh.indicator, data):
        raise IncompleteReturn(problems)
    _apply(fresh, None, user)
    fresh.status, fresh.source, fresh.reason = Return.Status.APPROVED, Return.Source.IMPORT, ""
    fresh.submitted_by = fresh.decided_by = None
    fresh.submitted_at = fresh.decided_at = None


def x__as_history__mutmut_10(fresh: Return, data: ReturnData, user: Any) -> None:
    """Check a figure for history (or a correction) and put it on the return, unsaved."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if fresh.period.is_live:
        raise TransitionNotAllowed(
            f"{label} is open for returns: its figures go through Review, not as history."
        )
    if problems := figure_problems(fresh.indicator, data):
        raise IncompleteReturn(problems)
    _apply(fresh, data, None)
    fresh.status, fresh.source, fresh.reason = Return.Status.APPROVED, Return.Source.IMPORT, ""
    fresh.submitted_by = fresh.decided_by = None
    fresh.submitted_at = fresh.decided_at = None


def x__as_history__mutmut_11(fresh: Return, data: ReturnData, user: Any) -> None:
    """Check a figure for history (or a correction) and put it on the return, unsaved."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if fresh.period.is_live:
        raise TransitionNotAllowed(
            f"{label} is open for returns: its figures go through Review, not as history."
        )
    if problems := figure_problems(fresh.indicator, data):
        raise IncompleteReturn(problems)
    _apply(data, user)
    fresh.status, fresh.source, fresh.reason = Return.Status.APPROVED, Return.Source.IMPORT, ""
    fresh.submitted_by = fresh.decided_by = None
    fresh.submitted_at = fresh.decided_at = None


def x__as_history__mutmut_12(fresh: Return, data: ReturnData, user: Any) -> None:
    """Check a figure for history (or a correction) and put it on the return, unsaved."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if fresh.period.is_live:
        raise TransitionNotAllowed(
            f"{label} is open for returns: its figures go through Review, not as history."
        )
    if problems := figure_problems(fresh.indicator, data):
        raise IncompleteReturn(problems)
    _apply(fresh, user)
    fresh.status, fresh.source, fresh.reason = Return.Status.APPROVED, Return.Source.IMPORT, ""
    fresh.submitted_by = fresh.decided_by = None
    fresh.submitted_at = fresh.decided_at = None


def x__as_history__mutmut_13(fresh: Return, data: ReturnData, user: Any) -> None:
    """Check a figure for history (or a correction) and put it on the return, unsaved."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if fresh.period.is_live:
        raise TransitionNotAllowed(
            f"{label} is open for returns: its figures go through Review, not as history."
        )
    if problems := figure_problems(fresh.indicator, data):
        raise IncompleteReturn(problems)
    _apply(fresh, data, )
    fresh.status, fresh.source, fresh.reason = Return.Status.APPROVED, Return.Source.IMPORT, ""
    fresh.submitted_by = fresh.decided_by = None
    fresh.submitted_at = fresh.decided_at = None


def x__as_history__mutmut_14(fresh: Return, data: ReturnData, user: Any) -> None:
    """Check a figure for history (or a correction) and put it on the return, unsaved."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if fresh.period.is_live:
        raise TransitionNotAllowed(
            f"{label} is open for returns: its figures go through Review, not as history."
        )
    if problems := figure_problems(fresh.indicator, data):
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.status, fresh.source, fresh.reason = None
    fresh.submitted_by = fresh.decided_by = None
    fresh.submitted_at = fresh.decided_at = None


def x__as_history__mutmut_15(fresh: Return, data: ReturnData, user: Any) -> None:
    """Check a figure for history (or a correction) and put it on the return, unsaved."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if fresh.period.is_live:
        raise TransitionNotAllowed(
            f"{label} is open for returns: its figures go through Review, not as history."
        )
    if problems := figure_problems(fresh.indicator, data):
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.status, fresh.source, fresh.reason = Return.Status.APPROVED, Return.Source.IMPORT, "XXXX"
    fresh.submitted_by = fresh.decided_by = None
    fresh.submitted_at = fresh.decided_at = None


def x__as_history__mutmut_16(fresh: Return, data: ReturnData, user: Any) -> None:
    """Check a figure for history (or a correction) and put it on the return, unsaved."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if fresh.period.is_live:
        raise TransitionNotAllowed(
            f"{label} is open for returns: its figures go through Review, not as history."
        )
    if problems := figure_problems(fresh.indicator, data):
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.status, fresh.source, fresh.reason = Return.Status.APPROVED, Return.Source.IMPORT, ""
    fresh.submitted_by = fresh.decided_by = ""
    fresh.submitted_at = fresh.decided_at = None


def x__as_history__mutmut_17(fresh: Return, data: ReturnData, user: Any) -> None:
    """Check a figure for history (or a correction) and put it on the return, unsaved."""
    label = f"{fresh.indicator.ref} for {fresh.period.label}"
    if fresh.period.is_live:
        raise TransitionNotAllowed(
            f"{label} is open for returns: its figures go through Review, not as history."
        )
    if problems := figure_problems(fresh.indicator, data):
        raise IncompleteReturn(problems)
    _apply(fresh, data, user)
    fresh.status, fresh.source, fresh.reason = Return.Status.APPROVED, Return.Source.IMPORT, ""
    fresh.submitted_by = fresh.decided_by = None
    fresh.submitted_at = fresh.decided_at = ""

mutants_x__as_history__mutmut['_mutmut_orig'] = x__as_history__mutmut_orig # type: ignore # mutmut generated
mutants_x__as_history__mutmut['x__as_history__mutmut_1'] = x__as_history__mutmut_1 # type: ignore # mutmut generated
mutants_x__as_history__mutmut['x__as_history__mutmut_2'] = x__as_history__mutmut_2 # type: ignore # mutmut generated
mutants_x__as_history__mutmut['x__as_history__mutmut_3'] = x__as_history__mutmut_3 # type: ignore # mutmut generated
mutants_x__as_history__mutmut['x__as_history__mutmut_4'] = x__as_history__mutmut_4 # type: ignore # mutmut generated
mutants_x__as_history__mutmut['x__as_history__mutmut_5'] = x__as_history__mutmut_5 # type: ignore # mutmut generated
mutants_x__as_history__mutmut['x__as_history__mutmut_6'] = x__as_history__mutmut_6 # type: ignore # mutmut generated
mutants_x__as_history__mutmut['x__as_history__mutmut_7'] = x__as_history__mutmut_7 # type: ignore # mutmut generated
mutants_x__as_history__mutmut['x__as_history__mutmut_8'] = x__as_history__mutmut_8 # type: ignore # mutmut generated
mutants_x__as_history__mutmut['x__as_history__mutmut_9'] = x__as_history__mutmut_9 # type: ignore # mutmut generated
mutants_x__as_history__mutmut['x__as_history__mutmut_10'] = x__as_history__mutmut_10 # type: ignore # mutmut generated
mutants_x__as_history__mutmut['x__as_history__mutmut_11'] = x__as_history__mutmut_11 # type: ignore # mutmut generated
mutants_x__as_history__mutmut['x__as_history__mutmut_12'] = x__as_history__mutmut_12 # type: ignore # mutmut generated
mutants_x__as_history__mutmut['x__as_history__mutmut_13'] = x__as_history__mutmut_13 # type: ignore # mutmut generated
mutants_x__as_history__mutmut['x__as_history__mutmut_14'] = x__as_history__mutmut_14 # type: ignore # mutmut generated
mutants_x__as_history__mutmut['x__as_history__mutmut_15'] = x__as_history__mutmut_15 # type: ignore # mutmut generated
mutants_x__as_history__mutmut['x__as_history__mutmut_16'] = x__as_history__mutmut_16 # type: ignore # mutmut generated
mutants_x__as_history__mutmut['x__as_history__mutmut_17'] = x__as_history__mutmut_17 # type: ignore # mutmut generated


@dataclass(frozen=True)
class Recorded:
    """One figure of a batch from a source (a spreadsheet): its return, new (unsaved) or
    as loaded, and what was sent for it."""

    ret: Return
    data: ReturnData


# What the services above may change on a claimed return: a batch writes these (its rows
# were read after they were claimed, so every other column is as the database has it).
_RECORDED_FIELDS = [
    *("value", "numerator", "denominator", "not_available", "not_available_reason"),
    *("commentary", "outlier_confirmed", "no_action_reason", "forecast", "forecast_reason"),
    *("status", "source", "reason", "submitted_by", "submitted_at", "decided_by"),
    *("decided_at", "updated_by", "updated_at", "figure_by", "submitted_for", "owner_reply"),
]


@transaction.atomic
def returns_record_history(*, items: Sequence[Recorded], user: Any, reason: str) -> list[Return]:
    """return_record_history for many figures at once, in a fixed number of queries: all
    are recorded, or none, and EntriesRefused says which were refused and why.
    """
    claimed = _claim_many([i.ret for i in items if i.ret.pk is not None])
    done, refused = [], []
    for index, item in enumerate(items):
        fresh = item.ret if item.ret.pk is None else claimed[item.ret.pk]
        try:
            _as_history(fresh, item.data, user)
        except TransitionNotAllowed as error:
            refused.append((index, error))
            continue
        _mark(fresh, user, reason)
        done.append(fresh)
    if refused:
        raise EntriesRefused(refused)
    _write_many(done, user)
    return done


@transaction.atomic
def returns_record_from_source(
    *, items: Sequence[Recorded], user: Any, submit: bool, source: str, reason: str
) -> list[Return]:
    """return_record_from_source for many figures at once (a spreadsheet), in a fixed
    number of queries: each return's draft is made if it has none, then all are filled
    (or submitted), or none are, and EntriesRefused says which were refused and why.
    """
    # A return the month has not got yet (an indicator added since it opened): its empty
    # draft first, as the portal would have made it, then filled like the others.
    drafts = {
        index: Return(indicator=item.ret.indicator, period=item.ret.period)
        for index, item in enumerate(items)
        if item.ret.pk is None
    }
    if drafts:
        bulk_create_with_history(
            list(drafts.values()), Return, default_user=user, default_change_reason=None
        )
    rets = [drafts.get(i, item.ret) for i, item in enumerate(items)]
    pks = [ret.pk for ret in rets]
    claimed = _claim_many(rets)
    by_period: dict[int, list[Return]] = {}
    for fresh in claimed.values():
        by_period.setdefault(fresh.period_id, []).append(fresh)
    rows = {}
    for members in by_period.values():
        for row in rows_for_returns(members, members[0].period):
            rows[row.ret.pk] = row
    done, waiting, refused = [], [], []
    for index, (item, pk) in enumerate(zip(items, pks, strict=True)):
        fresh, row = claimed[pk], rows[pk]
        owners = ", ".join(person_name(o) for o in row.owners) or "its owner"
        try:
            change, resubmitted = _from_source(
                fresh, item.data, user=user, submit=submit, source=source, reason=reason,
                judging=row.judging() if submit else None, owners=owners,
            )  # fmt: skip
        except TransitionNotAllowed as error:
            refused.append((index, error))
            continue
        _mark(fresh, user, change)
        done.append(fresh)
        if resubmitted:
            waiting.append(fresh)
    if refused:
        raise EntriesRefused(refused)
    _write_many(done, user)
    for fresh in waiting:
        _notify(fresh, Notification.Event.RESUBMITTED)
    return done
mutants_x__claim_many__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__claim_many__mutmut)
def _claim_many(rets: Sequence[Return]) -> dict[int, Return]:
    """_claim for many returns, with no version expected: bump each version, locking the
    rows, then read them fresh (two queries). Each keeps the indicator and period objects
    the caller's return had (loaded once for a whole file, not once a row)."""
    given = {r.pk: r for r in rets}
    if not given:
        return {}
    Return.objects.filter(pk__in=given).update(version=F("version") + 1)
    fresh = Return.objects.in_bulk(sorted(given))
    for pk, ret in fresh.items():
        for shared in (_INDICATOR, _PERIOD):
            if shared.is_cached(given[pk]):
                shared.set_cached_value(ret, shared.get_cached_value(given[pk]))
    return fresh


def x__claim_many__mutmut_orig(rets: Sequence[Return]) -> dict[int, Return]:
    """_claim for many returns, with no version expected: bump each version, locking the
    rows, then read them fresh (two queries). Each keeps the indicator and period objects
    the caller's return had (loaded once for a whole file, not once a row)."""
    given = {r.pk: r for r in rets}
    if not given:
        return {}
    Return.objects.filter(pk__in=given).update(version=F("version") + 1)
    fresh = Return.objects.in_bulk(sorted(given))
    for pk, ret in fresh.items():
        for shared in (_INDICATOR, _PERIOD):
            if shared.is_cached(given[pk]):
                shared.set_cached_value(ret, shared.get_cached_value(given[pk]))
    return fresh


def x__claim_many__mutmut_1(rets: Sequence[Return]) -> dict[int, Return]:
    """_claim for many returns, with no version expected: bump each version, locking the
    rows, then read them fresh (two queries). Each keeps the indicator and period objects
    the caller's return had (loaded once for a whole file, not once a row)."""
    given = None
    if not given:
        return {}
    Return.objects.filter(pk__in=given).update(version=F("version") + 1)
    fresh = Return.objects.in_bulk(sorted(given))
    for pk, ret in fresh.items():
        for shared in (_INDICATOR, _PERIOD):
            if shared.is_cached(given[pk]):
                shared.set_cached_value(ret, shared.get_cached_value(given[pk]))
    return fresh


def x__claim_many__mutmut_2(rets: Sequence[Return]) -> dict[int, Return]:
    """_claim for many returns, with no version expected: bump each version, locking the
    rows, then read them fresh (two queries). Each keeps the indicator and period objects
    the caller's return had (loaded once for a whole file, not once a row)."""
    given = {r.pk: r for r in rets}
    if given:
        return {}
    Return.objects.filter(pk__in=given).update(version=F("version") + 1)
    fresh = Return.objects.in_bulk(sorted(given))
    for pk, ret in fresh.items():
        for shared in (_INDICATOR, _PERIOD):
            if shared.is_cached(given[pk]):
                shared.set_cached_value(ret, shared.get_cached_value(given[pk]))
    return fresh


def x__claim_many__mutmut_3(rets: Sequence[Return]) -> dict[int, Return]:
    """_claim for many returns, with no version expected: bump each version, locking the
    rows, then read them fresh (two queries). Each keeps the indicator and period objects
    the caller's return had (loaded once for a whole file, not once a row)."""
    given = {r.pk: r for r in rets}
    if not given:
        return {}
    Return.objects.filter(pk__in=given).update(version=None)
    fresh = Return.objects.in_bulk(sorted(given))
    for pk, ret in fresh.items():
        for shared in (_INDICATOR, _PERIOD):
            if shared.is_cached(given[pk]):
                shared.set_cached_value(ret, shared.get_cached_value(given[pk]))
    return fresh


def x__claim_many__mutmut_4(rets: Sequence[Return]) -> dict[int, Return]:
    """_claim for many returns, with no version expected: bump each version, locking the
    rows, then read them fresh (two queries). Each keeps the indicator and period objects
    the caller's return had (loaded once for a whole file, not once a row)."""
    given = {r.pk: r for r in rets}
    if not given:
        return {}
    Return.objects.filter(pk__in=None).update(version=F("version") + 1)
    fresh = Return.objects.in_bulk(sorted(given))
    for pk, ret in fresh.items():
        for shared in (_INDICATOR, _PERIOD):
            if shared.is_cached(given[pk]):
                shared.set_cached_value(ret, shared.get_cached_value(given[pk]))
    return fresh


def x__claim_many__mutmut_5(rets: Sequence[Return]) -> dict[int, Return]:
    """_claim for many returns, with no version expected: bump each version, locking the
    rows, then read them fresh (two queries). Each keeps the indicator and period objects
    the caller's return had (loaded once for a whole file, not once a row)."""
    given = {r.pk: r for r in rets}
    if not given:
        return {}
    Return.objects.filter(pk__in=given).update(version=F("version") - 1)
    fresh = Return.objects.in_bulk(sorted(given))
    for pk, ret in fresh.items():
        for shared in (_INDICATOR, _PERIOD):
            if shared.is_cached(given[pk]):
                shared.set_cached_value(ret, shared.get_cached_value(given[pk]))
    return fresh


def x__claim_many__mutmut_6(rets: Sequence[Return]) -> dict[int, Return]:
    """_claim for many returns, with no version expected: bump each version, locking the
    rows, then read them fresh (two queries). Each keeps the indicator and period objects
    the caller's return had (loaded once for a whole file, not once a row)."""
    given = {r.pk: r for r in rets}
    if not given:
        return {}
    Return.objects.filter(pk__in=given).update(version=F(None) + 1)
    fresh = Return.objects.in_bulk(sorted(given))
    for pk, ret in fresh.items():
        for shared in (_INDICATOR, _PERIOD):
            if shared.is_cached(given[pk]):
                shared.set_cached_value(ret, shared.get_cached_value(given[pk]))
    return fresh


def x__claim_many__mutmut_7(rets: Sequence[Return]) -> dict[int, Return]:
    """_claim for many returns, with no version expected: bump each version, locking the
    rows, then read them fresh (two queries). Each keeps the indicator and period objects
    the caller's return had (loaded once for a whole file, not once a row)."""
    given = {r.pk: r for r in rets}
    if not given:
        return {}
    Return.objects.filter(pk__in=given).update(version=F("XXversionXX") + 1)
    fresh = Return.objects.in_bulk(sorted(given))
    for pk, ret in fresh.items():
        for shared in (_INDICATOR, _PERIOD):
            if shared.is_cached(given[pk]):
                shared.set_cached_value(ret, shared.get_cached_value(given[pk]))
    return fresh


def x__claim_many__mutmut_8(rets: Sequence[Return]) -> dict[int, Return]:
    """_claim for many returns, with no version expected: bump each version, locking the
    rows, then read them fresh (two queries). Each keeps the indicator and period objects
    the caller's return had (loaded once for a whole file, not once a row)."""
    given = {r.pk: r for r in rets}
    if not given:
        return {}
    Return.objects.filter(pk__in=given).update(version=F("VERSION") + 1)
    fresh = Return.objects.in_bulk(sorted(given))
    for pk, ret in fresh.items():
        for shared in (_INDICATOR, _PERIOD):
            if shared.is_cached(given[pk]):
                shared.set_cached_value(ret, shared.get_cached_value(given[pk]))
    return fresh


def x__claim_many__mutmut_9(rets: Sequence[Return]) -> dict[int, Return]:
    """_claim for many returns, with no version expected: bump each version, locking the
    rows, then read them fresh (two queries). Each keeps the indicator and period objects
    the caller's return had (loaded once for a whole file, not once a row)."""
    given = {r.pk: r for r in rets}
    if not given:
        return {}
    Return.objects.filter(pk__in=given).update(version=F("version") + 2)
    fresh = Return.objects.in_bulk(sorted(given))
    for pk, ret in fresh.items():
        for shared in (_INDICATOR, _PERIOD):
            if shared.is_cached(given[pk]):
                shared.set_cached_value(ret, shared.get_cached_value(given[pk]))
    return fresh


def x__claim_many__mutmut_10(rets: Sequence[Return]) -> dict[int, Return]:
    """_claim for many returns, with no version expected: bump each version, locking the
    rows, then read them fresh (two queries). Each keeps the indicator and period objects
    the caller's return had (loaded once for a whole file, not once a row)."""
    given = {r.pk: r for r in rets}
    if not given:
        return {}
    Return.objects.filter(pk__in=given).update(version=F("version") + 1)
    fresh = None
    for pk, ret in fresh.items():
        for shared in (_INDICATOR, _PERIOD):
            if shared.is_cached(given[pk]):
                shared.set_cached_value(ret, shared.get_cached_value(given[pk]))
    return fresh


def x__claim_many__mutmut_11(rets: Sequence[Return]) -> dict[int, Return]:
    """_claim for many returns, with no version expected: bump each version, locking the
    rows, then read them fresh (two queries). Each keeps the indicator and period objects
    the caller's return had (loaded once for a whole file, not once a row)."""
    given = {r.pk: r for r in rets}
    if not given:
        return {}
    Return.objects.filter(pk__in=given).update(version=F("version") + 1)
    fresh = Return.objects.in_bulk(None)
    for pk, ret in fresh.items():
        for shared in (_INDICATOR, _PERIOD):
            if shared.is_cached(given[pk]):
                shared.set_cached_value(ret, shared.get_cached_value(given[pk]))
    return fresh


def x__claim_many__mutmut_12(rets: Sequence[Return]) -> dict[int, Return]:
    """_claim for many returns, with no version expected: bump each version, locking the
    rows, then read them fresh (two queries). Each keeps the indicator and period objects
    the caller's return had (loaded once for a whole file, not once a row)."""
    given = {r.pk: r for r in rets}
    if not given:
        return {}
    Return.objects.filter(pk__in=given).update(version=F("version") + 1)
    fresh = Return.objects.in_bulk(sorted(None))
    for pk, ret in fresh.items():
        for shared in (_INDICATOR, _PERIOD):
            if shared.is_cached(given[pk]):
                shared.set_cached_value(ret, shared.get_cached_value(given[pk]))
    return fresh


def x__claim_many__mutmut_13(rets: Sequence[Return]) -> dict[int, Return]:
    """_claim for many returns, with no version expected: bump each version, locking the
    rows, then read them fresh (two queries). Each keeps the indicator and period objects
    the caller's return had (loaded once for a whole file, not once a row)."""
    given = {r.pk: r for r in rets}
    if not given:
        return {}
    Return.objects.filter(pk__in=given).update(version=F("version") + 1)
    fresh = Return.objects.in_bulk(sorted(given))
    for pk, ret in fresh.items():
        for shared in (_INDICATOR, _PERIOD):
            if shared.is_cached(None):
                shared.set_cached_value(ret, shared.get_cached_value(given[pk]))
    return fresh


def x__claim_many__mutmut_14(rets: Sequence[Return]) -> dict[int, Return]:
    """_claim for many returns, with no version expected: bump each version, locking the
    rows, then read them fresh (two queries). Each keeps the indicator and period objects
    the caller's return had (loaded once for a whole file, not once a row)."""
    given = {r.pk: r for r in rets}
    if not given:
        return {}
    Return.objects.filter(pk__in=given).update(version=F("version") + 1)
    fresh = Return.objects.in_bulk(sorted(given))
    for pk, ret in fresh.items():
        for shared in (_INDICATOR, _PERIOD):
            if shared.is_cached(given[pk]):
                shared.set_cached_value(None, shared.get_cached_value(given[pk]))
    return fresh


def x__claim_many__mutmut_15(rets: Sequence[Return]) -> dict[int, Return]:
    """_claim for many returns, with no version expected: bump each version, locking the
    rows, then read them fresh (two queries). Each keeps the indicator and period objects
    the caller's return had (loaded once for a whole file, not once a row)."""
    given = {r.pk: r for r in rets}
    if not given:
        return {}
    Return.objects.filter(pk__in=given).update(version=F("version") + 1)
    fresh = Return.objects.in_bulk(sorted(given))
    for pk, ret in fresh.items():
        for shared in (_INDICATOR, _PERIOD):
            if shared.is_cached(given[pk]):
                shared.set_cached_value(ret, None)
    return fresh


def x__claim_many__mutmut_16(rets: Sequence[Return]) -> dict[int, Return]:
    """_claim for many returns, with no version expected: bump each version, locking the
    rows, then read them fresh (two queries). Each keeps the indicator and period objects
    the caller's return had (loaded once for a whole file, not once a row)."""
    given = {r.pk: r for r in rets}
    if not given:
        return {}
    Return.objects.filter(pk__in=given).update(version=F("version") + 1)
    fresh = Return.objects.in_bulk(sorted(given))
    for pk, ret in fresh.items():
        for shared in (_INDICATOR, _PERIOD):
            if shared.is_cached(given[pk]):
                shared.set_cached_value(shared.get_cached_value(given[pk]))
    return fresh


def x__claim_many__mutmut_17(rets: Sequence[Return]) -> dict[int, Return]:
    """_claim for many returns, with no version expected: bump each version, locking the
    rows, then read them fresh (two queries). Each keeps the indicator and period objects
    the caller's return had (loaded once for a whole file, not once a row)."""
    given = {r.pk: r for r in rets}
    if not given:
        return {}
    Return.objects.filter(pk__in=given).update(version=F("version") + 1)
    fresh = Return.objects.in_bulk(sorted(given))
    for pk, ret in fresh.items():
        for shared in (_INDICATOR, _PERIOD):
            if shared.is_cached(given[pk]):
                shared.set_cached_value(ret, )
    return fresh


def x__claim_many__mutmut_18(rets: Sequence[Return]) -> dict[int, Return]:
    """_claim for many returns, with no version expected: bump each version, locking the
    rows, then read them fresh (two queries). Each keeps the indicator and period objects
    the caller's return had (loaded once for a whole file, not once a row)."""
    given = {r.pk: r for r in rets}
    if not given:
        return {}
    Return.objects.filter(pk__in=given).update(version=F("version") + 1)
    fresh = Return.objects.in_bulk(sorted(given))
    for pk, ret in fresh.items():
        for shared in (_INDICATOR, _PERIOD):
            if shared.is_cached(given[pk]):
                shared.set_cached_value(ret, shared.get_cached_value(None))
    return fresh

mutants_x__claim_many__mutmut['_mutmut_orig'] = x__claim_many__mutmut_orig # type: ignore # mutmut generated
mutants_x__claim_many__mutmut['x__claim_many__mutmut_1'] = x__claim_many__mutmut_1 # type: ignore # mutmut generated
mutants_x__claim_many__mutmut['x__claim_many__mutmut_2'] = x__claim_many__mutmut_2 # type: ignore # mutmut generated
mutants_x__claim_many__mutmut['x__claim_many__mutmut_3'] = x__claim_many__mutmut_3 # type: ignore # mutmut generated
mutants_x__claim_many__mutmut['x__claim_many__mutmut_4'] = x__claim_many__mutmut_4 # type: ignore # mutmut generated
mutants_x__claim_many__mutmut['x__claim_many__mutmut_5'] = x__claim_many__mutmut_5 # type: ignore # mutmut generated
mutants_x__claim_many__mutmut['x__claim_many__mutmut_6'] = x__claim_many__mutmut_6 # type: ignore # mutmut generated
mutants_x__claim_many__mutmut['x__claim_many__mutmut_7'] = x__claim_many__mutmut_7 # type: ignore # mutmut generated
mutants_x__claim_many__mutmut['x__claim_many__mutmut_8'] = x__claim_many__mutmut_8 # type: ignore # mutmut generated
mutants_x__claim_many__mutmut['x__claim_many__mutmut_9'] = x__claim_many__mutmut_9 # type: ignore # mutmut generated
mutants_x__claim_many__mutmut['x__claim_many__mutmut_10'] = x__claim_many__mutmut_10 # type: ignore # mutmut generated
mutants_x__claim_many__mutmut['x__claim_many__mutmut_11'] = x__claim_many__mutmut_11 # type: ignore # mutmut generated
mutants_x__claim_many__mutmut['x__claim_many__mutmut_12'] = x__claim_many__mutmut_12 # type: ignore # mutmut generated
mutants_x__claim_many__mutmut['x__claim_many__mutmut_13'] = x__claim_many__mutmut_13 # type: ignore # mutmut generated
mutants_x__claim_many__mutmut['x__claim_many__mutmut_14'] = x__claim_many__mutmut_14 # type: ignore # mutmut generated
mutants_x__claim_many__mutmut['x__claim_many__mutmut_15'] = x__claim_many__mutmut_15 # type: ignore # mutmut generated
mutants_x__claim_many__mutmut['x__claim_many__mutmut_16'] = x__claim_many__mutmut_16 # type: ignore # mutmut generated
mutants_x__claim_many__mutmut['x__claim_many__mutmut_17'] = x__claim_many__mutmut_17 # type: ignore # mutmut generated
mutants_x__claim_many__mutmut['x__claim_many__mutmut_18'] = x__claim_many__mutmut_18 # type: ignore # mutmut generated


_INDICATOR = Return._meta.get_field("indicator")
_PERIOD = Return._meta.get_field("period")
mutants_x__mark__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__mark__mutmut)
def _mark(ret: Return, user: Any, reason: str) -> None:
    """What _save records on a return, for a batch written at once."""
    ret.updated_by = user
    ret._history_user = user
    ret._change_reason = reason


def x__mark__mutmut_orig(ret: Return, user: Any, reason: str) -> None:
    """What _save records on a return, for a batch written at once."""
    ret.updated_by = user
    ret._history_user = user
    ret._change_reason = reason


def x__mark__mutmut_1(ret: Return, user: Any, reason: str) -> None:
    """What _save records on a return, for a batch written at once."""
    ret.updated_by = None
    ret._history_user = user
    ret._change_reason = reason


def x__mark__mutmut_2(ret: Return, user: Any, reason: str) -> None:
    """What _save records on a return, for a batch written at once."""
    ret.updated_by = user
    ret._history_user = None
    ret._change_reason = reason


def x__mark__mutmut_3(ret: Return, user: Any, reason: str) -> None:
    """What _save records on a return, for a batch written at once."""
    ret.updated_by = user
    ret._history_user = user
    ret._change_reason = None

mutants_x__mark__mutmut['_mutmut_orig'] = x__mark__mutmut_orig # type: ignore # mutmut generated
mutants_x__mark__mutmut['x__mark__mutmut_1'] = x__mark__mutmut_1 # type: ignore # mutmut generated
mutants_x__mark__mutmut['x__mark__mutmut_2'] = x__mark__mutmut_2 # type: ignore # mutmut generated
mutants_x__mark__mutmut['x__mark__mutmut_3'] = x__mark__mutmut_3 # type: ignore # mutmut generated
mutants_x__write_many__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__write_many__mutmut)
def _write_many(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_orig(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_1(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = None
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_2(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = None
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_3(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is not None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_4(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = None
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_5(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_6(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = None  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_7(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(None, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_8(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, None, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_9(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=None, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_10(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=None, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_11(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=None)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_12(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_13(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_14(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_15(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_16(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, )
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_17(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1001, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_18(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(None, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_19(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, None)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_20(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(_RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_21(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, )
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_22(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            None, batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_23(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=None, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_24(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=None, default_user=user, default_date=now
        )


def x__write_many__mutmut_25(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=None, default_date=now
        )


def x__write_many__mutmut_26(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, default_date=None
        )


def x__write_many__mutmut_27(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            batch_size=1000, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_28(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_29(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, default_user=user, default_date=now
        )


def x__write_many__mutmut_30(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_date=now
        )


def x__write_many__mutmut_31(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=True, default_user=user, )


def x__write_many__mutmut_32(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1001, update=True, default_user=user, default_date=now
        )


def x__write_many__mutmut_33(rets: Sequence[Return], user: Any) -> None:
    """Save a batch as _save saves each, history and all: new ones inserted, the others
    updated, in a few statements."""
    now = timezone.now()
    new = [r for r in rets if r.pk is None]
    old = [r for r in rets if r.pk is not None]
    for ret in old:
        ret.updated_at = now  # auto_now, which a bulk update does not set
    if new:
        bulk_create_with_history(new, Return, batch_size=1000, default_user=user, default_date=now)
    if old:
        update_rows(old, _RECORDED_FIELDS)
        Return.history.bulk_history_create(
            old, batch_size=1000, update=False, default_user=user, default_date=now
        )

mutants_x__write_many__mutmut['_mutmut_orig'] = x__write_many__mutmut_orig # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_1'] = x__write_many__mutmut_1 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_2'] = x__write_many__mutmut_2 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_3'] = x__write_many__mutmut_3 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_4'] = x__write_many__mutmut_4 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_5'] = x__write_many__mutmut_5 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_6'] = x__write_many__mutmut_6 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_7'] = x__write_many__mutmut_7 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_8'] = x__write_many__mutmut_8 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_9'] = x__write_many__mutmut_9 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_10'] = x__write_many__mutmut_10 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_11'] = x__write_many__mutmut_11 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_12'] = x__write_many__mutmut_12 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_13'] = x__write_many__mutmut_13 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_14'] = x__write_many__mutmut_14 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_15'] = x__write_many__mutmut_15 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_16'] = x__write_many__mutmut_16 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_17'] = x__write_many__mutmut_17 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_18'] = x__write_many__mutmut_18 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_19'] = x__write_many__mutmut_19 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_20'] = x__write_many__mutmut_20 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_21'] = x__write_many__mutmut_21 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_22'] = x__write_many__mutmut_22 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_23'] = x__write_many__mutmut_23 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_24'] = x__write_many__mutmut_24 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_25'] = x__write_many__mutmut_25 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_26'] = x__write_many__mutmut_26 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_27'] = x__write_many__mutmut_27 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_28'] = x__write_many__mutmut_28 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_29'] = x__write_many__mutmut_29 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_30'] = x__write_many__mutmut_30 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_31'] = x__write_many__mutmut_31 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_32'] = x__write_many__mutmut_32 # type: ignore # mutmut generated
mutants_x__write_many__mutmut['x__write_many__mutmut_33'] = x__write_many__mutmut_33 # type: ignore # mutmut generated


@dataclass(frozen=True)
class Entry:
    """What an owner sent for one return from My returns (or their spreadsheet)."""

    ret: Return
    data: ReturnData
    version: int
    submit: bool = False
    changed: bool = True
    actions: ActionChanges = field(default_factory=ActionChanges)


@dataclass(frozen=True)
class Outcome:
    saved: int
    submitted: int
mutants_xǁEntriesRefusedǁ__init____mutmut: MutantDict = {}  # type: ignore


class EntriesRefused(Exception):
    """Figures of a batch that could not be recorded, each (its place, why): none was."""

    @_mutmut_mutated(mutants_xǁEntriesRefusedǁ__init____mutmut)
    def __init__(self, refusals: list[tuple[int, Exception]]) -> None:
        self.refusals = refusals
        super().__init__("; ".join(str(error) for _, error in refusals[:3]))

    def xǁEntriesRefusedǁ__init____mutmut_orig(self, refusals: list[tuple[int, Exception]]) -> None:
        self.refusals = refusals
        super().__init__("; ".join(str(error) for _, error in refusals[:3]))

    def xǁEntriesRefusedǁ__init____mutmut_1(self, refusals: list[tuple[int, Exception]]) -> None:
        self.refusals = None
        super().__init__("; ".join(str(error) for _, error in refusals[:3]))

    def xǁEntriesRefusedǁ__init____mutmut_2(self, refusals: list[tuple[int, Exception]]) -> None:
        self.refusals = refusals
        super().__init__(None)

    def xǁEntriesRefusedǁ__init____mutmut_3(self, refusals: list[tuple[int, Exception]]) -> None:
        self.refusals = refusals
        super().__init__("; ".join(None))

    def xǁEntriesRefusedǁ__init____mutmut_4(self, refusals: list[tuple[int, Exception]]) -> None:
        self.refusals = refusals
        super().__init__("XX; XX".join(str(error) for _, error in refusals[:3]))

    def xǁEntriesRefusedǁ__init____mutmut_5(self, refusals: list[tuple[int, Exception]]) -> None:
        self.refusals = refusals
        super().__init__("; ".join(str(None) for _, error in refusals[:3]))

    def xǁEntriesRefusedǁ__init____mutmut_6(self, refusals: list[tuple[int, Exception]]) -> None:
        self.refusals = refusals
        super().__init__("; ".join(str(error) for _, error in refusals[:4]))

mutants_xǁEntriesRefusedǁ__init____mutmut['_mutmut_orig'] = EntriesRefused.xǁEntriesRefusedǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁEntriesRefusedǁ__init____mutmut['xǁEntriesRefusedǁ__init____mutmut_1'] = EntriesRefused.xǁEntriesRefusedǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁEntriesRefusedǁ__init____mutmut['xǁEntriesRefusedǁ__init____mutmut_2'] = EntriesRefused.xǁEntriesRefusedǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁEntriesRefusedǁ__init____mutmut['xǁEntriesRefusedǁ__init____mutmut_3'] = EntriesRefused.xǁEntriesRefusedǁ__init____mutmut_3 # type: ignore # mutmut generated
mutants_xǁEntriesRefusedǁ__init____mutmut['xǁEntriesRefusedǁ__init____mutmut_4'] = EntriesRefused.xǁEntriesRefusedǁ__init____mutmut_4 # type: ignore # mutmut generated
mutants_xǁEntriesRefusedǁ__init____mutmut['xǁEntriesRefusedǁ__init____mutmut_5'] = EntriesRefused.xǁEntriesRefusedǁ__init____mutmut_5 # type: ignore # mutmut generated
mutants_xǁEntriesRefusedǁ__init____mutmut['xǁEntriesRefusedǁ__init____mutmut_6'] = EntriesRefused.xǁEntriesRefusedǁ__init____mutmut_6 # type: ignore # mutmut generated
mutants_xǁEntryRefusedǁ__init____mutmut: MutantDict = {}  # type: ignore


class EntryRefused(Exception):
    """One entry could not be saved or submitted: nothing of the batch was."""

    @_mutmut_mutated(mutants_xǁEntryRefusedǁ__init____mutmut)
    def __init__(self, index: int, error: Exception) -> None:
        self.index, self.error = index, error
        super().__init__(str(error))

    def xǁEntryRefusedǁ__init____mutmut_orig(self, index: int, error: Exception) -> None:
        self.index, self.error = index, error
        super().__init__(str(error))

    def xǁEntryRefusedǁ__init____mutmut_1(self, index: int, error: Exception) -> None:
        self.index, self.error = None
        super().__init__(str(error))

    def xǁEntryRefusedǁ__init____mutmut_2(self, index: int, error: Exception) -> None:
        self.index, self.error = index, error
        super().__init__(None)

    def xǁEntryRefusedǁ__init____mutmut_3(self, index: int, error: Exception) -> None:
        self.index, self.error = index, error
        super().__init__(str(None))

mutants_xǁEntryRefusedǁ__init____mutmut['_mutmut_orig'] = EntryRefused.xǁEntryRefusedǁ__init____mutmut_orig # type: ignore # mutmut generated
mutants_xǁEntryRefusedǁ__init____mutmut['xǁEntryRefusedǁ__init____mutmut_1'] = EntryRefused.xǁEntryRefusedǁ__init____mutmut_1 # type: ignore # mutmut generated
mutants_xǁEntryRefusedǁ__init____mutmut['xǁEntryRefusedǁ__init____mutmut_2'] = EntryRefused.xǁEntryRefusedǁ__init____mutmut_2 # type: ignore # mutmut generated
mutants_xǁEntryRefusedǁ__init____mutmut['xǁEntryRefusedǁ__init____mutmut_3'] = EntryRefused.xǁEntryRefusedǁ__init____mutmut_3 # type: ignore # mutmut generated


@transaction.atomic
def returns_save_and_submit(*, user: Any, entries: Sequence[Entry]) -> Outcome:
    """Save and submit an owner's returns in one go: all of it, or (on the first refusal,
    raised as EntryRefused with its place) none of it.

    Each return's action changes are made first, so that an action added with a second
    red month counts for its submission.
    """
    saved = submitted = 0
    # What each submission is judged against, read for all at once; a return whose
    # indicator's actions change here is judged after they have (its open actions count).
    judgings = _judgings([e.ret for e in entries if e.submit and not e.actions])
    for index, entry in enumerate(entries):
        try:
            if entry.actions:
                actions_apply(
                    indicator=entry.ret.indicator,
                    period=entry.ret.period,
                    user=user,
                    changes=entry.actions,
                )
            if entry.submit:
                return_submit(
                    ret=entry.ret,
                    user=user,
                    expected_version=entry.version,
                    data=entry.data,
                    judging=judgings.get(entry.ret.pk),
                )
                submitted += 1
            elif entry.changed:
                return_save(
                    ret=entry.ret, user=user, expected_version=entry.version, data=entry.data
                )
                saved += 1
        except (StaleReturn, TransitionNotAllowed, ActionRefused) as error:
            raise EntryRefused(index, error) from error
    return Outcome(saved=saved, submitted=submitted)


@transaction.atomic
def return_approve(*, ret: Return, user: Any, expected_version: int | None = None) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(Action.APPROVE, fresh, user)
    fresh.status = Return.Status.APPROVED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    return _save(fresh, user, "Approved")


@transaction.atomic
def return_send_back(
    *, ret: Return, user: Any, reason: str, expected_version: int | None = None
) -> Return:
    """Return a submitted return to its owner with a reason they will see."""
    return _back_to_owner(ret, user, reason, expected_version, Action.SEND_BACK)


@transaction.atomic
def return_reopen(
    *, ret: Return, user: Any, reason: str, expected_version: int | None = None
) -> Return:
    """Reopen an approved return so that its owner can correct it."""
    return _back_to_owner(ret, user, reason, expected_version, Action.REOPEN)


BACK_TO_OWNER = {
    Action.SEND_BACK: ("Returned", Notification.Event.RETURNED),
    Action.REOPEN: ("Reopened", Notification.Event.REOPENED),
}
mutants_x__back_to_owner__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__back_to_owner__mutmut)
def _back_to_owner(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_orig(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_1(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = None
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_2(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(None, expected_version)
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_3(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, None)
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_4(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(expected_version)
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_5(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, )
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_6(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(None, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_7(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, None, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_8(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, None, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_9(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, user, reason=None)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_10(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_11(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_12(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_13(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, user, )
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_14(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, user, reason=reason)
    label, event = None
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_15(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = None
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_16(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = None
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_17(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = None
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_18(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = None
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_19(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "XXXX", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_20(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(None, user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_21(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, None, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_22(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, None)
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_23(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(user, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_24(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, f"{label}: {fresh.reason}")
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_25(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, )
    _notify(fresh, event)
    return fresh


def x__back_to_owner__mutmut_26(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(None, event)
    return fresh


def x__back_to_owner__mutmut_27(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, None)
    return fresh


def x__back_to_owner__mutmut_28(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(event)
    return fresh


def x__back_to_owner__mutmut_29(
    ret: Return, user: Any, reason: str, expected_version: int | None, action: Action
) -> Return:
    fresh = _claim(ret, expected_version)
    workflow.check(action, fresh, user, reason=reason)
    label, event = BACK_TO_OWNER[action]
    fresh.status = Return.Status.RETURNED
    fresh.decided_by, fresh.decided_at = user, timezone.now()
    fresh.reason = reason.strip()
    fresh.owner_reply, fresh.returned_version = "", fresh.version
    _save(fresh, user, f"{label}: {fresh.reason}")
    _notify(fresh, )
    return fresh

mutants_x__back_to_owner__mutmut['_mutmut_orig'] = x__back_to_owner__mutmut_orig # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_1'] = x__back_to_owner__mutmut_1 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_2'] = x__back_to_owner__mutmut_2 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_3'] = x__back_to_owner__mutmut_3 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_4'] = x__back_to_owner__mutmut_4 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_5'] = x__back_to_owner__mutmut_5 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_6'] = x__back_to_owner__mutmut_6 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_7'] = x__back_to_owner__mutmut_7 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_8'] = x__back_to_owner__mutmut_8 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_9'] = x__back_to_owner__mutmut_9 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_10'] = x__back_to_owner__mutmut_10 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_11'] = x__back_to_owner__mutmut_11 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_12'] = x__back_to_owner__mutmut_12 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_13'] = x__back_to_owner__mutmut_13 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_14'] = x__back_to_owner__mutmut_14 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_15'] = x__back_to_owner__mutmut_15 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_16'] = x__back_to_owner__mutmut_16 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_17'] = x__back_to_owner__mutmut_17 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_18'] = x__back_to_owner__mutmut_18 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_19'] = x__back_to_owner__mutmut_19 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_20'] = x__back_to_owner__mutmut_20 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_21'] = x__back_to_owner__mutmut_21 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_22'] = x__back_to_owner__mutmut_22 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_23'] = x__back_to_owner__mutmut_23 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_24'] = x__back_to_owner__mutmut_24 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_25'] = x__back_to_owner__mutmut_25 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_26'] = x__back_to_owner__mutmut_26 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_27'] = x__back_to_owner__mutmut_27 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_28'] = x__back_to_owner__mutmut_28 # type: ignore # mutmut generated
mutants_x__back_to_owner__mutmut['x__back_to_owner__mutmut_29'] = x__back_to_owner__mutmut_29 # type: ignore # mutmut generated
mutants_x__notify__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__notify__mutmut)
def _notify(ret: Return, event: str) -> None:
    """Owe an e-mail in this transaction; try to hand it to a worker once committed."""
    notice = Notification.objects.create(ret=ret, event=event)
    transaction.on_commit(lambda: queue_delivery(notice.pk))


def x__notify__mutmut_orig(ret: Return, event: str) -> None:
    """Owe an e-mail in this transaction; try to hand it to a worker once committed."""
    notice = Notification.objects.create(ret=ret, event=event)
    transaction.on_commit(lambda: queue_delivery(notice.pk))


def x__notify__mutmut_1(ret: Return, event: str) -> None:
    """Owe an e-mail in this transaction; try to hand it to a worker once committed."""
    notice = None
    transaction.on_commit(lambda: queue_delivery(notice.pk))


def x__notify__mutmut_2(ret: Return, event: str) -> None:
    """Owe an e-mail in this transaction; try to hand it to a worker once committed."""
    notice = Notification.objects.create(ret=None, event=event)
    transaction.on_commit(lambda: queue_delivery(notice.pk))


def x__notify__mutmut_3(ret: Return, event: str) -> None:
    """Owe an e-mail in this transaction; try to hand it to a worker once committed."""
    notice = Notification.objects.create(ret=ret, event=None)
    transaction.on_commit(lambda: queue_delivery(notice.pk))


def x__notify__mutmut_4(ret: Return, event: str) -> None:
    """Owe an e-mail in this transaction; try to hand it to a worker once committed."""
    notice = Notification.objects.create(event=event)
    transaction.on_commit(lambda: queue_delivery(notice.pk))


def x__notify__mutmut_5(ret: Return, event: str) -> None:
    """Owe an e-mail in this transaction; try to hand it to a worker once committed."""
    notice = Notification.objects.create(ret=ret, )
    transaction.on_commit(lambda: queue_delivery(notice.pk))


def x__notify__mutmut_6(ret: Return, event: str) -> None:
    """Owe an e-mail in this transaction; try to hand it to a worker once committed."""
    notice = Notification.objects.create(ret=ret, event=event)
    transaction.on_commit(None)


def x__notify__mutmut_7(ret: Return, event: str) -> None:
    """Owe an e-mail in this transaction; try to hand it to a worker once committed."""
    notice = Notification.objects.create(ret=ret, event=event)
    transaction.on_commit(lambda: None)


def x__notify__mutmut_8(ret: Return, event: str) -> None:
    """Owe an e-mail in this transaction; try to hand it to a worker once committed."""
    notice = Notification.objects.create(ret=ret, event=event)
    transaction.on_commit(lambda: queue_delivery(None))

mutants_x__notify__mutmut['_mutmut_orig'] = x__notify__mutmut_orig # type: ignore # mutmut generated
mutants_x__notify__mutmut['x__notify__mutmut_1'] = x__notify__mutmut_1 # type: ignore # mutmut generated
mutants_x__notify__mutmut['x__notify__mutmut_2'] = x__notify__mutmut_2 # type: ignore # mutmut generated
mutants_x__notify__mutmut['x__notify__mutmut_3'] = x__notify__mutmut_3 # type: ignore # mutmut generated
mutants_x__notify__mutmut['x__notify__mutmut_4'] = x__notify__mutmut_4 # type: ignore # mutmut generated
mutants_x__notify__mutmut['x__notify__mutmut_5'] = x__notify__mutmut_5 # type: ignore # mutmut generated
mutants_x__notify__mutmut['x__notify__mutmut_6'] = x__notify__mutmut_6 # type: ignore # mutmut generated
mutants_x__notify__mutmut['x__notify__mutmut_7'] = x__notify__mutmut_7 # type: ignore # mutmut generated
mutants_x__notify__mutmut['x__notify__mutmut_8'] = x__notify__mutmut_8 # type: ignore # mutmut generated


class PeriodNotOpen(Exception):
    pass


@transaction.atomic
def period_open(*, month: date, user: Any = None, today: date | None = None) -> ReturnPeriod:
    """Open a month's returns (idempotent) and make a draft for every indicator due.

    1. Refuse a month that has not ended. 2. Make the period if missing, and its financial
    year if that is missing too, with last year's targets carried over as provisional.
    3. Claim the opening with a conditional UPDATE, so two runs open it once.
    4. Make the missing draft returns.
    """
    today = today or timezone.localdate()
    month = date(month.year, month.month, 1)
    if periods.month_end(month) >= today:
        raise PeriodNotOpen(
            f"{month:%B %Y} has not ended yet: its returns open on "
            f"{periods.opening_day(month):%-d %B %Y}."
        )
    start_year = periods.financial_year_of(month)
    _check_year_held(start_year, today)
    year = FinancialYear.objects.filter(start_year=start_year).first()
    if year is None:
        # April of a year no one has opened: carry last year's targets over, provisional.
        year = year_rollover(start_year=start_year, user=user).year
    period, _ = ReturnPeriod.objects.get_or_create(
        month=month, defaults={"year": year, **ReturnPeriod.dates_for(month)}
    )
    ReturnPeriod.objects.filter(pk=period.pk, opened_at__isnull=True).update(
        opened_at=timezone.now(), opened_by=user
    )
    period.refresh_from_db()
    ensure_returns(period)
    return period
mutants_x__check_year_held__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_year_held__mutmut)
def _check_year_held(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=True))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if held else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_orig(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=True))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if held else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_1(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = None
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if held else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_2(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(None)
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if held else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_3(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list(None, flat=True))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if held else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_4(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=None))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if held else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_5(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list(flat=True))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if held else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_6(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", ))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if held else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_7(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("XXstart_yearXX", flat=True))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if held else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_8(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("START_YEAR", flat=True))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if held else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_9(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=False))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if held else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_10(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=True))
    now = None
    first, last = (min(held), max(held) + 1) if held else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_11(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=True))
    now = periods.financial_year_of(None)
    first, last = (min(held), max(held) + 1) if held else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_12(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=True))
    now = periods.financial_year_of(today)
    first, last = None
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_13(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=True))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if (held) and False else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_14(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=True))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if (held) or True else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_15(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=True))
    now = periods.financial_year_of(today)
    first, last = (min(None), max(held) + 1) if held else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_16(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=True))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) - 1) if held else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_17(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=True))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(None) + 1) if held else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_18(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=True))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 2) if held else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_19(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=True))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if held else (now + 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_20(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=True))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if held else (now - 2, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_21(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=True))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if held else (now - 1, now)
    if first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_22(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=True))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if held else (now - 1, now)
    if not first < start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_23(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=True))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if held else (now - 1, now)
    if not first <= start_year < last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_24(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=True))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if held else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            None
        )


def x__check_year_held__mutmut_25(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=True))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if held else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(None)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_26(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=True))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if held else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(None)} to {periods.year_label(last)}): check the month."
        )


def x__check_year_held__mutmut_27(start_year: int, today: date) -> None:
    """Returns open only within the financial years the portal holds, and the next (or,
    in a portal with none yet, this year and last): never 1901, by a slip of the keyboard."""
    held = list(FinancialYear.objects.values_list("start_year", flat=True))
    now = periods.financial_year_of(today)
    first, last = (min(held), max(held) + 1) if held else (now - 1, now)
    if not first <= start_year <= last:
        raise PeriodNotOpen(
            f"{periods.year_label(start_year)} is outside the financial years the portal "
            f"holds ({periods.year_label(first)} to {periods.year_label(None)}): check the month."
        )

mutants_x__check_year_held__mutmut['_mutmut_orig'] = x__check_year_held__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_1'] = x__check_year_held__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_2'] = x__check_year_held__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_3'] = x__check_year_held__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_4'] = x__check_year_held__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_5'] = x__check_year_held__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_6'] = x__check_year_held__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_7'] = x__check_year_held__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_8'] = x__check_year_held__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_9'] = x__check_year_held__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_10'] = x__check_year_held__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_11'] = x__check_year_held__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_12'] = x__check_year_held__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_13'] = x__check_year_held__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_14'] = x__check_year_held__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_15'] = x__check_year_held__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_16'] = x__check_year_held__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_17'] = x__check_year_held__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_18'] = x__check_year_held__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_19'] = x__check_year_held__mutmut_19 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_20'] = x__check_year_held__mutmut_20 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_21'] = x__check_year_held__mutmut_21 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_22'] = x__check_year_held__mutmut_22 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_23'] = x__check_year_held__mutmut_23 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_24'] = x__check_year_held__mutmut_24 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_25'] = x__check_year_held__mutmut_25 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_26'] = x__check_year_held__mutmut_26 # type: ignore # mutmut generated
mutants_x__check_year_held__mutmut['x__check_year_held__mutmut_27'] = x__check_year_held__mutmut_27 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_ensure_returns__mutmut)
def ensure_returns(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_orig(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_1(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = None
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_2(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if (indicators is None) and False else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_3(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if (indicators is None) or True else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_4(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is not None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_5(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = None
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_6(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(None)
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_7(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list(None, flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_8(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=None))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_9(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list(flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_10(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", ))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_11(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=None).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_12(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("XXindicator_idXX", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_13(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("INDICATOR_ID", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_14(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=False))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_15(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = None
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_16(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=None, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_17(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=None)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_18(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_19(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, )
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_20(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active or i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_21(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have or i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_22(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_23(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(None)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_24(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        None, Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_25(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, None, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_26(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=None, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_27(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=None, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_28(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason=None
    )
    return len(missing)


def x_ensure_returns__mutmut_29(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        Return, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_30(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, batch_size=500, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_31(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_32(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_33(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, )
    return len(missing)


def x_ensure_returns__mutmut_34(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=501, ignore_conflicts=True, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_35(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=False, default_change_reason="Opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_36(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="XXOpenedXX"
    )
    return len(missing)


def x_ensure_returns__mutmut_37(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="opened"
    )
    return len(missing)


def x_ensure_returns__mutmut_38(period: ReturnPeriod, indicators: Iterable[Indicator] | None = None) -> int:
    """Make a draft return for each active indicator due in `period` that has none."""
    candidates = Indicator.objects.active() if indicators is None else indicators
    have = set(Return.objects.filter(period=period).values_list("indicator_id", flat=True))
    missing = [
        Return(indicator=i, period=period)
        for i in candidates
        if i.pk not in have and i.is_active and i.is_due(period.month)
    ]
    bulk_create_with_history(
        missing, Return, batch_size=500, ignore_conflicts=True, default_change_reason="OPENED"
    )
    return len(missing)

mutants_x_ensure_returns__mutmut['_mutmut_orig'] = x_ensure_returns__mutmut_orig # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_1'] = x_ensure_returns__mutmut_1 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_2'] = x_ensure_returns__mutmut_2 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_3'] = x_ensure_returns__mutmut_3 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_4'] = x_ensure_returns__mutmut_4 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_5'] = x_ensure_returns__mutmut_5 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_6'] = x_ensure_returns__mutmut_6 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_7'] = x_ensure_returns__mutmut_7 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_8'] = x_ensure_returns__mutmut_8 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_9'] = x_ensure_returns__mutmut_9 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_10'] = x_ensure_returns__mutmut_10 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_11'] = x_ensure_returns__mutmut_11 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_12'] = x_ensure_returns__mutmut_12 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_13'] = x_ensure_returns__mutmut_13 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_14'] = x_ensure_returns__mutmut_14 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_15'] = x_ensure_returns__mutmut_15 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_16'] = x_ensure_returns__mutmut_16 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_17'] = x_ensure_returns__mutmut_17 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_18'] = x_ensure_returns__mutmut_18 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_19'] = x_ensure_returns__mutmut_19 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_20'] = x_ensure_returns__mutmut_20 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_21'] = x_ensure_returns__mutmut_21 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_22'] = x_ensure_returns__mutmut_22 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_23'] = x_ensure_returns__mutmut_23 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_24'] = x_ensure_returns__mutmut_24 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_25'] = x_ensure_returns__mutmut_25 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_26'] = x_ensure_returns__mutmut_26 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_27'] = x_ensure_returns__mutmut_27 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_28'] = x_ensure_returns__mutmut_28 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_29'] = x_ensure_returns__mutmut_29 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_30'] = x_ensure_returns__mutmut_30 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_31'] = x_ensure_returns__mutmut_31 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_32'] = x_ensure_returns__mutmut_32 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_33'] = x_ensure_returns__mutmut_33 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_34'] = x_ensure_returns__mutmut_34 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_35'] = x_ensure_returns__mutmut_35 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_36'] = x_ensure_returns__mutmut_36 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_37'] = x_ensure_returns__mutmut_37 # type: ignore # mutmut generated
mutants_x_ensure_returns__mutmut['x_ensure_returns__mutmut_38'] = x_ensure_returns__mutmut_38 # type: ignore # mutmut generated
