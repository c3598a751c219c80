"""The real seed page must extract exactly as ../shared/spec/examples expects."""

import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seeds" / "000_fa578f011582e471.txt"
EXPECTED = SHARED / "spec" / "examples" / "000_fa578f011582e471.expected.json"
CHECKER = SHARED / "tools" / "check_seed.py"
CLI = Path(sys.executable).parent / "skytally"


@pytest.mark.skipif(not CHECKER.exists(), reason="../shared is not beside this checkout")
def test_seed_page_passes_the_checker_exactly() -> None:
    result = subprocess.run([sys.executable, str(CHECKER), str(CLI), str(SEED), str(EXPECTED)],
                            capture_output=True, text=True, timeout=120)
    last = result.stdout.strip().splitlines()[-1]
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 wrong, 0 unexpected" in last and "date ok" in last and "regions ok" in last
