"""The harness itself: a plain notebook runs in JupyterLab and its output is read back."""

import pytest
from lab_page import cell_output_text, kernel_json, open_notebook, run_all

pytestmark = pytest.mark.browser


def test_plain_notebook_runs_and_kernel_answers(page, jupyter_server, make_notebook, console_log):
    name = make_notebook(["print(1 + 1)", "x = [3, 4]\nprint(sum(x) * 10)"])
    open_notebook(page, jupyter_server, name)
    run_all(page)
    assert cell_output_text(page, 0).strip() == "2"
    assert cell_output_text(page, 1).strip() == "70"
    # A value computed only in the kernel, returned through a newly run cell.
    assert kernel_json(page, "{'x': x, 'pow': 7 ** 5}") == {"x": [3, 4], "pow": 16807}
    assert console_log.relevant() == []
