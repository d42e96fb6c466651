"""The demo council: its directorates, service areas, people and indicators.

Figures are generated from each indicator's `level` (a typical figure), `spread` (its
month-to-month noise), `trend` (change per year, as a fraction) and `season` (amplitude
of a yearly cycle, as a fraction), so that the history looks like a real service's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DEMO_PASSWORD = "kpiportal-demo"

# fmt: off
DIRECTORATES = [
    ("Customer and Communities", "Amanda Honey", "Communities Cabinet Committee"),
    ("Strategic and Corporate Services", "David Cockburn", "Policy and Resources Cabinet Committee"),
]
# fmt: on

# (directorate, service area, director or head of service, cabinet member)
# fmt: off
SERVICE_AREAS = [
    ("Customer and Communities", "Customer Services", "Des Crilley, Head of Customer Services", "Mike Hill"),
    ("Customer and Communities", "Libraries, Registration and Archives", "Cath Anley, Head of Libraries", "Mike Hill"),
    ("Customer and Communities", "Community Safety and Youth Justice", "Angela Slaven, Director of Service Improvement", "Mike Hill"),
    ("Customer and Communities", "Culture and Sport", "Mark Dance, Head of Culture and Sport", "Mike Hill"),
    ("Strategic and Corporate Services", "Finance", "Andy Wood, Corporate Director of Finance", "John Simmonds"),
    ("Strategic and Corporate Services", "Human Resources", "Amanda Beer, Corporate Director of HR", "Gary Cooke"),
    ("Strategic and Corporate Services", "ICT", "Peter Bole, Director of ICT", "Gary Cooke"),
    ("Strategic and Corporate Services", "Governance and Law", "Geoff Wild, Director of Governance and Law", "Gary Cooke"),
]
# fmt: on

# (username, first name, last name, roles, staff)
# fmt: off
PEOPLE = [
    ("admin", "Sam", "Patel", ["Administrators"], True),
    ("perf", "Priya", "Shah", ["Performance team"], False),
    ("perf2", "Richard", "Fitzgerald", ["Performance team", "Indicator owners"], False),
    ("reader", "Mike", "Hill", ["Readers"], False),
    ("owner", "Alice", "Moreno", ["Indicator owners"], False),
    ("bwright", "Ben", "Wright", ["Indicator owners"], False),
    ("cokafor", "Chidi", "Okafor", ["Indicator owners"], False),
    ("dlewis", "Dana", "Lewis", ["Indicator owners"], False),
    ("ekhan", "Emma", "Khan", ["Indicator owners", "Readers"], False),
    ("fjones", "Frank", "Jones", ["Indicator owners"], False),
    ("gmurray", "Grace", "Murray", ["Indicator owners"], False),
    ("hbrown", "Harry", "Brown", ["Indicator owners"], False),
]
# fmt: on

# The logins make run prints: one for each role.
DEMO_LOGINS = [
    ("owner", "Indicator owner (Customer Services)"),
    ("perf", "Performance team"),
    ("perf2", "Performance team and owner of one indicator"),
    ("admin", "Administrator"),
    ("reader", "Reader (councillor)"),
]


@dataclass(frozen=True)
class Spec:
    ref: str
    title: str
    area: str
    kind: str
    unit: str
    decimals: int
    polarity: str
    frequency: str
    ytd: str
    owner: str
    level: float
    spread: float
    target: float | None = None
    floor: float | None = None
    lower: float | None = None
    upper: float | None = None
    trend: float = 0.0
    season: float = 0.0
    fraction: tuple[str, str, float] | None = None  # numerator label, denominator label, volume
    rolling_12: bool = False
    cumulative: bool = False  # the figure adds up from April, as a YTD count does
    revised: bool = False
    context_for: str | None = None
    note: str = ""
    definition: str = ""
    causes: list[str] = field(default_factory=list)


CS, LRA, CSY, CUL = (
    "Customer Services",
    "Libraries, Registration and Archives",
    "Community Safety and Youth Justice",
    "Culture and Sport",
)
FIN, HR, ICT, GOV = "Finance", "Human Resources", "ICT", "Governance and Law"

# fmt: off
INDICATORS: list[Spec] = [
    Spec("CS01", "Percentage of calls to the contact centre answered", CS, "kpi", "percent", 1, "higher", "monthly", "ratio", "owner", 93.5, 2.2, 95, 90, fraction=("calls answered", "calls received", 42000), season=0.01, causes=["a 20% rise in calls after the council tax bills were issued", "vacancies in the contact centre while recruitment was under way"]),
    Spec("CS02", "Average speed of answer (seconds)", CS, "kpi", "seconds", 0, "lower", "monthly", "mean", "owner", 52, 14, 45, 60, season=0.1, causes=["peak demand after the new waste collection calendars", "staff absence through illness"]),
    Spec("CS03", "Percentage of callers satisfied with the service", CS, "kpi", "percent", 0, "higher", "quarterly", "mean", "owner", 91, 2.5, 90, 85),
    Spec("CS04", "Percentage of complaints resolved at first contact", CS, "kpi", "percent", 1, "higher", "monthly", "ratio", "owner", 78, 4, 80, 75, fraction=("resolved at first contact", "complaints received", 650)),
    Spec("CS04a", "Complaints received by the contact centre", CS, "activity", "count", 0, "lower", "monthly", "sum", "owner", 650, 70, context_for="CS04", season=0.08),
    Spec("CS05", "Calls received by the contact centre", CS, "activity", "count", 0, "lower", "monthly", "sum", "owner", 42000, 3500, context_for="CS01", season=0.12, trend=-0.05),
    Spec("CS06", "Visits to the council website (thousands)", CS, "activity", "number", 1, "higher", "monthly", "mean", "owner", 820, 60, lower=700, upper=900, trend=0.06, season=0.05),
    Spec("CS07", "Transactions completed online", CS, "activity", "count", 0, "higher", "monthly", "sum", "owner", 61000, 4000, trend=0.12),
    Spec("LRA01", "Percentage of births registered within 42 days", LRA, "kpi", "percent", 1, "higher", "monthly", "ratio", "bwright", 97.6, 1.1, 98, 95, fraction=("births registered within 42 days", "births registered", 1300), causes=["the closure of two registration offices for refurbishment"]),
    Spec("LRA02", "Percentage of deaths registered within 5 days", LRA, "kpi", "percent", 1, "higher", "monthly", "ratio", "bwright", 88, 4, 90, 85, fraction=("deaths registered within 5 days", "deaths registered", 1100), season=0.02, causes=["winter pressure on medical certificates, outside the service's control", "delays in receiving medical examiner certificates"]),
    Spec("LRA03", "Customer satisfaction with registration ceremonies", LRA, "kpi", "percent", 0, "higher", "quarterly", "mean", "bwright", 96, 1.5, 95, 90),
    Spec("LRA04", "Library visits", LRA, "activity", "count", 0, "higher", "monthly", "sum", "bwright", 410000, 30000, trend=-0.04, season=0.1),
    Spec("LRA05", "Book issues (physical and e-books)", LRA, "activity", "count", 0, "higher", "monthly", "sum", "bwright", 520000, 35000, trend=-0.02, season=0.08),
    Spec("LRA06", "Registered library members (month end)", LRA, "activity", "count", 0, "higher", "monthly", "latest", "bwright", 315000, 2500, lower=300000, upper=330000, trend=0.01),
    Spec("LRA07", "Archive searches completed within 10 working days (%)", LRA, "kpi", "percent", 0, "higher", "quarterly", "ratio", "bwright", 84, 5, 85, 75, fraction=("searches within 10 days", "searches completed", 420)),
    Spec("CSY01", "Young offenders in education, employment or training (%)", CSY, "kpi", "percent", 1, "higher", "quarterly", "ratio", "cokafor", 68, 5, 75, 70, fraction=("young people in education, employment or training", "young people on orders", 310), causes=["fewer local training places after a provider closed", "a rise in young people on orders with complex needs"]),
    Spec("CSY02", "Young offenders in suitable accommodation (%)", CSY, "kpi", "percent", 1, "higher", "quarterly", "ratio", "cokafor", 90, 3, 92, 88, fraction=("in suitable accommodation", "young people on orders", 310)),
    Spec("CSY03", "First-time entrants to the youth justice system (rolling 12 months)", CSY, "kpi", "count", 0, "lower", "monthly", "latest", "cokafor", 560, 25, 540, 600, rolling_12=True, trend=-0.03),
    Spec("CSY04", "Adults successfully completing alcohol treatment (%, rolling 12 months)", CSY, "kpi", "percent", 1, "higher", "monthly", "latest", "cokafor", 36, 2.5, 40, 35, rolling_12=True, causes=["disruption while the treatment service was retendered", "more clients in the most complex bands under payment by results"]),
    Spec("CSY05", "Trading Standards complaints dealt with in 5 days (%)", CSY, "kpi", "percent", 0, "higher", "monthly", "ratio", "cokafor", 91, 3, 90, 85, fraction=("dealt with in 5 days", "complaints received", 520)),
    Spec("CSY06", "Anti-social behaviour incidents reported", CSY, "activity", "count", 0, "lower", "monthly", "sum", "cokafor", 2100, 180, season=0.15),
    Spec("CUL01", "Funding levered into the county for culture and sport per quarter (£000s)", CUL, "kpi", "gbp_thousands", 0, "higher", "quarterly", "mean", "dlewis", 320, 90, 300, 225, trend=0.05),
    Spec("CUL02", "Country park visitors (thousands)", CUL, "activity", "number", 1, "higher", "monthly", "mean", "dlewis", 95, 25, lower=60, upper=140, season=0.45),
    Spec("CUL03", "Participants in sports development programmes per quarter", CUL, "kpi", "count", 0, "higher", "quarterly", "mean", "dlewis", 5200, 500, 5000, 4500, trend=0.04),
    Spec("CUL04", "Filming days supported by the Film Office", CUL, "activity", "count", 0, "higher", "monthly", "sum", "dlewis", 85, 20, season=0.3),
    Spec("FN01", "Invoices paid within 30 days (%)", FIN, "kpi", "percent", 1, "higher", "monthly", "ratio", "ekhan", 96.8, 1.2, 97, 95, fraction=("invoices paid in 30 days", "invoices received", 9500), causes=["a backlog while the new purchasing system went live", "invoices held for goods-received notes from services"]),
    Spec("FN01a", "Invoices received", FIN, "activity", "count", 0, "lower", "monthly", "sum", "ekhan", 9500, 700, context_for="FN01", season=0.05),
    Spec("FN02", "Council tax collected against the collection profile (%)", FIN, "kpi", "percent", 1, "higher", "monthly", "latest", "ekhan", 99.6, 0.5, 100, 99),
    Spec("FN03", "Business rates collected against the collection profile (%)", FIN, "kpi", "percent", 1, "higher", "monthly", "latest", "ekhan", 99.9, 0.6, 100, 99),
    Spec("FN06", "Sundry debt outstanding over 6 months old (%)", FIN, "kpi", "percent", 1, "lower", "monthly", "none", "ekhan", 31.5, 2.5, 30, 35, causes=["two large disputed debts with health partners", "a delay in referring debts to the legal team"]),
    Spec("FN07", "Sundry debt outstanding (£000s)", FIN, "activity", "gbp_thousands", 0, "lower", "monthly", "none", "ekhan", 14200, 900, lower=12000, upper=16000, context_for="FN06"),
    Spec("FN08", "Budget monitoring returns received on time (%)", FIN, "kpi", "percent", 0, "higher", "monthly", "mean", "ekhan", 94, 4, 95, 90),
    Spec("HR01", "Working days lost to sickness per FTE (rolling 12 months)", HR, "kpi", "days", 1, "lower", "monthly", "latest", "fjones", 8.4, 0.3, 8.0, 9.0, rolling_12=True, causes=["a rise in long-term absence for stress and mental health", "a winter flu outbreak among frontline staff"]),
    Spec("HR02", "Staff turnover (%, rolling 12 months)", HR, "kpi", "percent", 1, "lower", "monthly", "latest", "fjones", 11.2, 0.6, 12, 14, rolling_12=True),
    Spec("HR03", "E-learning courses completed (year to date)", HR, "activity", "count", 0, "higher", "monthly", "latest", "fjones", 2800, 300, cumulative=True, trend=0.08),
    Spec("HR04", "Appraisals completed (%)", HR, "kpi", "percent", 0, "higher", "annual", "latest", "fjones", 89, 3, 95, 85),
    Spec("HR05", "Average monthly agency staff spend (£000s)", HR, "kpi", "gbp_thousands", 0, "lower", "monthly", "mean", "fjones", 310, 45, 330, 380, note="Revised indicator: now excludes school-based staff", revised=True, trend=-0.05),
    Spec("ICT01", "ICT incidents resolved at first contact (%)", ICT, "kpi", "percent", 1, "higher", "monthly", "ratio", "gmurray", 71, 3.5, 70, 65, fraction=("resolved at first contact", "incidents logged", 5200)),
    Spec("ICT02", "Core ICT systems available (%)", ICT, "kpi", "percent", 2, "higher", "monthly", "mean", "gmurray", 99.82, 0.15, 99.8, 99.5, causes=["an unplanned outage of the data centre's storage network", "a failed supplier update to the finance system"]),
    Spec("ICT03", "Calls to the ICT service desk", ICT, "activity", "count", 0, "lower", "monthly", "sum", "gmurray", 5200, 450, context_for="ICT01", season=0.06),
    Spec("ICT04", "Average time to resolve priority 1 incidents (days)", ICT, "kpi", "days", 1, "lower", "monthly", "mean", "gmurray", 0.8, 0.25, 1.0, 1.5),
    Spec("GL01", "Freedom of Information requests answered within 20 working days (%)", GOV, "kpi", "percent", 1, "higher", "monthly", "ratio", "hbrown", 88, 3.5, 92, 87, fraction=("answered within 20 working days", "requests due", 190), causes=["a surge of requests about the local plan consultation", "two long and complex requests that needed legal review"]),
    Spec("GL02", "Freedom of Information requests received", GOV, "activity", "count", 0, "lower", "monthly", "sum", "hbrown", 190, 25, context_for="GL01"),
    Spec("GL03", "Complaints responded to within 20 working days (%)", GOV, "kpi", "percent", 0, "higher", "monthly", "ratio", "perf2", 85, 4, 85, 80, fraction=("responded within 20 days", "complaints due", 240)),
    Spec("GL04", "Subject access requests answered within one month (%)", GOV, "kpi", "percent", 0, "higher", "quarterly", "ratio", "hbrown", 82, 6, 90, 80, fraction=("answered within one month", "requests due", 75), causes=["a rise in requests from care leavers, which need careful redaction"]),
    Spec("GL05", "Average cost of external legal advice per case (number, £)", GOV, "kpi", "number", 0, "lower", "quarterly", "mean", "hbrown", 2350, 180, 2400, 2600),
]
# fmt: on
