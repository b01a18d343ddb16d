"""A village a story walks into or points at is the place of what is told there: 全村 (and 该村,
本村) is the village named last before it, when no other place was named since; a paragraph that
opens by walking into a village (走进北庄村, 我们来到…村) sets the scene of the paragraphs after it
that name no place. A village written as a kind (原是个远近闻名的老大难村) names none. Sentences
written for this test."""
from minsheng.etl.entities.regions import find_regions
from minsheng.etl.pipeline import process_text


def regions(text: str) -> dict[str, str | None]:
    doc = process_text(text)
    return {f.surface: f.region for a in doc.articles for f in a.figures}


def test_the_whole_village_named_before():
    got = regions("山区农民富起来\n本报记者王明\n河北省平山县今年农民收入增长较快。\n"
                  "在西柏坡镇，记者见到了北庄村的党支部书记。他告诉记者：“全村今年人均收入达到"
                  "２８００元。”\n")
    assert got["2800元"] == "130131|西柏坡镇北庄村"


def test_not_when_another_place_was_named_since():  # (guard)
    got = regions("山区农民富起来\n本报记者王明\n我们来到河北省平山县西柏坡镇北庄村。\n"
                  "平山县前进庄是靠办学起家的，全村今年人均收入达到２８００元。\n")
    assert got["2800元"] != "130131|西柏坡镇北庄村"


def test_the_scene_a_paragraph_walks_into():
    got = regions("山区农民富起来\n本报记者王明\n１月５日，我们来到河北省平山县西柏坡镇。这里的变化很大。\n"
                  "走进北庄村，一排排新房整齐地排列着。\n"
                  "村支书说：“今年人均收入达到２８００元，比去年增加５００元。”\n")
    assert got["2800元"] == "130131|西柏坡镇北庄村"
    assert got["500元"] == "130131|西柏坡镇北庄村"


def test_a_village_of_a_kind_is_no_place():
    local = [h.surface for h in find_regions("平山县北庄村原是个远近闻名的老大难村。") if h.form == "local"]
    assert local == ["北庄村"]
