"""The hardware fit of catalogue models not yet downloaded, their expected speed, and the recommendation."""
from assistant.models.downloads import CatalogueEntry, load_catalogue
from assistant.models.fit import (
    Machine,
    Verdict,
    catalogue_parameters,
    catalogue_size_bytes,
    expected_tokens_per_s,
    recommend,
)

GB = 1024**3


def entry(name: str, size: str) -> CatalogueEntry:
    return CatalogueEntry(name.lower().replace(" ", "-"), name, "http://127.0.0.1/x.gguf", "x.gguf", size, None,
                          "MIT", "a model")


def test_size_and_parameters_are_read_from_the_catalogue_text():
    assert catalogue_size_bytes(entry("Qwen 0.5B", "0.4 GB")) == int(0.4 * GB)
    assert catalogue_size_bytes(entry("Tiny 135M", "650 MB")) == 650 * 1024**2
    assert catalogue_parameters(entry("Llama 3.2 1B Instruct", "0.8 GB")) == 1_000_000_000
    assert catalogue_parameters(entry("SmolLM2 135M", "0.1 GB")) == 135_000_000
    assert all(catalogue_parameters(e) > 0 and catalogue_size_bytes(e) > 0 for e in load_catalogue())


def test_speed_grows_with_cores_up_to_the_memory_bandwidth_and_falls_with_size():
    small, large = expected_tokens_per_s(int(0.4 * GB), 4), expected_tokens_per_s(int(1.1 * GB), 4)
    assert small > large > 0
    assert expected_tokens_per_s(GB, 2) < expected_tokens_per_s(GB, 4)
    assert expected_tokens_per_s(GB, 64) == expected_tokens_per_s(GB, 128)  # the bandwidth cap
    # calibration: the bundled 98 MB model on 2 cores streams about 90 tokens/s (README)
    assert 70 < expected_tokens_per_s(98 * 1024**2, 2) < 110


def test_the_largest_model_that_fits_at_reading_speed_is_recommended_first():
    models = [entry("Small 0.5B", "0.4 GB"), entry("Medium 1.5B", "1.1 GB"), entry("Huge 70B", "40 GB")]
    roomy = Machine(32 * GB, 24 * GB, 8, gpu_offload=False)
    options = recommend(models, roomy)
    assert options[0].entry.name == "Medium 1.5B" and options[0].recommended
    assert [o.recommended for o in options].count(True) == 1
    assert options[-1].entry.name == "Huge 70B" and options[-1].fit.verdict is Verdict.WILL_NOT_FIT
    tight = Machine(2 * GB, int(1.2 * GB), 2, gpu_offload=False)
    fits = {o.entry.name: o.fit.verdict for o in recommend(models, tight)}
    assert fits["Small 0.5B"] is Verdict.FITS and fits["Medium 1.5B"] is Verdict.WILL_NOT_FIT
    assert recommend(models, tight)[0].entry.name == "Small 0.5B"
    assert not any(o.recommended for o in recommend(models, Machine(GB, 100 * 1024**2, 2, False)))
