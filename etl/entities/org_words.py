"""What organisation names are made of: the head words they end in, the words that cannot
stand in one, the kinds of body, and the hit record every finder returns.

Kept apart from the finders so that each of them (the head-word scan in ``organizations``,
the learned heads, the known bodies, the patterned ones) reads the same vocabulary, and a
change to what ends or stops a name is made in one place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache


# works, shops and public places run as bodies, named by their place (达拉特电厂, 闻喜县新华书店,
# 大庆油田, 昆明动物园, 首都机场, 本溪市京剧团): generic heads (电厂 or 机场 alone is a kind of
# building), whose name opens with the place
VENUE_HEADS = {"电厂": "company", "发电厂": "company", "书店": "company", "油田": "company",
               "机场": "company", "动物园": "other", "植物园": "other", "剧团": "other"}

# head word -> kind; generic heads need a region or national prefix
HEADS = {
    "总工会": "union", "工会联合会": "union", "职工保险互助会": "union", "互助会": "union",
    "银行": "bank", "农商行": "bank", "信用社": "bank", "农村信用合作联社": "bank",
    "保险公司": "insurer", "财产保险": "insurer", "人寿保险": "insurer",
    "医院": "hospital", "卫生院": "hospital", "妇幼保健院": "hospital", "诊所": "hospital",
    "大学": "school", "学院": "school", "中学": "school", "小学": "school", "学校": "school",
    "幼儿园": "school",
    "股份有限公司": "company", "有限责任公司": "company", "有限公司": "company", "集团": "company",
    # a group registered as such, its form in brackets (中国人民保险(集团)公司, 某某(控股)公司)
    "(集团)公司": "company", "(控股)公司": "company",
    "总厂": "company",  # 大庆石油化工总厂, 燕山石化总厂: a works named as a whole
    "广播电视台": "media", "电视台": "media", "日报社": "media", "报社": "media", "新华社": "media",
    "融媒体中心": "media",
    "人民政府": "government", "管理委员会": "government", "管委会": "government",
    "法院": "government", "检察院": "government", "考试院": "government", "海关": "government", "办事处": "government",
    "宣传部": "government", "组织部": "government", "工作部": "government",
    "妇联": "other", "团委": "other", "残联": "other", "科协": "other", "红十字会": "other",
    "协会": "other", "学会": "other", "基金会": "other", "促进会": "other", "商会": "other",
    "研究院": "other", "研究总院": "other", "研究所": "other", "科学院": "other", "实验室": "other",
    "委员会": "government", "局": "government", "厅": "government", "中心": "other",
    "办公室": "government", "党委": "other", "市委": "government", "县委": "government",
    "区委": "government", "省委": "government",
    "共产党": "other", "国民党": "other", "民主党": "other", "致公党": "other", "党中央": "other",
    "中共中央": "other", "中央委员会": "government", "国务院": "government", "常委会": "government",
    "常务委员会": "government", "人大": "government", "政协": "government", "联合国": "other",
    "议会": "government",
    # 意大利当局, 韩国金融当局, 美国监管当局: a place's authorities, named by the place and
    # their field (not 当局 alone: which authorities is the text's to say)
    "当局": "government",
    "通讯社": "media", "部": "government", "军区": "government", "大使馆": "government",
    # an agency (审计署, 海关总署, 法国高等教育署, 英国药品和保健品管理署)
    "署": "government",
    # a government and its parts by their short names: 省政府, 省财政, 解困办, 卫计委, 领导小组
    "政府": "government", "财政": "government", "办": "government", "委": "government",
    "领导小组": "government",
    # the units of the armed police, the fire service and the police (北京市消防总队, 武警上海总队,
    # 市公安局交警支队, 宁乡县交警大队): only with a place before them (一大队人马 is a crowd)
    "总队": "government", "支队": "government", "大队": "government",
    **VENUE_HEADS,
}
# ... named as such: the service is in the name
FORCE_HEADS = frozenset(("总队", "支队", "大队"))
FORCE = re.compile(r"武警|消防|公安|交警|刑警|巡警|特警|治安|边防|警察|刑侦|警卫|缉私|森林")
# bodies whose name is the head word alone
STANDALONE = {"国务院", "中共中央", "联合国", "新华社", "共产党", "致公党", "国民党", "政协", "人大",
              "党中央"}
GENERIC = {"政府", "当局", "财政", "办", "委", "领导小组", "部", "议会", "局", "厅", "署", "中心", "办公室", "委员会", "工作部", "宣传部", "组织部", "办事处", "学校",
           "中学", "小学", "协会", "学会", "商会", "集团", "党委", "医院", "卫生院", "管委会",
           "总队", "支队", "大队", *VENUE_HEADS}
NATIONAL_PREFIXES = ("国家", "中国", "中华", "全国")

# the words that name a team by its sport and sex (八一男篮, 天津女排, 国安男足)
SPORT_TEAM_WORDS = ("男篮", "女篮", "男排", "女排", "男足", "女足")


def team_by_sport(stem: str, text: str) -> str | None:
    """The one team ``text`` names by ``stem`` and its sport (八一 -> 八一男篮), or None where it
    names none or two of the club's teams (八一男篮 and 八一女篮): a report calls a side 八一队 and
    八一男篮, and the sport says which of the club's teams it is."""
    written = [stem + w for w in SPORT_TEAM_WORDS if stem + w in text]
    return written[0] if len(written) == 1 else None

# the word for the capital, which opens the names of its works and public places as a place's
# name does (首都机场, 首都钢铁公司, 首都博物馆)
CAPITAL = "首都"


def trie_pattern(names) -> str:
    """One alternation for many names, sharing their beginnings (国家(?:统计局|税务总局)) and
    trying the longer name first: it matches what the flat longest-first alternation matches,
    in half the time, as the regex engine no longer tries every name that shares a first
    character."""
    trie: dict = {}
    for name in names:
        node = trie
        for ch in name:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        alts = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")
    return pattern(trie)


# 局长, 部长, 院长: a head followed by a title is a person's post, not the name's end; 省部级, 厅局级:
# a rank; 厅局长, 司局长: the heads of both kinds of body (全国土地管理厅局长会议 is a meeting of
# them, no 土地管理厅), while 局局长 and 厅处长 are a post in the body the name ends with.
# (The heads share their beginnings in one alternation, ``trie_pattern``: it matches what the
# longest-first alternation matches, the scan of every article 10-20 % faster.)
# (not a head before 长, 员, 门 …: 局长, 委员, 部门; but 公司员工 are the company's staff)
HEAD_RE = re.compile("(?:" + trie_pattern(HEADS) + ")(?![长门分级]|(?<=委)员|员(?!工)|(?<=[厅司])局[长级])")
# what may not follow or precede a short head for it to end a name: 财政收入 is money, 举办 and
# 办理 are verbs, 委员 and 委托 are not a commission
NOT_AFTER = {"财政": "收支预资补拨专贴局厅部所体", "办": "理事法学公案证结好成了实妥起过件班报展会厂企",
              "委": "员托屈婉身派会", "政府": "办部采投性间债工",
              "银行": "业法卡家间",  # 银行业, 银行法: the trade and its law
              "部": "队署件位落",  # 消防部队, 部署, 部件: troops, a deployment, a part
              "署": "名理",  # 署名, 署理: a signature, acting for
              # 大学生, 中学生: students, not a school
              "大学": "生", "中学": "生", "小学": "生",
              "集团": "军",  # 某集团军: a group army, not a company
              "局": "势面限域"}  # 中东局势, 局面, 局限: a situation, not a bureau
_NOT_BEFORE = {"办": "举主承创开兴协合督包代筹试查照难好快要来去会能争申创帮合操督兼买"
                     "民公官自停补接交待",  # 民办, 公办: run privately, publicly
               # 常委, 政委 (空军原副政委): a post, a person
               "委": "常纪编政",
               # 重新部署, 签署, 联署: a deployment, a signature, not an office; 衙署: a yamen
               "署": "部签布联连副衙",
               # 新格局, 大局, 布局, 僵局: a situation, a layout, not a bureau
               "局": "格结大全布僵骗时残终定开败赌饭牌棋危变困",
               # 土耳其南部, 美国中西部: a part of a country, not a ministry; 头颈部, 腹部: of a body;
               # 退休干部, 青年干部: a cadre, a person; 国家内部, 全部, 局部: inside, all, part of;
               # 城乡结合部: where two areas meet;
               # 中国第一部, 五部影片: a measure word for films and books
               "部": "东南西北中头颈腹胸背腰脑肺胃腿臀臂肩颅鼻颊唇脸足面干内外全局底顶合"
                     "一二两三四五六七八九十几",
               # 娱乐场所, 住所, 厕所, 处所: a place to be, not an institute (研究所, 派出所)
               "所": "场住厕处"}
def head_stands(text: str, hs: int, he: int, head: str) -> bool:
    """Does the head at [hs, he) end a name, not start or end another word (财政收入, 办理,
    全部, 部署: ``NOT_AFTER``, ``head_in_other_word``)?"""
    return not (text[he:he + 1] and text[he] in NOT_AFTER.get(head, "")
                or head_in_other_word(text, hs, head))


def head_in_other_word(text: str, hs: int, head: str) -> bool:
    """Does the character before the head make another word of it (全部, 新格局, 部署)? 安全 is
    no 全 of those: 国家安全部, 安全局 are bodies."""
    return hs > 0 and text[hs - 1] in _NOT_BEFORE.get(head, "") and not text.startswith("安全", hs - 2)


SHORT_HEADS = ("政府", "财政", "办", "委")
PRESS_OFFICES = ("新闻办", "新闻办公室")


def body_head_before(text: str, hs: int) -> bool:
    """Is there a specific head (大学, 集团) in the 16 characters before a generic one?"""
    return any(m.group() not in GENERIC for m in HEAD_RE.finditer(text, max(0, hs - 16), hs))


# rooms, halls, buildings and stations are places, not bodies (…大楼会议室, …大厅, …车站)
PREMISES = ("会议室", "大厅", "报告厅", "会议厅", "宴会厅", "展厅", "礼堂", "大楼", "大厦", "办公楼",
             "车站", "火车站", "汽车站", "地铁站", "公交站", "高铁站", "站台", "候车室", "地下室", "教室",
             # a stage, a counter, a stand: a place too (首都文艺舞台)
             "舞台", "讲台", "柜台", "看台", "擂台", "阳台", "主席台", "戏台")
# a meeting is an event, not a body (春节团拜会, 北京召开座谈会); an expo or a fair (博览会,
# 交易会) is named as the body that runs it, and stays
_MEETINGS = ("座谈会", "团拜会", "交流会", "研讨会", "运动会", "展销会", "招待会", "演唱会", "晚会",
             "茶话会", "表彰会", "动员会", "现场会", "洽谈会", "联欢会", "报告会", "发布会", "见面会",
             "推介会", "订货会", "纪念会", "追悼会", "音乐会", "舞会", "年会", "例会",
             "招聘会", "听证会", "通气会", "恳谈会", "说明会", "分享会", "品鉴会",
             # a meeting held, not a body (代表大会 is one: the congress itself)
             "表彰大会", "动员大会", "誓师大会", "庆祝大会", "纪念大会", "颁奖大会", "成立大会",
             "总结大会", "追悼大会",
             # a congress's session by its short name (刚结束的合肥市人代会, 省党代会, 厂里的职代会):
             # the meeting; its body is 人大, 党委, the workers' congress by full name
             "人代会", "党代会", "职代会", "团代会", "妇代会", "教代会", "侨代会")


def not_a_body(surface: str) -> bool:
    """东亚政局, 中东政局: a place's political situation, not a bureau (财政局, 民政局 are);
    上市公司, 控股公司, 参政党: a kind of body the dictionary lists as a name, not one body;
    团拜会: a meeting; 深有体会, 黑社会: no body at all; 国共两党: bodies counted together;
    浙江十大民办教育集团, 全球最大银行: a ranking of a kind of body."""
    return surface.endswith("政局") and surface[-3:-2] not in ("财", "民", "市", "邮", "行", "") \
        or surface in _KINDS_OF_BODY or surface.endswith(_MEETINGS) \
        or surface.endswith(_WORDS_ENDING_IN_HUI) \
        or _LINE_ONLY.fullmatch(surface) is not None \
        or _COUNTED_BODIES.search(surface) is not None \
        or _RANKED.search(surface) is not None


# a fair or a show: named for its place or its reach (中国国际服装博览会, 昆明世界园艺博览会), it
# stands for the body that holds it; the word alone or after a field (本届博览会, 产品博览会,
# 服务业博览会) names the event only
FAIRS = ("博览会", "展览会", "交易会", "展会", "庙会", "灯会", "峰会")
FAIR_REACH = ("中国", "全国", "国际", "世界", "亚洲", "亚太", "东盟", "中外", "海峡两岸", "两岸")


# the games, by the words their names end in (长野冬奥会, 第十三届亚运会, 全运会)
_GAMES = ("奥运会", "冬奥会", "亚运会", "全运会", "残奥会", "大运会", "冬运会", "城运会", "农运会")
_EVENTS = FAIRS + _MEETINGS + _GAMES


def ends_event(text: str, lo: int, end: int) -> bool:
    """Does an event's name end at ``end`` (成果交易会, 长野冬奥会, 人才招聘会)? What follows it
    is another name: the event names the occasion, not the body (交易会华为公司展台 is 华为公司's)."""
    return text[end - 1:end] == "会" and text.endswith(_EVENTS, max(lo, end - 4), end)


# the bodies an event has of its own, named with it (冬奥会组委会, 博览会秘书处)
EVENT_OFFICES = ("组委会", "组织委员会", "执委会", "执行委员会", "筹委会", "筹备委员会", "委员会", "组委",
                 "秘书处", "办公室", "指挥部", "新闻中心")


def after_event(text: str, start: int, head_start: int) -> int:
    """Where a name found from ``start`` to its head begins once an event named before it is
    left out (成果交易会|华为公司: ``start`` when none is): the first character after the last
    event's name inside it, unless the head is the event's own office (冬奥会组委会)."""
    k = text.rfind("会", start, head_start)
    while k > start:
        if ends_event(text, start, k + 1):
            return start if text.startswith(EVENT_OFFICES, k + 1) else k + 1
        k = text.rfind("会", start, k)
    return start


# a line of business and a company's form, and nothing before them (工程有限公司, 科技公司): a
# kind of company, what is left when a name's walk stops short of its trade name
_LINE_ONLY = re.compile(r"(?:工程|科技|服务|贸易|实业|投资|发展|建设|置业|物流|文化|传媒|咨询|电子|信息|"
                        r"网络|技术|环保|能源|医药|食品|房地产|建筑|材料|设备|管理|工贸|商贸|进出口)"
                        r"(?:股份有限公司|有限责任公司|有限公司|公司|集团)")


# words that end in 会 and name no body, which the segmenter's dictionary tags as one in a few
# phrases (深有体会, 商业机会, 黑社会/nt): a society, a chance, what one has learned
_WORDS_ENDING_IN_HUI = ("社会", "机会", "体会", "误会", "领会")


# 新建学校5所, 新增医院3家: a kind of body counted right after it, not one body
COUNT_AFTER = re.compile(r"[0-9一二两三四五六七八九十百千万]+[所家座](?![\u4e00-\u9fff])")
_KINDS_OF_BODY = {"上市公司", "控股公司", "母公司", "子公司", "分公司", "总公司", "集团公司",
                  "股份公司", "有限公司", "合资公司", "跨国公司", "空壳公司", "投资公司",
                  # kinds of party, and a party or an army as a whole, not one body's name
                  "参政党", "执政党", "在野党", "反对党", "全党全军", "人民军队",
                  # a line of banking, not a bank (公司银行账户, 开通手机银行)
                  "公司银行", "个人银行", "手机银行", "网上银行", "网络银行", "电子银行"}
# the top few or the largest of a kind of body: 浙江十大民办教育集团, 中国四大银行, 全球最大银行 (not
# 第十大, the tenth; nor 大学, 大厦, 大街, 大道, 大桥, 大楼, 大院, 大会, where 大 opens a word of
# its own, 四川大学; nor a congress, 中共十五大, which ends in it)
_RANKED = re.compile(r"(?<![第\d])(?:[二三四五六七八九十百]|[1-9]\d*)大(?=[^学厦街道桥楼院会])|最大")
# 国共两党, 中美两国政府: two bodies counted together, not one
_COUNTED_BODIES = re.compile(r"[两三四五六七八九十多各](?:党|国政府|国议会)$")


# 烟台市总, 山西省总: the union federation, when 总 does not start another word (the place
# character is looked at after 总, so that the search runs on the literal 总)
ZONG_RE = re.compile(r"总(?<=[市省区县]总)(?![工会部局队站经裁监书体计量额数结理共统的而])")
STOP_WORDS = {
    "记者", "获悉", "联合", "举办", "组织", "成立", "设立", "开展", "发布", "表示", "介绍", "显示",
    "通过", "举行", "主办", "承办", "协办", "指导", "支持", "下属", "所属", "旗下", "辖下", "各级",
    "基层",
    "全市", "全省", "全国", "全区", "今年", "近日", "日前", "以来", "同时", "此外", "目前", "其中",
    "以及", "来自", "消息", "新闻", "相关", "负责人", "有关", "各类", "部分", "一些", "多家",
    "本报讯", "本报", "讯", "报道", "当地", "这个", "每个", "据悉", "了解", "据了解", "走进",
    "走访", "依托", "携手", "牵头", "由", "经", "受", "向", "为", "对", "与", "和", "及", "或",
    "在", "从", "于", "自", "以", "把", "被", "让", "使", "给", "将", "已", "是", "了", "的",
    "等", "共", "还", "也", "都", "又", "并", "其", "该", "此", "这", "那", "各", "每", "所",
    "上述", "前述",
    "省内外", "省外", "市内", "作为", "成为", "担任", "加入", "参加", "入选", "荣获", "获得", "获",
    "颁发", "授予", "认定", "评为", "位于", "前往", "来到", "赴", "到", "去", "先后", "分别",
    "纷纷", "积极", "不断", "已经", "正在", "带领", "会同", "联手", "配合", "邀请", "聘请",
    "日电", "电", "会见", "出席", "致", "贺电", "贺信", "访问", "代表", "同志",
    # a post's term before the body it is held in (新任冶金部副部长): the person's, not the name's
    "新任", "前任", "现任", "时任", "首任", "继任", "历任",
    # a post held and a match won come before a body's name, not in it (现任北京市文化局,
    # 力克印尼女队)
    "时任", "现任", "历任", "曾任", "原任", "前任", "力克", "战胜", "击败", "负于", "做客", "迎战",
    "领先", "落后", "不敌", "输给", "打败", "逼平", "对阵", "横扫", "大胜", "完胜", "险胜",
    "上半场", "下半场", "时值", "就读于", "毕业于", "任职于", "供职于", "就职于",
    # one-character verbs jieba's dictionary tags as nouns: what they take is an object, not
    # the start of a name (创海关历史最好水平, 某厂诉银行违约, 雇公司员工, 奖企业10万元)
    "创", "诉", "雇", "奖", "圆",
    # what is done to a body (visited, sued, helped, bought, set up) comes before its name
    # (广州参观金鹏集团, 办起桂光制衣有限公司), whatever tag the dictionary gives the verb
    "参观", "考察", "视察", "调研", "慰问", "检查", "看望", "拜访", "造访", "会晤", "接见", "宴请",
    "起诉", "控告", "状告", "投诉", "举报", "资助", "捐助", "捐赠", "援助", "收购", "兼并", "并购",
    "入股", "参股", "加盟", "入驻", "进驻", "落户", "办起", "创办", "兴办", "开办", "筹建", "组建",
    # a party to a case or a post held is a person (原告周村区法院, 后任靖边县团委书记)
    "原告", "被告", "后任", "继任", "同一个", "同一",
    # a kind of body in apposition before the name (最高学府哈佛大学, 母校北京大学)
    "学府", "母校", "名校",
    # who goes to a body is no part of its name (他的女儿大学毕业, 同龄人圆大学梦)
    "女儿", "儿子", "孩子", "子女", "同龄人", "考生", "学子", "家长",
    # a meeting convened by a body follows its name (在维也纳召开监督委员会会议): the meeting's
    # body is named after the verb
    "召开", "召集", "主持",
    # whom a government urges to act comes after the verb (浙江鼓励大学毕业生务农)
    "鼓励", "引导", "号召", "动员", "吸引", "推动", "要求", "帮助", "扶持",
    # the verbs that introduce examples come before the first one's name (企业包括苏宁云商集团
    # 股份有限公司、…): no body's name holds one
    "包括", "包含", "涵盖", "涉及", "例如", "比如", "诸如",
}
# the kinds of document whose title runs into the body that issues it where print lost the
# line between them (…考试实施办法上海市教育考试院): no word of a body's name ends in one
DOCUMENT_WORDS = ("办法", "通知", "条例", "细则", "通告", "公告")
# a numeral and a measure word right before a name: it is counted, so it names a category
# a name that opens with a count (集八所大学的优势: 八所 is also a town's name, 八所镇)
COUNTED_OPENING = re.compile(r"(?:[0-9]+|[两三四五六七八九十百千][零一二两三四五六七八九十百千]*)[家个所座支批]"
                             r"(?=[\u4e00-\u9fff]{2})")
COUNTED = re.compile(r"(?:[0-9]|[零一二两三四五六七八九十百千万几数多余])[家个所座支批]$")
STOP_TAGS = ("v", "p", "c", "u", "d", "r", "m", "q", "t", "f", "x", "y", "e", "o", "w", "a", "z")


@dataclass
class OrgHit:
    start: int
    end: int
    surface: str
    name: str            # canonical
    kind: str
    region: str | None
    aliases: set[str] = field(default_factory=set)


@dataclass
class OwnSentenceBody(OrgHit):
    """A body that runs the figures of the sentences naming it and no others: a country's
    government the text calls 政府 alone (see org_deictics), a place's authorities (台湾当局,
    伊拉克当局). The finders that read a body into sentences that do not name one (the lead's
    first, the one a section names most) pass them over: a story says 政府 or 当局 about what
    they decide, not about the figures it reports on its own."""


@dataclass
class CitedBody(OwnSentenceBody):
    """A body whose data or report the text cites (据海关统计, 根据奥维云网数据): the figures of
    the sentences citing it, and those of a story that names no other body (the story is the
    source's count: 据海关统计，1997年…。其中出口…)."""


@dataclass
class ItemBrand(OwnSentenceBody):
    """The brand that opens an item of a shopping list (①GIVENCHY logo印花连帽衫 售价约5720元):
    the price of its own item is its, up to ``item_end``, and nothing else (the page runs on
    without a full stop into the next item or a paragraph about something else)."""
    item_end: int = 0


ORDINAL = re.compile(r"第[一二三四五六七八九十百0-9]+")


# the segmenter's tags of the words a name is made of: names, and the words a name may hold
NAME_TAGS = ("ns", "nt", "nz", "nrt", "j", "nr")
NAME_WORD_TAGS = ("vn", "nr", "nz", "nt", "ns", "j", "an", "n", "nrt", "ng", "nrfg", "l", "s", "zg")


PLACE_OR_NAME = ("ns", "nt", "nz", "j")
LEVEL_CHARS = set("省市县区乡镇村")


# kinds of names ending in a learned head, by their last characters (分公司, 农商银行, 出版社)
_KIND_ENDINGS = (
    ("company", ("公司", "集团", "厂", "企业")), ("bank", ("银行", "信用社")),
    ("hospital", ("医院", "卫生院")), ("school", ("大学", "学院", "学校", "中学", "小学")),
    ("media", ("报社", "日报", "晚报", "晨报", "早报", "商报", "时报", "周报", "青年报", "都市报",
               "电视台", "广播电台", "通讯社", "出版社", "杂志社")),
    ("union", ("工会",)),
    ("government", ("部", "局", "厅", "署", "委", "委员会", "办公室", "政府", "法院", "检察院")),
)
GROUP_HEADS = ("队", "代表团", "访问团", "考察团")
# class nouns: 单位工会, 企业工会, 开发区工会 name a kind of body, not one body
CLASS_NOUNS = {"单位", "基层", "企业", "机关", "事业单位", "企事业单位", "开发区", "园区", "乡镇",
               "街道", "社区", "村", "学校", "行业", "县市区", "县区", "各级", "地方", "外国", "国外",
               "国内", "中小", "大型", "小型", "民营", "私营", "国有", "外资", "合资", "股份制"}


# words that, alone before a head, say what kind of body it is (商业银行, 外国公司, 私立大学)
CLASS_MODIFIERS = CLASS_NOUNS | {"商业", "外国", "债权", "网上", "地方", "民间", "私人", "私立", "公立",
                                 "民办", "公办", "政策性", "城市", "农村", "各", "该", "这家", "一家",
                                 "有关", "主要", "其他", "其它",
                                 # a rank or a standing, not a name (国家重点实验室, 世界一流大学)
                                 "国家重点", "重点", "世界一流", "一流", "知名", "著名", "名牌"}


@lru_cache(maxsize=4096)
def kind_of(name: str) -> str:
    """The kind of body a name is, by its head: kept, as the same names (新华社, 外交部) come
    back article after article."""
    if name.endswith(PRESS_OFFICES):
        return "media"
    for n in range(min(len(name), 8), 0, -1):
        if name[-n:] in HEADS:
            return HEADS[name[-n:]]
    return next((kind for kind, ends in _KIND_ENDINGS if name.endswith(ends)), "other")


# 卫生部康复中心, 中科院高能物理所, 浙江美术学院国画系: a unit of a body is named after it
UNIT_HEADS = ("系", "所", "处", "科", "室", "办", "中心", "部", "局", "厅", "署", "司", "组", "分行",
              "分公司", "分局", "分会", "支部", "党委", "委员会", "学院", "医院", "政治局", "书记处",
              "办公厅", "研究院", "研究所", "事务所", "办事处", "代表处", "工会", "团委",
              # 歌剧院芭蕾舞团: a company of performers a body keeps (a team or delegation
              # named after a body is a group of its people, see GROUP_HEADS)
              "舞团", "剧团", "乐团", "合唱团", "艺术团", "总行", "编辑部")


# a body's branches, named with the place they serve between the body and the head
BRANCH_HEADS = {"分行", "支行", "分公司", "分局", "分会", "办事处", "代表处", "分院", "分校"}
# words ending in a unit head that name no unit: how much of a body (该厂全部职工, 局部),
# its people (干部) or an abstraction (关系, 体系)
NO_UNIT = {"全部", "局部", "干部", "关系", "体系", "内部", "部署", "总部", "结合部"}  # (部署: a deployment)
# (and the words made with them: 离休干部, 社会关系, 管理体系 are no units either)
NO_UNIT_ENDS = tuple(sorted(NO_UNIT))
