"""How failures inside a loaded article are told and counted."""
import pandas as pd

from analysis.extraction import problems


def _raised() -> ValueError:
    try:
        raise ValueError("bad span")
    except ValueError as exc:
        return exc


def test_describe_names_the_exception_its_message_and_where_it_was_raised():
    said = problems.describe(_raised())
    assert said.startswith("unexpected ValueError: bad span (in test_problems.py:")


def test_tell_adds_a_row_only_when_given_a_list():
    told: list[dict] = []
    problems.tell(told, "claim", 'the figure "40" was left out', _raised())
    problems.tell(None, "claim", "nowhere to tell", _raised())
    assert [r["stage"] for r in told] == ["claim"]
    assert told[0]["message"].startswith('the figure "40" was left out: unexpected ValueError')


def test_skipped_files_and_left_out_figures_are_counted_apart():
    errors = pd.DataFrame({"path": ["a.txt", "b.pdfx", "b.pdfx", "c.txt", "c.txt"],
                           "stage": ["claim", "read", "decode", "claim", "date"],
                           "message": ["m"] * 5})
    assert problems.skipped_and_left_out(errors) == (1, 3)
    assert problems.skipped_line(errors) == (
        "1 file skipped · 3 figures or dates left out (listed with the files skipped)")
    assert problems.skipped_line(errors.iloc[1:2]) == "1 file skipped"
    assert problems.skipped_line(errors.iloc[:0]) == "0 files skipped"


def test_a_row_is_told_as_left_out_or_skipped_by_its_stage():
    assert [problems.skip_word(s) for s in ("claim", "date", "read", "duplicate")] == [
        "left out", "left out", "skipped", "skipped"]
