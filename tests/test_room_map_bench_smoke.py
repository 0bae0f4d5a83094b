"""A tiny run of the shared-map benchmark: it produces every figure and every
phone gets every card and link. Benchmarks are not tests, so no time is asserted."""

from benchmarks import room_map


def test_tiny_shared_map_run_delivers_everything(qtbot, monkeypatch, tmp_path):
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(room_map, "ACTION_S", 0.5)
    figures = room_map.run(watchers=3, active=1, cards=40, seconds=2.0)
    assert figures["cards_added"] >= 1 and figures["links_added"] >= 1
    assert figures["deliveries"] == 3 * (figures["cards_added"] + figures["links_added"])
    assert figures["deliveries_missed"] == 0
    assert figures["full_states_sent"] == 6  # one at connect and one at the step change, each
    assert figures["poll_whole_map_bytes_per_min"] > figures["of_which_deltas_per_min"] > 0
    assert figures["stall_ms_p99"] is not None and figures["latency_ms_p95"] is not None
