# Builds the one-folder Windows app into dist\editor-app\ (run from the repository root in
# PowerShell, with Python 3.11 on PATH). Cannot be built on the Linux CI; see packaging/README.md.
$ErrorActionPreference = "Stop"
# "Stop" covers PowerShell's own commands only: a program that fails (pip without network,
# PyInstaller) is checked by its exit code, else the build went on and packaged a broken app.
function Invoke-Step {
    param([scriptblock]$Step)
    & $Step
    if ($LASTEXITCODE -ne 0) { throw "failed (exit $LASTEXITCODE): $Step" }
}
Invoke-Step { python -m venv .venv }
Invoke-Step { .\.venv\Scripts\python -m pip install --upgrade pip }
Invoke-Step { .\.venv\Scripts\python -m pip install -e ".[web]" "pyinstaller>=6.10" }
Invoke-Step { .\.venv\Scripts\pyinstaller --noconfirm --clean packaging\editor-app.spec }
# The console program: PowerShell waits for it and gets its exit code (it would not for the
# windowed editor-app.exe).
.\dist\editor-app\editor-app-cli.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "self-test failed" }
Write-Host "Built dist\editor-app\editor-app.exe (window) and editor-app-cli.exe (command line)"
