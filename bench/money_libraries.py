"""Measure jionlp and cn2an beside tracker's own money parser on sentences of the genre.

Run with an interpreter that has both libraries (never install them into the project's venv):

    python3 -m venv /tmp/libs && /tmp/libs/bin/pip install jionlp cn2an
    /tmp/libs/bin/python bench/money_libraries.py

Each sentence has the amounts in yuan it contains, in order (a range counts as its upper end,
``亿元以上`` as the threshold 1亿, ``10余亿`` as 10亿). A parser is right on a sentence when it gives exactly those
amounts, exactly (as Decimal). jionlp is scored as an extractor (``jionlp.ner.extract_money``);
cn2an converts numbers, not sentences, so it is given each amount's number as written
(``85.48亿``) and scored on the values it returns.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tracker.extract.numbers import find_money  # noqa: E402

# (sentence, [(number as written, amount in yuan)], origin)
SENTENCES = [
    ("重点跟踪、洽谈项目76个,预计总投资428.83亿元。", [("428.83亿", "42883000000")], "seed 000"),
    ("存量项目25个,预计总投资85.48亿元,分别占项目总数和投资总量的33%、20%;", [("85.48亿", "8548000000")], "seed 000"),
    ("目前,全区跟踪、在谈上述区域项目40余个,计划总投资近300亿元。", [("300亿", "30000000000")], "seed 000"),
    ("亿元以上项目46项,10亿元以上项目10项", [("亿", "100000000"), ("10亿", "1000000000")], "seed 001"),
    ("园區年產值將達15億元,稅收達1.2億元。", [("15億", "1500000000"), ("1.2億", "120000000")], "seed 002"),
    ("世久電氣1-5月繳稅1100萬元,萬潤光電年稅收在1000萬元以上", [("1100萬", "11000000"), ("1000萬", "10000000")], "seed 002"),
    ("知识产权质押贷款达5550万元,贷款金额位居全市第一。", [("5550万", "55500000")], "seed 003"),
    ("占地193.68亩,计划投资4.39亿元,建有学术报告厅等5组主要建筑", [("4.39亿", "439000000")], "seed 003"),
    ("预计年销售收入不低于5亿元,利税1亿元。", [("5亿", "500000000"), ("1亿", "100000000")], "seed 003"),
    ("总投资三亿五千万元", [("三亿五千万", "350000000")], "issue"),
    ("贷款1,200万元", [("1,200万", "12000000")], "genre"),
    ("完成投资1.2万亿元", [("1.2万亿", "1200000000000")], "genre"),
    ("吸引投资10余亿元,新增贷款1000多万元", [("10余亿", "1000000000"), ("1000多万", "10000000")], "genre"),
    ("计划总投资3-5亿元", [("3-5亿", "500000000")], "genre"),
    ("总投资４.３９亿元", [("４.３９亿", "439000000")], "genre"),
    ("拨付资金1234.56万元,平均每户0.35万元", [("1234.56万", "12345600"), ("0.35万", "3500")], "genre"),
    ("兑现奖补资金12.345678万元", [("12.345678万", "123456.78")], "genre"),
]


def ours(sentence: str) -> list[Decimal]:
    return [m.amount_yuan for m in find_money(sentence)]


def jionlp_amounts(sentence: str, wanted: list[Decimal]) -> list[Decimal]:
    """jionlp's amounts; a range it returns (3-5亿元, and 10余亿元 read as 10亿-20亿) counts as the
    wanted amount when either end is it, so that only misreadings are scored as wrong."""
    import jionlp

    amounts = []
    for index, found in enumerate(jionlp.ner.extract_money(sentence)):
        number = found["detail"]["num"]
        ends = [Decimal(n) for n in number] if isinstance(number, list) else [Decimal(number)]
        want = wanted[index] if index < len(wanted) else None
        amounts.append(want if want in ends else ends[-1])
    return amounts


def cn2an_amounts(written: list[str]) -> list[Decimal | str]:
    import cn2an

    amounts: list[Decimal | str] = []
    for number in written:
        try:
            value = cn2an.cn2an(number, "smart")
        except ValueError as error:
            amounts.append(f"ValueError({str(error)[:24]})")
            continue
        # A float is wrong even when it prints right: it is not exact.
        amounts.append(Decimal(value) if isinstance(value, int) else f"float {value!r}")
    return amounts


def main() -> int:
    try:
        import cn2an  # noqa: F401
        import jionlp  # noqa: F401
    except ImportError:
        print("skipped: jionlp and cn2an are not installed here (see the module docstring)")
        return 0
    right = {"tracker": 0, "jionlp": 0, "cn2an": 0}
    print(f"{'origin':9} {'tracker':8} {'jionlp':28} {'cn2an':34} sentence")
    for sentence, amounts, origin in SENTENCES:
        wanted = [Decimal(amount) for _, amount in amounts]
        got = {
            "tracker": ours(sentence),
            "jionlp": jionlp_amounts(sentence, wanted),
            "cn2an": cn2an_amounts([written for written, _ in amounts]),
        }
        cells = {}
        for name, values in got.items():
            ok = values == wanted
            right[name] += ok
            cells[name] = "ok" if ok else "WRONG " + ",".join(str(v) for v in values)
        print(f"{origin:9} {cells['tracker']:8} {cells['jionlp'][:28]:28} {cells['cn2an'][:34]:34} {sentence[:30]}")
    total = len(SENTENCES)
    print()
    for name, count in right.items():
        print(f"{name:8} {count}/{total} sentences exactly right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
