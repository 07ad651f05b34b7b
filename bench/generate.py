"""Synthetic news corpus for the benchmarks: N articles as one JSONL file.

Every article is written here from templates (no real article is copied): a
dateline, a lead with the main toll, several paragraphs that report figures in
varied phrasings ("at least N people were killed", "the death toll rose to N",
"N were injured, officials said", "according to the ministry, N people are
missing", "dozens were arrested", "three days of national mourning"), with
claimants and hedges, and filler paragraphs whose numbers are not figures
(years, ages, distances, magnitudes, money, times, road numbers).

Articles are grouped into stories (one real-world event, 2-9 articles each from
different outlets and days). Articles of one story disagree on purpose: an
early report gives a lower toll, a later one from the same claimant revises
it, a rival claimant gives another number, some round to "at least" or
"dozens". So the store has conflicts, revisions and corroborations.

Each JSONL line has the fields newskg reads (text, url, title, publisher,
published) plus ``gold``: what the generator wrote (event, place, figures with
character offsets, claimants, hedges). ``bench/synth.py`` turns ``gold`` into
article graphs without spaCy for the store-scale benchmarks. newskg's reader
ignores the extra field.

Stories are spread over three years for up to 10k articles, over a period
growing with N beyond that (constant density of stories per place and month).

Deterministic: the same ``--seed`` and ``-n`` give byte-identical output.

    python bench/generate.py -n 1000 --seed 7 -o bench/out/corpus-1000.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, timedelta
from pathlib import Path

# (city, ISO3, country name, demonym): the cities are in newskg's country gazetteer.
PLACES = [
    ("Mwanza", "TZA", "Tanzania", "Tanzanian"), ("Arusha", "TZA", "Tanzania", "Tanzanian"),
    ("Pokhara", "NPL", "Nepal", "Nepali"), ("Gorkha", "NPL", "Nepal", "Nepali"),
    ("Davao", "PHL", "Philippines", "Filipino"), ("Cebu", "PHL", "Philippines", "Filipino"),
    ("Surabaya", "IDN", "Indonesia", "Indonesian"), ("Makassar", "IDN", "Indonesia", "Indonesian"),
    ("Kano", "NGA", "Nigeria", "Nigerian"), ("Maiduguri", "NGA", "Nigeria", "Nigerian"),
    ("Mombasa", "KEN", "Kenya", "Kenyan"), ("Kisumu", "KEN", "Kenya", "Kenyan"),
    ("Quetta", "PAK", "Pakistan", "Pakistani"), ("Peshawar", "PAK", "Pakistan", "Pakistani"),
    ("Chittagong", "BGD", "Bangladesh", "Bangladeshi"), ("Sylhet", "BGD", "Bangladesh", "Bangladeshi"),
    ("Guadalajara", "MEX", "Mexico", "Mexican"), ("Oaxaca", "MEX", "Mexico", "Mexican"),
    ("Arequipa", "PER", "Peru", "Peruvian"), ("Cusco", "PER", "Peru", "Peruvian"),
    ("Antofagasta", "CHL", "Chile", "Chilean"), ("Naples", "ITA", "Italy", "Italian"),
    ("Thessaloniki", "GRC", "Greece", "Greek"), ("Alexandria", "EGY", "Egypt", "Egyptian"),
    ("Marrakesh", "MAR", "Morocco", "Moroccan"), ("Recife", "BRA", "Brazil", "Brazilian"),
    ("Medellin", "COL", "Colombia", "Colombian"), ("Durban", "ZAF", "South Africa", "South African"),
    ("Izmir", "TUR", "Turkey", "Turkish"), ("Lahore", "PAK", "Pakistan", "Pakistani"),
]

OUTLETS = [
    "Harbour Daily News", "The Evening Ledger", "Continental Wire", "Morning Courier",
    "The Regional Times", "Global Dispatch", "Coastline Post", "The Independent Monitor",
    "Metro Herald", "World Report Agency", "The Observer Weekly", "Sunrise Broadcasting",
]

# kind -> event type notation (nkg:EventTypeScheme), nouns, the measures it yields, claimants
KINDS = {
    "earthquake": dict(type="earthquake", nouns=["earthquake", "quake"],
                       measures=["killed", "injured", "missing", "displaced"],
                       claimants=["disaster management agency", "health ministry", "Red Cross", "provincial governor"]),
    "flood": dict(type="flood", nouns=["floods", "flooding"],
                  measures=["killed", "missing", "displaced", "evacuated"],
                  claimants=["disaster management agency", "interior ministry", "Red Cross", "local officials"]),
    "fire": dict(type="fire", nouns=["fire", "blaze"],
                 measures=["killed", "injured", "missing"],
                 claimants=["fire service", "police", "health ministry", "hospital officials"]),
    "attack": dict(type="attack", nouns=["attack", "assault"],
                   measures=["killed", "injured", "arrested"],
                   claimants=["police", "interior ministry", "army", "hospital officials"]),
    "crash": dict(type="road_crash", nouns=["bus crash", "collision"],
                  measures=["killed", "injured"],
                  claimants=["police", "transport ministry", "hospital officials", "local officials"]),
    "collapse": dict(type="building_collapse", nouns=["building collapse", "collapse"],
                     measures=["killed", "injured", "missing"],
                     claimants=["fire service", "rescue workers", "local officials", "health ministry"]),
    "epidemic": dict(type="epidemic", nouns=["cholera outbreak", "outbreak"],
                     measures=["killed", "affected"],
                     claimants=["health ministry", "World Health Organization", "local officials", "Red Cross"]),
    "protest": dict(type="protest", nouns=["protests", "demonstrations"],
                    measures=["arrested", "injured", "killed"],
                    claimants=["police", "interior ministry", "rights groups", "opposition leaders"]),
}

# measure -> (population label, role) used for every figure of that measure in a story,
# so that claims of different articles fall in one variable and can conflict.
POPULATION = {
    "killed": ("people", "unspecified"), "injured": ("people", "unspecified"),
    "missing": ("people", "unspecified"), "displaced": ("residents", "civilian"),
    "evacuated": ("residents", "civilian"), "arrested": ("protesters", "civilian"),
    "affected": ("people", "unspecified"),
}

WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
         8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}
HEDGES = ["may", "reportedly", "could", "possibly"]

# Figure phrasings. [[...]] is the evidence quote, {N} the number as written,
# {P} the population noun, {C} the claimant, {E} the event noun, {L} the place.
# A template's measure-specific verb is filled in from VERB.
VERB = {"killed": "killed", "injured": "injured", "missing": "missing", "displaced": "displaced",
        "evacuated": "evacuated", "arrested": "arrested", "affected": "infected"}
TEMPLATES = {
    "exact": [
        "[[{N} {P} were {V}]] in the {E}, {c} said.",
        "{Cc} said [[{N} {P} were {V}]] by Tuesday evening.",
        "[[{N} were {V}]], officials said, adding that the figure was provisional.",
        "According to the {C}, [[{N} {P} were {V}]].",
    ],
    "at_least": [
        "[[At least {N} {P} were {V}]] in the {E} in {L}, {c} said.",
        "{Cc} said that [[at least {N} {P} had been {V}]].",
        "[[No fewer than {N} {P} were {V}]], according to the {C}.",
    ],
    "approximately": [
        "[[About {N} {P} were {V}]], the {C} said.",
        "[[Nearly {N} {P} were {V}]] in {L}, according to the {C}.",
    ],
    "range": [
        "[[Between {N} and {M} {P} were {V}]], the {C} estimated.",
    ],
    "vague": [
        "[[Dozens of {P} were {V}]], {c} said.",
        "[[Dozens were {V}]] as the {E} spread, witnesses and the {C} said.",
    ],
    "hedged": [
        "{Cc} said [[as many as {N} {P} may have been {V}]].",
        "[[{N} {P} were reportedly {V}]], the {C} said.",
    ],
}
TOLL_TEMPLATES = [  # killed only
    "[[The death toll rose to {N}]], the {C} said on Wednesday.",
    "[[The death toll from the {E} climbed to {N}]], according to the {C}.",
]
MISSING_TEMPLATE = "According to the {C}, [[{N} {P} are missing]]."

FILLER = [
    "The {E} struck {L} shortly after {T}, when many residents were at work or in the markets.",
    "Television images showed rescuers digging through rubble with their hands while relatives waited behind a police cordon.",
    "The area lies about {K} kilometres from the capital and is home to roughly {BIGK},000 people.",
    "A similar disaster in {Y} prompted the government to promise new safety rules, most of which were never enforced.",
    "Route {R} was closed to traffic for {H} hours, and aid convoys were diverted through the hills.",
    "One shopkeeper, {AGE}, said she had lived in the neighbourhood since {Y} and had never seen anything like it.",
    "The government announced an emergency fund of {MONEY} million dollars for the region on {WEEKDAY}.",
    "Officials said about {PCT} percent of the district's clinics were damaged or without power.",
    "Schools in {L} will stay closed until at least {WEEKDAY}, the education office said.",
    "Hospitals in neighbouring districts sent ambulances, and volunteers queued to give blood outside the main clinic.",
    "Aid agencies warned that heavy rain forecast for the coming days could hamper relief work.",
    "The regional airport reopened on {WEEKDAY} after a {H}-hour closure, the airport authority said.",
    "Engineers inspected the {ORD} bridge on the main road, built in {Y}, and declared it safe for light vehicles.",
    "Phone lines were cut for much of the day, and residents used radios to share news of relatives.",
    "The mayor, who was elected in {Y}, cut short a trip abroad and returned to {L} on {WEEKDAY}.",
    "Local markets reopened on the {ORD} day, although many stalls remained empty.",
    "The disaster was the worst the region has seen since {Y}, according to records kept by the provincial archive.",
    "A hotline, {PHONE}, was set up for families looking for relatives.",
    "Opposition politicians accused the authorities of ignoring warnings issued as early as {Y}.",
    "Footage shared online showed smoke rising over the city centre at about {T} local time.",
    "A shopkeeper aged {AGE} said the street had not flooded or burned in living memory.",
    "The governor visited {L} on {WEEKDAY} and promised that every family would be rehoused within {H} weeks.",
    "Insurance companies said it was too early to estimate the cost, but one analyst put it above {MONEY} million dollars.",
    "Residents complained that the nearest fire station, {K} kilometres away, had only {R} working trucks.",
    "The national weather service recorded {PCT} millimetres of rain in the {H} hours before the disaster.",
    "Parliament held a minute of silence on {WEEKDAY}, and the session was adjourned until the {ORD} week of the month.",
    "Police set up checkpoints on the {ORD} ring road to keep sightseers away from the site.",
    "Some {PCT} volunteers from a local football club helped to carry supplies from the trucks.",
    "The last census, in {Y}, counted {BIGK},000 inhabitants in the district, many of them in informal housing.",
    "The prime minister said an inquiry would report within {H} days and that those responsible would be held to account.",
    "A spokeswoman for the utility company said power had been restored to {PCT} percent of homes by nightfall.",
    "Images taken by a satellite operator on {WEEKDAY} showed the extent of the damage along the riverbank.",
    "In {Y}, a {E} in the same province killed {AGE} people, according to figures published at the time.",
    "The authorities opened {R} shelters in schools and sports halls, each with room for about {BIGK}0 people.",
    "Neighbours said the building had {R} floors, although permits had been issued for only {H2}.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ORDINALS = ["second", "third", "fourth", "fifth"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def number_text(n: int, rng: random.Random) -> str:
    if n in WORDS and rng.random() < 0.6:
        return WORDS[n]
    return f"{n:,}" if n >= 10000 else str(n)


class Writer:
    """Appends text and remembers where each figure's quote and number are."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def add_figure(self, template: str, fill: dict[str, str]) -> tuple[int, int, int, int, str]:
        """Writes a filled template; returns (begin, end, nbegin, nend, quote) of its [[...]] and {N}."""
        before, rest = template.split("[[", 1)
        quote_t, after = rest.split("]]", 1)
        self.add(before.format(**fill))
        begin = self.length
        nb = ne = None
        head, sep, tail = quote_t.partition("{N}")
        if sep:
            self.add(head.format(**fill))
            nb = self.length
            self.add(fill["N"])
            ne = self.length
            self.add(tail.format(**fill))
        else:
            self.add(quote_t.format(**fill))
        end = self.length
        self.add(after.format(**fill))
        quote = "".join(self.parts)[begin:end]
        if nb is None:  # vague: the quantity word names the claim
            nb, ne = begin, begin + len(quote.split()[0])
        return begin, end, nb, ne, quote

    @property
    def text(self) -> str:
        return "".join(self.parts)


def make_stories(n_articles: int, rng: random.Random, start: date) -> list[dict]:
    # Three years of news for up to 10k articles; a bigger corpus covers a longer period, so that
    # the number of stories per place, kind and month stays that of 10k articles. (With a fixed
    # period, 30k articles put an outbreak in the same country every few weeks, and newskg's
    # resolution chains them into one event of hundreds of articles: see bench/README.md.)
    span_days = int(3 * 365 * max(1.0, n_articles / 10_000))
    stories = []
    total = 0
    i = 0
    while total < n_articles:
        kind = rng.choice(list(KINDS))
        city, iso, country, demonym = rng.choice(PLACES)
        day = start + timedelta(days=rng.randrange(0, span_days))
        size = rng.choice([2, 3, 3, 4, 4, 5, 5, 6, 7, 9])
        base = {"killed": rng.choice([3, 7, 12, 18, 24, 31, 41, 56, 88, 130, 240]),
                "injured": rng.choice([5, 14, 27, 40, 65, 112, 300]),
                "missing": rng.choice([2, 6, 11, 19, 35]),
                "displaced": rng.choice([800, 1500, 4200, 12000, 35000]),
                "evacuated": rng.choice([300, 900, 2500, 8000]),
                "arrested": rng.choice([9, 17, 46, 120, 300]),
                "affected": rng.choice([150, 420, 1300, 5600])}
        measures = [m for m in KINDS[kind]["measures"] if m == KINDS[kind]["measures"][0] or rng.random() < 0.7]
        stories.append(dict(id=i, kind=kind, city=city, iso=iso, country=country, demonym=demonym,
                            date=day, size=size, truth={m: base[m] for m in measures},
                            mourning=rng.choice([0, 0, 0, 1, 2, 3, 7]) if kind != "protest" else 0))
        total += size
        i += 1
    return stories


def reported(truth: int, order: int, rng: random.Random) -> int:
    """The value an article reports: early reports lower, some rival counts, most the truth."""
    r = rng.random()
    if order == 0 and r < 0.35:
        return max(1, int(truth * rng.choice([0.5, 0.7, 0.8])))
    if r < 0.15:
        return truth + rng.choice([-2, -1, 1, 2, 5])
    return truth


def write_article(story: dict, order: int, rng: random.Random, number: int) -> dict:
    k = KINDS[story["kind"]]
    outlet = rng.choice(OUTLETS)
    published = story["date"] + timedelta(days=min(order, 6) // 2 + rng.choice([0, 0, 1]))
    noun = rng.choice(k["nouns"])
    city, country = story["city"], story["country"]
    w = Writer()
    d = story["date"]
    w.add(f"{city.upper()}, {country}, {MONTHS[d.month - 1]} {d.day} ({outlet}) — ")
    figures = []
    target_words = rng.randint(300, 500)
    claimants = k["claimants"]
    # one claimant per measure in this article: the lead source, sometimes a rival one
    main_claimant = claimants[0] if rng.random() < 0.6 else rng.choice(claimants)

    def fig(measure: str, qualifier: str, template: str, n: int | None, m: int | None = None,
            claimant: str | None = None, hedge: str | None = None) -> None:
        pop, role = POPULATION[measure]
        claimant = claimant if claimant is not None else main_claimant
        ctext = f"the {claimant}"
        fill = {"N": number_text(n, rng) if n is not None else "", "M": str(m) if m is not None else "",
                "P": pop, "V": VERB[measure], "C": claimant, "c": ctext, "Cc": ctext[0].upper() + ctext[1:],
                "E": noun, "L": city}
        if template.startswith("[[{N}") or template.startswith("[[Dozens"):
            fill["N"] = fill["N"][0].upper() + fill["N"][1:] if fill["N"] else ""
        b, e, nb, ne, quote = w.add_figure(template, fill)
        if qualifier == "vague":
            lo, hi, stated = 24, None, quote.split()[0]
        elif qualifier == "at_least":
            lo, hi, stated = n, None, quote[: ne - b]
        elif qualifier == "approximately":
            lo, hi, stated = int(n * 0.9), int(round(n * 1.1)), quote[: ne - b]
        elif qualifier == "at_most":
            lo, hi, stated = 0, n, quote[quote.find("as many as"): ne - b]
        elif qualifier == "range":
            lo, hi, stated = n, m, f"between {n} and {m}"
        else:
            lo, hi, stated = n, n, fill["N"]
        figures.append(dict(measure=measure, min=lo, max=hi, qualifier=qualifier, stated_as=stated,
                            begin=b, end=e, nbegin=nb, nend=ne, quote=quote, claimant=claimant,
                            claimant_text=ctext, hedged=hedge is not None, hedge_cue=hedge,
                            population=pop, groups=[], role=role))

    def para_break() -> None:
        w.add("\n\n")

    for i, (measure, truth) in enumerate(story["truth"].items()):
        value = reported(truth, order, rng)
        roll = rng.random()
        if i == 0 and measure == "killed" and roll < 0.2:
            fig(measure, "exact", rng.choice(TOLL_TEMPLATES), value)
        elif measure == "missing" and roll < 0.3:
            fig(measure, "exact", MISSING_TEMPLATE, value)
        elif roll < 0.55:
            fig(measure, "exact", rng.choice(TEMPLATES["exact"]), value)
        elif roll < 0.72:
            fig(measure, "at_least", rng.choice(TEMPLATES["at_least"]), max(1, value - rng.choice([0, 0, 1, 3])))
        elif roll < 0.80 and value >= 24 and value < 100:
            fig(measure, "vague", rng.choice(TEMPLATES["vague"]), None)
        elif roll < 0.87 and value >= 10:
            fig(measure, "approximately", rng.choice(TEMPLATES["approximately"]), value)
        elif roll < 0.93 and value >= 4:
            fig(measure, "range", TEMPLATES["range"][0], value - value // 4, value + value // 4)
        else:
            hedge_t = rng.choice(TEMPLATES["hedged"])
            fig(measure, "at_most" if "as many as" in hedge_t else "exact", hedge_t, value,
                hedge="may" if "may" in hedge_t else "reportedly")
        # a rival claimant gives its own count for the main measure in some articles
        if i == 0 and rng.random() < 0.3:
            w.add(" ")
            rival = rng.choice([c for c in claimants if c != main_claimant])
            fig(measure, "exact", rng.choice(TEMPLATES["exact"]), value + rng.choice([2, 3, 6, 10]), claimant=rival)
        para_break()
        if i == 0:
            w.add(fill_sentence(rng.choice(FILLER), rng, noun, city))
            para_break()
    if story["mourning"]:
        days = story["mourning"]
        b0 = w.length
        lead = f"{country} declared "
        w.add(lead)
        nb = w.length
        days_text = WORDS.get(days, str(days))
        w.add(days_text)
        ne = w.length
        w.add(" days of national mourning" if days > 1 else " day of national mourning")
        e = w.length
        w.add(", and flags flew at half-mast on government buildings.")
        figures.append(dict(measure="mourning_days", min=days, max=days, qualifier="exact", stated_as=days_text,
                            begin=nb, end=e, nbegin=nb, nend=ne, quote=w.text[nb:e], claimant=country,
                            claimant_text=country, claimant_kind="country", hedged=False, hedge_cue=None,
                            population="national mourning", groups=[story["iso"]], role="all",
                            mourning_span=[e - len("mourning"), e]))
        para_break()
    # filler up to the article's length (no sentence twice), numbers that are not figures included
    pool = FILLER[:]
    rng.shuffle(pool)
    while len(w.text.split()) < target_words and pool:
        sentences = [fill_sentence(pool.pop(), rng, noun, city) for _ in range(rng.choice([1, 2, 3])) if pool]
        w.add(" ".join(sentences))
        para_break()
    text = w.text.rstrip() + "\n"
    first = next((f for f in figures if f["measure"] == "killed"), figures[0] if figures else None)
    headline = f"{story['kind'].capitalize()} in {city}" + (f": {first['stated_as']} {first['measure']}" if first else "")
    event_word = text.find(noun)
    url = f"https://bench.newskg.invalid/{story['id']}/{number}"
    return {
        "url": url,
        "title": headline,
        "publisher": outlet,
        "published": published.isoformat(),
        "text": text,
        "gold": {
            "story": story["id"],
            "event": {"type": k["type"], "label": noun, "date": story["date"].isoformat(), "place": city,
                      "country": story["iso"], "country_name": country,
                      "span": [event_word, event_word + len(noun)] if event_word >= 0 else None},
            "figures": figures,
        },
    }


def fill_sentence(template: str, rng: random.Random, noun: str, city: str) -> str:
    return template.format(
        E=noun, L=city, T=f"{rng.randint(1, 11)}:{rng.choice(['05', '15', '30', '45'])} {rng.choice(['a.m.', 'p.m.'])}",
        K=rng.randint(12, 480), BIGK=rng.randint(20, 900), Y=rng.randint(1962, 2019), R=rng.randint(1, 99),
        H=rng.randint(2, 36), AGE=rng.randint(19, 84), MONEY=rng.randint(2, 250), PCT=rng.randint(5, 60),
        WEEKDAY=rng.choice(WEEKDAYS), ORD=rng.choice(ORDINALS),
        PHONE=f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}", H2=rng.randint(2, 6),
    )


def generate(n: int, seed: int = 7):
    """Yields n article records (dicts), deterministically."""
    rng = random.Random(seed)
    stories = make_stories(n, rng, date(2021, 1, 1))
    count = 0
    # interleave stories as a crawler would see them: by publication order, roughly
    slots = []
    for s in stories:
        for order in range(s["size"]):
            slots.append((s["date"].toordinal() + order // 2, s["id"], order))
    slots.sort()
    by_id = {s["id"]: s for s in stories}
    for _day, sid, order in slots:
        if count >= n:
            break
        yield write_article(by_id[sid], order, rng, count)
        count += 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1000, help="number of articles")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("-o", "--out", default="-", help="JSONL file (default: stdout)")
    ap.add_argument("--no-gold", action="store_true", help="leave out the gold field")
    args = ap.parse_args(argv)
    out = sys.stdout if args.out == "-" else open(Path(args.out), "w", encoding="utf-8")
    words = 0
    try:
        for rec in generate(args.n, args.seed):
            words += len(rec["text"].split())
            if args.no_gold:
                rec.pop("gold")
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"{args.n} articles, {words} words ({words / max(args.n, 1):.0f} a article)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
