"""Measure words: how each is written, the base unit it is stored as, and its dimension.

Figures are stored in base units so that sums and comparisons work across articles: ``名`` and
``位`` count people like ``人``; ``亿元``/``万元``/``块钱`` are all ``元``; ``场次`` is ``场``;
``个年头`` is ``年``; ``成`` is ten per cent. The multiplier words (万, 亿) are part of the
numeral and are applied by the figure finder; ``normalize_unit`` also accepts them in front of a
unit (``万人次``) for callers that hold a unit written that way.

``UNITS`` (base unit -> dimension) fills the ``units`` table of the database; ``FORMS`` lists
every written form the figure finder recognises.
"""
from __future__ import annotations

from .currencies import currency_words, named_currencies
from .numbers import MULTIPLIERS

# base unit -> dimension (see records.DIMENSIONS)
UNITS: dict[str, str] = {}
# written form -> (base unit, factor applied to the value)
FORMS: dict[str, tuple[str, float]] = {}


def _add(dimension: str, *bases: str, **aliases: str) -> None:
    for b in bases:
        UNITS[b] = dimension
        FORMS[b] = (b, 1.0)
    for form, base in aliases.items():
        UNITS.setdefault(base, dimension)
        FORMS[form] = (base, 1.0)


_add("currency", "元", "美元", "欧元", "日元", "港元", "英镑", "澳元", "加元", "韩元", "新台币",
     "卢布", "马克", "法郎", "里拉", "比索", "卢比", "铢", "盾", "埃镑", "林吉特", "兰特", "美分",
     "新元", "澳门元", "第纳尔", "先令", "克朗", "雷亚尔", "里亚尔", "迪拉姆", "卢比亚", "坚戈",
     "埃居", "图格里克", "玻利瓦尔", "新西兰元",
     块钱="元", 元钱="元", 元人民币="元", 人民币="元", 美金="美元", 港币="港元", 泰铢="铢",
     元港币="港元", 元新台币="新台币", 台币="新台币", 元澳门币="澳门元",
     日圆="日元", 欧分="欧元", 澳币="澳元", 加币="加元", 日币="日元", 韩币="韩元", 新币="新元",
     # (CLDR names the rupiah 印度尼西亚卢比; the papers write 印尼盾, 34 times in the corpora)
     印度尼西亚盾="印尼盾")
_add("currency", "印尼盾")
_add("person", "人", 名="人", 位="人", 个人="人")
_add("person_time", "人次")
_add("count", "个", "家", "所", "户", "件", "件次", "项", "场", "次", "张", "条", "支", "批", "台",
     "辆", "枚", "篇", "份", "种", "类", "组", "期", "副", "座", "栋", "幢", "间", "套", "本", "册",
     "部", "架", "架次", "艘", "列", "只", "头", "匹", "株", "棵", "颗", "粒", "根", "块", "片", "盏",
     "门", "处", "轮", "起", "宗", "单", "笔", "例", "款", "首", "幅", "封", "包", "袋", "箱", "盒",
     "瓶", "桶", "票", "股", "席", "层", "趟", "顶", "锭", "章", "页", "眼", "集", "卷", "尾", "尊",
     "对", "双", "口", "餐", "顿", "剂", "针", "家次", "户次", "例次", "车次", "班次", "航次", "台次",
     "项次", "批次", "节", "堂", "课时", "学时", "圈", "级", "桌", "盘", "杯", "碗", "辆次", "站",
     "所次", "帧", "面", "挺", "艘次", "台套", "宗次", "床", "枝", "羽", "发", "队", "盆", "扇", "道", "遍",
     "省", "市", "县", "村", "镇", "省市", "省区", "地市", "县市", "市县", "区县", "人份", "字", "勺", "汤匙", "茶匙", "朵", "步",
     "滴", "罐",
     "题", 道题="题", 个字="字", 场次="场", 张床位="张", 个床位="张", 床位="张", 届次="届",
     部门="个",
     # (分为五大类: the kinds counted, not an epithet, 四大发明, which names a set)
     大类="类",
     # a basketball player's line (19分8篮板5助攻6失误): rebounds, assists, steals, blocks and
     # turnovers, each its own unit, as most readers write them down (8 篮板 and 5 助攻 are never
     # added up as 个); with 个 or 次 written (16个篮板, 3次失误) the measure word is the unit
     篮板="篮板", 助攻="助攻", 抢断="抢断", 盖帽="盖帽", 封盖="盖帽", 失误="失误")
_add("ratio", "%", "百分点", "‰", "比例", "基准点", "基点", 个百分点="百分点", 个基准点="基准点",
     个基点="基点")
_add("multiple", "倍")
_add("duration", "年", "个月", "天", "周", "小时", "分钟", "秒", "工作日", "晚",
     个年头="年", 年头="年", 个星期="周", 星期="周", 个礼拜="周", 个小时="小时", 个钟头="小时",
     钟头="小时", 秒钟="秒", 个季度="季度", 个周="周", 个工作日="工作日", 个多月="个月", 个余月="个月",
     个半月="个月", 个多小时="小时", 个半小时="小时", 个多钟头="小时", 个半钟头="小时",
     # a sports season, counted (两个赛季, 半个赛季; 2017赛季 and 本赛季 name one)
     个赛季="赛季",
     # years told as the seasons they ran through (走过了105个春秋, 十个寒暑过去了)
     个春秋="年", 个寒暑="年")
_add("age", "岁", 周岁="岁", 虚岁="岁")
FORMS["旬"] = ("岁", 10.0)  # 年过六旬, 八旬老人: tens of years of age (figures.py: 四旬 to 九旬 only)
_add("area", "平方米", "平方公里", "亩", "公顷", "平方英里", "平方分米", "平方厘米", "平方毫米",
     平米="平方米", 平方千米="平方公里", 平方="平方米")
# The Latin symbols web pages write (350ml, 25g, 140mmHg, 220V, 4L) are the units they stand
# for; not the letters that name other things as often (5G networks, 6T phones, 410m), nor a
# symbol after a space. L is a litre only where no Chinese word runs on from it (figures.py:
# 316L不锈钢 is a steel, 12L组 a class of race cars).
_add("length", "米", "公里", "厘米", "毫米", "微米", "纳米", "英尺", "英寸", "英里", "海里",
     "华里", "里", "尺", "寸", "光年", 千米="公里", km="公里", cm="厘米", mm="毫米", nm="纳米",
     **{"km/h": "公里/小时"})
_add("weight", "吨", "公斤", "克", "斤", "毫克", "微克", "盎司", "磅", "担", 千克="公斤", 市斤="斤",
     kg="公斤", Kg="公斤", KG="公斤", g="克", mg="毫克", μg="微克", ug="微克")
_add("other", "立方米", "立方厘米", "立方毫米", "立方千米", "升", "毫升", "千卡", "大卡", "卡路里", "千瓦时", "千瓦", "瓦", "兆瓦", "吉瓦", "度", "千伏", "伏", "千伏安", "毫瓦", "毫安",
     "℃", "马力", "赫兹", "兆赫", "分贝", "标准箱", "标箱", "毫米汞柱",
     # a phone's, a computer's or an electric car's specifications (8GB, 3700mAh, 81kWh, 1600万像素)
     # and a blood test's concentrations (6.1毫摩/升, 6.1mmol/L)
     "毫安时", "像素", "毫摩尔/升", "GB", "TB", "MB",
     **{"°C": "℃", "摄氏度": "℃", "ml": "毫升", "mL": "毫升", "ML": "毫升", "L": "升", "mmHg": "毫米汞柱",
        "kcal": "千卡", "Kcal": "千卡", "V": "伏", "kV": "千伏", "KV": "千伏", "MHz": "兆赫",
        "Hz": "赫兹", "°": "度", "mAh": "毫安时", "kWh": "千瓦时", "KWh": "千瓦时",
        "毫摩/升": "毫摩尔/升", "mmol/L": "毫摩尔/升", "mmol/l": "毫摩尔/升"})
# 德国马克, 瑞士法郎, 俄罗斯卢布: a currency named with its country (CLDR's names, see currencies)
for _name in named_currencies():
    UNITS.setdefault(_name, "currency")
    FORMS.setdefault(_name, (_name, 1.0))
# 7000列伊, 50万兹罗提, 3亿福林: CLDR's own words for money (currencies.py), written after a
# number; those of one character (元, 币) only where listed above
for _name in currency_words():
    if len(_name) >= 2:
        UNITS.setdefault(_name, "currency")
        FORMS.setdefault(_name, (_name, 1.0))
# 球 as goals scored (打进两球): a unit of its own, never a form (the figure finder reads it
# only after a verb of scoring)
UNITS["球"] = "count"
# 分 as a score (考了95分): a unit of its own, though not a form (9时30分 is a clock's minute; the
# figure finder decides from the clause)
UNITS["分"] = "other"
# 点 as an index's points (指数下跌10.5点): the same, decided from the sentence
UNITS["点"] = "other"
# 成 is a tenth: 八成 -> 80 %.
FORMS["成"] = ("%", 10.0)

# Measure words that follow a numeral without making a quantity: calendar and clock words,
# ordinal-like words (届, 版, 号, 路) and anniversaries. Recognised so that the longest written
# form wins (周年 is not 周 followed by 年) and then rejected.
NON_QUANTITY = frozenset((
    "年代", "周年", "届", "版", "号", "号线", "路", "时", "点", "点钟", "分", "日", "月", "月份",
    "年级", "年度", "世纪", "季度", "中全会", "次会议", "次全会", "代",
    "楼", "号楼", "期间", "时许", "秒钟前",
))


def normalize_unit(form: str) -> tuple[str, float]:
    """Base unit and value factor of a written measure word.

    ``万人次`` -> ('人次', 1e4), ``名`` -> ('人', 1), ``元/平方米`` -> ('元/平方米', 1);
    an unknown word is kept as written.
    """
    form = form.strip()
    if form in FORMS:
        return FORMS[form]
    if "/" in form:
        a, _, b = form.partition("/")
        (ua, fa), (ub, _) = normalize_unit(a), normalize_unit(b)
        return f"{ua}/{ub}", fa
    i = 0
    while i < len(form) - 1 and form[i] in MULTIPLIERS:
        i += 1
    if i and form[i:] in FORMS:
        factor = 1.0
        for c in form[:i]:
            factor *= MULTIPLIERS[c]
        base, f = FORMS[form[i:]]
        return base, factor * f
    return form, 1.0


# What a measure of length, weight, area or anything else physical is stored as when the text
# writes it another way: the metres, kilometres and square metres every reader writes (千米, km,
# 平米 become 公里 and 平方米, as 名 becomes 人); any other such unit is kept as printed (kg,
# cm, 千克, 摄氏度, V, ml), since a reader copies a symbol or a synonym as it stands and no sum
# is lost: ``units.same_as`` in the database names the unit it equals. Counts, people, time,
# shares and money are always their base unit (个星期 is 周, 美金 is 美元).
_READERS_MEASURES = frozenset(("米", "公里", "平方米", "亩"))
_PHYSICAL = frozenset(("length", "weight", "area", "other"))
# one symbol typed several ways is one written form (°C is ℃, KG is kg)
_TYPED_AS = {"°C": "℃", "Kg": "kg", "KG": "kg", "mL": "ml", "ML": "ml", "KV": "kV", "KWh": "kWh",
             "mmol/l": "mmol/L", "ug": "μg"}


def stored_unit(form: str | None, unit: str) -> str:
    """The unit a figure is stored with, given its measure word as written and its base unit
    (see ``_READERS_MEASURES``)."""
    if form is None or form == unit or form not in FORMS or FORMS[form][0] != unit \
            or FORMS[form][1] != 1.0 or unit in _READERS_MEASURES or UNITS.get(unit) not in _PHYSICAL:
        return unit
    return _TYPED_AS.get(form, form)


def same_as(unit: str) -> str | None:
    """The base unit a unit stored as written equals (kg: 公斤), None for a base unit."""
    base = FORMS[unit][0] if unit in FORMS and FORMS[unit][1] == 1.0 else unit
    return base if base != unit else None


def canonical(form: str) -> str:
    """The base unit a written measure word is stored as."""
    return normalize_unit(form)[0]


def dimension_of(unit: str) -> str:
    """Dimension of a base unit (or of any written form); ``other`` when unknown."""
    if unit in UNITS:
        return UNITS[unit]
    base = canonical(unit)
    if base in UNITS:
        return UNITS[base]
    return "other"
