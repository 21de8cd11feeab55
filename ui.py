"""The chat window: `python ui.py [--port N] [--host H] [--index DIR] [--auth USER:PASSWORD]`.

The same as `rag ui`; the app itself is rag/ui.py, so an installed `rag` has it too.
"""

from rag.cli import ui as chat_window

if __name__ == "__main__":
    chat_window(prog_name="ui.py")
