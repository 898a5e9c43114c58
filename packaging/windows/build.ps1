# Builds the one-folder Windows app into dist\editor-app\ (run from the repository root in
# PowerShell, with Python 3.11 on PATH). Cannot be built on the Linux CI; see packaging/README.md.
$ErrorActionPreference = "Stop"
python -m venv .venv
.\.venv\Scripts\python -m pip install --upgrade pip
.\.venv\Scripts\python -m pip install -e ".[web]" "pyinstaller>=6.10"
.\.venv\Scripts\pyinstaller --noconfirm --clean packaging\editor-app.spec
# The console program: PowerShell waits for it and gets its exit code (it would not for the
# windowed editor-app.exe).
.\dist\editor-app\editor-app-cli.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "self-test failed" }
Write-Host "Built dist\editor-app\editor-app.exe (window) and editor-app-cli.exe (command line)"
