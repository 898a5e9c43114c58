"""PowerShell and batch-file code split into tokens as Rouge's lexers split them.

Written after Rouge 3.30's `Rouge::Lexers::Powershell` (MIT): a command `n` and its
arguments `nx` up to the line's end or a `|`, `-Flags` `nt`, `$vars` `nv` (automatic ones
`bp`), keywords `kr`, `-eq` and friends `o`, `[types]`, `@{...}` tables, here-strings,
`<# ... #>` comments with `.SYNOPSIS` keywords `cs`.
"""

from __future__ import annotations

import re

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, rx

_ATTRIBUTES = frozenset(
    """ConfirmImpact DefaultParameterSetName HelpURI PositionalBinding SupportsPaging
    SupportsShouldProcess""".split()
)
_AUTO_VARS = r"""\$\$ \$\? \$\^ \$_ \$args \$ConsoleFileName \$Error \$Event \$EventArgs
\$EventSubscriber \$ExecutionContext \$false \$foreach \$HOME \$Host \$input \$IsCoreCLR
\$IsLinux \$IsMacOS \$IsWindows \$LastExitCode \$Matches \$MyInvocation \$NestedPromptLevel
\$null \$PID \$PROFILE \$PSBoundParameters \$PSCmdlet \$PSCommandPath \$PSCulture
\$PSDebugContext \$PSHOME \$PSItem \$PSScriptRoot \$PSSenderInfo \$PSUICulture
\$PSVersionTable \$PWD \$REPORTERRORSHOWEXCEPTIONCLASS \$REPORTERRORSHOWINNEREXCEPTION
\$REPORTERRORSHOWSOURCE \$REPORTERRORSHOWSTACKTRACE \$SENDER \$ShellId \$StackTrace
\$switch \$this \$true""".split()
_KEYWORDS = """assembly exit process base filter public begin finally return break for sequence
catch foreach static class from switch command function throw configuration hidden trap
continue if try data in type define inlinescript until do interface using dynamicparam
module var else namespace while elseif parallel workflow end param enum private""".split()
_OPERATORS = r"""-split -isplit -csplit -join -is -isnot -as -eq -ieq -ceq -ne -ine -cne -gt
-igt -cgt -ge -ige -cge -lt -ilt -clt -le -ile -cle -like -ilike -clike -notlike -inotlike
-cnotlike -match -imatch -cmatch -notmatch -inotmatch -cnotmatch -contains -icontains
-ccontains -notcontains -inotcontains -cnotcontains -replace -ireplace -creplace -shl -shr
-band -bor -bxor -and -or -xor -not \+= -= \*= \/= %=""".split()
_HELP = """synopsis description parameter example inputs outputs notes link component role
functionality forwardhelptargetname forwardhelpcategory remotehelprunspace
externalhelp""".split()


def _attribute(m: re.Match[str]) -> Runs:
    return [("bp" if m[0] in _ATTRIBUTES else "n", m[0])]


def _member(m: re.Match[str]) -> tuple[Runs, tuple[str, ...]]:
    runs = [("o", m[1]), ("nf", m[2]), ("p", m[3] or ""), ("w", m[4] or "")]
    return runs, ("parameters",) if m[3] is not None else ()


_STATES = {
    "variable": [
        (rx("|".join(_AUTO_VARS)), "bp", ()),
        (rx(r"(\$)(?:(\w+)(:))?(\w+|\{(?:[^`]|`.)+?\})"), ("nv", "nn", "p", "nv"), ()),
        (rx(r"\$\w+"), "nv", ()),
        (rx(r"\$\{(?:[^`]|`.)+?\}"), "nv", ()),
    ],
    "multiline": [
        (rx(rf"\.(?:{'|'.join(_HELP)})", re.I), "cs", ()),
        (rx(r"#>"), "cm", ("#pop",)),
        (rx(r"[^#.]+?", re.S), "cm", ()),
        (rx(r"[#.]+"), "cm", ()),
    ],
    "interpol": [(rx(r"\)"), "si", ("#pop",)), ("mixin", "root", ())],
    "dq": [
        (rx(r'(?:\$#?)?"'), "s2", ("#pop",)),
        (rx(r"\$\("), "si", ("interpol",)),
        (rx(r"`$"), "se", ()),
        (rx(r"`."), "se", ()),
        (rx(r'[^"`$]+'), "s2", ()),
        ("mixin", "variable", ()),
    ],
    "sq": [(rx(r"'"), "s1", ("#pop",)), (rx(r"[^']+"), "s1", ())],
    "heredoc": [
        (rx(r'(?:\$#?)?"@'), "sh", ("#pop",)),
        (rx(r"\$\("), "si", ("interpol",)),
        (rx(r"`$"), "se", ()),
        (rx(r"`."), "se", ()),
        (rx(r'[^"`$]+?', re.S), "sh", ()),
        (rx(r'"+'), "sh", ()),
        ("mixin", "variable", ()),
    ],
    "class": [
        (rx(r"\{"), "p", ("#pop",)),
        (rx(r"\s+"), "w", ()),
        (rx(r"\w+"), "nc", ()),
        (rx(r"[:,]"), "p", ()),
    ],
    "expr": [
        ("mixin", "comments", ()),
        (rx(r'"'), "s2", ("dq",)),
        (rx(r"'"), "s1", ("sq",)),
        (rx(r'@"'), "sh", ("heredoc",)),
        (rx(r"@'.*?'@", re.S), "sh", ()),
        (rx(r"\d*\.\d+"), "mf", ()),
        (rx(r"\d+"), "mi", ()),
        (rx(r"@\{"), "p", ("hasht",)),
        (rx(r"@\("), "p", ("array",)),
        (rx(r"{"), "p", ("brace",)),
        (rx(r"\["), "p", ("bracket",)),
    ],
    "hasht": [
        (rx(r"\}"), "p", ("#pop",)),
        (rx(r"="), "o", ()),
        (rx(r"[,;]"), "p", ()),
        ("mixin", "expr", ()),
        (rx(r"\w+"), "nx", ()),
        ("mixin", "variable", ()),
    ],
    "array": [
        (rx(r"\s+"), "w", ()),
        (rx(r"\)"), "p", ("#pop",)),
        (rx(r"[,;]"), "p", ()),
        ("mixin", "expr", ()),
        ("mixin", "variable", ()),
    ],
    "brace": [(rx(r"[}]"), "p", ("#pop",)), ("mixin", "root", ())],
    "bracket": [
        (rx(r"\]"), "p", ("#pop",)),
        (rx(r"[A-Za-z]\w+\."), "n", ()),
        (rx(r"([A-Za-z]\w+)"), _attribute, ()),
        ("mixin", "root", ()),
    ],
    "parameters": [
        (rx(r"`.", re.S), "se", ()),
        (rx(r"\s*?\n"), "w", ("#pop",)),
        (rx(r"[;(){}\]]"), "p", ("#pop",)),
        (rx(r"[|=]"), "o", ("#pop",)),
        (rx(r"[/\\~\w][-.:/\\~\w]*"), "nx", ()),
        (rx(r"\w[-\w]+"), "nx", ()),
        ("mixin", "root", ()),
    ],
    "comments": [
        (rx(r"\s+"), "w", ()),
        (rx(r"#.*"), "c", ()),
        (rx(r"<#"), "cm", ("multiline",)),
    ],
    "root": [
        ("mixin", "comments", ()),
        (rx(r"#requires\s-version \d(?:\.\d+)?"), "cp", ()),
        (rx(r"\.\.(?=\.?\d)"), "o", ()),
        (rx(rf"(?:{'|'.join(_OPERATORS)})\b", re.I), "o", ()),
        (rx(r"(class)(\s+)(\w+)", re.I), ("kr", "w", "nc"), ("class",)),
        (
            rx(r"(function)(\s+)(?:(\w+)(:))?(\w[-\w]+)", re.I),
            ("kr", "w", "nn", "p", "nf"),
            (),
        ),
        (rx(rf"(?:{'|'.join(_KEYWORDS)})\b(?![-.])", re.I), "kr", ()),
        (rx(r"-{1,2}\w+"), "nt", ()),
        (rx(r"(\.)?([-\w]+)(\[)"), ("o", "n", "p"), ("bracket",)),
        (rx(r"([/\\~a-z][-.:/\\~\w]*)(\n)?", re.I), ("n", "w"), ("parameters",)),
        (rx(r"(\.)([-\w]+)(?:(\()|(\n))?"), _member, ()),
        (rx(r"\?"), "nf", ("parameters",)),
        ("mixin", "expr", ()),
        ("mixin", "variable", ()),
        (rx(r"[-+*/%=!.&|]"), "o", ()),
        (rx(r"[{}(),:;]"), "p", ()),
    ],
}

POWERSHELL = RougeLexer(_STATES)
POWERSHELL_NAMES = frozenset({"powershell", "posh", "microsoftshell", "msshell"})

# -- Windows batch files (Rouge's Batchfile) ---------------------------------------------------

_BAT_KEYWORDS = frozenset("if else for in do goto call exit".split())
_BAT_OPERATOR_WORDS = frozenset(
    "exist defined errorlevel cmdextversion not equ neq lss leq gtr geq".split()
)
_BAT_DEVICES = frozenset(
    """con prn aux nul com1 com2 com3 com4 com5 com6 com7 com8 com9 lpt1 lpt2 lpt3 lpt4 lpt5
    lpt6 lpt7 lpt8 lpt9""".split()
)
_BAT_COMMANDS = frozenset(
    """assoc attrib break bcdedit cacls cd chcp chdir chkdsk chkntfs choice cls cmd color comp
    compact convert copy date del dir diskpart doskey dpath driverquery echo endlocal erase fc
    find findstr format fsutil ftype gpresult graftabl help icacls label md mkdir mklink mode
    more move openfiles path pause popd print prompt pushd rd recover ren rename replace rmdir
    robocopy setlocal sc schtasks shift shutdown sort start subst systeminfo takeown tasklist
    taskkill time timeout title tree type ver verify vol xcopy waitfor wmic
    addusers admodcmd ansicon arp at bcdboot bitsadmin browstat certreq certutil change cidiag
    cipher cleanmgr clip cmdkey compress convertcp coreinfo csccmd csvde cscript curl debug
    defrag delprof deltree devcon diamond dirquota diruse diskshadow diskuse dism dnscmd dsacls
    dsadd dsget dsquery dsmod dsmove dsrm dsmgmt dsregcmd edlin eventcreate expand extract
    fdisk fltmc forfiles freedisk ftp getmac gpupdate hostname ifmember inuse ipconfig kill
    lgpo lodctr logman logoff logtime makecab mapisend mbsacli mem mountvol moveuser msg mshta
    msiexec msinfo32 mstsc nbtstat net net1 netdom netsh netstat nlsinfo nltest now nslookup
    ntbackup ntdsutil ntoskrnl ntrights nvspbind pathping perms ping portqry powercfg pngout
    pnputil printbrm prncnfg prnmngr procdump psexec psfile psgetsid psinfo pskill pslist
    psloggedon psloglist pspasswd psping psservice psshutdown pssuspend qbasic qgrep qprocess
    query quser qwinsta rasdial reg reg1 regdump regedt32 regsvr32 regini reset restore
    rundll32 rmtshare route rpcping run runas scandisk setspn setx sfc share shellrunas shortcut
    sigcheck sleep slmgr strings subinacl sysmon telnet tftp tlist touch tracerpt tracert tscon
    tsdiscon tskill tttracer typeperf tzutil undelete unformat verifier vmconnect vssadmin w32tm
    wbadmin wecutil wevtutil wget where whoami windiff winrm winrs wpeutil wpr wusa wuauclt
    wscript""".split()
)
_BAT_ATTRIBUTES = frozenset("on off disable enableextensions enabledelayedexpansion".split())


def _bat_word(m: re.Match[str]) -> Runs:
    word, ext = m[1], m[2] or ""
    if word in _BAT_COMMANDS:
        return [("nb", m[0])]
    for words, css in (
        (_BAT_DEVICES, "kr"),
        (_BAT_KEYWORDS, "k"),
        (_BAT_OPERATOR_WORDS, "ow"),
        (_BAT_ATTRIBUTES, "na"),
    ):
        if word in words:
            return [(css, word), ("err", ext)]
    # Rouge's last test, `"set".casecmp(word)`, is a number and so always true.
    return [("kd", word), ("err", ext)]


_BAT_STATES = {
    "basic": [
        (rx(r"@?rem\b.*$", re.I), "c", ()),
        (rx(r"^::.*$"), "c", ()),
        (rx(r":[a-z]+", re.I), "nl", ()),
        (rx(r"([a-z]\w*)(\.exe|com|bat|cmd|msi)?", re.I), _bat_word, ()),
        (rx(r"((?:[/+]|--?)[a-z]+)\s*", re.I), "na", ()),
        ("mixin", "expansions", ()),
        (rx(r"[<>&|(){}\[\]\-+=;,~?*]"), "o", ()),
    ],
    "escape": [(rx(r"\^.", re.S), "se", ())],
    "expansions": [
        (rx(r"[%!]+([a-z_$@#]+)[%!]+", re.I), "nv", ()),
        (rx(r"(%+~?[a-z]+\d?)", re.I), "vm", ()),
    ],
    "double_quotes": [
        ("mixin", "escape", ()),
        (rx(r'["]'), "s2", ("#pop",)),
        ("mixin", "expansions", ()),
        (rx(r'[^\^"%!]+'), "s2", ()),
    ],
    "single_quotes": [
        ("mixin", "escape", ()),
        (rx(r"[']"), "s1", ("#pop",)),
        ("mixin", "expansions", ()),
        (rx(r"[^\^'%!]+"), "s1", ()),
    ],
    "backtick": [
        ("mixin", "escape", ()),
        (rx(r"[`]"), "sb", ("#pop",)),
        ("mixin", "expansions", ()),
        (rx(r"[^\^`%!]+"), "sb", ()),
    ],
    "data": [
        (rx(r"\s+"), "", ()),
        (rx(r"0x[0-9a-f]+", re.I), "mh", ()),
        (rx(r"[0-9]"), "m", ()),
        (rx(r'["]'), "s2", ("double_quotes",)),
        (rx(r"[']"), "s1", ("single_quotes",)),
        (rx(r"[`]"), "sb", ("backtick",)),
        (rx(r"[^\s&|()\[\]{}\^=;!%+\-,\"'`~?*]+"), "", ()),
        ("mixin", "escape", ()),
    ],
    "root": [("mixin", "basic", ()), ("mixin", "data", ())],
}

BATCH = RougeLexer(_BAT_STATES)
BATCH_NAMES = frozenset({"batchfile", "bat", "batch", "dosbatch", "winbatch"})
