"""A phone's, a computer's or an electric car's specifications and a blood test's concentrations
are figures a reader writes down: memory and storage (8GB, 256GB, and 6GB+128GB, two sizes
joined by +), a battery (3700mAh, 81kWh), a camera (1600万像素), blood sugar (6.1毫摩/升,
7.8mmol/L). A + between other numbers still makes a formula or a name (3+N), and a lone letter
a model (5G). Sentences written for this test."""
from minsheng.etl.figures import extract_figures


def found(text):
    return [(f.surface, f.value, f.value_max, f.unit) for f in extract_figures(text)]


def test_memory_storage_battery_and_camera():
    assert found("新机配备8GB内存+256GB存储，电池容量3700mAh，前置1600万像素摄像头。") == [
        ("8GB", 8, None, "GB"), ("256GB", 256, None, "GB"), ("3700mAh", 3700, None, "mAh"),
        ("1600万像素", 16_000_000, None, "像素")]


def test_two_sizes_joined_by_plus():
    assert found("另有6GB+128GB版本，售价2999元。") == [
        ("6GB", 6, None, "GB"), ("128GB", 128, None, "GB"), ("2999元", 2999, None, "元")]


def test_an_electric_cars_battery():
    assert found("这款车的电池容量为81kWh。") == [("81kWh", 81, None, "kWh")]


def test_blood_sugar():
    assert found("空腹血糖正常值为3.2~6.1毫摩/升，餐后不能超过7.8mmol/L。") == [
        ("3.2~6.1毫摩/升", 3.2, 6.1, "毫摩/升"), ("不能超过7.8mmol/L", 7.8, None, "mmol/L")]


def test_plus_between_other_numbers_is_no_pair_of_figures():
    assert found("学校推行3+N模式，5G网络覆盖全校。") == []
