"""The ETA learns from the run: work (word pieces) per byte by kind, duplicates cost nothing, time per unit."""
from __future__ import annotations

from assistant.runtime.eta import FILE_UNITS, WorkEstimate

MB = 1048576


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def simulate(files, seconds_per_piece: float, seconds_per_file: float, check_at: float) -> tuple[float, float]:
    """Run a pretend index over `files` (key, kind, size, chunks); (estimate, truth) after `check_at` of them."""
    clock = FakeClock()
    estimate = WorkEstimate([(key, kind, size) for key, kind, size, _ in files], clock=clock)
    costs = [chunks * seconds_per_piece + seconds_per_file for *_, chunks in files]
    embedded = 0
    for n, (key, _kind, _size, chunks) in enumerate(files):
        if n == int(check_at * len(files)):
            return estimate.remaining_s(), sum(costs[n:])
        estimate.read(key, chunks)
        clock.now += costs[n]
        embedded += chunks
        estimate.embedded(embedded)
        estimate.saved(key)
    raise AssertionError("check_at must be below 1")


def mixed_folder() -> list[tuple[str, str, int, int]]:
    """PDFs (few chunks per byte), HTML pages, their text copies (duplicates: no chunks), in turn."""
    files = []
    for n in range(300):
        size = 20_000 + (n * 7919) % 200_000
        if n % 3 == 0:
            files.append((f"m{n}.pdf", "pdf", size * 10, size // 400))
        elif n % 3 == 1:
            files.append((f"p{n}.html", "html", size, size // 1200))
        else:
            files.append((f"p{n}.txt", "text", size // 2, 0))  # the same page again: embedded once
    return files


def test_nothing_to_go_on_gives_no_estimate():
    estimate = WorkEstimate([("a.pdf", "pdf", MB)], clock=FakeClock())
    assert estimate.remaining_s() is None
    assert estimate.fraction() == 0.0


def test_within_a_quarter_from_the_first_tenth_on_a_mixed_folder():
    for check_at in (0.1, 0.2, 0.5, 0.8):
        guess, truth = simulate(mixed_folder(), seconds_per_piece=0.02, seconds_per_file=0.01, check_at=check_at)
        assert abs(guess - truth) <= 0.25 * truth, (check_at, guess, truth)


def test_files_that_turn_out_to_be_duplicates_are_predicted_to_cost_little():
    clock = FakeClock()
    files = [(f"{n}.txt", "text", 100_000) for n in range(100)]
    estimate = WorkEstimate(files, clock=clock)
    for key, *_ in files[:10]:
        estimate.read(key, 0)  # each the copy of a page already indexed
        clock.now += 0.01
        estimate.saved(key)
    assert abs(estimate.remaining_s() - 0.9) < 0.05  # 90 more such files, not 90 x 100 KB of text to embed


def test_embedded_work_counts_before_its_file_is_saved():
    clock = FakeClock()
    estimate = WorkEstimate([("big.md", "markdown", 10 * MB), ("small.md", "markdown", MB)], clock=clock)
    estimate.read("big.md", 100_000)  # word pieces
    clock.now = 10.0
    estimate.embedded(50_000)  # half of the big file, nothing saved yet
    left = 50_000 + 10_000 + 2 * FILE_UNITS  # the rest of big.md, small.md as learned (10,000 per MB), two files
    assert abs(estimate.fraction() - 50_000 / (50_000 + left)) < 1e-9
    assert abs(estimate.remaining_s() - 10.0 * left / 50_000) < 1e-9


def test_a_failed_file_never_read_is_settled():
    clock = FakeClock()
    estimate = WorkEstimate([("a.txt", "text", MB), ("b.txt", "text", MB)], clock=clock)
    estimate.saved("a.txt")  # failed before anything was read
    assert estimate.fraction() < 0.01  # it cost nothing, and says nothing about the other text file
    estimate.read("b.txt", 10_000)
    clock.now = 5.0
    estimate.embedded(10_000)
    estimate.saved("b.txt")
    assert estimate.fraction() == 1.0 and estimate.remaining_s() == 0.0


def test_saving_a_window_file_by_file_never_sets_the_estimate_back():
    """A window's files are embedded together and then saved one by one: each save moves only that file's
    work from in flight to saved, so the fraction done only grows while the window is written."""
    clock = FakeClock()
    files = [(f"{n}.html", "html", 100_000) for n in range(20)]
    estimate = WorkEstimate(files, clock=clock)
    for key, *_ in files[:10]:
        estimate.read(key, 2_000)
    clock.now = 10.0
    estimate.embedded(20_000)  # the whole window of ten files
    fractions = [estimate.fraction()]
    for key, *_ in files[:10]:
        estimate.saved(key)
        fractions.append(estimate.fraction())
    assert fractions == sorted(fractions), fractions
    assert fractions[-1] - fractions[0] < 0.25  # only the ten files' fixed costs were added by saving them
