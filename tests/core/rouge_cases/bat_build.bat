@echo off
rem Build the site
setlocal enabledelayedexpansion
set SITE=_site
if not exist "%SITE%" mkdir %SITE%
for %%f in (*.md) do (
    echo Processing %%f
    call :convert "%%f"
)
bundle.bat exec jekyll build -d %SITE% /q
goto :eof
:convert
echo !SITE! ^& done 0x1F
exit /b 0
