"""Reading rules of the extractor on short texts of the genre (invented names, real patterns)."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.article import extract_article
from tracker.text import normalise, split_sentences, strip_pinyin


def read(text: str, **metadata):
    return extract_article(normalise(text, published_on=dt.date(2023, 5, 10), **metadata))


def names(text: str) -> list[str]:
    return [p.name for p in read(text).projects]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An investment and 的 introduce a name even where 项目 runs on into 建设.
        ("在城关镇,计划投资6.8亿元的青松县人民医院新院区项目建设正酣。", ["青松县人民医院新院区项目"]),
        # A class counted after its name is no project; the one item before 等 is.
        ("此次开工的项目包括明远精密测试中心等某某电子信息产业功能区项目28个,总投资26.03亿元。", ["明远精密测试中心"]),
        # A company's place in brackets and a phase in brackets belong to the name.
        (
            "云岭乳业(昆明)年产20万吨乳制品生产项目正加紧施工。",
            ["云岭乳业(昆明)年产20万吨乳制品生产项目"],
        ),
        ("北辰新材料产业园项目(华锂一期)总投资12亿元,已开工建设。", ["北辰新材料产业园项目(华锂一期)"]),
        # Goals and a project's own parts are not projects.
        ("今后将高品质打造城西生活中心、消费中心。", []),
        ("该项目主要建设电驱壳体、底盘件等8条生产线及文化商业街。", []),
        ("目前,一期厂房钢结构已封顶,土建工程完成约40%。", []),
        ("开工仪式暨某市三季度重大项目集中开工。", []),
    ],
)
def test_project_names(text, expected):
    assert names(text) == expected


def test_money_after_a_counted_class_is_the_class_total_not_its_first_item():
    facts = read("此次开工的项目包括明远精密测试中心等某某电子信息产业功能区项目28个,总投资26.03亿元。")
    assert [p.name for p in facts.projects] == ["明远精密测试中心"] and facts.investments == ()


def issues(text: str) -> list[tuple[str | None, str, str]]:
    return [(i.project_key or i.company, i.category, i.description) for i in read(text).issues]


def test_numbered_inspection_items_link_their_problems_to_the_item_project():
    found = issues(
        "二、存在问题\n"
        "1.高新区瑞祥农机设备生产项目,由于土地性质还属商业用地未变更,无法开挖地基,目前待审批调整;\n"
        "2.高新区恒达物流装备项目,生产资质办理周期长,影响了项目的进度,同时企业方资金短缺,厂房建设一直处于停工状态;"
    )
    assert found == [
        ("高新区瑞祥农机设备生产项目", "land", "由于土地性质还属商业用地未变更,无法开挖地基"),
        ("高新区恒达物流装备项目", "permit", "生产资质办理周期长"),
        ("高新区恒达物流装备项目", "funding", "同时企业方资金短缺,厂房建设一直处于停工状态"),
    ]


def test_a_problem_of_the_project_just_named_is_that_projects():
    found = issues(
        "恒远电子科技有限公司年产50万平方米电路板二期项目总投资3.2亿元。"
        "项目设备进场后,因原有变压器容量不足,二期生产线无法满负荷调试。"
    )
    assert found == [("恒远电子科技有限公司年产50万平方米电路板二期项目", "power", "因原有变压器容量不足,二期生产线无法满负荷调试")]


def test_an_enterprise_reporting_a_problem_without_the_word_problem():
    assert issues("安徽某某纺织有限公司反映流动资金紧张,金融服务中心组织银企对接。") == [
        ("安徽某某纺织有限公司", "funding", "安徽某某纺织有限公司反映流动资金紧张")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "专班积极对接,加快解决项目推进中的困难。",
        "各单位对重点问题、重要矛盾亲自抓、亲自督。",
        "成功发行专项债券7.68亿元,有效破解项目建设的资金保障难题。",
        "共收集梳理问题22件,已解决19件。",
        "梳理出项目前期审批和项目规划建设三大类六个方面问题。",
        "对部分未开工或进展缓慢重点项目进行了实地督查。",
    ],
)
def test_problems_in_general_are_not_issues(text):
    assert issues(text) == []


def test_a_phase_with_facts_of_its_own_is_its_own_project_under_its_park():
    facts = read(
        "青禾农产品交易中心项目开工仪式在某县举行。该项目总投资2.5亿元,分二期推进,一期投资1.25亿元、占地72亩,"
        "二期投资1.25亿元。"
    )
    assert [(p.name, p.parent_name, p.land_area_text) for p in facts.projects] == [
        ("青禾农产品交易中心项目", None, None),
        ("青禾农产品交易中心项目一期", "青禾农产品交易中心项目", "72亩"),
        ("青禾农产品交易中心项目二期", "青禾农产品交易中心项目", None),
    ]
    assert [(i.project_key, str(i.amount_yuan)) for i in facts.investments] == [
        ("青禾农产品交易中心项目", "250000000"),
        ("青禾农产品交易中心项目一期", "125000000"),
        ("青禾农产品交易中心项目二期", "125000000"),
    ]


def test_a_sentence_led_by_the_projects_head_noun_goes_on_about_it():
    facts = read("松溪康养小镇。\n小镇于2018年3月开工,一期(2018—2020年)总投资21亿元,计划总投资52亿元。")
    assert [(i.project_key, str(i.amount_yuan)) for i in facts.investments] == [
        ("松溪康养小镇", "5200000000"), ("松溪康养小镇一期", "2100000000")
    ]


def test_a_place_and_a_head_noun_make_a_name_but_a_place_and_project_do_not():
    text = "目前,总投资4.5亿元的德清综合物流园一期已于3月底竣工,德清重点项目加快推进。"
    assert names(text) == ["德清综合物流园一期"]


def test_a_named_projects_own_money_is_not_a_district_figure():
    facts = read("竣工项目中,青峰高速公路总投资18.48亿元,新建高速公路11公里;全区竣工项目15个、总投资50.9亿元。")
    assert [(f.metric, str(f.value)) for f in facts.figures] == [("竣工项目", "15"), ("竣工项目总投资", "5090000000")]
    assert [(i.project_key, str(i.amount_yuan)) for i in facts.investments] == [("青峰高速公路", "1848000000")]


def test_a_problem_shared_by_a_list_of_projects_is_each_ones_and_its_consequence_folds_in():
    found = issues(
        "某县城南环路工程、某县北山公路等重大工程由于项目投入较大,且省级建设资金到位率低,"
        "建设企业资金周转困难,造成项目进展缓慢"
    )
    assert found == [
        ("某县城南环路工程", "funding", "且省级建设资金到位率低,造成项目进展缓慢"),
        ("某县北山公路", "funding", "且省级建设资金到位率低,造成项目进展缓慢"),
    ]


def test_what_was_done_next_says_how_far_the_problem_is_solved():
    facts = read(
        "恒远电子科技有限公司年产50万平方米电路板二期项目总投资3.2亿元。"
        "项目设备进场后,因原有变压器容量不足,二期生产线无法满负荷调试。"
        "专班协调供电部门新增一台变压器,仅用12天便完成电力增容。"
    )
    assert [(i.category, i.status) for i in facts.issues] == [("power", "resolved")]


def test_a_quoted_nickname_and_a_bracketed_abbreviation_stay_inside_a_name():
    assert names("青溪县文化体育“一馆两中心”建设项目因项目选址需要变更,迟迟未开工。") == [
        "青溪县文化体育“一馆两中心”建设项目"
    ]
    assert names("开工项目分别是青溪县天然气(CNG)储配站建设项目、青溪县南湖码头项目。") == [
        "青溪县天然气(CNG)储配站建设项目", "青溪县南湖码头项目"
    ]


def test_a_dispute_and_a_changed_site_are_problems_and_their_consequences_fold_in():
    found = issues(
        "青溪县南湖码头项目因项目选址需要变更,无法按原规划建设;"
        "青溪县北环路建设项目中有约200米用地权属争议路段,群众未拿征地款不给施工,项目推进受阻"
    )
    assert found == [
        ("青溪县南湖码头项目", "site_selection", "青溪县南湖码头项目因项目选址需要变更,无法按原规划建设"),
        ("青溪县北环路建设项目", "land",
         "青溪县北环路建设项目中有约200米用地权属争议路段,项目推进受阻"),
    ]


def test_a_problem_holding_up_several_projects_is_the_districts():
    found = read("(三)土地调规、用地审批问题致使6个项目进度推进缓慢,其中,1个项目暂停施工。").issues
    assert [(i.project_key, i.category) for i in found] == [(None, "land")]  # approval of land is land


def test_not_yet_coordinated_is_not_in_progress():
    found = read("青溪县北环路建设项目民事问题未协调好,部分商户不同意改造。").issues
    assert [i.status for i in found] == ["open"]


def test_money_after_a_run_of_names_is_theirs_together_unless_paired_respectively():
    facts = read("签约项目分别是青溪县南湖码头项目、青溪县北环路建设项目,总投资4.5亿元。")
    assert facts.investments == ()
    facts = read("今年新开工的青溪县南湖码头项目和青溪县北环路建设项目分别投资5亿元和3亿元。")
    assert [(i.project_key, i.amount_yuan) for i in facts.investments] == [
        ("青溪县南湖码头项目", 500000000), ("青溪县北环路建设项目", 300000000)
    ]


def test_a_sentence_about_project_after_a_list_is_the_lists_not_its_last_items():
    facts = read("3月20日,青溪县南湖码头项目、云岭食品有限公司等15个项目集中开工。项目涉及食品加工等领域,总投资40.9亿元。")
    assert facts.investments == ()


def statuses(text: str) -> dict[str, str | None]:
    return {p.name: p.status for p in read(text).projects}


def test_a_list_of_the_projects_the_sentence_before_counted_takes_their_stage():
    text = (
        "8月28日,青溪县集中开工3个重点项目,总投资11.8亿元。"
        "3个项目分别是青溪县南湖码头项目、青溪县北环路建设项目;总投资2亿元的云岭食品加工项目。"
    )
    assert statuses(text) == {
        "青溪县南湖码头项目": "under_construction",
        "青溪县北环路建设项目": "under_construction",
        "云岭食品加工项目": "under_construction",
    }


def test_what_a_project_will_do_once_built_and_what_has_not_started_are_not_stages_reached():
    assert statuses("青溪县南湖码头项目建成后,年吞吐量达到100万吨。") == {"青溪县南湖码头项目": None}
    assert statuses("青溪县北环路建设项目因选址变更迟迟未开工。") == {"青溪县北环路建设项目": "planned"}
    assert names("青溪县举行2019年秋季重点项目集中开工仪式。") == []


def test_a_bracketed_phase_inside_a_list_and_a_name_ending_in_upgrade_project():
    assert names("明远精密测试中心、云岭生产支持基地(一期)、青溪自动化设备制造基地等3个项目集中开工。") == [
        "明远精密测试中心", "云岭生产支持基地(一期)", "青溪自动化设备制造基地"
    ]
    assert names("青溪华澄居、县委党校配套提升项目等2个项目集中竣工。") == ["青溪华澄居", "县委党校配套提升项目"]
    assert names("施工现场,近10台大型工程器械正在开挖土方。") == []


def test_each_cause_a_project_was_held_up_by_is_an_issue_but_not_the_weather():
    found = issues(
        "青溪县北环路建设项目于2019年12月15日开工建设。"
        "但由于受到征地拆迁、线杆搬移、新冠疫情的影响,项目实际开始施工为2020年5月份。"
    )
    assert found == [
        ("青溪县北环路建设项目", "land", "征地拆迁"),
        ("青溪县北环路建设项目", "power", "线杆搬移"),  # power lines' poles (since 1.68)
    ]


def test_a_limited_grid_capacity_is_a_power_problem():
    found = issues("青溪县蓄电池项目用电量大,而产业园电网容量又相对有限。")
    assert [(key, category) for key, category, _ in found] == [("青溪县蓄电池项目", "power")]


@pytest.mark.parametrize(
    "text",
    [
        "深入实施“三个一百”工程,全力推进项目建设。",  # a slogan's quote cut in half
        "北京市公布2019重点建设项目,平谷区有16项。",
        "全县县领导挂钩重点工程项目总计62个。",
        "依托资源优势打造特色小镇。",
    ],
)
def test_slogans_announcements_and_categories_are_not_projects(text):
    assert names(text) == []


def test_a_list_closed_by_its_count_names_each_project_and_gives_them_its_stage():
    facts = read(
        "青石镇负责实施重点项目6个,省体育学院建设、刘记冷冻食品加工基地、名贵花卉繁育与示范基地、"
        "年产5万m3隔墙板生产线4个项目已开工建设。"
    )
    assert [(p.name, p.status) for p in facts.projects] == [
        ("省体育学院建设", "under_construction"),
        ("刘记冷冻食品加工基地", "under_construction"),
        ("名贵花卉繁育与示范基地", "under_construction"),
        ("年产5万m3隔墙板生产线", "under_construction"),
    ]


def test_a_count_after_a_list_of_problems_closes_no_list_of_projects():
    assert names("(三)土地调规、用地审批问题致使9个项目进度推进缓慢。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Products listed after the company share the name's head noun.
        (
            "青石金盛气体有限公司液氧、液氮、液氩储存设施配套及充装项目,用地9亩。",
            ["青石金盛气体有限公司液氧、液氮、液氩储存设施配套及充装项目"],
        ),
        # 推广 in a company's name is no verb that cuts the name.
        ("青石文化推广有限公司文化创意园项目,用地2000平方米。", ["青石文化推广有限公司文化创意园项目"]),
        # A works package named after its parent with --.
        ("青石镇市政配套设施建设--主干路工程已获批复。", ["青石镇市政配套设施建设--主干路工程"]),
    ],
)
def test_names_that_run_over_list_marks_and_verbs(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "场地内原有1300余堆方,场平工程没做彻底。",  # a stage of the works
        "已完成2公里路基桥涵工程。",
        "同步核发工程规划证和施工许可证。",  # 工程 as a permit's modifier
    ],
)
def test_stages_of_works_and_permits_are_not_projects(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "source", "adcode"),
    [
        # Named twice in full and nowhere else: the subject, even with no title.
        ("你好!隆回县人民医院扩建用地早已征好。隆回县人民医院开工日期未定。", None, "430524"),
        # A publisher named for its county (遂昌新闻网) places a report that names no place.
        ("县政府督查室召开项目督查座谈会。", "遂昌新闻网 (本网讯)", "331123"),
        ("我县重点项目征迁工作顺利。", "平和网 (作者 某某)", "350628"),
        # A county's zone by its short form, where the county's city is named too.
        ("区委书记到屯留经开区现场办公。长治安全应急装备产业园项目落地。", None, "140405"),
        # A publisher's 消息 line names the county.
        ("枞阳在线消息 9月5日,常务副县长专题协调风电项目。", None, "340722"),
        # A zone named by a county's short form places the report, where no county is named in full…
        ("位于清河经济开发区的河北青禾车辆部件科技有限公司转型研发新产品。这是清河开发区服务活动的一个缩影。", None, "130534"),
        ("州政协副主席深入贵州黔东经济开发区督查。镇远工业园区管委会副主任陪同,视察了镇远中塑包装项目。", None, "522625"),
        # …but not where another place stands right before it (朝阳柳城经济开发区 is a town's zone).
        ("朝阳县县长到朝阳柳城经济开发区调研。朝阳县开复工顺利。", None, "211321"),
    ],
)
def test_districts_from_full_names_zones_and_publishers(text, source, adcode):
    district = read(text, source=source).district
    assert district is not None and district.adcode == adcode


def test_projects_listed_after_a_counted_stage_take_that_stage_and_a_company_may_hold_he():
    facts = read(
        "青石区本次集中开工的3个重点项目,总投资6.1亿元。"
        "其中,青石大正和源家具有限公司现代家具项目总投资1.5亿元;华信科技有限公司项目总投资1亿元。"
    )
    assert [(p.name, p.status) for p in facts.projects] == [
        ("青石大正和源家具有限公司现代家具项目", "under_construction"),
        ("华信科技有限公司项目", "under_construction"),
    ]


def test_he_between_two_projects_still_splits_them():
    assert names("锦绣花田综合体建设项目和柳河镇柑桔产业发展项目已开工。") == [
        "锦绣花田综合体建设项目", "柳河镇柑桔产业发展项目"]


def test_a_list_opening_its_own_sentence_takes_the_stage_of_the_counted_sentence_before():
    facts = read(
        "本次集中开工建设的3个项目,涉及移民搬迁、基础设施等多个领域。"
        "分别是城关中心幼儿园建设项目、青山水产资源恢复和可持续开发项目和柳河镇柑桔产业发展项目。"
    )
    assert [(p.name, p.status) for p in facts.projects] == [
        ("城关中心幼儿园建设项目", "under_construction"),
        ("青山水产资源恢复和可持续开发项目", "under_construction"),
        ("柳河镇柑桔产业发展项目", "under_construction"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A class of projects before a name is no part of it; a project's building site names it.
        ("开工仪式在省百大项目青禾生猪养殖加工项目的子项目——年产23万吨饲料厂项目建设现场举行。",
         ["青禾生猪养殖加工项目", "年产23万吨饲料厂项目"]),
        # Slogans in quotes and fields of investment are not projects.
        ("推动“七未”项目攻坚。", []),
        ("围绕现代交通、水利、文化旅游、生态环保等13个具体投向领域谋划项目。", []),
        ("『专班包保』、『一会三函』、『领办代办』等一系列推进措施使项目得以快速实施。", []),
    ],
)
def test_classes_slogans_and_sites(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("青石镇物流园项目用地工作存在政策性障碍。", "land"),
        ("青石镇物流园项目用地9亩,已有山体滑坡,山沿挡墙未做。", "other"),
        ("青石镇物流园项目用地9亩,场平工程没做彻底。", "other"),
        ("青石镇物流园项目需将用地内的小河改道到对面山沿才能开工建设。", "land"),  # other defensible
        ("青石镇卫生院扩建项目占用基本农田的相关手续未审批下来。", "land"),  # the approval of farmland
    ],
)
def test_more_ways_of_telling_a_problem(text, category):
    found = issues(text)
    assert len(found) == 1 and found[0][1] == category


def test_a_company_introduced_as_a_project_is_the_project_and_a_question_reports_no_problem():
    facts = read(
        "青石恒新能源有限公司是青石县2012年引进的循环经济项目。"
        "成功签约的项目为什么会停滞八年之久?"
        "项目迟迟不能落地令青石恒新能源有限公司的建设和投产陷入停滞"
    )
    assert [p.name for p in facts.projects] == ["青石恒新能源有限公司"]
    assert facts.projects[0].status != "operating"  # 投产陷入停滞: never reached
    assert [i.description for i in facts.issues] == ["项目迟迟不能落地令青石恒新能源有限公司的建设和投产陷入停滞"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青石钢铁制品有限公司1×20MW煤气综合利用发电项目总投资9688万元。", ["青石钢铁制品有限公司1×20MW煤气综合利用发电项目"]),
        ("青石休闲大会配套道路工程共16项,已取得重大进展。", []),  # a class, counted
        ("目前仍有过半工程项目没有开工。", []),
    ],
)
def test_capacity_signs_counted_classes_and_shares(text, expected):
    assert names(text) == expected


def test_an_approval_still_awaited_is_a_problem():
    found = issues("青石县一中扩建项目各项工作正在有序进行中,待土地审批后,预计6月份可正式开工。")
    assert [(key, category) for key, category, _ in found] == [("青石县一中扩建项目", "land")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("青石县有14个项目列入省重点建设项目,总投资61.16亿元。", []),
        ("年内建成投产青禾现代农业园区建设项目。", ["青禾现代农业园区建设项目"]),
        ("村民执意继续阻挠工程施工。", []),
        ("随著农村公路建设的推进,出行条件改善。", []),
        ("走访中得知该公司一磷石膏综合利用配套项目需做环评。", ["一磷石膏综合利用配套项目"]),
        ("预计12月底项目养殖场建成。", []),  # a head noun alone
    ],
)
def test_verbs_and_report_words_before_a_name_are_not_part_of_it(text, expected):
    assert names(text) == expected


def test_what_is_planned_within_the_year_is_not_reached_and_a_required_review_is_a_problem():
    facts = read("青禾年出栏20万头生猪养殖基地项目年内建成投产。青禾包装科技公司项目可研报告需组织专家评审")
    assert [p.status for p in facts.projects][:1] != ["completed"]
    assert [(i.category, i.description) for i in facts.issues] == [("permit", "青禾包装科技公司项目可研报告需组织专家评审")]


def test_obstructing_the_works_is_a_problem():
    found = issues("青石县道X869升级改造工程施工中,村民执意对门口路段的施工进行阻挠。")
    assert [key for key, _, _ in found] == ["青石县道X869升级改造工程"]


@pytest.mark.parametrize(
    "text",
    [
        "青禾饲料厂主体工程已完工。",  # a part of a project
        "鸡舍地基工程正在施工。",
        "青禾县涝区治理是全省最大规模涝区工程项目。",  # a description
    ],
)
def test_parts_of_works_and_descriptions_are_not_projects(text):
    assert names(text) == []


def test_each_list_takes_the_stage_its_closer_names_and_a_province_city_closer_still_closes():
    facts = read(
        "本次活动涵盖青山通用航空机场、神农百草庄园等10个招商引资签约项目,"
        "同时集中开工昭君山庄二期、古夫绕城公路等6个重点项目。"
        "督导组先后来到蛮蛮云二期、国家电投产业集聚区沁北园区供热项目等6个省、市重点项目现场。"
    )
    assert [(p.name, p.status) for p in facts.projects][:4] == [
        ("青山通用航空机场", "signed"),
        ("神农百草庄园", "signed"),
        ("昭君山庄二期", "under_construction"),
        ("古夫绕城公路", "under_construction"),
    ]
    assert [p.name for p in facts.projects][4:] == ["蛮蛮云二期", "国家电投产业集聚区沁北园区供热项目"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("希望政府能促使项目早日开工。", []),
        ("多家企业积极上马技改项目,提高生产效能。", []),
    ],
)
def test_more_verbs_a_name_never_spans(text, expected):
    assert names(text) == expected


def test_a_city_named_twice_after_a_dated_opening_is_the_district():
    district = read("2019年7月16日上午,沁阳市督导组对沁阳市6月份集中交办工作进行督导。").district
    assert district is not None and district.adcode == "410882"


def test_listed_items_keep_words_that_elsewhere_end_a_name_and_key_industrial_projects_are_projects():
    assert names("集中开工两河口水库、南对河水库等6个重点项目。") == ["两河口水库", "南对河水库"]
    assert names("石泉县蔬菜保供基地、池河镇蚕桑产业提质增效等12个重点产业项目集中开工。") == [
        "石泉县蔬菜保供基地", "池河镇蚕桑产业提质增效"]
    assert names("引进新能源、新材料等产业项目。") == []  # industries, not projects


def test_a_closer_may_give_the_size_of_the_projects_it_counts():
    assert names("与此同时,实施明阳风电、辰泽天然气提氦等500万元以上重点项目40个。") == ["明阳风电", "辰泽天然气提氦"]


def test_asking_about_problems_or_a_slogan_about_them_reports_none():
    assert issues("县长详细询问青禾食品有限公司运营过程中遇到的困难。") == []
    assert issues("青禾物流园项目正在建设。要以问题解决推动项目倒排工期建设。") == []
    assert issues("青禾物流园项目正在建设。会议研究了项目建设存在的问题。") == []


def test_setting_up_a_project_is_no_part_of_its_name():
    assert names("该公司还设立中利乳业奶粉加工项目。") == ["中利乳业奶粉加工项目"]


def test_each_matter_companies_raise_is_a_problem_but_problems_in_general_are_not():
    found = issues(
        "会上,青禾风电、科美门业等企业提出了建设用地规划许可证办理、升压站土地报批事宜、"
        "水土保持补偿费减免事宜、征地问题等需要协调解决的实际问题。"
    )
    assert [(category, description) for _, category, description in found] == [
        ("permit", "建设用地规划许可证办理"),
        ("land", "升压站土地报批事宜"),
        ("funding", "水土保持补偿费减免事宜"),
        ("land", "征地问题"),
    ]
    assert issues("专班集中力量解决项目推进过程中存在的规划、手续办理等“卡脖子”问题。") == []


def test_a_count_that_matches_the_list_closes_it_whatever_its_items_end_in():
    assert names("会上汇报了青石湾整体搬迁、松林公园、兴业大道南延三大重点工程征地进展。") == [
        "青石湾整体搬迁", "松林公园", "兴业大道南延"]
    assert names("仪式上,江门顺航电子、杭州曼青电器共2个重点企业项目现场签约。") == ["江门顺航电子", "杭州曼青电器"]
    # The count does not match: an office and a title are no list.
    assert names("12月12日,县委副书记、县长王林主持召开县四大重点工程调度会。") == []


def test_a_counted_list_names_its_items_even_after_words_that_introduce_parts():
    assert names("这次开工的项目主要包括城南小学改扩建、翠湖河道整治建设等12个项目。") == [
        "城南小学改扩建", "翠湖河道整治建设"]


def test_what_a_described_project_builds_is_part_of_it_and_a_kind_of_works_is_no_name():
    assert names("青禾再生资源项目,总投资20亿元,用地300亩,建设10万吨/年废油再生利用生产基地。") == ["青禾再生资源项目"]
    assert names("松林公园是我县的关键性控制工程。") == ["松林公园"]


def test_an_amount_after_an_investment_word_needs_no_yuan_where_the_clause_ends():
    facts = read("签约的3个项目分别是:青禾康养小镇建设项目,总投资3.1个亿;翠湖景区开发建设项目,总投资2900万。")
    assert [(i.project_key, i.amount_yuan) for i in facts.investments] == [
        ("青禾康养小镇建设项目", 310000000), ("翠湖景区开发建设项目", 29000000)]
    # …and the stage said before the counted list is every item's.
    assert [(p.name, p.status) for p in facts.projects] == [
        ("青禾康养小镇建设项目", "signed"), ("翠湖景区开发建设项目", "signed")]


def test_an_attached_list_takes_the_stage_of_the_projects_counted_before_it():
    facts = read(
        "3月23日,某市10个重点产业项目集中开工建设。此次项目总投资39.7亿元。"
        "附项目概况:青禾产学研合作基地,计划投资5亿元;翠湖物流项目,总投资8000万元。"
    )
    assert [(p.name, p.status) for p in facts.projects] == [
        ("青禾产学研合作基地", "under_construction"), ("翠湖物流项目", "under_construction")]


def test_matters_a_project_met_are_its_problems_but_a_tally_of_kinds_is_not():
    found = issues(
        "青禾乡村旅游项目在建设过程中遇到接待中心土地利用规划调整难、80亩林地调整以及资金筹措等三个方面的问题。"
    )
    assert found == [
        ("青禾乡村旅游项目", "planning", "接待中心土地利用规划调整难"),
        ("青禾乡村旅游项目", "land", "80亩林地调整"),
        ("青禾乡村旅游项目", "funding", "资金筹措"),
    ]
    assert issues("走访企业300家,摸排需协调解决环保施工、资金短缺、土地规划等问题120个。") == []


def test_talking_about_problems_or_a_condition_reports_none():
    assert issues("会上,翠湖大道改线工程负责人汇报了征地进展情况、存在问题及下步工作计划。") == []
    assert issues("翠湖大道改线工程,如果未按时间节点解决该问题的将对相关责任人进行问责。") == []


def test_a_count_after_the_closer_names_the_items_and_a_batch_or_class_is_no_project():
    assert names("全县先后建成投用了青禾商贸城、翠湖汽配城等项目2个;在建松林光伏发电、天宏鞋业等项目16个。") == [
        "青禾商贸城", "翠湖汽配城", "松林光伏发电", "天宏鞋业"]
    assert names("3月9日,某县举行2021年3月份项目集中开工仪式。") == []
    assert names("能源类项目、纺织服装类项目各1个,总投资1.39亿元。") == []
    assert names("(一)已复工项目督查情况") == []


def test_a_list_opened_by_for_example_goes_on_place_by_place_after_semicolons():
    assert names(
        "纳入挂牌管理的重点项目涉及全市13个乡镇,如:开发区的青禾汽车产业园、翠湖包装等;"
        "松林镇的天宏不锈钢、佳木模具等;保安镇的枫叶生态农业;殷家镇的果"
    ) == ["青禾汽车产业园", "翠湖包装", "天宏不锈钢", "佳木模具", "枫叶生态农业"]


def test_a_company_that_comes_to_tell_its_problems_owns_the_ones_it_lists():
    found = issues(
        "“我反映了4件问题。”青禾帽业有限公司的总经理说。就在1小时前,他还愁眉不展。"
        "“第一件是土地证房产证问题,分厂至今土地证房产证未办下来;第二件是水压低问题,职工宿舍无法洗澡。”"
    )
    assert [(owner, category) for owner, category, _ in found] == [
        ("青禾帽业有限公司", "permit"), ("青禾帽业有限公司", "water_sewage_heat")]
    # 该公司 is no company's name, and every company's problem is nobody's in particular.
    assert issues("下一步,该公司将尽力解决经济开发区各企业供电问题。") == []


def test_kinds_of_project_and_the_list_a_project_joins_are_no_projects():
    assert names("除现代煤化工、特色养殖、生态治理等传统项目外,今年还引进一批新型产业。") == []
    assert names("青禾输送带项目是某县“工业再造”的又一领军项目。") == ["青禾输送带项目"]
    assert names("翠湖村道扩建项目被纳入2022年度某县民生实事人大代表票决项目。") == ["翠湖村道扩建项目"]
    assert names("要全力以赴抓项目、赶进度,确保所有项目如期完工。") == []


def test_words_around_names_that_never_name_a_project():
    assert names("工作队回访青禾新能源100兆瓦光伏发电项目,核实问题解决情况。") == ["青禾新能源100兆瓦光伏发电项目"]
    assert names("要不遗余力引项目、抓项目,该县要求每位项目负责人倒排工期。") == []
    assert names("4月26日,某县北古城工业园区首批亿元工业项目开工。") == []
    assert names("车间里三条全自动化生产线正火力全开。稿件来源:某县融媒体中心") == []


def test_projects_told_of_right_after_a_counted_batch_are_of_its_stage():
    facts = read(
        "某县此次集中开工项目10个,总投资10.1亿元。位于某镇的青禾新型材料生产线项目,总投资2.66亿元。"
        "翠湖管桩生产线项目预计投资1.5亿元,建成后年产400万米管桩。"
    )
    assert [(p.name, p.status) for p in facts.projects] == [
        ("青禾新型材料生产线项目", "under_construction"), ("翠湖管桩生产线项目", "under_construction")]
    assert [p.status for p in read("在松林线路迁改工程现场,工人们正紧锣密鼓地进行施工准备。").projects] == ["under_construction"]


def test_each_company_listed_has_the_problem_and_a_utility_named_is_not_the_topic():
    found = issues("青禾铁合金有限公司、翠湖铁合金有限公司与某某供电有限公司存在电费返还问题,导致企业资金运转困难。")
    assert [(owner, category) for owner, category, _ in found] == [
        ("青禾铁合金有限公司", "funding"), ("翠湖铁合金有限公司", "funding")]


def test_aims_and_talk_of_solving_problems_are_not_problems():
    assert [d for _, _, d in issues("相关部门对企业存在的土地征收、附属物赔偿、优化营商环境等问题进行梳理。")] == [
        "土地征收", "附属物赔偿"]
    assert issues("工作队回访青禾光伏发电项目,切实提升问题解决的满意度。") == []
    assert issues("会议研究了青禾风电项目前期手续办理过程中的难点问题。") == []


def test_venues_kinds_and_activities_are_no_projects():
    assert names("3月3日,某县产业项目集中开工仪式在青禾工业园举行,青禾母线生产线等9个产业项目集中开工。") == ["青禾母线生产线"]
    assert names("翠湖航海文化基地项目总投资约1.1亿元,集赛事、研学、培训等项目为一体。") == ["翠湖航海文化基地项目"]
    assert names("签订银企合作协议,惠及不锈钢新材料、高山花卉、淡水养殖等重点项目和企业。") == []
    assert names("此次签约的项目主要是泵阀机械、农副产品加工等产业链项目。") == []


def test_verbs_and_stages_before_a_name_are_not_part_of_it():
    assert names("截至目前,某区已开复工青禾文旅城·水乐园、翠湖购物中心等重大项目23个。") == [
        "青禾文旅城·水乐园", "翠湖购物中心"]
    assert names("县委书记研讨如何帮助青禾化工项目培育壮大。") == ["青禾化工项目"]
    assert names("某市某区举办2021年重大项目集中开工动员大会。") == []


def test_a_blocked_site_and_a_stopped_plant_are_problems():
    assert [c for _, c, _ in issues("青禾光伏发电项目施工时,有村民阻扰施工。")] == ["other"]
    assert [c for _, c, _ in issues("青禾光伏发电项目在疫情防控期间一直处于停产状态。")] == ["other"]


def test_where_a_project_stands_and_sector_programmes_are_no_projects():
    facts = read("青禾农贸生鲜市场综合体项目坐落于县城区中心,总投资2.5亿元。")
    assert [(i.project_key, i.amount_yuan) for i in facts.investments] == [("青禾农贸生鲜市场综合体项目", 250000000)]
    assert names("共涉及“三十项重点工程”中的装备制造产业工程、建筑建材产业工程。") == []
    assert names("截至目前,共建立资金短缺、补偿争议、手续办理缓慢等问题台账项目22个。") == []
    assert names("要力争煤田项目早日投产,尽量不影响项目进度,加强向银行推介融资项目。") == []


def test_more_ways_of_telling_a_problem_and_of_only_talking_about_one():
    assert [c for _, c, _ in issues("青禾大道延长工程还有33户房屋没有征迁,工程一直处于停工状态。")] == ["land"]
    assert [c for _, c, _ in issues("翠湖北干线工程需新建450米箱涵,还需资金支持。")] == ["funding"]
    assert [c for _, c, _ in issues("青禾产业园项目施工场地内有电线横穿,造成施工阻碍。")] == ["other"]
    assert issues("会上,副县长对青禾风电项目建设中遇到的问题逐一研究。") == []
    assert issues("针对青禾水泥有限公司提出的问题,各部门表态。") == []


def test_a_visit_list_starts_after_the_visit_and_a_building_site_is_under_construction():
    facts = read("9月4日上午,县委副书记、县长王林深入青禾电机厂烘干机技改升级、翠湖农产品加工标准化厂房等项目施工现场。")
    assert [(p.name, p.status) for p in facts.projects] == [
        ("青禾电机厂烘干机技改升级", "under_construction"), ("翠湖农产品加工标准化厂房", "under_construction")]
    assert [p.status for p in read("县长来到青禾安置房项目建设现场,查看项目建设进度。").projects] == ["under_construction"]


def test_an_abbreviation_a_township_and_what_a_project_will_build_are_not_names():
    assert names("近日,青禾集团股份有限公司(以下简称青禾集团)恒超差别化纤维项目、翠湖化纤新材料项目等重大产业项目相继落地。") == [
        "恒超差别化纤维项目", "翠湖化纤新材料项目"]
    assert names("该项目建设进展缓慢,成了某某乡建设项目中的一大难题。") == []
    assert names("翠湖设施养殖及食品加工项目总投资约22亿元,将建设循环水养殖基地、食品加工厂。") == ["翠湖设施养殖及食品加工项目"]
    assert names("还要建设仓储物流项目,锚定既定项目,引进5户企业入驻园区。") == []


def test_problems_of_many_companies_or_kinds_of_problem_are_none_but_a_chronic_one_is():
    assert issues("融资难是当前不少中小企业面临的困境。") == []
    assert issues("要正确处理翠湖大道施工过程中涉及到的拆迁补偿、交通安全等方面的问题。") == []
    assert [c for _, c, _ in issues("青禾路延伸工程二期“目前地还没征下来”。")] == ["land"]


def test_slogans_parts_and_batches_are_no_projects():
    assert names("今年,某县将优化营商环境作为一号工程,以青禾体育项目为范例。") == ["青禾体育项目"]
    assert names("拟建设屠宰车间、冷库、消防工程、给排水工程、通信工程等附属设施。") == []
    assert names("3月1日,全市举行2021年第一次重大项目集中开工签约仪式。") == []
    assert names("9个项目吹响施工号角,步入工程建设阶段。一切围着项目转,一切盯着项目干。") == []


def test_a_company_named_just_before_owns_the_problems_told_next():
    found = issues("3月18日,中心接到青禾电器制造有限公司的请求。村口路口狭窄,进出企业的货车转弯困难。")
    assert [(owner, category) for owner, category, _ in found] == [("青禾电器制造有限公司", "road")]
    found = issues("2015年,翠湖山公司流转土地40亩,因建设手续迟迟没有办好,就凭一份许可证开工建设厂房。")
    assert [(owner, category) for owner, category, _ in found] == [("翠湖山公司", "permit")]


def test_matters_a_project_has_and_talk_of_site_work_or_discussion():
    found = issues("在青禾古城文化旅游综合开发项目现场,县长详细了解了该项目在征地指标、青苗补偿、安置问题、扶持资金等存在的难题。")
    assert [(owner, c, d) for owner, c, d in found] == [
        ("青禾古城文化旅游综合开发项目", "land", "征地指标"), ("青禾古城文化旅游综合开发项目", "land", "青苗补偿"),
        ("青禾古城文化旅游综合开发项目", "land", "安置问题"), ("青禾古城文化旅游综合开发项目", "funding", "扶持资金")]
    assert issues("县长来到青禾绿化项目,了解遇到的困难和问题并现场办公。") == []


def test_a_subsidiary_a_signing_partner_and_a_speaker_are_not_names():
    assert names("该项目是翠湖电源科技有限公司在松山片区成立的全资子公司项目,总投资3亿元。") == []
    assert names("主任介绍了园区发展情况,并与青禾烟花公司、翠湖引线公司等14家企业签订了招商引资协议。") == [
        "青禾烟花公司", "翠湖引线公司"]
    assert names("要切实保证好青禾古城综合开发项目的顺利建设。") == ["青禾古城综合开发项目"]


def test_extraction_is_the_same_whatever_the_hash_seed():
    # Sets of strings iterate in an order that changes with PYTHONHASHSEED; facts must not.
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    probe = (
        "from tracker.load import article_files; from tracker.text import read_article, normalise; "
        "from tracker.extract.article import extract_article\n"
        "for p, m in article_files(['tests/corpus']):\n"
        "    print(repr(extract_article(normalise(read_article(p), **{k: v for k, v in m.items() if v is not None}))))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in range(6)
    }
    assert len(outputs) == 1


def test_products_listed_before_a_name_share_its_head_noun():
    assert names("观摩组实地观摩了青禾鞋业生产线建设项目、XYZ软排线、电源线束生产线项目及松山镇康养项目。") == [
        "青禾鞋业生产线建设项目", "XYZ软排线、电源线束生产线项目", "松山镇康养项目"]
    assert names("分别是总投资5亿元的青禾涂料项目,总投资1.2亿元的广州翠湖电子科技高频、高速、陶瓷基板项目。") == [
        "青禾涂料项目", "广州翠湖电子科技高频、高速、陶瓷基板项目"]
    # Roads and companies in a list are works and firms, not products of the next item.
    assert "西河路南段、松山加油站" not in names("现场督查了青禾站站前广场、西河路南段、松山加油站、解放路提升改造工程建设进展。")


def test_he_inside_a_list_splits_two_names_after_a_whole_one():
    assert names("当天开工的青禾饲料厂、污水处理厂和甘肃翠湖啤酒厂新厂区建设项目、城关小学建设项目等4个重点项目。") == [
        "青禾饲料厂", "甘肃翠湖啤酒厂新厂区建设项目", "城关小学建设项目"]


def test_doubled_punctuation_of_a_page_is_read_as_one_mark():
    assert names("该县新开工建设年产60万吨大机焦,、年产10万吨焦油深加工,、青禾医药园等项目,。") == [
        "年产60万吨大机焦", "年产10万吨焦油深加工", "青禾医药园"]


def test_a_batch_counted_with_gong_gives_its_stage_to_the_list_that_follows():
    facts = read("参加此次集中签约的项目共3个,协议总投资9亿元。分别是总投资5亿元的青禾涂料项目,总投资4亿元的翠湖电子项目。")
    assert [(p.name, p.status) for p in facts.projects] == [("青禾涂料项目", "signed"), ("翠湖电子项目", "signed")]


def test_classes_of_a_total_after_qizhong_are_no_batch():
    facts = read("申报项目69个。其中,新开工项目45个,总投资64亿元;续建项目24个,总投资487亿元。观摩组观摩了青禾鞋业生产线建设项目。")
    assert [(p.name, p.status) for p in facts.projects] == [("青禾鞋业生产线建设项目", None)]


def test_what_was_built_is_a_part_and_the_project_that_goes_on_in_its_paragraph():
    facts = read("本次开工的青禾食品产业园建设项目规划用地1815亩,已建成返乡创业园74亩。")
    assert facts.projects[0].status == "under_construction"
    facts = read("青禾鞋业生产线建设项目总投资5000万元,主要建设成品仓库。目前已全面建成投产,带动就业85人。")
    assert facts.projects[0].status == "operating"


def test_a_name_led_by_its_company_is_the_same_project_and_a_generic_rest_is_not():
    assert names("重庆云阳青禾坝抽蓄电站项目协调会召开。翠湖集团青禾坝抽蓄项目负责人作了说明。") == ["重庆云阳青禾坝抽蓄电站项目"]
    assert names("现场签约了中山集团王家TOD片区开发项目、十五冶集团片区综合开发项目等2个项目。") == [
        "中山集团王家TOD片区开发项目", "十五冶集团片区综合开发项目"]


def test_a_contractor_a_national_programme_and_a_coordinated_matter_are_not_names():
    assert names("据贵州青禾工程建设有限责任公司董事长介绍,本项目力争5月底竣工。") == []
    assert names("本次开工涉及教育强国工程和交通基础设施等八个方面。") == []
    assert names("常务副县长专题协调翠湖山风电项目送出线路有关事宜。") == ["翠湖山风电项目"]


def test_the_kind_named_after_a_list_of_matters_is_the_issues_category():
    found = issues("青禾抽蓄项目负责人就电杆迁移、青苗补损、预算编制等资金拨付问题作了说明。")
    assert [(owner, category) for owner, category, _ in found] == [("青禾抽蓄项目", "funding")]


def test_a_loans_good_terms_are_no_problem():
    assert issues("很快,一家银行为青禾热电有限公司授信2亿元,且审批快、年息低、周期长。") == []


def test_firms_that_sign_are_the_undertakings_unless_they_sign_for_a_named_project():
    facts = read("市长与青禾科技有限公司、翠湖自动化科技有限公司和松山新材料有限公司进行现场签约。")
    assert [(p.name, p.status) for p in facts.projects] == [
        ("青禾科技有限公司", "signed"), ("翠湖自动化科技有限公司", "signed"), ("松山新材料有限公司", "signed")]
    assert names("县长与青禾投资有限公司签订了青禾文化旅游产业园项目。") == ["青禾文化旅游产业园项目"]
    assert names("随后,青禾重工科技有限责任公司、翠湖硅能科技有限公司等7家企业代表现场与县政府进行项目签约。") == [
        "青禾重工科技有限责任公司", "翠湖硅能科技有限公司"]


def test_programmes_batches_counts_and_agencies_are_not_names():
    assert names("推进“百千万工程”专场活动举行。学校建设是民生工程、民心工程。") == []
    assert names("3月18日,自由贸易港建设项目2022年度第二批集中开工仪式举行。") == []
    assert names("对14个行政村14.5公里公路进行改(扩)建。") == []
    assert names("副区长同发改委、城棚改事务中心一行前往松山变电站现场。") == ["松山变电站"]


def test_a_first_part_that_names_nothing_alone_stays_in_the_name():
    assert names("督导组先后前往青禾创业基地项目、年产50万件发动机缸盖及缸盖总成项目等5个项目现场。") == [
        "青禾创业基地项目", "年产50万件发动机缸盖及缸盖总成项目"]
    assert names("蓝禾防护手套基地、恺峰和新材料等10个重点招商引资项目集中签约。") == ["蓝禾防护手套基地", "恺峰和新材料"]
    assert names("青禾食品10万吨休闲食品、调味品生产项目正加紧采购设备,邮件处理暨电商仓配中心项目正进行二次结构施工。") == [
        "青禾食品10万吨休闲食品、调味品生产项目", "邮件处理暨电商仓配中心项目"]


def test_a_zone_before_a_name_is_where_it_is_and_a_firm_settling_is_signed():
    assert names("在开发区翠湖电力器材项目现场,10个重大项目集中开工。其中翠湖电力器材生产加工项目总投资1亿元。") == [
        "翠湖电力器材生产加工项目"]
    facts = read("此次泰国青禾集团中国西北饮料生产基地落户松山,将实现本地制造。")
    assert [(p.name, p.status) for p in facts.projects] == [("泰国青禾集团中国西北饮料生产基地", "signed")]


def test_listed_constraints_and_matters_across_commas_are_each_a_problem():
    found = issues("随着时间推进,迁占个别硬骨头、环境复杂、限电等方面的制约因素凸现。")
    assert [(c, d) for _, c, d in found] == [("land", "迁占个别硬骨头"), ("other", "环境复杂"), ("power", "限电")]
    found = issues("几家企业分别存在着电价费用负担较重,货款回笼过缓、流动资金严重紧缺,用水困难等问题。")
    assert [(c, d) for _, c, d in found] == [
        ("power", "电价费用负担较重"), ("funding", "货款回笼过缓、流动资金严重紧缺"), ("water_sewage_heat", "用水困难")]


def test_a_quoted_question_reports_no_problem_and_a_person_is_no_company():
    assert issues("“目前征地拆迁进度如何?”县委书记带队到青禾啤酒饮料生产项目现场。") == []
    found = issues("区长来到青禾医药有限公司。并就高某提出的公司大门口交通优化等问题交办给了交警大队。")
    assert [(owner, c) for owner, c, _ in found] == [("青禾医药有限公司", "road")]


def test_a_one_character_county_after_a_verb_of_travel():
    district = read("市发展改革委赴歙县开展重点项目开复工调研督导\n2月8日,调研员带队前往歙县开展项目节后开复工调研督导。").district
    assert district is not None and district.adcode == "341021"


def test_kinds_of_work_and_a_signed_agreement_are_not_names_and_the_firms_that_sign_are():
    assert names("当前,新引进、技改升级、扩产扩容、复工复产等项目较多。") == []
    facts = read("区政府与青禾智慧能源技术有限公司、翠湖印染有限公司等10家企业分别签署新投资项目或增资项目协议,总投资达13亿元。")
    assert [(p.name, p.status) for p in facts.projects] == [
        ("青禾智慧能源技术有限公司", "signed"), ("翠湖印染有限公司", "signed")]


def test_products_with_their_outputs_before_a_name_share_it():
    assert names("该公司新上马的年产150万套车辆内饰件、5000万米汽车密封条、40万根胶管及200万根拉索改建项目急于建设。") == [
        "年产150万套车辆内饰件、5000万米汽车密封条、40万根胶管及200万根拉索改建项目"]


def test_a_project_goes_on_after_a_short_lead_in_and_a_months_plan_is_not_its_investment():
    facts = read("青禾铁路专用线项目总投资10986万元。今年以来,该项目已累计投资1875万元,其中,5月份计划投资350万元。")
    assert sorted(i.amount_yuan for i in facts.investments) == [18750000, 109860000]


def test_a_heading_a_general_response_and_standing_water():
    found = issues("征地问题是青禾铁路专线项目面临的首要问题。该项目征地拆迁引发的相关问题比较多,有的群众认为征地补偿标准过低而阻挠施工。")
    assert [(owner, c) for owner, c, _ in found] == [("青禾铁路专线项目", "land")]
    assert "征地补偿标准过低" in read("征地问题是青禾铁路专线项目面临的首要问题。该项目征地拆迁引发的相关问题比较多,有的群众认为征地补偿标准过低而阻挠施工。").issues[0].sentence
    found = issues("位于开发区的青禾水洗有限公司出现大量雨水不能及时外排,地块周边大量积水的问题。")
    assert [(owner, c) for owner, c, _ in found] == [("青禾水洗有限公司", "water_sewage_heat")]
    assert issues("调研组先后到青禾箱包生产项目现场,了解推进过程中遇到的堵点卡点问题,并针对存在问题提出工作建议。") == []


def test_money_with_what_it_builds_before_a_name_and_firms_signing_at_a_ceremony():
    facts = read("现场促成签约项目2个,青禾环境有限公司投资2亿建设的5万吨/年固废处置项目、翠湖能源有限公司投资2.15亿元建设的黑枸杞种植及深加工等项目。")
    assert [(p.name, i.amount_yuan) for p, i in zip(facts.projects, facts.investments)] == [
        ("5万吨/年固废处置项目", 200000000), ("黑枸杞种植及深加工", 215000000)]
    assert names("县长一同见证了县政府分别与青禾石油化工投资有限公司、翠湖园林股份有限公司签约仪式。") == [
        "青禾石油化工投资有限公司", "翠湖园林股份有限公司"]
    assert names("此次新开工项目19家,包含青禾金属铸造、翠湖汽配二期等,总投资达53亿元。") == ["青禾金属铸造", "翠湖汽配二期"]


def test_a_zone_before_a_company_the_works_of_a_venue_and_a_count_of_the_districts_projects():
    assert names("华明高新区天津青禾电气有限公司新型储能产业化项目开工。") == ["天津青禾电气有限公司新型储能产业化项目"]
    facts = read("重点工程集中开复工启动仪式在城市会客厅项目工程现场举行。\n全县共实施项目46个。项目总投资130.1亿元。")
    assert [p.name for p in facts.projects] == ["城市会客厅项目"] and facts.investments == ()


def test_slogans_and_talk_of_sticking_points():
    assert names("推进百县千镇万村高质量发展工程,发展文化产业化,努力营造人人关注项目的氛围。") == []
    assert issues("及时疏通青禾项目推进过程中遇到的堵点,梳理分析了项目推进工作中存在堵点、难点。") == []


def test_a_dated_plan_to_finish_is_no_stage_reached():
    facts = read("青禾汽车零部件产业园一期项目计划投资5.6亿元,计划于2024年6月建成投产,达产后预计年产值15亿元。")
    assert facts.projects[0].status != "operating"


def test_money_a_listed_firm_invests_in_its_project_is_no_district_figure():
    facts = read("在签订的36个投资项目中,工业项目27个,包括青禾新能源有限公司投资2.5亿元建设光伏发电项目、翠湖文化用品有限公司投资1.5亿元建设冰川水生产项目等。")
    assert [f.value for f in facts.figures if f.unit == "元"] == []


def test_whose_or_where_before_a_listed_name_and_a_counted_kind_of_projects():
    assert names("签约项目分别是:水利局的干渠分布式光伏储能一体化项目、华丰镇的清洁储能项目、伏山镇的电芯壳体智能制造中心。") == [
        "干渠分布式光伏储能一体化项目", "清洁储能项目", "电芯壳体智能制造中心"]
    assert names("本次开工的还有投资5亿元的青禾100MW农光互补光伏发电、1.2亿元的翠湖白砂生产线等11个工业能源类项目。") == [
        "青禾100MW农光互补光伏发电", "翠湖白砂生产线"]
    assert names("签约的15个项目中,新绿色有机农业、生态观光现代农业、全域治理等项目占比较大。") == []


def test_standards_programmes_and_bare_works_are_not_names():
    assert names("要把项目打造成精品工程、样板工程,推进保障性安居工程和农村危房改造项目、光伏扶贫项目。") == []
    assert names("海南自贸港建设项目集中开工,同步推进拆迁工程和绿化工程。") == []
    assert names("投资1亿元的高清摄像头模块生产线项目开工,县委书记出席项目开工仪式。") == ["高清摄像头模块生产线项目"]


def test_numbered_problems_after_a_colon_are_each_the_first_ones_kin():
    found = issues("青禾农业开发有限公司准备扩大规模,需要协调解决三方面的问题:一是需要延长土地租期;"
                   "二是增加防霜机,需要将现有供电量增容至200千瓦以上;三是需要核批办公用房建设用地。")
    assert [(owner, c) for owner, c, _ in found] == [
        ("青禾农业开发有限公司", "land"), ("青禾农业开发有限公司", "power"), ("青禾农业开发有限公司", "land")]


def test_an_output_inside_a_name_and_words_that_start_none():
    assert names("吉林省青禾重工有限公司年产110台HK200系列平头塔机项目总投资1.6亿元。") == [
        "吉林省青禾重工有限公司年产110台HK200系列平头塔机项目"]
    assert names("政企明确项目推进时间表,国家继续支持项目建设,列入全国中型水库建设。") == []
    assert names("己丑(2009)年中国·仙都招商引资项目推介会举行。") == []
    assert issues("水库建成后可解决当地农业灌溉、防汛、抗旱、城镇供水和工业用水等问题。") == []


def test_the_leaders_who_visit_and_the_sites_they_visit_are_not_names():
    assert names("唐某、苏某、孙某等党政领导先后到青禾奶粉项目现场、翠湖原料药建设项目现场、松山医疗器械生产项目等项目现场调研。") == [
        "青禾奶粉项目", "翠湖原料药建设项目", "松山医疗器械生产项目"]


def test_a_list_of_kinds_or_of_kinds_hoped_for_names_no_project_inside_it():
    assert names("签约项目包括青禾钢贸总部、企业结算中心、翠湖贸易公司等5个总部经济型项目。") == []
    assert names("帮助家乡推动更多健康养老、检测中心、智能装备产业园等项目落地。") == []
    assert names("签约项目包括青禾钢贸总部、翠湖结算中心等5个项目。") == ["青禾钢贸总部", "翠湖结算中心"]


def test_a_batch_an_industry_and_what_is_excepted_are_no_names():
    assert names("引进青禾全球贸易中心、翠湖机器人产业园等一批代表性回归项目。") == ["青禾全球贸易中心", "翠湖机器人产业园"]
    assert names("今天集中开工的8个重点项目,既有高端化工、高端纺织项目,也有新型环保项目。") == []
    assert names("目前除青禾生态综合开发项目正在进行前期工作外,翠湖水库除险加固工程已经完工。") == [
        "青禾生态综合开发项目", "翠湖水库除险加固工程"]


def test_each_matter_a_project_lists_after_including_is_a_problem():
    found = issues("会上,青禾高速公路项目公司提出了需要协调解决的事项,包括永久用地、临时用地、电力杆线、社保缴纳等问题。")
    assert [(c, d) for _, c, d in found] == [
        ("land", "永久用地"), ("land", "临时用地"), ("power", "电力杆线"), ("other", "社保缴纳")]


def test_an_amount_and_its_name_listed_without_an_investment_word():
    facts = read("新能源类项目3个:17亿元的青禾200MW分散式风力发电项目、3亿元的翠湖铜钼矿开采项目、0.7亿元的北岭石材园区石材雕刻和异型石项目。")
    assert [(i.project_key, i.amount_yuan) for i in facts.investments] == [
        ("青禾200MW分散式风力发电项目", 1_700_000_000), ("翠湖铜钼矿开采项目", 300_000_000),
        ("北岭石材园区石材雕刻和异型石项目", 70_000_000)]


def test_what_a_meeting_approves_or_pays_for_is_no_part_of_a_name():
    assert names("会议审定一期基础设施建设项目建安工程费支付工作;审定青禾扶贫产业园二期基础设施建设项目工程款支付事宜。") == [
        "一期基础设施建设项目", "青禾扶贫产业园二期基础设施建设项目"]
    assert names("要加快推进青禾碳素厂项目建设、翠湖精铝车间等项目建设前期准备工作。") == ["青禾碳素厂项目", "翠湖精铝车间"]
    assert names("7月2日,青禾县绿色铝材产业示范园区联合指挥部会议举行,研究审定园区项目建设相关工作,安排部署园区建设事宜。") == []


def test_an_upgrade_inside_a_name_is_part_of_it():
    assert names("其中,青禾村风貌提升示范项目和翠湖路提升改造工程进展较快。") == ["青禾村风貌提升示范项目", "翠湖路提升改造工程"]
    assert names("着力提升营商环境,推动翠湖产业园建设。") == ["翠湖产业园"]


def test_someone_at_the_site_tells_of_the_project_just_named():
    facts = read("在青禾镇,翠湖30万千瓦风力发电项目建设现场,风电场和升压站建设同步进行。"
                 "“我们年初复工以来一直在加班加点,升压站预计4月30日完成土建施工。”青禾新能源有限公司负责人告诉记者,该项目总投资约18.93亿元。"
                 "在松山化工有限公司年产500吨苯胺项目建设现场,工人正在施工。这个项目总投资约8000万元。")
    assert [(i.project_key, i.amount_yuan) for i in facts.investments] == [
        ("翠湖30万千瓦风力发电项目", 1_893_000_000), ("松山化工有限公司年产500吨苯胺项目", 80_000_000)]
    assert [p.status for p in facts.projects] == ["under_construction", "under_construction"]


def test_what_a_named_project_builds_and_the_parts_of_its_total_are_its_own():
    facts = read("青禾循环经济一体化项目一期计划总投资89.5亿元,主要建设内容为氯碱化工和2×350MW低热值煤发电机组项目;"
                 "翠湖褐煤提质、石灰石综合利用及单晶硅切片项目总投资299亿元,其中投资86亿元,建设年产30万吨丁二醇项目,"
                 "投资113亿元,建设1000MW/年直拉单晶硅片示范项目。")
    assert [p.name for p in facts.projects] == ["青禾循环经济一体化项目一期", "翠湖褐煤提质、石灰石综合利用及单晶硅切片项目"]
    assert [(i.project_key, i.amount_yuan) for i in facts.investments] == [
        ("青禾循环经济一体化项目一期", 8_950_000_000), ("翠湖褐煤提质、石灰石综合利用及单晶硅切片项目", 29_900_000_000)]


def test_the_clauses_before_a_project_held_up_tell_its_problem():
    found = issues("青禾风电工程目前已完成主体施工,因“220KV送出工程”线路较长涉及征地的乡镇较多,进度较为缓慢。")
    assert [(c, d) for _, c, d in found] == [("land", "因“220KV送出工程”线路较长涉及征地的乡镇较多,进度较为缓慢")]
    found = issues("翠湖智能制造产业园项目于2023年开工。在前期手续审批、跨部门协调等环节,流程复杂、对接不畅,项目施工受阻、一度停滞。")
    assert [c for _, c, _ in found] == ["permit"]


def test_a_year_does_not_make_a_class_of_projects_a_name():
    assert names("4月15日,全县全面开启2025年春季重点项目开复工建设。") == []


def test_a_representative_of_a_class_a_phase_joined_by_and_and_a_site_looked_at():
    facts = read("其中,以青禾环保工程设备有限公司年产4万吨高端智能装备项目为代表的重大工业项目25个,总投资87.5亿元。")
    assert [p.name for p in facts.projects] == ["青禾环保工程设备有限公司年产4万吨高端智能装备项目"]
    assert facts.investments == ()
    assert names("推进翠湖香猪产业基地(二期)及青禾仓储物流综合基地。") == ["翠湖香猪产业基地(二期)", "青禾仓储物流综合基地"]
    assert names("调研组先后实地查看松山特大桥、翠湖高速公路。") == ["松山特大桥", "翠湖高速公路"]


def test_each_problem_a_meeting_lists_is_its_own_and_the_meeting_is_none():
    found = issues("市政府召开青禾水源保护工程征地拆迁及有关问题协调会。"
                   "会议就项目临时占用基本农田审批问题、临时用地补偿标准问题、施工组织进度保障问题、"
                   "水利保护及河道管理审批问题进行研究并部署了工作。")
    assert [(owner, c) for owner, c, _ in found] == [
        ("青禾水源保护工程", "land"), ("青禾水源保护工程", "land"), ("青禾水源保护工程", "other"), ("青禾水源保护工程", "permit")]


def test_crossing_lines_an_outgrown_plant_and_an_unpaved_village_road_are_problems():
    assert [c for _, c, _ in issues("青禾风电基地项目已开工,目前电缆地埋工程与部分通信线路存在交叉。")] == ["other"]
    assert [c for _, c, _ in issues("青禾茶业有限公司原本位于盘龙村的厂房已不能满足生产需求。")] == ["other"]
    assert [c for _, c, _ in issues("翠湖旅游有限公司反映,村中通往茶园的一条主村道未硬化。")] == ["road"]


def test_the_company_that_has_numbered_problems_is_the_one_just_named():
    found = issues("领导走访了青禾茶业有限公司。青禾茶业公司充分利用现有的茶园。走访中,领导了解到,"
                   "公司存在两个急需解决的问题:一是烘干车间的建设地点还未落实;二是通往茶园的村道未硬化。")
    assert found == [("青禾茶业公司", "site_selection", "烘干车间的建设地点还未落实"),
                     ("青禾茶业公司", "road", "通往茶园的村道未硬化")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year's programme and a street's top ten are classes, not names.
        ("3月26日,赤峰市2023年高质量发展重点项目春季集中开工仪式在青禾县举行。", []),
        ("分会场设在青禾街道十大项目开工现场。", []),
        # Visit and report verbs end what comes before a name.
        ("书记带队踏看青禾抽水蓄能电站主体厂房建设现场。", ["青禾抽水蓄能电站"]),
        ("在了解青禾新能源有限公司反映青禾50万千瓦风电项目征地困难后,局里迅速协调。", ["青禾50万千瓦风电项目"]),
        ("县领导召集相关部门齐聚景区项目指挥部。", []),
        ("“青禾高新技术有限公司正处于园区的门户位置。", []),
        ("今后将全力提升建设项目使用草地审核审批效率。", []),
        # Titles a project holds, and a list of slogans, are not names.
        ("省级水利示范县、创建教育强县等91个项目动工建设。", []),
        ("青禾旅游开发项目作为全省重点项目,也是全县旅游精品工程龙头项目。", ["青禾旅游开发项目"]),
        # 等N项 closes a list of projects, whatever they end in; a maker's second product stays with it.
        ("竣工项目有翠湖木业年产19万立方米胶合板、G323青禾至翠湖公路(青禾段)等12项,总投资6.94亿元。",
         ["翠湖木业年产19万立方米胶合板", "G323青禾至翠湖公路(青禾段)"]),
        ("主要有青禾林产年产18万立方米家具板、15万平方米全屋家具定制等21项。",
         ["青禾林产年产18万立方米家具板、15万平方米全屋家具定制"]),
        # A quoted name opens its list item.
        ("会议听取了“青禾·翠巷”文旅综合开发、虎山头旅游综合开发等重点项目进展情况。",
         ["“青禾·翠巷”文旅综合开发", "虎山头旅游综合开发"]),
        # A weak head noun ends a name before 作为…项目.
        ("青禾抽水蓄能电站作为全市十个年内确保开工项目之一,县委极为重视。", ["青禾抽水蓄能电站"]),
        # The firm that invests in a project is not one of a list; works that go with one are not projects.
        ("集中签约的项目包括青禾矿业有限公司等投资的船用不锈钢项目,总投资12.5亿元。", ["船用不锈钢项目"]),
        ("正在推进书院广场、岭头剧场、体育公园等沿岸配套项目施工。", []),
        # 整县推进 is a programme's county part, inside the name.
        ("分布式光伏整县推进项目总投资10亿元。", ["分布式光伏整县推进项目"]),
    ],
)
def test_names_learned_from_sets_39_and_40(text, expected):
    assert names(text) == expected


def test_money_after_除_a_project_外_is_the_others():
    found = read("除青禾五金城建设项目外,该区还将抓好重点项目,总投资225.5亿元,年度计划投资51.7亿元。")
    assert [p.name for p in found.projects] == ["青禾五金城建设项目"]
    assert found.investments == ()


def test_a_counted_list_told_with_commas_names_each_firm_and_leaves_its_note_out():
    found = read("1 续建项目3个,分别为青禾纸业有限公司(正在平地),翠湖铜业有限公司(正在建设厂房),"
                 "青禾集团木雕城(已经试生产),续建项目2014年计划投资额为42.8亿元。")
    assert [(p.name, p.status) for p in found.projects] == [
        ("青禾纸业有限公司", "under_construction"), ("翠湖铜业有限公司", "under_construction"),
        ("青禾集团木雕城", "operating")]
    assert found.investments == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A head noun before 新建项目 makes the name no bare class.
        ("调研组视察了县中医院新建项目。", ["县中医院新建项目"]),
        # A counted 包括 list: items after the first keep their own words (与 inside a name).
        ("此次集中开工的14个重点项目,包括青禾动漫衍生品项目、翠湖页岩油气与新能源科创产业园(一期)、"
         "青禾智能钻探与量子传感工程研究中心等。",
         ["青禾动漫衍生品项目", "翠湖页岩油气与新能源科创产业园(一期)", "青禾智能钻探与量子传感工程研究中心"]),
        # Firms that sign, 集团 and 分公司 too, even counted as 单位.
        ("有关乡镇与青禾供应链管理有限公司、新加坡翠湖集团、青禾新能源投资有限公司上海分公司等11家单位进行了集中签约。",
         ["青禾供应链管理有限公司", "新加坡翠湖集团", "青禾新能源投资有限公司上海分公司"]),
        # Enterprises of key projects visited are enterprises.
        ("书记深入青禾经济开发区、翠湖矿业、青禾集团等重点项目企业,一线摸实情。", []),
        # What goes with a project (和配套…) is part of its one name.
        ("在青禾分会场,青禾妇女儿童医院项目、青禾镇生产基地沙地土壤改良和配套水利设施项目等2个项目集中开工。",
         ["青禾妇女儿童医院项目", "青禾镇生产基地沙地土壤改良和配套水利设施项目"]),
        # Attitudes, speakers, funds, agencies and programmes are no projects.
        ("武山县高度重视项目工作,去年共争取投资项目183个。", []),
        ("“县上对项目大力支持,才使我们项目能够顺利推进。", []),
        ("积极做好国家专项基金项目和地方政府债券申报工作。", []),
        ("目前县行政服务中心已建成投用。", []),
        ("全省统一举行海南自由贸易试验区建设项目(第四批)集中开工仪式。", []),
        ("这标志著项目已经进入待产阶段。", []),
    ],
)
def test_names_learned_from_sets_41_and_42(text, expected):
    assert names(text) == expected


def test_a_firms_note_in_a_list_of_where_each_stands_is_no_problem():
    assert issues("续建项目2个,分别为青禾纸业有限公司(正在平地),翠湖型材有限公司(暂停),续建项目计划投资额为4亿元。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 项目共有6个,分别是 with commas; an item may hold 、 inside its name.
        ("本次集中开工的项目共有3个,分别是青禾县白酒灌装生产线迁建项目,青禾县官寨乡白马、秧补片区农业产业发展基地建设项目,"
         "青禾县翠湖水库、干龙潭水库等11个集中式饮用水源地环境保护整治工程,3个项目概算总投资1.16亿元。",
         ["青禾县白酒灌装生产线迁建项目", "青禾县官寨乡白马、秧补片区农业产业发展基地建设项目",
          "青禾县翠湖水库、干龙潭水库等11个集中式饮用水源地环境保护整治工程"]),
        # 某方面,有A、B; lists what each field has.
        ("金融商贸方面,有青禾县金融大厦、翠湖汽车销售服务有限公司、宝骏汽车城;",
         ["青禾县金融大厦", "翠湖汽车销售服务有限公司", "宝骏汽车城"]),
        # 续建项目有A; 机制砂 is sand, not a mechanism.
        ("该乡续建项目有青禾县明德新型建材有限公司年处理300万吨矿山尾矿生产机制砂项目,总投资2.2亿元。",
         ["青禾县明德新型建材有限公司年处理300万吨矿山尾矿生产机制砂项目"]),
        # Firms that settle, counted as 企业; a quoted kind after a count closes a list.
        ("青禾市与哈尔滨翠湖数控设备制造有限公司、青禾丰源塑业有限公司两家企业落户青禾;",
         ["哈尔滨翠湖数控设备制造有限公司", "青禾丰源塑业有限公司"]),
        ("人民医院综合楼、铁通路(青禾—翠湖段)等13个“强县”项目陆续开工。", ["人民医院综合楼", "铁通路(青禾—翠湖段)"]),
        # 提升及 joins inside a name; a heading's 四、 is no part of it.
        ("分会场设立在青禾县2024年南川河沿线环境提升及河道治理项目施工现场。", ["青禾县2024年南川河沿线环境提升及河道治理项目"]),
        ("四、青禾水泥有限公司灰岩矿新增破碎及筛分系统工程项目,该项目暂时不能上报。", ["青禾水泥有限公司灰岩矿新增破碎及筛分系统工程项目"]),
    ],
)
def test_names_learned_from_sets_43_and_44(text, expected):
    assert names(text) == expected


def test_talking_problems_over_is_none_and_land_for_a_plan_is_land():
    assert issues("并就各项目建设中存在的困难和问题进行了沟通探讨。") == []
    assert [c for _, c, _ in issues("现场集中办公解决青禾供电公司生产综合用房项目规划用地问题。")] == ["land"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sector's works without a head noun are kinds; a counted list of a sector names projects.
        ("其中,电网建设、光伏发电、城乡路网等能源交通项目如期推进。", []),
        ("针对青禾电投、翠湖风电等4个新能源项目电力设施建设不配套等问题。", ["青禾电投", "翠湖风电"]),
        # Slogans and seasons are no names; a leader is no list item.
        ("不搞形式主义,不搞形象工程。", []),
        ("石家庄(栾城区)2019年秋季项目集中开工仪式举行。", []),
        ("随后,王某某等领导为项目奠基。", []),
        # 开工项目为A、B: the started projects listed, a phase after 项目 kept.
        ("这次秋季集中开工项目为青禾医药物流园项目三期、翠湖路综合管廊工程。", ["青禾医药物流园项目三期", "翠湖路综合管廊工程"]),
    ],
)
def test_names_learned_from_sets_45_and_46(text, expected):
    assert names(text) == expected


def test_problems_coordinated_in_general_are_talk_a_named_one_is_not():
    assert issues("书记深入青禾变电站项目建设现场,对项目建设中存在的困难和问题进行了协调解决。") == []
    assert [c for _, c, _ in issues("青禾风电项目遇到征地安置问题,县里针对相关征地安置问题进行协调解决。")] == ["land"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A road's section in brackets, after its name or before its head noun, belongs to it.
        ("平黎公路青禾段改(扩)建工程(镇北路至芦墟塘大桥东侧段)开工仪式在西塘镇举行。",
         ["平黎公路青禾段改(扩)建工程(镇北路至芦墟塘大桥东侧段)"]),
        ("青禾县西环路(蓼北路-双板桥路)建设项目总投资3370万元。", ["青禾县西环路(蓼北路-双板桥路)建设项目"]),
        # Firms that sign with 等, however many projects the signing counts.
        ("现场与青禾宏祥新能源科技有限公司、青禾宏中新能源科技有限公司等进行签约2个项目,合计投资1.5亿元。",
         ["青禾宏祥新能源科技有限公司", "青禾宏中新能源科技有限公司"]),
        # 日前从, 待, a ranking and 认识 end what comes before a name.
        ("笔者日前从青禾大峡谷旅游项目建设现场了解到,该项目已经建成观光栈道。", ["青禾大峡谷旅游项目"]),
        ("该项目先期开发水产品加工,待青禾核电工程上马建设后,再启动旅游项目建设。", ["青禾核电工程"]),
        ("前不久,世界500强青禾年产10万吨变性淀粉生产线项目落户。", ["青禾年产10万吨变性淀粉生产线项目"]),
        ("各级各部门要充分认识光伏项目的重要性。", []),
    ],
)
def test_names_learned_from_sets_47_and_48(text, expected):
    assert names(text) == expected


def test_problems_that_can_be_solved_on_the_spot_are_talk():
    assert issues("针对企业提出的问题,开发区协调区供电中心负责人现场答疑释惑,能现场解决的问题现场给予解决,"
                  "不能现场解决的安排对应的职能部门及时对接解决。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 开工的N个项目为A、B、C: a counted list opened by 为 names its items, whatever their head nouns.
        ("此次开工的3个项目为滨溪家园、青松镇和牛养殖场(二期)、翠湖乡某某村美丽乡村,总投资3.18亿元。",
         ["滨溪家园", "青松镇和牛养殖场(二期)", "翠湖乡某某村美丽乡村"]),
        # A province's programme in bracketed batches is no project.
        ("海南自由贸易港建设项目(第三批)集中开工仪式青禾县分会场活动举行。", []),
        # What a project runs or will build are its parts.
        ("该项目主要经营厂房、宿舍、住宅小区、办公楼等项目的建设、出租和销售。", []),
        ("其中,青禾医疗机械人项目签约额3亿元。该项目将构建青禾医疗机械人研发中心、生产制造基地。", ["青禾医疗机械人项目"]),
        # A first phase named in brackets belongs to the name.
        ("总投资1.2亿元的青禾食品全产业链配套设施建设项目(一期中央厨房建设项目)开工。",
         ["青禾食品全产业链配套设施建设项目(一期中央厨房建设项目)"]),
        # 办理, 修建, 报告 and 上报 are verbs before a name, not part of it.
        ("在办理温更镇红格尔水库至青禾矿业供水工程建设项目环评审批过程中,工作人员深入现场指导。",
         ["温更镇红格尔水库至青禾矿业供水工程建设项目"]),
        ("中铁十二局将修建东部新区高铁站站前广场。", ["东部新区高铁站站前广场"]),
        ("县委书记通过视频连线方式报告青禾县春季项目集中开复工情况。", []),
        ("要及时精准上报项目完成投资情况。", []),
        # A simile is no list.
        ("一批批项目如春笋拔节,破土动工。", []),
        # Parties before 等在, and industries, are no project names; a firm's 产业 is.
        ("仪式上,民生服务、先进制造、新兴产业等16个项目进行了集中签约。", []),
        ("与青禾经济发展协会、翠湖新能源集团有限公司等在农产品精深加工产业、新能源新材料开发建设、文旅体育产业园等16个项目进行了集中签约。", []),
        ("三峡风电、千璞汇玉产业等重大项目也相继开工。", ["三峡风电", "千璞汇玉产业"]),
        # 等相关政策与该项目 closes no list; aid to a region is a kind.
        ("尽快将支持科技型中小企业、楼宇经济和服务业发展等相关政策与该项目对接。", []),
        ("调研督导青禾县重点援疆项目。", []),
        # 复工 inside 修复工程 is no boundary.
        ("主要项目有翠湖溪流域综合治理(武潭—五梅垟段)生态修复工程。", ["翠湖溪流域综合治理(武潭—五梅垟段)生态修复工程"]),
        # A kind of work built up is no name.
        ("全县生态林果业建设项目和学科建设项目稳步推进。", []),
    ],
)
def test_names_learned_from_sets_49_to_52(text, expected):
    assert names(text) == expected


def test_a_project_named_again_without_its_park_keeps_its_money():
    facts = read("8月19日,青禾县举行青禾工业园公共服务区建设项目签约仪式。"
                 "据悉,公共服务区建设项目由青禾龙和投资发展有限公司投资建设,计划总投资8亿元。")
    assert [(i.project_key, i.amount_yuan) for i in facts.investments] == [("青禾工业园公共服务区建设项目", 800000000)]


def test_money_opening_a_clause_that_leads_to_a_name_is_its_investment():
    facts = read("总投资3.168亿元,实现传统煤化工向“高端化、智能化、绿色化”转型升级的青禾能源有限责任公司捣固焦炉节能技改项目……"
                 "4月份以来,一项项工程接连开复工。")
    assert [(i.project_key, i.amount_yuan) for i in facts.investments] == [("青禾能源有限责任公司捣固焦炉节能技改项目", 316800000)]


def test_a_signed_amount_is_the_projects_investment():
    facts = read("其中,青禾医疗机械人项目签约额3亿元,投资方为青禾公司。")
    assert [(i.project_key, i.kind, i.amount_yuan) for i in facts.investments] == [("青禾医疗机械人项目", "total", 300000000)]


def test_the_answer_to_a_companys_problem_is_no_new_issue():
    found = issues("在协商会上,青禾科技有限公司负责人反映因道路不完善,影响企业开工的问题。"
                   "针对青禾科技有限公司的问题,市环保局相关负责人表示其他问题尽快解决。")
    assert len(found) == 1


def test_a_bracketed_photo_caption_is_dropped():
    assert normalise("青禾县重点项目开工\n青禾县12个项目集中开工。\n(年产6万吨压力容器制造项目施工现场 某某摄)\n").text == (
        "青禾县重点项目开工\n青禾县12个项目集中开工。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 新建村 is a village's name, not the verb 新建.
        ("青禾县新建村110kV输变电工程总投资1.8亿元。", ["青禾县新建村110kV输变电工程"]),
        # 开建, 兴建, 采用, 发现 end what comes before a name; so do 待定 and 手续 on a page that lost its full stops.
        ("促成青禾集团进驻投资兴建青禾湘雅医院。", ["青禾湘雅医院"]),
        ("工作人员发现翠湖大道改造工程因用地交叉重合问题,部分红线范围被占用。", ["翠湖大道改造工程"]),
        ("预计开工时间待定青禾引水工程可研报告审查意见已报水利厅", ["青禾引水工程"]),
        # A registry is an agency.
        ("协调县不动产登记中心办理手续。", []),
    ],
)
def test_names_learned_from_sets_53_and_54(text, expected):
    assert names(text) == expected


def test_a_short_name_given_in_brackets_carries_the_projects_facts():
    facts = read("11月18日,在大邱庄镇的青禾装配式建筑及幕墙产业基地(以下简称“青禾诚”),一场仪式正在开展。"
                 "青禾诚负责人介绍说,企业从北京整体搬迁至此,投资2.5亿元。")
    assert [(i.project_key, i.amount_yuan) for i in facts.investments] == [("青禾装配式建筑及幕墙产业基地", 250000000)]


def test_money_before_a_quoted_name_is_its_investment():
    facts = read("5月初,总投资3.2亿元的“青禾生物质热电联产项目”完成规划选址。")
    assert [(i.project_key, i.amount_yuan) for i in facts.investments] == [("青禾生物质热电联产项目", 320000000)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A company invests, the project is what follows 投资的; a kind of project is a name with its company.
        ("本次签约的3个项目包括青禾装备有限公司投资的智能机器人制造项目、翠湖能源有限公司投资的新能源产业园项目、"
         "远山化工物资有限公司投资的燃料仓储项目。",
         [("智能机器人制造项目", "青禾装备有限公司"), ("新能源产业园项目", "翠湖能源有限公司"),
          ("燃料仓储项目", "远山化工物资有限公司")]),
        # A park's key projects are a kind; planning and packaging projects, or taking charge of them, are work.
        ("在青禾经济开发区重点项目集中签约仪式上,10个项目完成签约。", []),
        ("同时积极策划包装项目。", []),
        ("做到“每个项目有人挂,人人都要挂项目”。", []),
        # 建设 before a phase is part of the name, not a verb that starts one.
        ("本次集中开工的项目有投资7.39亿元的青禾教育园区建设二期项目、投资2.5亿元的翠湖医疗园区建设项目2个项目。",
         [("青禾教育园区建设二期项目", None), ("翠湖医疗园区建设项目", None)]),
        # Two characters and a one-character trade are a firm (翠湖乳业); 生态牧业 and 畜牧业 are kinds.
        ("县长深入到青禾乳业项目调研督导项目建设工作。", [("青禾乳业项目", None)]),
        ("全县发展生态牧业项目和畜牧业项目。", []),
    ],
)
def test_names_learned_from_sets_55_to_58(text, expected):
    assert [(p.name, p.company) for p in read(text).projects] == expected


def test_a_problem_a_visit_learned_of_is_an_issue_and_how_problems_are_handled_is_not():
    found = issues(
        "督导组在青禾食品项目了解到,因新上设备流动资金短缺,便现场安排项目包联领导与银行联系协调贷款事宜;"
        "在翠湖机器人项目,督导组了解到项目手续办理存在一定困难,现场安排包联人带着企业全程跑手续;"
        "在远山电子产业园项目,督导组了解到技术人员食宿不便,现场联系就近安排好他们的食宿。"
    )
    assert [(owner, category) for owner, category, _ in found] == [
        ("青禾食品项目", "funding"), ("翠湖机器人项目", "permit"), ("远山电子产业园项目", "other")]
    assert issues("青禾食品项目于3月开工。建立项目问题协同推进机制,每周召开专班推进调度会,专题研究项目问题,"
                  "实现“提报问题、分解任务、反馈结果”闭环运行。") == []
    assert issues("县长深入青禾食品项目现场,并与相关部门负责人共同研究解决问题的办法及措施。") == []
    assert issues("自青禾风电场项目落地以来,工作队坚持“进企业、解难题、稳增长、促发展”理念。") == []
    # What was solved starts after 解决了, and a plot ratio under the limit is a planning problem.
    assert issues("为办理青禾生物食品生产加工项目征地等相关手续,及时调整项目规划设计方案,顺利解决了项目建设容积率不达标问题。") == [
        ("青禾生物食品生产加工项目", "planning", "项目建设容积率不达标问题")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What the project is classed as (该项目为省某某项目) is no project; its money is the heading's.
        ("青禾水务水质提升项目\n该项目为省新旧动能转换补短板项目,总投资1.8亿元,占地面积105亩。",
         ["青禾水务水质提升项目"]),
        # A time word, 这个项目, an ordinal line, a year's key projects and an agency are no names.
        ("董事长说,年初年产1.5万吨青禾纳米材料生产线项目成功落地后,各部门立即接力完成审批。",
         ["年产1.5万吨青禾纳米材料生产线项目"]),
        ("峡口镇一边向市里请示要攻下这个项目。", []),
        ("第一条生产线已开工生产。", []),
        ("青禾示范区2020年重点建设项目现场会在青禾羊奶制品深加工项目现场召开。", ["青禾羊奶制品深加工项目"]),
        ("协调县投促中心办理手续。", []),
        ("该项目已完成一期工程,正在进行二期工程建设。", []),
        # The venue of a ceremony is no project, unless it is a project's site.
        ("主会场设在青禾纺织印染环保综合处理中心,分会场设在翠湖新汽车总站。", []),
        ("主会场设在青禾生命科学科创中心项目开工现场。", ["青禾生命科学科创中心项目"]),
        # A builder (施工单位) is no part of the name; a 集运站 is a head noun.
        ("记者来到青禾集运站,一辆辆卡车来往穿梭。青禾集运站施工单位项目技术负责人介绍说:“项目计划投资近10亿元。”",
         ["青禾集运站"]),
    ],
)
def test_names_learned_from_sets_59_and_60(text, expected):
    assert names(text) == expected


def test_a_slogan_a_question_and_every_projects_problems_are_no_issues():
    assert issues("青禾示范区重点项目“讲问题 促投资”现场会在青禾羊奶制品深加工项目现场召开。") == []
    assert issues("青禾食品项目于3月开工。县里及时帮助项目单位解决建设中存在的征地、拆迁、融资等难题。") == []
    assert issues("县长询问青禾食品项目推进过程中遇到的“堵点”,摸清症结困难。") == []


def test_learned_from_sets_61_and_62():
    # A line told of before (这条生产线) and officials are no projects.
    assert names("青禾食品有限公司鲜食玉米加工项目一期已投产,这条生产线日产2万穗。") == ["青禾食品有限公司鲜食玉米加工项目一期"]
    assert names("市委常委、政法委书记到青禾产业园调研。") == ["青禾产业园"]
    # Handing problems on, listing them, a batch's problems and what a project will relieve are no issues.
    assert issues("县长到青禾食品项目现场办公,问题现场交办相关部门协调解决。") == []
    assert issues("青禾食品项目待批手续清单式对照、问题式罗列。") == []
    assert issues("青禾食品项目开工后,帮助解决一批项目手续办理的掣肘问题。") == []
    assert issues("青禾水库项目建成后,下游六个乡镇农用灌溉缺水问题将得到有效缓解。") == []


def test_a_county_news_app_opening_the_text_names_the_county():
    from tracker.places import article_district

    district = article_district(None, "云上枝江消息 2月20日上午,市委常委来到青禾化工股份有限公司。")
    assert district is not None and district.adcode == "420583"


def test_names_learned_from_sets_63_and_64():
    # A road from one place to another keeps both ends; a visitor's 到 is no part of a name.
    assert names("青禾县S305东岭到西坪道路、南关集贸市场等2个项目集中开工。") == ["青禾县S305东岭到西坪道路", "南关集贸市场"]
    assert names("副州长一行到青禾三级公路建设施工现场查看。") == ["青禾三级公路"]
    # Who speaks is not part of the name (a page that lost its 对); what a company makes, in brackets, is.
    assert names("项目责任单位工作人员青禾堤加固工程进行了详细介绍。") == ["青禾堤加固工程"]
    assert names("关于青禾电气科技有限公司(变频器、伺服器生产)项目,目前企业投资意愿不强。") == [
        "青禾电气科技有限公司(变频器、伺服器生产)项目"
    ]
    # Each item listed after what a project builds is a part of it, not a project.
    assert names("其中,青禾度假小镇项目总投资25亿元,以花卉为主题建设花卉乐园、婚嫁中心、精品酒店等。") == ["青禾度假小镇项目"]
    # A title's second line opening with 暨; a project as the main venue.
    assert names("我县举行重大项目集中开工活动\n暨青禾芳香小镇项目开工仪式") == ["青禾芳香小镇项目"]
    assert names("签约仪式主会场设在青禾半导体模组项目。") == ["青禾半导体模组项目"]
    # Equipment, another key project, a short name in brackets, a frequency: none is a project.
    assert names("我们正在紧锣密鼓地安装叠合楼板线、钢筋生产线等设备。") == []
    assert names("作为东阳市另一大重点项目,青禾小镇项目建设火热。") == ["青禾小镇项目"]
    assert names("青禾水电站进场公路(简称青坪公路),起点位于东岭乡。") == ["青禾水电站进场公路"]
    assert names("每月至少组织一次项目踏查。") == []
    # Two outputs of one plant joined by 和; an output makes 项目 a name even before 规划.
    assert names("察看青禾资源化利用年产10万吨沉淀剂和25万吨镁质新材料项目选址情况。") == [
        "青禾资源化利用年产10万吨沉淀剂和25万吨镁质新材料项目"
    ]
    assert names("详细了解380立方米生铁高炉技术更新改造项目规划设计情况。") == ["380立方米生铁高炉技术更新改造项目"]
    # Facilities: a maternity hospital, a reserve store, an activity centre.
    assert names("在青禾县应急物资储备库,考察组听取汇报。") == ["青禾县应急物资储备库"]
    assert names("在青禾县妇幼保健院和青禾县群众演艺活动中心,考察组了解进度。") == [
        "青禾县妇幼保健院", "青禾县群众演艺活动中心"
    ]
    # 新建 inside a name listed first does not make the next item a part.
    assert names("目前,青禾医院异地新建项目、农高区科创中心等项目进展顺利。") == ["青禾医院异地新建项目", "农高区科创中心"]
    # Ways of serving projects and the projects a works serves are no projects.
    assert names("持续实行领导包联服务、部门领办代办、专班联席会议等项目建设服务机制。") == []
    assert names("青禾110kV输变电工程开工。该工程的实施可满足青禾工业园区、中日示范区等新增项目的用电需求。") == [
        "青禾110kV输变电工程"
    ]


def test_issues_learned_from_sets_63_and_64():
    # Two problems told in full on either side of 、 are two; parties are not a company.
    assert issues("风湾村大桥项目进度慢的原因在于建设资金未能及时到位、建设单位与施工单位有小纠纷。") == [
        ("风湾村大桥项目", "funding", "风湾村大桥项目进度慢的原因在于建设资金未能及时到位"),
        ("风湾村大桥项目", "other", "建设单位与施工单位有小纠纷"),
    ]
    # Damage, and an investor's weak will to build, are problems.
    assert issues("青禾生物科技产业园负责人表示感谢。7月中旬,连续大风造成该园区电力专用线路严重受损。") == [
        ("青禾生物科技产业园", "power", "连续大风造成该园区电力专用线路严重受损")
    ]
    assert issues("关于青禾电气科技有限公司(变频器、伺服器生产)项目,目前企业投资意愿不强。") == [
        ("青禾电气科技有限公司(变频器、伺服器生产)项目", "other", "目前企业投资意愿不强")
    ]
    # A boast that problems can be solved, and a project's problems in general, report none.
    assert issues("盘活闲置厂房,能够快速解决青禾公司项目建设难题。") == []
    assert issues("青禾产业园开工。县里召开协调会议,协商解决项目推进过程中面临的问题。") == []


def test_a_count_split_off_at_a_semicolon_makes_the_money_after_it_aggregate():
    facts = read("市场主导类项目84个,总投资610.85亿元;1-9月完成投资168.44亿元,完成年度计划投资的79.73%。")
    assert ("完成投资", 16844000000) in [(f.metric, f.value) for f in facts.figures]


def test_a_short_form_opening_a_title_sentence_with_a_count_names_the_county():
    from tracker.places import article_district

    district = article_district("今后出行更方便!灵山这27个重大项目开竣工!", "3月27日,我县举行重大项目集中开竣工仪式。")
    assert district is not None and district.adcode == "450721"


def test_names_learned_from_sets_65_and_66():
    # A grain reserve is a name's words, not the verb 储备; a site is looked at 实地.
    assert names("委员们到青禾片区粮食储备物流中心实地查看。") == ["青禾片区粮食储备物流中心"]
    assert names("近日,青禾县西湖商住楼的业主反映。") == ["青禾县西湖商住楼"]
    # 护航 and a place's 投资 come before a name.
    assert names("青禾区:电力先行 护航省重点建设项目") == []
    assert names("该公司2016年在平阴县投资青禾果蔬深加工项目,总投资2.1亿元。") == ["青禾果蔬深加工项目"]
    # What a project combines (集A、B、C一体化的) is no list of projects.
    assert names("分别是:建设集仓储、运输、汽修一体化的青禾仓储物流中心项目;青禾蜜柚深加工项目。") == [
        "青禾仓储物流中心项目", "青禾蜜柚深加工项目"
    ]
    # A total and a kind of integration are no projects.
    assert names(
        "集中推进青禾科创谷项目等21个新开工项目,新增总投资 176 亿元、完成年度投资22亿元以上加快青禾储能、青禾绿电园区等57个在建项目建设。"
    ) == ["青禾科创谷项目", "青禾绿电园区"]
    assert names("项目为一、二、三产融合项目,有利于推动农产品优化升级。") == []


def test_issues_learned_from_sets_65_and_66():
    # A failed acceptance check is a permit problem of the project the article is about.
    assert issues(
        "青禾县西湖商住楼于2013年开工建设。在申请消防验收过程中,由于开发商未按图纸施工,导致验收失败。"
    ) == [("青禾县西湖商住楼", "permit", "导致验收失败")]
    # Problems listed one by one across semicolons are each their own, even two of one kind;
    # a heading (关于…的建设问题) and what a visit looked at are no problems.
    found = issues(
        "委员们到青禾粮食储备物流中心实地查看了建设存在的困难。"
        "关于“青禾粮食储备物流中心”的建设问题,存在征地困难;补偿资金拨付不到位;职工补偿资金缺口大;征用土地出让资金无结果。"
    )
    assert [(category, description) for _, category, description in found] == [
        ("land", "存在征地困难"),
        ("funding", "补偿资金拨付不到位"),
        ("funding", "职工补偿资金缺口大"),
        ("land", "征用土地出让资金无结果"),
    ]


def test_names_learned_from_sets_67_and_68():
    # A company's first product opens a list that the head noun closes (某公司A、B生产线项目), and
    # 服务 inside a company's name is no boundary.
    assert names(
        "青禾石化有限公司年产5万吨沥青项目、青禾油田技术服务有限公司管材修复、防腐内涂层生产线项目开工。"
    ) == ["青禾石化有限公司年产5万吨沥青项目", "青禾油田技术服务有限公司管材修复、防腐内涂层生产线项目"]
    # An output per year is no frequency.
    assert names("青禾石化有限公司100万吨每年重油深加工项目开工建设。") == ["青禾石化有限公司100万吨每年重油深加工项目"]
    # Two plants of one trade with different outputs are two projects.
    assert names(
        "青禾钛业有限公司年产3万吨海绵钛智能制造项目计划总投资18亿元;年产1万吨海绵钛升级改造项目,计划总投资3亿元。"
    ) == ["青禾钛业有限公司年产3万吨海绵钛智能制造项目", "年产1万吨海绵钛升级改造项目"]
    # An item number after a lost full stop (实施.5.) is no part of the name.
    assert names("公司计划募集资金实施.5.青禾能源有限公司年处理15万吨焦油项目,计划总投资2亿元。") == [
        "青禾能源有限公司年处理15万吨焦油项目"
    ]
    # Agencies, a permit's drawings, a speaker, a wish and a verb are no projects.
    assert names("县招商引资和营商环境服务中心、市经合中心相关人员陪同。") == []
    assert names("完成了施工图设计、施工图预算及青禾大道一期征地工作。") == []
    assert names("管委会主任代表项目开工服务单位发言。") == []
    assert names("总公司有信心在青禾发展新项目。") == []
    assert names("不断增强园区的承载功能,增批园区建设用地3000亩。") == []
    # …but 代表性 describes the projects listed.
    assert names("引进青禾机器人智能制造基地等一批代表性回归项目。") == ["青禾机器人智能制造基地"]


def test_issues_learned_from_sets_67_and_68():
    # Under a numbered item, what follows a heading of problems is the item's project's; the
    # heading says nothing of status, and land not yet taken is a problem.
    found = issues(
        "2、青禾产业园周边道路网架工程(主抓单位:县城乡建设局)\n"
        "项目形象进度:完成了可行性研究报告编制。\n"
        "存在问题及需要协调事项:富川路南延部分地段未完成征地工作,建设资金未落实。"
    )
    assert found == [
        ("青禾产业园周边道路网架工程", "land", "富川路南延部分地段未完成征地工作"),
        ("青禾产业园周边道路网架工程", "funding", "建设资金未落实"),
    ]
    assert {i.status for i in read(
        "1、青禾大道提升改造工程(主抓单位:县城乡建设局)\n存在问题及需要协调事项:京九大道地面附着物拆迁未完成。"
    ).issues} == {"open"}
    # Talk about a project's planning and building in general reports no problem.
    assert issues(
        "县长先后前往青禾食品产业园、青禾竹制品加工厂等项目现场,并就目前项目规划、建设等问题与相关职能部门负责人进行交流探讨。"
    ) == []


def test_names_learned_from_sets_69_and_70():
    # A list goes on after a comma with 以及, and a list inside it closes with 等 and its kind;
    # the next list starts right after the first one's closer (和青禾枢纽服务中心、…).
    assert names(
        "清单中包含了青禾铁路北段、青禾快速化,以及雨水泵站及调蓄池等27个市级工程项目和青禾枢纽服务中心、"
        "青禾西广场等枢纽配套、青禾公路匝道等19个区级工程项目。"
    ) == ["青禾铁路北段", "青禾快速化", "雨水泵站及调蓄池", "青禾枢纽服务中心", "青禾西广场", "青禾公路匝道"]
    # A district's list of its projects (市级项目包括…) holds names without head nouns too.
    assert names("其中市级项目包括青禾半导体、青禾智算中心、青禾研究院总部研发基地等。") == [
        "青禾半导体", "青禾智算中心", "青禾研究院总部研发基地"
    ]
    # A batch's name before a company's project is no part of it; a project manager is no project.
    assert names("分局组织召开了重点项目青禾能源生物科技有限公司沼气生产项目(一期)专家评审会。") == [
        "青禾能源生物科技有限公司沼气生产项目(一期)"
    ]
    assert names("青禾电力工程有限公司增量配电项目经理介绍,项目进展顺利。") == []
    # Parties to a meeting (…、环评单位等召开项目评审会) and agencies (…等九家重点项目实施单位) are no projects.
    assert names("联合镇政府、建设单位、环评单位等召开项目专家评审会。") == []
    assert names("听取了县发展和改革局、县住建局等九家重点项目实施单位的汇报。") == []
    # A works' parts, a pilot programme, a year's batch and a kind of lighting are no projects.
    assert names("路基完成76%,路面交安工程等分项工程尚未开工。") == []
    assert names("先后察看了青禾农业科技示范园、小河镇新型城镇化试点等项目建设情况。") == ["青禾农业科技示范园"]
    assert names("区发改委梳理形成2024年青禾区重大工程项目。") == []
    assert names("工程包含道路工程、排水工程、路灯照明工程。") == []
    # …but a county's road works of a year are a project (蕉岭县2020年公路工程重点建设项目).
    assert names("青禾县2020年公路工程重点建设项目开工。") == ["青禾县2020年公路工程重点建设项目"]


def test_issues_learned_from_sets_69_and_70():
    # A problem told of projects listed with 、 is each one's, and told twice it is one.
    found = read(
        "经梳理,张易5MW风电项目(2022年度)、新庄20MW风电项目(2022年度)仍未实质性开工建设,无法按照时限要求建成。"
        "公告如下:张易5MW风电项目(2022年度)、新庄20MW风电项目(2022年度)仍未实质性开工建设,无法按照时限要求建成。"
    ).issues
    assert sorted(i.project_key for i in found) == ["张易5MW风电项目", "新庄20MW风电项目"]
    # An unsuitable site is a site problem; talk of constraints and a table's header row are none.
    assert [(c, d) for _, c, d in issues(
        "青禾沼气工程项目,投资1.6亿元。前期,分局针对该企业因前期选址位置不合适,导致项目落地困难的问题召开了研讨会。"
    )] == [("site_selection", "该企业因前期选址位置不合适,导致项目落地困难的问题召开了研讨会")]
    assert issues("座谈会听取了青禾农旅项目的汇报,并对制约重点项目推进的瓶颈因素进行分析和讨论。") == []
    assert issues("青禾公路工程\n项目名称 | 总投资(万元) | 需要协调解决的问题 | 下步计划 | 备注 |") == []


def statuses(text: str) -> dict[str, str | None]:
    return {p.name: p.status for p in read(text).projects}


def test_names_learned_from_sets_71_and_72():
    # A firm's product (配合饲料), a state firm (国有) and two outputs of one plant stay in one name.
    assert names(
        "分别调研了青禾饲料有限公司年产11万吨特种水产配合饲料生产线建设项目、青禾市国有粮食集团有限公司粮食绿色仓储项目"
        "和青禾农业科技有限公司年产7万吨大米生产线和年产0.6万吨米粉生产线新建项目。"
    ) == [
        "青禾饲料有限公司年产11万吨特种水产配合饲料生产线建设项目",
        "青禾市国有粮食集团有限公司粮食绿色仓储项目",
        "青禾农业科技有限公司年产7万吨大米生产线和年产0.6万吨米粉生产线新建项目",
    ]
    # The agencies before 等有关单位人员到… are no projects; the places they went to are.
    assert names("区发改局组织区住建局、外海街道、产城办等有关单位人员到青禾新材料科技园、明远康地等项目现场察看。") == [
        "青禾新材料科技园", "明远康地"
    ]
    # A report's item is a project whatever its head noun, when the reason it stands still follows.
    assert names("9个项目分别是:\n1. 青禾特色风情街区,未开工原因是建设方案未定,暂无法开工。") == ["青禾特色风情街区"]
    # Two sub-projects counted after their list are projects; the works' sections are its parts.
    assert names("青禾摩梭小镇项目如火如荼建设,青禾花巷、青禾休闲街两个子项目即将启动。") == [
        "青禾摩梭小镇项目", "青禾花巷", "青禾休闲街"
    ]
    assert names("青禾县水务一体化PPP建设项目投资总额达9.47亿元,该工程分三个标段实施,分别为县城北部片区排水工程、"
                 "北门河污水管网工程、乡村供水改善提升工程。") == ["青禾县水务一体化PPP建设项目"]
    # What the project is (该项目是…的某中心), classes (生态保护类), kinds counted (三大…基地), things to
    # do (等游玩项目), a bare head noun after a list, and 征地拆迁及工程建设 are no projects.
    assert names("调研青禾智能供应链产业园项目。该项目是集仓储、配送等功能于一体的电子商务运营中心。") == ["青禾智能供应链产业园项目"]
    assert names("实施基础设施类、生态保护类、产业设施类等州县项目63个。") == []
    assert names("加快推进红米、马铃薯、冰葡萄酒三大高原农业产业基地建设。") == []
    assert names("推出青禾田园漂流、低空运动营地、田园观光小火车等游玩项目。") == []
    assert names("建立重点项目年度目标、月度问题、周调度任务、项目周期“四张清单”。") == []
    assert names("市长到青禾高速项目调研,并现场调度征地拆迁及工程建设工作。") == ["青禾高速项目"]
    assert names("局长协调各职能部门现场解答项目方建设过程中存在的困难,局长强调项目是发展的抓手。") == []


def test_statuses_learned_from_sets_71_and_72():
    # Not started, whatever the words between (暂未实质性开工), nor ready to (尚不具备开工条件).
    assert statuses("青禾医院医护养老中心,因土地手续尚未完成,暂未实质性开工。") == {"青禾医院医护养老中心": "planned"}
    assert statuses("青禾妇儿医院建设项目,设计方案未经研究通过,尚不具备开工条件。") == {"青禾妇儿医院建设项目": "planned"}
    # …but a road whose part cannot be built is still a building site.
    assert statuses("青禾路西延工程因征迁尚未谈妥,部分路段无法施工。") == {"青禾路西延工程": "under_construction"}
    # A site visited is each listed project's stage.
    assert statuses("分别调研了青禾冷库建设项目、青禾饲料生产线项目,在项目施工现场了解进度。") == {
        "青禾冷库建设项目": "under_construction", "青禾饲料生产线项目": "under_construction"
    }


def test_issues_learned_from_sets_71_and_72():
    # Land papers not done, a design not passed, a plan not settled, a harvest to wait for.
    assert [(c, d) for _, c, d in issues(
        "9个项目分别是:\n1. 青禾粉煤灰加工项目,因土地报征手续未完成,尚未开工建设。\n"
        "2. 青禾固废处理中心,待农作物收割后方可进地施工。\n"
        "3. 青禾妇儿医院建设项目,未开工原因是设计方案未经市规划联席会研究通过。\n"
        "4. 青禾风情街区,未开工原因是建设方案未定,暂无法开工。"
    )] == [
        ("land", "因土地报征手续未完成,尚未开工建设"),
        ("land", "待农作物收割后方可进地施工"),
        ("planning", "未开工原因是设计方案未经市规划联席会研究通过"),
        ("planning", "未开工原因是建设方案未定"),
    ]
    # A tally of stopped projects and help with kinds of matters (证照办理、项目环评等方面) are none.
    assert issues("青禾妇儿医院建设项目,未开工原因是建设方案未定。\n已开工的263个项目中,有9个项目停工,分别是:") == [
        ("青禾妇儿医院建设项目", "planning", "未开工原因是建设方案未定")
    ]
    assert issues("帮助企业解决证照办理、项目环评等方面的困难和问题。") == []


def test_names_learned_from_sets_73_and_74():
    # A table's name column names its rows' projects, whatever their head nouns.
    assert names(
        "序号 | 项目名称 | 目前进展情况 | 责任单位 |\n4 | 安福县 示范幼儿园 | 投入使用。| 教体局 |\n"
        "15 | 青禾新区路网建设 | 完成施工图审。| 城管局 |"
    ) == ["安福县 示范幼儿园", "青禾新区路网建设"]
    # A place and a head noun name one (县应急救援储备中心); 该县, an item's number and a phase before it are no part.
    assert names("随后来到安福县粮油储备中心项目和县应急救援储备中心,调研项目进展。") == ["安福县粮油储备中心项目", "县应急救援储备中心"]
    assert names("该县青禾文化旅游综合体项目、青禾高中建设项目等11个项目总投资38.22亿元。") == ["青禾文化旅游综合体项目", "青禾高中建设项目"]
    assert names("2利通区2021年农村公路建设项目包抓领导:某某;责任单位:住建和交通局)。") == ["利通区2021年农村公路建设项目"]
    assert names("一期凤凰塬舍项目主要建设精品民宿等7个单体建筑。") == ["凤凰塬舍项目"]
    # Words inside names (南美白对虾, 保障性住房) are no boundaries; 暨, 观看 and 以…项目, are.
    assert names("总投资0.85亿元的南美白对虾养殖及深加工项目在某镇开工。") == ["南美白对虾养殖及深加工项目"]
    assert names("调研了青禾路保障性租赁住房(健康驿站)项目。") == ["青禾路保障性租赁住房(健康驿站)项目"]
    assert names("青禾水系连通及生态修复工程项目暨宜昌市2021年3月重大项目集中开工仪式在长阳县举行。") == [
        "青禾水系连通及生态修复工程项目"
    ]
    assert names("领导在观看青禾文化公园项目展板。") == ["青禾文化公园项目"]
    assert names("这次活动以青禾纺织有限公司扩建项目,需将闲置空地办理土地权属的问题作为主要协商议题。") == ["青禾纺织有限公司扩建项目"]
    # Serving and solving projects, zoning classes, a first one, a hub role and an agency are no projects.
    assert names("各部门要主动服务项目,著力破解项目难题。") == []
    assert names("今年该县已有重点生态功能区、主体功能区限制开发区等项目进入国家规划。") == []
    assert names("青禾云数据是青禾北方云基地项目建设的第一个数据中心。") == ["青禾北方云基地项目"]
    assert names("青禾750千伏输变电工程是某某工程的重要枢纽项目。") == ["青禾750千伏输变电工程"]
    assert names("安福县台湾产业园建设开发服务中心和龙岗镇积极配合。") == []


def test_issues_learned_from_sets_73_and_74():
    # Land title is a land problem, though it must be applied for.
    assert [c for _, c, _ in issues(
        "这次活动以青禾纺织有限公司扩建项目,需将厂区内约2.65亩闲置空地办理土地权属的问题作为主要协商议题。"
    )] == ["land"]
    # Guidance on problems raised, slogans, what was reported on, work going briskly and sorting
    # out sticking points report none.
    assert issues("青禾文化公园项目建设推进会上,领导现场对大家提出来的问题和困难进行逐条指导。") == []
    assert issues("青禾光伏电站总投资15亿元。在推进新能源项目落地实施中,该县集中精力抓重点、破难点。") == []
    assert issues("会议听取了青禾风电项目当前进展手续办理及存在的困难等情况。") == []
    assert issues("青禾750千伏输变电工程紧张有序施工。") == []
    assert issues("青禾风电项目专班捋清项目手续的办理流程和难点问题。") == []


def test_names_and_issues_learned_from_set_75():
    # A length is no name, though money introduces it (总投资5090万元的全长4.7公里,…).
    assert names("目前在建项目分别为全长4.7公里,总投资5090万元的洛香至肇兴二级油路工程,已完成投资1800万元。") == [
        "洛香至肇兴二级油路工程"
    ]
    # Problems companies raised, in general, and how problems are handled report none.
    assert issues("青禾置业有限公司、青禾实业有限公司提出的相关问题,相关部门均已制定相应计划。") == []
    assert issues("青禾科技有限公司道路入口问题方面,将推进未办结问题的办理力度。") == []


def test_names_and_districts_learned_from_sets_76_to_78():
    # What a project builds, listed in parentheses after its name, is its part; the money after
    # the parentheses is the project's.
    facts = read("青禾化工有限公司100万吨PVC项目(一期建设60万吨PVC、220KV变电站、4×600吨石灰窑)总投资45.5亿元,该项目4月底开工。")
    assert [(i.project_key, i.amount_yuan) for i in facts.investments] == [("青禾化工有限公司100万吨PVC项目", 4550000000)]
    # The list a meeting is about starts after 召开, not at the official who called it.
    assert names("3月1日,县委副书记、县长王某主持召开青禾食品等6个重点工业项目建设推进会。") == ["青禾食品"]
    # Numbered units of one plant are one name (某1号、2号炉改造项目).
    assert "青禾硅材料1号、2号炉改造项目" in names("其中,青禾硅材料1号、2号炉改造项目、明远物流园项目等项目已建成运营。")
    # Machine-made aggregate is no mechanism.
    assert names("第24届兰洽会签约的青禾年产200万吨机制骨料生产线项目已建成运营。") == ["青禾年产200万吨机制骨料生产线项目"]
    # Not projects: a programme of so many works, an event's edition, a slogan, equipment bought,
    # fields of public works, and a programme's batch.
    assert names("8月29日,某县2018年三十工程项目第十六次现场观摩活动举行。") == []
    assert names("第十九届青禾国际冰雪节项目总投资1.5亿元。") == []
    assert names("“一产业一研究院、一产业一人才团队”实现全覆盖。") == []
    assert names("青禾机器人项目由青禾科技有限公司投资建设,购置金属配件加工生产线、电子系统生产线、装备生产线等设备。") == ["青禾机器人项目"]
    assert names("今年,全县继续加大医疗卫生、安居富民、教育、文化体育、农田水利等项目建设。") == []
    assert names("某县推进乡村振兴重点建设项目集中签约仪式在经开区举行。") == []
    # Boundaries: 询问, 坚定, 共同助力.
    assert names("县委书记详细听取项目负责人情况介绍,并仔细询问项目在拆迁征地过程中遇到的各类问题。") == []
    assert names("以优质服务坚定企业投资二期项目的信心和决心。") == []
    assert names("听汇报、查进度、解难题、谋发展、共同助力工程项目建设。") == []
    # A batch's money told after the venue (在某项目建设现场举行,…重点项目共有11项,总投资14亿元) is the batch's.
    assert read("集中开工仪式在青禾驿站项目建设现场举行,此次集中开工的重点项目共有11项,总投资14亿元。").investments == ()
    # A city named in its firms' names does not outweigh the county the article opens with.
    district = read(
        "今年,河北省涞源县实施10亿元以上项目11项,总投资311亿元。\n保定市青禾能源化工有限公司100万吨PVC项目总投资45.5亿元。"
        "保定市明远化工有限公司60万吨烧碱项目总投资30亿元。保定明远多晶硅有限公司3000吨多晶硅项目总投资29亿元。"
    ).district
    assert district.name == "涞源县"


def test_issues_learned_from_sets_76_to_78():
    # A concrete problem told of a list closed by 等 is each listed project's; land papers of a
    # plan are land.
    assert issues("青禾万象汇、明远商务中心等项目受土地规划手续等客观原因制约未开工。") == [
        ("明远商务中心", "land", "青禾万象汇、明远商务中心等项目受土地规划手续等客观原因制约未开工"),
        ("青禾万象汇", "land", "青禾万象汇、明远商务中心等项目受土地规划手续等客观原因制约未开工"),
    ]
    assert issues("青禾云晖、明远东郡等8个已开工项目投资量少,未达到年度计划的10%。")[0][:2] == ("青禾云晖", "other")
    # Matters a company must have settled are each a problem.
    assert issues("在召开的项目投产协调会上,青禾集团相关负责人分别就项目投产需要协调解决的手续办理、物流通道、园区道路等情况进行了汇报。") == [
        (None, "permit", "手续办理"), (None, "road", "物流通道"), (None, "road", "园区道路"),
    ]
    # A flood-risk assessment (洪评) is a permit; forest land (林地) is land.
    assert issues("计划修建青禾大道。目前,青禾大道环评手续稳步推进。项目建议书已经批复。11月末完成征地组卷。目前因洪评问题,需要省水科院来现场进行进一步勘测。") == [
        ("青禾大道", "permit", "目前因洪评问题")
    ]
    assert issues("青禾铜业有限公司林地使用审批问题已解决。")[0][1] == "land"
    # None reported: advice on difficulties, a sanction ordered, a class of firms, problems met in
    # general, and a bad effect.
    assert issues("调研中,县委书记来到青禾智能科技产业园一期项目施工现场。在召开的项目协调会上,县政府、开发区及有关单位负责人分别就存在的困难提出了意见和建议。") == []
    assert issues("青禾安置社区一期项目由青禾建设有限公司负责实施。该项目扬尘管控不到位,现已责令该项目于2020年12月1日起停工整改。") == [
        ("青禾安置社区一期项目", "other", "该项目扬尘管控不到位")
    ]
    assert issues("青禾100万千瓦光伏基地项目进展顺利。据悉,某县推出“项目服务+助企纾困+问题企业处置”三套组合拳。") == []
    assert issues("县长到青禾镇调研,了解青禾建材工业园建设情况,协调解决工业园建设中遇到的难题。") == []
    assert "负面" not in [i[2] for i in issues("青禾大道工程一直处于烂尾状态,群众出行受到负面影响。")]


def test_names_and_districts_learned_from_sets_79_to_82():
    # A county named twice in a report from its city's paper is the article's district.
    district = read("听众反映:婺源县紫阳镇某新村污水管网工程只进行了一半就停工了。\n婺源县紫阳镇回复:已协调施工单位尽快复工。",
                    source="上饶新闻网").district
    assert district.name == "婺源县"
    # 、 inside quotes does not split a list's item.
    assert "青禾村“千头肉牛、万只肉羊”繁育中心" in names("视察组先后到青禾村集中安置点、青禾村“千头肉牛、万只肉羊”繁育中心、明远乡敬老院等项目现场。")
    # Items listed side by side are different projects, though one name holds the other.
    assert names("视察组先后到青禾镇康吊村集中安置点、青禾镇康吊村关门社集中安置点等项目现场。") == [
        "青禾镇康吊村集中安置点", "青禾镇康吊村关门社集中安置点",
    ]
    # Boundaries: 什么, 属于, 改善, 随(着) at a clause's start.
    assert names("前年弄的个什么青禾电气产业园到现在都没有看到动工的迹象。") == ["青禾电气产业园"]
    assert names("该项目属于省级重点招商引资建设项目。") == []
    assert names("我提出的建议是加强基础设施建设,完善园区的功能,提升园区的承载力,改善园区的交通,为入住的企业提供方便。") == []
    assert names("随青禾铝产业园正式获批示范园区,企业不断增加。") == ["青禾铝产业园"]
    # Not projects: owners' kinds counted (3大风电项目), a kind (生态农业大项目), what a project
    # is to become.
    assert names("华润、龙源、中电建3大风电项目总投资100亿元。") == []
    assert names("全县引进生态农业大项目。") == []
    assert names("青禾皮革城项目号称将成为全国规模最大的皮革制成品生产基地。") == ["青禾皮革城项目"]


def test_issues_learned_from_sets_79_to_82():
    # Problems found on a visit, in general, are none of the visited projects'.
    assert issues("视察组先后到青禾镇康吊村集中安置点、明远乡敬老院等项目现场,并对调研视察过程中发现的问题进行了现场交办。") == []
    # Items noted as held up, and items listed as behind schedule, each have that problem.
    assert issues("未达序时进度项目2项为:青禾组培产业园(开工滞后)、明远文创产业园(开工滞后)。") == [
        ("青禾组培产业园", "other", "青禾组培产业园(开工滞后)"), ("明远文创产业园", "other", "明远文创产业园(开工滞后)"),
    ]
    assert [i[0] for i in issues("城乡建设指挥部:项目23项,未达序时进度2项为:青禾片区老旧小区改造工程、明远污水处理厂扩容项目。")] == [
        "明远污水处理厂扩容项目", "青禾片区老旧小区改造工程",
    ]
    # Slow approval, arrears, papers not done in time and works not started are problems.
    assert [i[:2] for i in issues("青禾特色产业小镇项目由青禾集团投资。座谈会上,企业代表说:“控规审批慢,影响整个项目推进”。")] == [
        ("青禾特色产业小镇项目", "permit")
    ]
    assert issues("青禾皮革城项目于2013年启动。然而,投资方拖欠了承建商大量工程款,项目停工。")[0][:2] == ("青禾皮革城项目", "funding")
    assert issues("青禾面粉有限公司没有及时办理用地手续。") == [("青禾面粉有限公司", "land", "青禾面粉有限公司没有及时办理用地手续")]
    assert issues("前年弄的个什么青禾电气产业园到现在都没有看到动工的迹象。")[0][0] == "青禾电气产业园"
    # None: a 卡脖子 technology a project solves, and help with a project's difficulties.
    assert issues("青禾新材料产业园项目是解决我国相关领域“卡脖子”技术的项目。") == []
    assert issues("县领导调研青禾智能科技产业园项目。各部门领导就项目存在的困难纷纷为该企业出谋划策。") == []


def test_names_learned_from_sets_83_to_88():
    # A count closes a list joined by 和 (A和B2个项目, A、B和C4个项目), and may name a kind
    # between 个 and 项目 (3个某某旅游带项目).
    assert names("据悉,该镇签约投资1.5亿元的青禾科技电子和投资6000万元的明远华硕美2个项目。") == ["青禾科技电子", "明远华硕美"]
    assert names("7个市级产业类项目中,铝箔分切项目、青禾二期、明远自动门窗及节能电机生产项目和青禾复合材料制品4个项目已竣工投产。") == [
        "铝箔分切项目", "青禾二期", "明远自动门窗及节能电机生产项目", "青禾复合材料制品",
    ]
    assert "明远民宿小镇" in names("抽水蓄能电站及周边旅游开发建设项目、高端滑雪服装加工项目、明远民宿小镇3个青禾体育文化旅游带项目。")
    # Counted projects of a kind are projects (等15个文化产业项目, 等一大批优质产业链项目), and so
    # are the items of 等36个, (even with no head noun); a list starts after 推介.
    assert names("宣传部部长推介了青禾市文化创意中心、网红直播产业街、明远古街文创中心等15个文化产业项目。") == [
        "青禾市文化创意中心", "网红直播产业街", "明远古街文创中心",
    ]
    assert names("还集中签约了青禾科技智能声学产品综合生产基地项目、明远锂电池回收及产业化项目等一大批优质产业链项目。") == [
        "青禾科技智能声学产品综合生产基地项目", "明远锂电池回收及产业化项目",
    ]
    assert "青禾县高铁西站应急避难场" in names("此次开工的项目有青禾县高铁西站应急避难场、明远县避险搬迁项目等36个,总投资52.25亿元。")
    # 和 after 至 is in a road's span; a project's rank (省重点工程) is no part of its name; a short
    # quoted nickname leads it.
    assert names("国省干线联六线青禾至和平段公路工程项目,路线全长10.187公里,总投资4亿元。") == ["国省干线联六线青禾至和平段公路工程项目"]
    assert names("包括投资25亿元的省重点工程青禾自主创新产业园二期。") == ["青禾自主创新产业园二期"]
    assert names("“欢悦青禾”文化创意街区项目是该县精心谋划储备的优质项目。") == ["“欢悦青禾”文化创意街区项目"]
    assert names("“两个联营”重点示范工程正在推进。") == []
    # Money before a list of many is the list's, not its first item's.
    facts = read("本次仪式上,投资136.6亿元的青禾新材、明远二期等21个产业项目集中投产投用。")
    assert [p.name for p in facts.projects] == ["青禾新材", "明远二期"] and facts.investments == ()
    # A spaced pinyin reading is still a reading.
    assert strip_pinyin("湘潭青禾(luò )精密陶瓷") == "湘潭青禾精密陶瓷"


def test_issues_learned_from_sets_83_to_88():
    # A concrete problem told by what is wrong, of no project named, is the district's.
    assert issues("由于安评、环评无法通过审批,一直没有开工,厂房闲置了下来。") == [(None, "permit", "由于安评、环评无法通过审批")]
    # …but not one told only by a problem noun, nor a consequence, a talk with the lagging, what
    # a project achieves, or what was done about a problem.
    assert issues("青禾工业集中区存在道路通行问题。") == []
    assert issues("致使原供水设施供水能力不足。") == []
    assert issues("约谈征地拆迁工作进度慢的项目负责人。") == []
    assert issues("该项目填补了两县间无县际高速通道的空白。") == []
    assert issues("政府就帮我们解决了300万的资金缺口。") == []
    assert issues("针对企业生产资金短缺问题,协调辖区35家企业与银行机构融资15亿元。") == []
    assert issues("打破制约县域经济发展的交通瓶颈。") == []
    # Pay not made in full, poles to move, a cause told with 等原因, a plan a road is not in,
    # aid that cannot be had, a cramped site road, low pressure and no room are problems.
    assert issues("青禾田园综合体项目于2019年开工。前期因民工工资、材料费、机械费未支付到位的问题,导致项目停工。") == [
        ("青禾田园综合体项目", "funding", "前期因民工工资、材料费、机械费未支付到位的问题,导致项目停工"),
    ]
    assert ("青禾光伏发电项目", "power", "线杆迁移问题") in issues("青禾光伏发电项目开工建设。县领导到现场办公,解决遗留的土地流转问题和线杆迁移问题。")
    assert issues("青禾大道改造工程由交通局实施。该工程受资金拨付等原因,工期一再推迟。") == [("青禾大道改造工程", "funding", "资金拨付")]
    found = issues("青禾环湖公路建设项目是省级规划项目。环湖公路并没有纳入《交通运输“十三五”发展规划》,争取不了国省补助资金。")
    assert [i[2] for i in found] == ["环湖公路并没有纳入《交通运输“十三五”发展规划》", "争取不了国省补助资金"]
    assert issues("青禾锂电新材料一体化项目开工以来,由于项目场地道路受限,土方运输一度中断。")[0][:2] == ("青禾锂电新材料一体化项目", "road")
    assert issues("青禾针织有限公司负责人反映,园区的消防水压较低。") == [("青禾针织有限公司", "water_sewage_heat", "园区的消防水压较低")]
    assert issues("青禾食品有限公司反映,公司想扩大生产规模,无奈没有多余空间。") == [("青禾食品有限公司", "land", "无奈没有多余空间")]


def test_names_learned_from_sets_89_to_94():
    # A count before 分别是 makes its items projects, two of them joined by 和; money before an
    # item of a comma list is no part of its name.
    assert names("在县城启动两个项目,分别是青禾大道南延和明远文体广场项目。") == ["青禾大道南延", "明远文体广场项目"]
    assert names("新开工项目3个,分别是投资1亿元的青禾纺织项目,投资7000万元的明远机械加工项目,投资5000万元的青禾酒店项目。") == [
        "青禾纺织项目", "明远机械加工项目", "青禾酒店项目",
    ]
    # A road joined to another by 与 is one name; 与 elsewhere still ends one.
    assert names("青禾大道与明远大道连接线一期工程总投资10.9亿元。") == ["青禾大道与明远大道连接线一期工程"]
    assert names("这位农户家已经与青禾高速连接线工程签订了协议。") == ["青禾高速连接线工程"]
    # Boundaries 另外, 拿下.
    assert names("另外省道S534青禾至明远段扩改建工程项目也在加快推进。") == ["省道S534青禾至明远段扩改建工程项目"]
    assert names("河北某公司拿下青禾县2025年度地下水水源置换工程项目。") == ["青禾县2025年度地下水水源置换工程项目"]
    # A phase told of twice (其中一期投资…,一期工程计划年底投产) is one project.
    facts = read("青禾木业有限公司是今年引进的重大项目,项目计划总投资2000万元,其中一期投资900万元,二期投资600万元,一期工程计划年底投产。")
    assert [p.name for p in facts.projects] == ["青禾木业有限公司", "青禾木业有限公司一期", "青禾木业有限公司二期"]


def test_issues_learned_from_sets_89_to_94():
    # Causes listed after 因 (因规划、用地指标和资金等多种原因) are each a problem; 因素 and
    # 历史原因 tell none.
    assert issues("青禾大道扩改建工程开工以来,也因规划、用地指标和资金等多种原因拖慢建设进度。") == [
        ("青禾大道扩改建工程", "planning", "规划"), ("青禾大道扩改建工程", "land", "用地指标"), ("青禾大道扩改建工程", "funding", "资金"),
    ]
    assert [i[2] for i in issues("青禾大道扩改建工程开工以来,因历史原因进展缓慢。")] == ["因历史原因进展缓慢"]
    # Poles to move (三杆) are power; pay not received, a treasury unable to pay and a road not
    # yet built are problems.
    assert issues("青禾县省道416段项目开工。项目推进中,三杆迁移进展缓慢。")[0][:2] == ("青禾县省道416段项目", "power")
    assert issues("青禾地下水水源置换工程开工。30%的工程预付款却迟迟不到账。") == [
        ("青禾地下水水源置换工程", "funding", "30%的工程预付款却迟迟不到账"),
    ]
    assert issues("青禾水库工程已列入规划。当前县级财政又十分困难,无力筹措资金落实。")[0][:2] == ("青禾水库工程", "funding")
    assert issues("青禾针织有限公司反映,园区内的道路还没修好。") == [("青禾针织有限公司", "road", "园区内的道路还没修好")]
    assert issues("青禾安置房项目还没有建成。") == []  # a state, not a complaint


def test_issues_learned_from_sets_95_and_96():
    # Supply that has not kept up, a road not yet hardened, an approval not yet received, and
    # works waiting for their land's approval are problems.
    assert issues("青禾纺织有限公司反映,新引进的纺织设备到了,电力配套没跟上。") == [("青禾纺织有限公司", "power", "电力配套没跟上")]
    assert issues("青禾矿业厂房项目已竣工。厂房周边道路未实现硬化。") == [("青禾矿业厂房项目", "road", "厂房周边道路未实现硬化")]
    assert issues("青禾水库工程可研已上报。目前,还未收到上级部门批复意见。") == [("青禾水库工程", "permit", "还未收到上级部门批复意见")]
    assert issues("青禾水库除险加固工程已完成设计,待项目用地获批后及时开工建设。")[0][:2] == ("青禾水库除险加固工程", "land")
    # …but not a next step after an approval.
    assert issues("青禾水库工程已完成设计,待省政府批复后启动用地报批程序。") == []


def test_issues_learned_from_sets_97_to_100():
    # Agreements not reached, funds that broke off and an environment's capacity are problems.
    assert issues("青禾商城项目于2019年签约。至今仍有5户未达成征迁协议,致使项目无法开工建设。") == [
        ("青禾商城项目", "land", "至今仍有5户未达成征迁协议,致使项目无法开工建设"),
    ]
    assert issues("青禾茶业有限公司扩建厂房后,生产资金出现了断层。") == [("青禾茶业有限公司", "funding", "生产资金出现了断层")]
    assert issues("青禾节能环保产业园项目已完成规划。环境容量不足是严重制约园区发展的瓶颈。")[0][:2] == ("青禾节能环保产业园项目", "permit")
    # None: no problem, a problem no longer there, a report received, a goal (打通…瓶颈).
    assert issues("青禾产业园污水管网工程开工。市污水筹建处表示园区污水管网接入市政污水管网不存在问题。") == []
    assert issues("青禾产业园二期项目开工。目前已不存在因环境容量不足制约园区发展的问题。") == []
    assert issues("青禾产业园二期项目开工。县供电公司接到问题反馈后,立即派人到现场。") == []
    assert issues("下一步,打通东部景群交通瓶颈。") == []


def test_names_learned_from_sets_101_and_102():
    # 和 that opens the district's own name (和静县) is part of a name, not a conjunction.
    found = names(
        "和静县重点项目集中开工\n开工仪式上,和静县分别与青禾物流产业园项目、和静青禾冷链物流项目、明远和静100MW光伏项目签约。"
    )
    assert {"和静青禾冷链物流项目", "明远和静100MW光伏项目"} <= set(found)


def test_issues_learned_from_sets_101_and_102():
    # Problems of different kinds listed together are each a problem; neighbours of one kind are one.
    assert issues("青禾智能装备产业园项目开工。如企业用电不足、道路破损、路灯不亮、供水不足等现象时有发生。") == [
        ("青禾智能装备产业园项目", "power", "如企业用电不足"),
        ("青禾智能装备产业园项目", "road", "道路破损、路灯不亮"),
        ("青禾智能装备产业园项目", "water_sewage_heat", "供水不足等现象时有发生"),
    ]
    # Kinds of problem in a tally (…等问题台账项目22个) are a figure, not problems.
    assert issues("截至目前,共建立资金短缺、补偿争议、手续办理缓慢等问题台账项目22个。") == []
    # Words of a kind: streetlights are the road's, connecting water the water's, 国土 and a
    # building's 附属物 are land.
    assert issues("明远食品有限公司反映,厂区门口路灯不亮,晚上出行不便。")[0][1] == "road"
    assert issues("青禾产业园二期项目开工。该项目至今未通水,影响设备调试。")[0][1] == "water_sewage_heat"
    assert issues("青禾物流园项目在前期建设国土方面存在困难。")[0][1] == "land"
    assert issues("青禾物流园项目的附属物赔偿工作进展缓慢。")[0][1] == "land"


def test_money_learned_from_set_103():
    # Money written right before a name, nothing between (引办总投资3亿元某某项目), is that name's,
    # not the name's before it.
    facts = read(
        "签约的3个项目分别为云溪镇引办总投资5000万元青禾智能设备制造项目;陈桥镇引办总投资3亿元明远海洋生物科技项目;"
        "开发区引办总投资1亿元远山玩具项目,列屿镇引办总投资2亿元青山五金项目。"
    )
    assert [(i.project_key, str(i.amount_yuan)) for i in facts.investments] == [
        ("青禾智能设备制造项目", "50000000"), ("明远海洋生物科技项目", "300000000"),
        ("远山玩具项目", "100000000"), ("青山五金项目", "200000000"),
    ]


def test_names_learned_from_sets_105_and_106():
    # A、B、C四个主导产业引进项目: the count is of industries, not projects.
    assert names("目前,智能电子、精细化工、高端装备、生物医药四个主导产业引进项目总投资超50亿元。") == []
    # …while a list closed by a count of projects of one industry lists projects.
    assert names("青禾文化园、明远影视基地2个文化产业项目开工。") == ["青禾文化园", "明远影视基地"]
    # Meetings are how projects are pushed, not projects.
    assert names("以召开专题会、项目推进现场会等多种形式紧抓项目落实。") == []


def test_issues_learned_from_set_105():
    # 推动问题解决 says that problems are solved, not which.
    assert issues("领导先后到青禾产业园项目、明远物流园项目等项目现场调研,了解存在的难点问题,并研究相应对策推动问题解决。") == []


def amounts(text: str) -> list[tuple[str, str]]:
    return [(i.project_key, str(i.amount_yuan)) for i in read(text).investments]


def test_money_learned_from_sets_108_and_109():
    # 签约,投资额分别为X、Y: one amount per listed name, in order, even with words between.
    assert amounts("6月30日,青禾文旅综合体项目、明远生态新城项目签约,投资额分别为300亿元、700亿元。") == [
        ("青禾文旅综合体项目", "30000000000"), ("明远生态新城项目", "70000000000"),
    ]
    # 这个总投资10亿元的某某项目: the project just named, told again by what it is.
    text = "把目光转到青禾科技产业基地项目工地上,同样是如火如荼的建设场景。这个总投资10亿元的某区重点产业项目正全速推进。"
    assert names(text) == ["青禾科技产业基地项目"]
    assert amounts(text) == [("青禾科技产业基地项目", "1000000000")]
    # …but 这个县…的某某项目 names one.
    assert "明远木材深加工项目" in names("这个县与青禾集团洽谈的明远木材深加工项目已取得实质性进展。")
    # 既是某区重点基础设施项目: what the works is.
    assert names("青禾大道工程开工。该工程总投资约2.01亿元,既是涪陵经开区重点基础设施项目,也为明远铝材项目提供配套服务。") == [
        "青禾大道工程", "明远铝材项目",
    ]
    # An amount written before each listed name is that name's (in dollars: no yuan, but no name either).
    text = "围绕310亿元青禾动力、11.5亿元明远生态、35亿元远山同位素基地、3亿美元比利时青山地板等重点项目开展招商。"
    assert set(names(text)) >= {"明远生态", "远山同位素基地", "比利时青山地板"}
    assert ("明远生态", "1150000000") in amounts(text) and ("远山同位素基地", "3500000000") in amounts(text)


def test_a_point_ends_a_sentence_where_a_paragraph_has_no_full_stop():
    assert [s.text for s in split_sentences("签约两大项目投资均超过300亿元.其中,青禾科技城总投资500亿元.")] == [
        "签约两大项目投资均超过300亿元.", "其中,青禾科技城总投资500亿元.",
    ]
    # …but where 。 ends sentences, a point between characters joins a name (海润.书香华庭).
    assert len(split_sentences("青禾.明远华庭项目开工。总投资3亿元。")) == 2


def test_names_learned_from_set_112():
    # 包括A、B、C3项: a count of as many items closes a list of projects, head noun or not.
    found = names("在科学城平台项目建设方面,包括青禾大科学计划总部、明远交叉研究平台、远山激光加速创新中心3项。")
    assert found == ["青禾大科学计划总部", "明远交叉研究平台", "远山激光加速创新中心"]
    # …and that count is the list's, not a district figure measured by a run of names.
    assert read("在科学城平台项目建设方面,包括青禾大科学计划总部、明远交叉研究平台、远山激光加速创新中心3项。").figures == ()
    # …not a count of something else.
    assert names("全年完成青禾、明远两镇的村道改造,共计划5项。") == []


def test_names_and_money_learned_from_set_113():
    # 分三期建设A工厂、B中心等: the project's parts, not projects.
    assert names("开工仪式设在青禾生物制剂项目工地,该项目计划总投资5.6亿元,分三期建设生物制剂工厂、原料处理厂、检疫检验控制中心等。") == [
        "青禾生物制剂项目",
    ]
    # 投资3亿元、年产…的X: the money and the size both told of the name after them.
    text = ("开工建设的还有2个项目,分别是投资3亿元、年产1.6亿个彩印包装箱(盒)的青禾印刷包装项目,"
            "投资3.3亿元、年产290万件羊绒衫的明远服饰加工项目。")
    assert names(text) == ["青禾印刷包装项目", "明远服饰加工项目"]
    assert amounts(text) == [("青禾印刷包装项目", "300000000"), ("明远服饰加工项目", "330000000")]


def test_names_and_money_learned_from_set_115():
    # A byline before a list is no part of its first item.
    assert names("青禾新闻网讯(青禾日报记者张三 通讯员李四、王五)明远汽车配件制品等7个项目已投入试生产。") == ["明远汽车配件制品"]
    # 实施了总投资13.4亿元、年产…项目: the price is no product listed before the name.
    assert names("青禾集团实施了总投资13.4亿元、年产10万吨锌冶炼项目。") == ["年产10万吨锌冶炼项目"]
    # 总投资13.5亿元、面积1万亩的X: the money is X's.
    assert amounts("总投资13.5亿元、面积1万亩的青禾獭兔产业园区开工建设。") == [("青禾獭兔产业园区", "1350000000")]


def test_lists_learned_from_sets_117_and_118():
    # 等3个总投资均为5000万元的项目: each listed project's own amount.
    text = "近日,青禾电器自动控制器项目、远山种业有限公司种子仓储项目等2个总投资均为5000万元的项目签约和落户。"
    assert amounts(text) == [("青禾电器自动控制器项目", "50000000"), ("远山种业有限公司种子仓储项目", "50000000")]
    # Who builds projects (等项目建设方) and who walks round them (等共同巡视了项目展板) are not projects.
    assert names("国网青禾供电公司、明远公司等项目建设方负责人陪同调研。") == []
    assert names("会前,王晓明、赵良斯等共同巡视了项目展板。") == []


def test_a_place_name_opencc_rewrites_is_still_found():
    # OpenCC turns 乾 into 干 even in Simplified text (乾县 → 干县); the district is still 乾县.
    assert read("乾县召开重点项目推进会。乾县青禾纺织项目总投资3亿元。").district.adcode == "610424"


def test_a_list_starts_after_the_list_closed_before_it():
    # 签约的A等6个项目、开工的B等12个项目: each list's items are its own, without the stage before them.
    found = names("此次签约的青禾农业辣椒精深加工项目等6个项目、开工的明远矿业科技石英石破碎加工等12个项目、"
                  "投产的远山新能2GW光伏组件制造等8个项目,涵盖装备制造等多种业态。")
    assert found == ["青禾农业辣椒精深加工项目", "明远矿业科技石英石破碎加工", "远山新能2GW光伏组件制造"]


def test_money_learned_from_set_117():
    # A项目、B项目投资总额均为3亿元: each one's amount.
    assert amounts("其中,青禾精密配件项目、明远五金制品项目投资总额均为3亿元;远山交易中心项目投资2亿元。") == [
        ("青禾精密配件项目", "300000000"), ("明远五金制品项目", "300000000"), ("远山交易中心项目", "200000000"),
    ]
    # 某公司计划投资1亿元,建设X: the money is for X.
    assert amounts("青禾新能源有限公司计划投资1亿元,建设明远电池电芯项目,预计年产值8亿元。") == [("明远电池电芯项目", "100000000")]
    # …and an amount right before a name in a list without a closer (…类项目3个:0.5亿元的A、1.2亿元B).
    assert amounts("医药健康类项目2个:0.5亿元的青禾特药食品生产项目、1.2亿元明远医养结合项目。") == [
        ("青禾特药食品生产项目", "50000000"), ("明远医养结合项目", "120000000"),
    ]


def test_money_told_in_more_ways():
    # 总投资约为, 投资总额均为: the word, then how the amount is told.
    assert amounts("青禾220千伏输变电工程2009年动工建设,总投资约为1.8亿元。") == [("青禾220千伏输变电工程", "180000000")]
    assert amounts("明远农产品交易中心项目投资总额均为2亿元。") == [("明远农产品交易中心项目", "200000000")]
    # 1至6月份完成投资: half a year's, not one month's.
    assert ("青禾蓝天城项目", "55000000") in amounts("总投资5亿元的青禾蓝天城项目加快建设步伐,1至6月份完成投资5500万元。")
    # 总投资5.7亿元、已完成一期厂房建设的X: what is told between the money and the name is X's too.
    assert amounts("总投资5.7亿元、已完成一期厂房建设的青禾碳酸钙新材料项目进入设备安装阶段。") == [
        ("青禾碳酸钙新材料项目", "570000000"),
    ]
