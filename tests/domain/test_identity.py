from datetime import date

import pytest

from xinfang_desktop.domain.identity import (
    id_check_digit,
    id_number_problem,
    is_valid_id_number,
    is_valid_phone,
    mask_id_number,
    mask_numbers_in_text,
    mask_phone,
    normalize_id_number,
    normalize_phone,
)

VALID_ID = "11010519491231002X"


def with_check_digit(first17: str) -> str:
    return first17 + id_check_digit(first17)


def test_known_valid_id_with_x_check_digit():
    assert id_check_digit(VALID_ID[:17]) == "X"
    assert is_valid_id_number(VALID_ID)


def test_lowercase_x_is_accepted_and_normalised():
    assert is_valid_id_number("11010519491231002x")
    assert normalize_id_number(" 110105 19491231002x ") == VALID_ID
    assert normalize_id_number("11010519491231002Ｘ") == VALID_ID


@pytest.mark.parametrize("wrong", "0123456789")
def test_every_wrong_check_digit_is_refused(wrong):
    number = VALID_ID[:17] + wrong
    assert not is_valid_id_number(number)
    assert "校验位" in id_number_problem(number)


@pytest.mark.parametrize("length", [17, 19])
def test_wrong_length(length):
    number = (VALID_ID * 2)[:length]
    problem = id_number_problem(number)
    assert problem is not None
    assert "18 位" in problem.format(count=length)
    assert str(length) in problem.format(count=length)


@pytest.mark.parametrize(
    "birth",
    ["20230229", "19491331", "19490230", "19490100", "20000431"],
    ids=["feb29-non-leap", "month13", "feb30", "day0", "apr31"],
)
def test_impossible_birth_dates(birth):
    number = with_check_digit("110105" + birth + "002")
    assert id_number_problem(number) == "身份证号中的出生日期不存在"


def test_feb_29_of_a_leap_year_is_fine():
    assert id_number_problem(with_check_digit("11010520000229002")) is None


def test_birth_in_the_future_or_before_1900():
    future = with_check_digit("11010520300101002")
    assert id_number_problem(future, today=date(2026, 11, 22)) == "身份证号中的出生日期不合理"
    ancient = with_check_digit("11010518991231002")
    assert id_number_problem(ancient) == "身份证号中的出生日期不合理"


@pytest.mark.parametrize(
    "number", ["01010519491231002X", "1101051949123100XX", "11010519491231002Y"]
)
def test_letters_and_leading_zero_refused(number):
    assert "只能由数字组成" in id_number_problem(number)


def test_mask_id_keeps_first_and_last_four():
    assert mask_id_number("340123199001011234") == "3401**********1234"
    assert mask_id_number("") == ""
    assert mask_id_number("12345") == "*****"


@pytest.mark.parametrize(
    "phone",
    [
        "13800138000",
        "19912345678",
        "0533-2123456",
        "05332123456",
        "010-62345678",
        "2123456",
        "0533-2123456-801",
        "110",
        "12345",
        "95588",
        "400-123-4567",
    ],
)
def test_valid_phones(phone):
    assert is_valid_phone(phone)


@pytest.mark.parametrize(
    "phone",
    ["1380013800", "138001380001", "12800138000", "23800138000x", "0533-1234567", "abc", "1"],
)
def test_invalid_phones(phone):
    assert not is_valid_phone(phone)


def test_phone_normalisation():
    assert normalize_phone(" +86 138 0013 8000 ") == "13800138000"
    assert normalize_phone("0533－2123456") == "0533-2123456"


def test_phone_masking():
    assert mask_phone("13800138000") == "138****8000"
    assert mask_phone("0533-2123456") == "********3456"
    assert mask_phone("110") == "110"
    assert mask_phone("") == ""


def test_numbers_written_into_free_text_are_masked_and_nothing_else():
    text = (
        "家长张三 13800138000，身份证11010519491231002x；另一位 +8613912345678，"
        "办公室 0551-6512345；信访〔2026〕第012号，2026年11月23日约谈"
    )
    assert mask_numbers_in_text(text) == (
        "家长张三 138****8000，身份证1101**********002X；另一位 139****5678，"
        "办公室 ********2345；信访〔2026〕第012号，2026年11月23日约谈"
    )
