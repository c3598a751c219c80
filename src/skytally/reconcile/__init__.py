"""Reconcile: many single-document reports -> one record per attack, conflicts kept.

    reconcile(reports)        group by dataset/attacker/target/date, choose each field
                              by the documented rules (rules.py), keep every other value
    check_accounting(attack)  launched >= outcomes, neutralized = destroyed + suppressed,
                              classes not above totals (accounting.py)
    source_rank(source, title) the data-driven source ranking (sources.py)
"""
from .accounting import Flag, check_accounting
from .paths import figure_paths, join_path, set_figure, split_path
from .rules import (RULES, Choice, Conflict, ReconciledAttack, ReportSourceInfo, attack_id, reconcile,
                    report_attack_id)
from .sources import AGENCY, OFFICIAL, RANK_NAMES, REPRINT, is_update, sentence_around, source_rank

__all__ = ["AGENCY", "OFFICIAL", "RANK_NAMES", "REPRINT", "RULES", "Choice", "Conflict", "Flag", "ReconciledAttack",
           "ReportSourceInfo", "attack_id", "check_accounting", "figure_paths", "is_update", "join_path",
           "reconcile", "report_attack_id", "sentence_around", "set_figure", "source_rank", "split_path"]
