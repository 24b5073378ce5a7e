"""[websub] in the config: off by default, and a bad value stops start-up naming the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from feedd.config import WebSubSettings, load_config
from feedd.errors import ConfigError


def config_with(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "feedd.toml"
    path.write_text(text)
    return path


def test_without_the_table_the_hub_is_off_and_advertised_nowhere(tmp_path: Path) -> None:
    websub = load_config(config_with(tmp_path, "")).websub
    assert websub == WebSubSettings() and not websub.is_active


def test_an_enabled_hub_keeps_its_allow_list_in_lower_case(tmp_path: Path) -> None:
    text = (
        '[websub]\nenabled = true\nallowed_callbacks = ["Reader.Example", "10.8.0.0/16"]\n'
        "max_subscriptions = 50\nmax_lease_s = 86400\ndefault_lease_s = 3600\n"
    )
    websub = load_config(config_with(tmp_path, text)).websub
    assert websub.allowed_callbacks == ("reader.example", "10.8.0.0/16")
    assert (websub.max_subscriptions, websub.max_lease_s, websub.default_lease_s) == (
        50,
        86400,
        3600,
    )
    assert websub.is_active


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("enabled = true", "websub.allowed_callbacks: must name at least one host or network"),
        ('enabled = "yes"', "websub.enabled: must be true or false, not a string"),
        ("allowed_callbacks = [1]", "websub.allowed_callbacks[0]: must be a string"),
        (
            'allowed_callbacks = ["a.example", "10.0.0.1/8"]',
            "websub.allowed_callbacks[1]: '10.0.0.1/8': not an address or network",
        ),
        ('allowed_callbacks = ["0.0.0.0/0"]', "admits every address"),
        ('allowed_callbacks = ["a b"]', "not a host name, *.domain, address or CIDR network"),
        ("max_subscriptions = 0", "websub.max_subscriptions: 0 is not allowed"),
        ("max_concurrent_deliveries = 100", "websub.max_concurrent_deliveries: 100 is not"),
        ("default_lease_s = 60", "websub.default_lease_s: 60 must lie between min_lease_s"),
        ("retry_initial_s = 60.0\nretry_max_s = 30.0", "websub.retry_max_s: 30.0 is below"),
        ('external_hub = "hub.example"', "websub.external_hub: 'hub.example' is not an http"),
        ("lease_seconds = 5", "websub.lease_seconds: unknown key"),
    ],
)
def test_a_bad_websub_value_names_the_key_and_the_fault(
    tmp_path: Path, text: str, message: str
) -> None:
    with pytest.raises(ConfigError, match=r"feedd\.toml: ") as caught:
        load_config(config_with(tmp_path, f"[websub]\n{text}\n"))
    assert message in str(caught.value)


def test_an_external_hub_alone_is_advertised_without_a_hub_of_our_own(tmp_path: Path) -> None:
    text = '[websub]\nexternal_hub = "https://hub.example/"\n'
    websub = load_config(config_with(tmp_path, text)).websub
    assert not websub.enabled and websub.is_active
