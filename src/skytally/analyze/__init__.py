"""Analyze: what the store's attacks add up to, and how they compare with the reference.

    stats(attacks, by, cls) / records(attacks, cls)   totals, rates, "largest since ..."
    export(attacks, fmt, out)                         csv | parquet | json | kaggle
    import_kaggle(path, store)                        the reference dataset as a source of its own
    crosscheck(ours, reference)                       night-by-night agreement
    attack_detail(store, id)                          one attack, every figure with its sentence
"""
from .crosscheck import CrosscheckResult, Disagreement, crosscheck
from .export import FLAT_COLUMNS, FORMATS, export, flat_row, kaggle_rows, to_text
from .kaggle import KAGGLE_COLUMNS, KaggleImportSummary, import_kaggle, read_models_table, weapon_class
from .show import attack_detail, summary_row
from .stats import (INTERCEPTION_RATE, NEUTRALIZATION_RATE, RECORD_DEFINITION, PeriodStats, Record, StatsReport,
                    all_records, latest_record, records, stats, stats_report, store_start)
from .values import value

__all__ = ["FLAT_COLUMNS", "FORMATS", "INTERCEPTION_RATE", "KAGGLE_COLUMNS", "NEUTRALIZATION_RATE",
           "RECORD_DEFINITION", "CrosscheckResult", "Disagreement", "KaggleImportSummary", "PeriodStats", "Record", "StatsReport",
           "all_records", "attack_detail", "crosscheck", "export", "flat_row", "import_kaggle", "kaggle_rows", "latest_record",
           "read_models_table", "records", "stats", "stats_report", "store_start", "summary_row", "to_text", "value", "weapon_class"]
