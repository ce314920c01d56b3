import pytest

from xinfang_desktop.domain.pinyin import initials_variants, looks_like_initials, name_initials


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("张三", "zs"),
        ("王小明", "wxm"),
        ("曾国藩", "zgf"),
        ("曾", "z"),
        ("单田芳", "stf"),
        ("解放", "xf"),
        ("万俟卨", "mqx"),
        ("Tom李", "toml"),
        ("  李四 ", "ls"),
        ("", ""),
    ],
)
def test_usual_initials(name, initials):
    assert name_initials(name) == initials


def test_surname_reading_comes_first_and_other_readings_follow():
    variants = initials_variants("曾国藩")
    assert variants[0] == "zgf"
    assert "cgf" in variants


def test_polyphonic_given_name_offers_every_reading():
    variants = initials_variants("乐乐")
    assert variants[0] == "yl"
    assert {"ll", "yy"} <= set(variants)
    assert len(variants) == len(set(variants))


def test_variants_are_capped():
    assert len(initials_variants("乐乐乐乐乐乐乐乐")) <= 8


def test_only_latin_letters_look_like_initials():
    assert looks_like_initials("zs")
    assert not looks_like_initials("张s")
    assert not looks_like_initials("138")
    assert not looks_like_initials("")
