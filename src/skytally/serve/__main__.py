"""`python -m skytally.serve`: the same as `skytally serve`."""
import typer

from ..cli_serve import register

app = typer.Typer(add_completion=False, context_settings={"help_option_names": ["-h", "--help"]})
register(app)

if __name__ == "__main__":
    app(prog_name="skytally serve")
