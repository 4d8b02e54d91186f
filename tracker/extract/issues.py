"""Issues: concrete problems reported as blocking a named project or enterprise.

A sentence is cut into clauses (commas, and 、/和 between ``…问题`` items); a clause that reports a
problem and names a project or company becomes an issue. Its category comes from what the problem
is about (the project's own name is left out, so 电力设备项目 is not a power problem), its status
from how the sentence reports the resolution. Counts of problems are district figures, not issues.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from tracker import lexicon
from tracker.lexicon import alternation
from tracker.extract.facts import IssueFact, Sentence
from tracker.extract.projects import ProjectMentions

_CJK = re.compile(r"[\u4e00-\u9fff]")
_CLAUSES = re.compile(r"[,，;；]|(?<=问题)(?:、|和|以及)|(?<=困难)(?:、|和)")
_PROBLEM = re.compile(alternation(lexicon.ISSUE_PROBLEM_WORDS, patterns=True))
_COUNTED = re.compile(
    r"问题\s*\d|(?<!第)[\d一二三四五六七八九十百千几多数]+\s*(?:个|件|项|条|类|大类)[^,，;；。]{0,4}(?:问题|困难|难题)"
    r"|(?:问题|困难)[^,，;；。]{0,4}\d+\s*(?:个|件|项|条)(?!项目|企业)"
)
# 用地审批问题致使9个项目进度缓慢: a concrete problem of the district's projects, told of no one project.
_AFFECTS_PROJECTS = re.compile(r"(?:致使|导致|造成|影响)[\d一二三四五六七八九十百几多]+(?:个|项)(?:重点)?项目")
# What a problem causes (无法开工, 项目推进受阻, 其中1个项目暂停施工): folded into the problem before it.
# 由于受到征地拆迁、线杆搬移的影响, 因规划、用地指标和资金等多种原因: each cause listed is a problem of the project.
_CAUSES = re.compile(r"(?:受(?:到)?|(?<!原)因(?!素))(?P<causes>[^,，;；。]{2,60}?)(?:等[^,，;；。]{0,8}?)?(?:的)?(?:影响|原因)")
_CAUSE_SEPARATOR = re.compile(r"、|以及|及|和")
_CAUSE_LEAD = re.compile(r"因为?|由于")
_HELD_UP = re.compile(r"受阻|缓慢|较慢|滞后|停滞")
# 企业提出了A证办理、B事宜、C问题等需要协调解决的实际问题: each matter a company raised is a
# problem (存在的规划、手续办理等问题 in general is not).
# So is each matter a project met, has or must settle (遇到了A、B及C问题等; 该项目在A、B等存在的难题;
# 解决好A、B等问题).
_MATTERS = re.compile(
    r"(?:提出了?|反映了?|遇到了?|面临|存在|(?<![可能将以便])解决好?|(?<=项目)在|包括)的?(?P<matters>[^,，;；。:：、]{4,30}(?:、[^,，;；。:：、]{4,30})+)"
    r"(?:等(?!方面)[^,，;；。]{0,14}?(?:问题|困难|难题|事宜)(?![\d一二三四五六七八九十百千]+\s*(?:个|件|项|条))|(?<=问题)等(?=[,，;；。]))"
)  # …等问题185个 is a tally (a figure), not matters
# 就项目投产需要协调解决的手续办理、物流通道、园区道路等情况进行了汇报: each matter to be settled is one.
_TO_SETTLE = re.compile(
    r"(?:需要|需)(?:协调)?解决的(?P<matters>[^,，;；。:：、]{2,30}(?:、[^,，;；。:：、]{2,30})+)等(?:情况|事项|问题|困难)"
)
# 迁占个别硬骨头、环境复杂、限电等方面的制约因素凸现: each constraint listed is a problem.
_CONSTRAINTS = re.compile(
    r"(?:^|(?<=[,，]))(?P<matters>[^,，;；。:：、]{2,30}(?:、[^,，;；。:：、]{2,30})+)等(?:方面)?的?(?:制约因素|瓶颈|短板)"
)
# 企业分别存在着A,B、C,D等问题: matters told across commas; neighbours of one kind are one problem.
_MATTER_GROUPS = re.compile(
    r"(?:存在着?|面临着?|遇到了?)(?!的)(?P<matters>[^;；。:：]{4,30}(?:[,，、][^,，;；。:：、]{2,30}){2,})等(?:困难|问题|难题)"
)
_MATTER_SEPARATOR = re.compile(r"[,，、]")
# A report's numbered item (2、某某工程(主抓单位:…)) and, under it, its problems told after a
# heading (存在问题及需要协调事项:…): those are the item's project's.
_ITEM_HEADING = re.compile(r"^\s*(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])\s*")
_PROBLEM_HEADING = re.compile(
    r"^\s*(?:目前|当前)?(?:存在(?:的)?|主要|面临的?|遇到的?)?(?:问题|困难|难题)(?:及|和|与)?[^,，;；。:：]{0,10}[:：]\s*"
)
_FIRST_ITEM = re.compile(r"(?:问题|困难|诉求|难题)[:：]\s*一是")
_NEXT_ITEM = re.compile(r"^\s*[二三四五六七八九十]是")
_CLOSED_BY_ETC = re.compile(r"(?:[(（][^()（）]{0,10}[)）])?\s*等")
_LISTED_WITH = re.compile(r"(?:[(（][^()（）]{0,10}[)）])?\s*[、和及与]\s*")
_NOTED = re.compile(r"[^()（）]{2,40}[(（][^()（）]{1,8}[)）]")
_QUOTED_QUESTION = re.compile(r"“[^”]*[?？]”")  # “征地拆迁进度如何?” asks, it does not report
# 解决项目推进中存在的规划、手续等问题: kinds of problem in general, not matters.
_IN_GENERAL = re.compile(r"^.*(?:存在|遇到|中)的")
_LAST_MATTER_JOINER = re.compile(r"以及|及")
_MATTER_LEAD = re.compile(r"^.*(?:遇到了?|面临|提出了?|反映了?)")
_AIM = re.compile(r"(?:优化|提升|加强|完善|推进|推动)")  # …、优化营商环境等问题: an aim, not a matter
_NOT_AN_OBSTACLE = re.compile(alternation(lexicon.ISSUE_NOT_AN_OBSTACLE))
_HANDLED = re.compile(r"^\s*针对|解决")
_PROBLEM_NOUN = re.compile(r"问题|难题|困难|瓶颈|顽疾|难点|堵点")  # naming a problem, not telling it
_CONSEQUENCE = re.compile(
    alternation(lexicon.ISSUE_CONSEQUENCE_OPENERS)
    + r"|(?:项目)?(?:进度|建设)?(?:推进|进展)?(?:受阻|缓慢|较慢|滞后)。?$|(?:其中)?[\d一二三四五六七八九十]+(?:个|项)项目"
)
# Problems in general (解决项目推进中的困难, 民生问题, 消除黑臭水体问题): no one project's.
_GENERIC = re.compile(alternation(lexicon.GENERIC_PROBLEMS, patterns=True))
_TALK = re.compile(alternation(lexicon.ISSUE_TALK, patterns=True))
_KIND_AFTER_LIST = re.compile(r"等([^,，;；。、等]{2,10}?)(?:的)?(?:问题|困难|难题)")
# 某人提出的公司 is none; 建设单位与挂靠公司 are two parties, not a company's name.
_COMPANY = re.compile(r"(?:(?!的|与|单位)[\u4e00-\u9fff()（）]){2,24}?(?:股份有限公司|有限责任公司|有限公司|集团|公司)")
_LEGAL_COMPANY = re.compile(r"[\u4e00-\u9fff()（）]{2,24}?(?:有限责任公司|有限公司)")
_BEFORE_COMPANY = re.compile(r"的|接到|来到|走进|深入|位于|向")  # 中心接到某某有限公司的请求
_NOT_A_COMPANY_NAME = ("该公司", "本公司", "我公司", "贵公司", "子公司", "分公司", "各公司")
_LISTED_COMPANIES = re.compile(rf"(?:(?:、|和|及)(?:{_LEGAL_COMPANY.pattern}))+")
_LEAD_IN = re.compile(
    r"^(?:[^,，;；]*?(?:推动解决|协调解决|帮助解决|解决(?:了(?=.))?|针对|包括|围绕|其中|现正在|正在|抓紧|积极|[:：]\s*一是))+"
)
_CATEGORY = [(category, re.compile("|".join(words))) for category, words in lexicon.ISSUE_CATEGORY_WORDS]
_STATUS = [
    (status, re.compile(f"(?<![{lexicon.ISSUE_STATUS_NEGATIONS}])(?:{'|'.join(words)})"))
    for status, words in lexicon.ISSUE_STATUS_WORDS
]
# 该项目…, 项目设备进场后…, 一期项目厂区外…: the project the text was just about.
_REFERS_BACK = re.compile(r"^(?:[^,，;；]{0,6}?)(?:该项目|该工程|该企业|该公司|[一二三四五六七八九十]期项目|项目)")
_COMPANY_REFERRED = re.compile(r"^\s*(?:该|这家|这个)?(?:公司|企业)(?:存在|反映|提出|面临|遇到)")  # 公司存在两个问题: the one just named
# How many sentences back a reference may reach for its project.
_RECENT = 2
# …and a company that came to tell its problems (它一口气说了好几个问题。“第一件是…”).
_COMPANY_RECENT = 3
_UNNAMED = re.compile(r"[\u4e00-\u9fff]{2,12}(?:项目|工程)(?P<topic>[^,，;；。]{1,14}?)(?:问题|困难)")
# "…等项目问题" sums up problems listed elsewhere.
_SUMMARY = re.compile(r"等项目(?:的)?(?:问题|困难)|(?:部分|一些|一批|个别|多个|少数)[^,，;；。]{0,12}项目")


def extract_issues(
    sentences: Sequence[Sentence],
    mentions: ProjectMentions,
    district_adcode: str | None = None,
) -> list[IssueFact]:
    issues: list[IssueFact] = []
    last_project: tuple[int, str] | None = None  # (sentence index, project key)
    named_so_far: set[str] = set()
    last_company: tuple[int, str] | None = None  # (sentence index, company) of the last one named
    numbered: IssueFact | None = None  # the first of 问题:一是A;二是B;…, whose owner the rest share
    listed_since = 0  # where the run of sentences split at semicolons that holds this one starts
    item_project: str | None = None  # the project of the numbered item the text is in
    for index, sentence in enumerate(sentences):
        text = sentence.text
        if item := _ITEM_HEADING.match(text):
            item_project = next(
                (key for c, key in mentions.candidates.get(index, []) if c.name and c.start <= item.end() + 1), None)
        headed = _PROBLEM_HEADING.match(text)
        if index == 0 or not sentences[index - 1].text.endswith((";", "；")):
            listed_since = index
        # Problems listed one by one (…不到位;…资金缺口大;) are each their own, even of one kind.
        earlier_in_list = {s.text for s in sentences[listed_since:index]}
        if numbered is not None and (item := _NEXT_ITEM.match(text)):
            description = text[item.end():].strip().rstrip("。;；")
            issues.append(replace(numbered, description=description, category=_category(description), sentence=text))
            continue
        numbered = None
        if (found := _named_company(text)) is not None:
            last_company = (index, found)
        speaking = last_company[1] if last_company and index - last_company[0] <= _COMPANY_RECENT else None
        candidates = mentions.candidates.get(index, [])
        named = [key for c, key in candidates if c.name]
        status = _status(text[headed.end():] if headed else text)  # 存在问题及需要协调事项: a heading, no status
        if status == "open" and index + 1 < len(sentences):
            status = _status(sentences[index + 1].text)  # 专班了解情况后,协调供电部门…: what was done next
        recent = last_project[1] if last_project and index - last_project[0] <= _RECENT else None
        # An article about one project means it by every unnamed concrete problem.
        sole = next(iter(named_so_far)) if len(named_so_far) == 1 else None
        position = 0
        # …nor does a table's header row (项目名称 | 总投资 | 需要协调解决的问题 | 备注 |).
        asked = text.rstrip().rstrip("!！").endswith(("?", "？")) or text.count("|") >= 3 and not re.search(r"\d", text)
        listed = _MATTER_GROUPS.search(text)
        if listed and re.search(r"[,，]", listed.group("matters")):
            for matter, category in [] if asked else _grouped_matters(listed.group("matters")):
                issues.append(IssueFact(
                    description=matter, category=category, status=status, sentence=text,
                    project_key=named[0] if len(set(named)) == 1 else None, district_adcode=district_adcode,
                ))
        else:
            listed = _MATTERS.search(text) or _CONSTRAINTS.search(text) or _TO_SETTLE.search(text)
            if listed and len(_IN_GENERAL.sub("", listed.group("matters").split("、")[0])) < 4:
                listed = None
            if listed and not asked:
                told_of = {key for c, key in candidates if c.name and c.end <= listed.start()} or set(named)
                matters = listed.group("matters").split("、")
                matters[0] = _MATTER_LEAD.sub("", matters[0])  # 项目在建设过程中遇到A、B: the matters start after 遇到
                matters[-1:] = [m for m in _LAST_MATTER_JOINER.split(matters[-1]) if len(m) >= 4] or matters[-1:]
                for matter in (m for m in matters if not _AIM.match(m)):
                    issues.append(IssueFact(
                        description=matter.strip(), category=_category(matter), status=status, sentence=text,
                        project_key=next(iter(told_of)) if len(told_of) == 1 else None, district_adcode=district_adcode,
                    ))
        previous_clause_issues: list[int] = []  # the issues the clause before reported
        sentence_issues: list[int] = []
        quiet: list[str] = []  # the clauses since the last issue of the sentence, which told none
        for clause, each_its_own in _clauses(text):
            if headed and position == 0:
                clause = clause.removeprefix(headed.group())
            quiet_before, quiet = quiet, [*quiet, clause]
            start = text.find(clause, position)
            position = start + len(clause)
            end = start + len(clause)
            told_as_list = listed is not None and start < listed.end() and end > listed.start()
            in_list = text.startswith(("、", "和", "以及"), end) or text.endswith(("、", "和"), 0, start)
            # 就A问题、B问题进行研究: the talk after the last item is about all of them, not about B.
            listed_item = each_its_own or in_list and "问题" in clause and len(_CJK.findall(clause[:clause.rfind("问题")])) >= 4
            said = clause[:clause.rfind("问题") + 2] if listed_item and "问题" in clause else clause
            # A有限公司(暂停), in a list of where each stands (but 某产业园(开工滞后) is held up)
            noted = _NOTED.fullmatch(clause.strip()) and not _HELD_UP.search(clause)
            if (asked or told_as_list or noted or not _PROBLEM.search(clause) or _COUNTED.search(clause) or _SUMMARY.search(clause)
                    or _TALK.search(said) or _QUOTED_QUESTION.search(clause)):
                previous_clause_issues = []
                continue
            inside = [(c, key) for c, key in candidates if c.name and start <= c.start < end]
            if not inside and _GENERIC.search(clause):
                previous_clause_issues = []
                continue
            before = [(c, key) for c, key in candidates if c.name and c.end <= start]
            also: list[str] = []  # the other projects of a list the problem is told of (A、B等工程由于…)
            also_companies: list[str] = []  # …and the other companies (A公司、B公司与C公司存在…问题)
            project_key, company, description, topic = None, None, clause, clause
            if inside:
                candidate, project_key = inside[0]
                description = text[candidate.start:end]
                topic = clause.replace(candidate.name, "")
                # A项目(2022年度)、B项目仍未开工: the problem is each listed project's (not where
                # 等 closes the list: A、B等项目建设中存在的问题 speaks of projects in general).
                chained, last = [], candidate
                for c, key in inside[1:]:
                    if not _LISTED_WITH.fullmatch(text, last.end, c.start):
                        break
                    chained.append((c, key))
                    last = c
                # …but A、B等项目受土地手续制约未开工 tells a concrete problem of each.
                if chained and (not _CLOSED_BY_ETC.match(text, last.end) or _category(text[last.end:end]) != "other"):
                    also = [key for _, key in chained]
                    for c, _ in chained:
                        topic = topic.replace(c.name, "")
            elif (match := _COMPANY.search(clause)) is not None:
                company = _LEAD_IN.sub("", match.group())
                more = _LISTED_COMPANIES.match(clause, match.end())
                also_companies = _LEGAL_COMPANY.findall(more.group()) if more else []
                description = clause[match.start():]
                description = description[description.find(company):] if company in description else description
                topic = _COMPANY.sub("", clause)  # 与某某供电有限公司存在电费返还问题: not a power problem
            elif before:
                last, project_key = before[-1]  # 1.某某项目,设备订购周期较长: the sentence's project
                if last.group is not None:
                    also = [key for c, key in before if c.group == last.group and key != project_key]
            elif headed and item_project:
                project_key = item_project  # 存在问题:…土地征用仍未完成: the numbered item's
            elif recent and (_REFERS_BACK.search(clause) or _REFERS_BACK.search(text)):
                project_key = recent
            elif sole and (_REFERS_BACK.search(clause) or _category(clause) != "other"):
                project_key = sole
            elif speaking and (_category(clause) != "other" or _COMPANY_REFERRED.match(clause)):
                company = speaking  # 某某有限公司总经理…:第二件是水压低问题: the company just named
            elif (match := _UNNAMED.search(clause)) and _category(match.group("topic")) != "other":
                # 某项目土地分割问题: a concrete problem of a project too generic to be a row.
                description = clause[match.start():]
                topic = match.group("topic")
            elif _category(clause) != "other" and (_AFFECTS_PROJECTS.search(clause) or _told_as_wrong(clause, text)):
                pass  # the district's problem: no project, no company
            else:
                previous_clause_issues = []
                continue  # a problem of nobody in particular: not an issue
            description = description.strip().rstrip("。！!？?")
            description = _LEAD_IN.sub("", description) or description
            if len(_CJK.findall(_PROBLEM.sub("", description))) < 4:
                previous_clause_issues = []
                continue  # 解决了问题: nothing said of what the problem is
            category = _category(topic)
            consequence = _CONSEQUENCE.match(clause.strip()) is not None
            told_causes = [c.strip() for c in quiet_before[-2:] if c.strip()]
            led = [at for at, c in enumerate(told_causes) if _CAUSE_LEAD.match(c)]
            told_causes = told_causes[led[-1]:] if led else told_causes  # 因… starts what the cause is
            if category == "other" and told_causes and not sentence_issues and (
                led or _HELD_UP.search(clause) and _category("".join(told_causes)) != "other"
            ):
                # 因线路较长涉及征地的乡镇较多,进度较为缓慢: what the clauses before tell is the problem.
                description = ",".join([*told_causes, description])
                category = _category("".join(told_causes))
                consequence = False
            causes = previous_clause_issues or (sentence_issues[-1:] if consequence else [])
            if causes and not inside and not listed_item and (category == "other" or consequence):
                # 道路尚未贯通,施工车辆进出困难: a consequence belongs to the problem before it.
                for earlier_at in causes:
                    earlier = issues[earlier_at]
                    if not earlier.description.endswith("," + description):  # told again: once is enough
                        issues[earlier_at] = replace(earlier, description=f"{earlier.description},{description}")
                continue
            repeated = [
                at for at, i in enumerate(issues)
                if i.project_key in (project_key, *also) and i.company == company
                # (the earlier may since have had its consequence appended: 仍未开工,无法按期建成)
                and (i.description == description or i.description.startswith(description + ",")
                     or category != "other" and i.category == category
                     and not (listed_item and i.sentence == text)  # A问题、B问题: each listed is its own
                     and i.sentence not in earlier_in_list)
            ]
            if repeated:
                previous_clause_issues = repeated  # the article repeats itself; consequences still fold in
                quiet = []
                continue
            owners = [(key, company) for key in [*also, project_key]] + [(project_key, c) for c in also_companies]
            for key, owner in owners:
                issues.append(IssueFact(
                    description=description,
                    category=category,
                    status=status,
                    sentence=text,
                    project_key=key,
                    company=owner,
                    district_adcode=district_adcode,
                ))
            previous_clause_issues = list(range(len(issues) - len(owners), len(issues)))
            sentence_issues += previous_clause_issues
            quiet = []
        for causes in _CAUSES.finditer(text):
            inside = [key for c, key in candidates if c.name and c.start < causes.end()]
            project_key = inside[-1] if inside else recent or sole
            for cause in _CAUSE_SEPARATOR.split(causes.group("causes")):
                cause = cause.strip()
                told = any(cause in issues[at].description for at in sentence_issues)
                if project_key is None or len(cause) < 2 or told or _NOT_AN_OBSTACLE.search(cause):
                    continue
                issues.append(IssueFact(
                    description=cause, category=_category(cause), status=status, sentence=text,
                    project_key=project_key, district_adcode=district_adcode,
                ))
        if named:
            last_project = (index, named[-1])
            named_so_far.update(named)
        if issues and _FIRST_ITEM.search(text) and issues[-1].sentence == text:
            numbered = issues[-1]  # 需要协调解决四方面的问题:一是…; the items that follow are its kin
    return issues


def _told_as_wrong(clause: str, sentence: str) -> bool:
    """Whether a clause says what is wrong (由于安评、环评无法通过审批), not just names a problem
    (存在道路通行问题), its consequence (致使…不足) or what was done about it (针对…, 解决了…);
    a caption line (67秒|…) says neither."""
    return (_PROBLEM.search(_PROBLEM_NOUN.sub("", clause)) is not None and not _CONSEQUENCE.match(clause.strip())
            and not _HANDLED.search(clause) and "|" not in sentence)


def _clauses(text: str) -> Iterator[tuple[str, bool]]:
    """The clauses of a sentence, and whether each is one of problems listed with 、, each told in
    full (资金未能及时到位、建设单位与挂靠公司有小纠纷: two problems, not one and its consequence)."""
    for clause in _CLAUSES.split(text):
        parts = clause.split("、")
        # Short parts (流程复杂、对接不畅) tell one problem twice; 等…问题 closes a list of matters.
        if len(parts) > 1 and "等" not in clause and all(_PROBLEM.search(p) and len(_CJK.findall(p)) >= 8 for p in parts):
            yield from ((part, True) for part in parts)
        elif (len(parts) > 1 and all(map(_PROBLEM.search, parts)) and len({_category(p) for p in parts}) > 1
              and not _COUNTED.search(clause)):  # …等问题台账项目22个: kinds in a tally
            # 道路破损、路灯不亮、供水不足等现象: problems of different kinds, each told; neighbours
            # of one kind are one problem.
            for _, group in itertools.groupby(parts, key=_category):
                yield "、".join(group), True
        else:
            yield clause, False


def _named_company(text: str) -> str | None:
    """The first company named in ``text`` (not 该公司, 本公司: those refer back)."""
    for match in _COMPANY.finditer(text):
        if not match.group().endswith(_NOT_A_COMPANY_NAME):
            return _BEFORE_COMPANY.split(_LEAD_IN.sub("", match.group()))[-1]
    return None


def _grouped_matters(matters: str) -> list[tuple[str, str]]:
    """Each matter with its category, neighbours of one kind joined (货款回笼过缓、流动资金紧缺)."""
    grouped: list[tuple[str, str]] = []
    for matter in filter(None, (m.strip() for m in _MATTER_SEPARATOR.split(matters))):
        category = _category(matter)
        if grouped and grouped[-1][1] == category:
            grouped[-1] = (grouped[-1][0] + "、" + matter, category)
        else:
            grouped.append((matter, category))
    return grouped


def _category(topic: str) -> str:
    # 电杆迁移、青苗补损等资金拨付问题: the words after 等 say what kind the listed matters are.
    kind = _KIND_AFTER_LIST.search(topic)
    if kind and (category := _category(kind.group(1))) != "other":
        return category
    for category, pattern in _CATEGORY:
        if pattern.search(topic):
            return category
    return "other"


def _status(sentence: str) -> str:
    for status, pattern in _STATUS:
        if pattern.search(sentence):
            return status
    return "open"

