"""Issues: concrete problems reported as blocking a named project or enterprise.

A sentence is cut into clauses (commas, and 、/和 between ``…问题`` items); a clause that reports a
problem and names a project or company becomes an issue. Its category comes from what the problem
is about (the project's own name is left out, so 电力设备项目 is not a power problem), its status
from how the sentence reports the resolution. Counts of problems are district figures, not issues.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker import lexicon
from tracker.extract.facts import IssueFact, Sentence
from tracker.extract.projects import ProjectMentions

_CLAUSES = re.compile(r"[,，;；]|(?<=问题)(?:、|和|以及)|(?<=困难)(?:、|和)")
_PROBLEM = re.compile(
    r"问题|困难|难题|难点|堵点|缓慢|较慢|破损|滞后|短缺|受阻|制约|瓶颈|不到位|不足|无法|尚未|未能|缺口|卡脖子"
)
_COUNTED = re.compile(r"问题\s*\d|\d+\s*(?:个|件|项|条)\s*(?:问题|困难|难题)|(?:问题|困难)[^,，;；。]{0,4}\d+\s*(?:个|件|项|条)")
_COMPANY = re.compile(r"[\u4e00-\u9fff()（）]{2,24}?(?:股份有限公司|有限责任公司|有限公司|集团|公司)")
_LEAD_IN = re.compile(
    r"^(?:[^,，;；]*?(?:推动解决|协调解决|帮助解决|解决|针对|包括|围绕|其中|现正在|正在|抓紧|积极))+"
)
_CATEGORY = [(category, re.compile("|".join(words))) for category, words in lexicon.ISSUE_CATEGORY_WORDS]
_STATUS = [(status, re.compile("|".join(words))) for status, words in lexicon.ISSUE_STATUS_WORDS]
_REFERS_BACK = re.compile(r"该项目")
_UNNAMED = re.compile(r"[\u4e00-\u9fff]{2,12}(?:项目|工程)(?P<topic>[^,，;；。]{1,14}?)(?:问题|困难)")
# "…等项目问题" sums up problems listed elsewhere.
_SUMMARY = re.compile(r"等项目(?:的)?(?:问题|困难)")


def extract_issues(
    sentences: Sequence[Sentence],
    mentions: ProjectMentions,
    district_adcode: str | None = None,
) -> list[IssueFact]:
    issues = []
    last_project: str | None = None
    for index, sentence in enumerate(sentences):
        text = sentence.text
        candidates = mentions.candidates.get(index, [])
        status = _status(text)
        position = 0
        for clause in _CLAUSES.split(text):
            start = text.find(clause, position)
            position = start + len(clause)
            end = start + len(clause)
            if not _PROBLEM.search(clause) or _COUNTED.search(clause) or _SUMMARY.search(clause):
                continue
            inside = [(c, key) for c, key in candidates if c.name and start <= c.start < end]
            project_key, company, description = None, None, clause
            if inside:
                candidate, project_key = inside[0]
                description = text[candidate.start:end]
                topic = clause.replace(candidate.name, "")
            elif (match := _COMPANY.search(clause)) is not None:
                company = _LEAD_IN.sub("", match.group())
                description = clause[match.start():]
                description = description[description.find(company):] if company in description else description
                topic = clause.replace(match.group(), "")
            elif last_project and _REFERS_BACK.search(clause):
                project_key = last_project
                topic = clause
            elif (match := _UNNAMED.search(clause)) and _category(match.group("topic")) != "other":
                # 某项目土地分割问题: a concrete problem of a project too generic to be a row.
                description = clause[match.start():]
                topic = match.group("topic")
            else:
                continue  # a problem of nobody in particular: not an issue
            if any(i.description == description.strip() and i.project_key == project_key for i in issues):
                continue  # the article repeats itself
            issues.append(IssueFact(
                description=description.strip(),
                category=_category(topic),
                status=status,
                sentence=text,
                project_key=project_key,
                company=company,
                district_adcode=district_adcode,
            ))
        named = [key for c, key in candidates if c.name]
        if named:
            last_project = named[-1]
    return issues


def _category(topic: str) -> str:
    for category, pattern in _CATEGORY:
        if pattern.search(topic):
            return category
    return "other"


def _status(sentence: str) -> str:
    for status, pattern in _STATUS:
        if pattern.search(sentence):
            return status
    return "open"

