"""The sentence bank (bench/bank): kinds and sources on sentences the rules were not tuned on.

The bank was written before any rule change and split in two halves; rules were tuned on
the ``tune`` half only. The floors sit a little below what the extractor measured on each
half when they were set (see bench/RESULTS.md, "Kinds and sources").
"""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import kinds_bank  # noqa: E402

FLOORS = {
    # untuned: kind 0.767, attribution 0.955; now 0.965, 0.985
    "tune": {"kind_acc": 0.96, "attribution_acc": 0.98, "qualifier_acc": 0.98, "found": 0.99},
    # untuned: kind 0.730, attribution 0.926; now 0.859, 0.959 (0.828 while a release of a
    # nationality, "Iran released 5 Americans", was kept ``released``; the bank, the seeds' key
    # and the convention label it ``foreign_nationals``)
    "held": {"kind_acc": 0.855, "attribution_acc": 0.95, "qualifier_acc": 0.98, "found": 0.99},
}


@pytest.fixture(scope="module")
def passages():
    return kinds_bank.read_bank()


def test_bank_is_large_and_varied(passages):
    assert sum(len(p.figures) for p in passages) >= 300
    assert len({p.story for p in passages}) >= 6
    halves = {h: [p for p in passages if p.half == h] for h in ("tune", "held")}
    assert all(len(v) >= 140 for v in halves.values())


@pytest.mark.parametrize("half", sorted(FLOORS))
def test_bank_half_meets_its_floors(passages, half):
    res = kinds_bank.score([p for p in passages if p.half == half])
    below = {k: round(res[k], 3) for k, floor in FLOORS[half].items() if res[k] < floor}
    assert not below, f"{half} below its floors: {below}\n" + "\n".join(res["diag"])


def test_a_malformed_bank_line_names_its_file(tmp_path):
    (tmp_path / "bad.txt").write_text("Ten were freed.\n= 10 | exact | released\n",
                                      encoding="utf-8")
    with pytest.raises(ValueError, match="bad.txt:2"):
        kinds_bank.read_bank(tmp_path)
