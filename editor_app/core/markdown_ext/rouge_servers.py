"""nginx and Apache configuration, Protocol Buffers and Nix split into tokens as Rouge's
lexers split them.

Written after Rouge 3.30's `Nginx` and `Apache` lexers (MIT). nginx: a statement's first
word `k` (`kn` inside a block), `on`/`off` `no`, `$vars` `nv`, `host:port`, sizes `mi`,
paths `n`, other words `s`. Apache: a directive or section Rouge's lists know `nc` / `nl`
(others plain), `<Section args>` arguments `sr`, known values `ss`. The word list is Rouge's
`lexers/apache/keywords.rb` (directives, sections and values together), packed with zlib
and base85.
"""

from __future__ import annotations

import base64
import re
import zlib
from functools import cache

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, rx

# -- nginx -------------------------------------------------------------------------------------

_NGINX_ID = r"[^\s$;{}()#]+"
_NGINX_STATES = {
    "root": [
        (rx(r"(include)(\s+)([^\s;]+)"), ("k", "", "n"), ()),
        (rx(_NGINX_ID), "k", ("statement",)),
        ("mixin", "base", ()),
    ],
    "block": [
        (rx(r"}"), "p", ("#pop",)),
        (rx(_NGINX_ID), "kn", ("statement",)),
        ("mixin", "base", ()),
    ],
    "statement": [
        (rx(r"{"), "p", ("goto:block",)),
        (rx(r";"), "p", ("#pop",)),
        ("mixin", "base", ()),
    ],
    "base": [
        (rx(r"\s+"), "", ()),
        (rx(r"#.*"), "c1", ()),
        (rx(r"(?:on|off)\b"), "no", ()),
        (rx(r"[$][\w-]+"), "nv", ()),
        (rx(r"([a-z0-9.-]+)(:)([0-9]+)", re.I), ("nf", "p", "mi"), ()),
        (rx(r"[a-z-]+/[a-z-]+", re.I), "nc", ()),
        (rx(r"[0-9]+[kmg]?\b", re.I), "mi", ()),
        (rx(r"(~)(\s*)([^\s{]+)"), ("p", "", "sr"), ()),
        (rx(r"[:=~]"), "p", ()),
        (rx(rf"/(?:{_NGINX_ID})?"), "n", ()),
        (rx(r"[^#\s;{}$\\]+"), "s", ()),
        (rx(r"[$;]"), "", ()),
    ],
}

NGINX = RougeLexer(_NGINX_STATES)
NGINX_NAMES = frozenset({"nginx"})

# -- Apache ------------------------------------------------------------------------------------

_APACHE_PACKED = (
    "c-n<q>u&43a(xy3E?}Tviu0pSW5^OMvyn(`kxK0S^j&LaNKtW43&hgQqAtA5ok~9pZq0W;XSa2|Fl(P5KHQ_QDWT1Ues"
    "N&4kD=?wk-vV<cDlV>7~<%|RDt|joiW4Qr$l;q^jmUr)9CK~j;0n#!{*oWg7$%rK8!OvH;#VLW}eS)RiwPuhjp)G8ppX"
    "0)80?gw8U|roepmt<DO4fw*2w9wBPUkNlKB~_eqaSk3oQ(`HSCr?89r{ywd1aa6?u`I_$=T8F{#**y8ddj>d#2ZOX(iw"
    "{3oOXKwb1Py6m)xF=vGLJY4Z?&+YebDZ4L`?-OZJ>|)Nxu1Bz!Qr_Lgcteyt6cc%`t{oH`Em6DlM?#*y1MNu16(~XPO@"
    "g}>e!n!;3R93USZhWpWUVW9k)-n-61~_vz+thZ+phL@KiZm@Ms}!eewf|xcS^?^!I@8{b$3iTl~UoYzKmIjDEt~`g!8*"
    "k44(B0CztLIo?JNcKt@DwpR;nuAi3{U8XJWD<!`Gy7Ef%mZR;Lmnt?!%wcE%O!0sPyu0j|_U6-I6#5g_hD(pdEy@4Yo9"
    "=O2-Y1FZEsn3sj6U@@sBTP{_Tw7PW1Z)U&T;5f`6@8^!1eQ+8-H(2yV!@{8lgvTuuA&DVh-x05?Em;ASuTcr)eROe0IE"
    "QeQbSl4ctr&*G8=sfb%NOW53$G{dMc+M5hhE`7plEX=xe5i9Pj{pc%48)&z|h6GSVqPe0KS!T|WIX~9t49X|+(7#ErdY"
    "m$MSHRm1nsp+Q=KKp)_ah*HRwD4X`S8ZDQXWDP_)De#0Q5!b5#O(N(_f8ybrw%07Z<v?!yUWwxpHf=PT^PD=v(Ss%Cb2"
    "4@>*|J~A07^qp4~Gy2)xy8ZZ9!Gy2q^nQ<PJKP%9z0iWK29V^8SseV9Do_<6dbX~a8xaHobU;wPi=7luc4h^omo-zt2V"
    "A#xBDDBzG!=wXchzIXF)f(6D<Z=P-x5(zuLtNzFC)(@X(zQC1jP+jowjRWktOlsw@5ZPU^dSP<o0Yf5b?6vtFPT3EiuL"
    "D=J|KrgHo*#jg|Aw>`)`tfUx$-c6H_T9BSNfd9=H%o6sS}IV-MGfUV0%8hTa2^o(X_>k*`Z5!xu1-u8gANgNWBCMcH7V"
    "9KRYHjzup_Zp+WHZifhaeB1eVMV6ineXqf<!W0w(5II*fzGDb`o0uDWFocGkJe9H0iz;r0(!x#E9_PI1IKH0UG&7IpU&"
    "T`KcLR6p(fq1x{0;-7L;3X!^|G|E_ITcpCNY`qX&?3u1wGZ=CzzS5w+~VBgdSz;%5TWoHQCSO$v?rJdsC)y%8knp><U_"
    "`s*N1(&7bSuALU?;9FBvWHP@GF#DXcuh!pbx9RSqrftbyftWtkL!p117?C{OLdO%YZ$JH(WO^%1^w_$<+^AaD-jaSu6("
    "43vw}mb_T1mZ7DtHy+q=d%<90eq!ghHehol0vZ<sBBL^K5=7{b#|A0U#euAw{}KV5Jb$Cc^~JUVS^5?B+69Rl!PA>cEC"
    "Twg$Lk)9n$-AoB}K5a33OqjBn+vrDel_<Assrg(p0t>=9hA5b@MC&_2AS(%)7yF1BH0Oh$6yPKCGWF7^P{rz{N>2l$XO"
    "*J>Hc@v=jFevc_rP;-`0Z`mnRbfy(F<Cga35Dw*<YE_B{tr=_o$&~aZ@bpjDCVAv6@hJ0ZFj+i$`hFhJeJP+4t$x1N(n"
    "n8Z?C*GVg8feJ?Opwsc4;1?GM&O`KWVl)cZX>!Zk^z$Ur#~~vPv=&iA$4-X2ysGa(=SOVv(h9X6$p9kM#u-`A6~2*oh5"
    "K(S?w%op3yaTGk)8pcU(S0#2KpR<!Q#?8>4DSW46V*6}&OqhG3R>n*HLl<u4LepPM(vwzqvt`L_nSxir9gonEPK!#WrE"
    ";F>hGS#U#t`w{A4B6f&Er9{4qVW}uy<DNg*5>6bjda254{%J;kEQAY?BIp@x*}g#fuKhMOoJeuy#Bf!Pa#|Q`5p6)KO;"
    "<8f)Wv4NeA4Mr+I<v%Y_#U&U^dMs5LZH{-SCKVSklyCR9O!H(ZO*!Irw|0IjlM@4#B7=iyU~;1G;9|0;6Q4girKswY;F"
    "We)$cd0#y%2%Ja&Lj2kvmx*(=fj%B#YQ9TPGnH%tDzpQ-2(+xC}W)oOn`ErG`@`G_jLui{iF`q0XAXP!)4_3w4l%Vp(J"
    "l^|xX5?21JWxy}fH0_JaG-ZM%}&P7!$sn8CF3{Dg^&_Lk&qHftqqCy)1yk1)l~F!Dc9r@4=SyuzH}a;|5jQM*XB4NdZ?"
    "_1)XFA1i|~L}?YVoX<7I@5-Q&zSLjW=}^zF64`hViih=CWY0>NX(_fk|QoDn2^)4+8jO=HD%>vZwp(YyN!Zi_hR9s7)a"
    "?m^09I=qSI&1`Hp&GE(>&eTnCsojLZ+-bii_8vE<$DUyks@2tbe|!vaed)YDK1^*NA0quQ<(Vj>05xg|mK+VQU>allk-"
    "|(5c7lcRp<yECD&#qduY7#0J1l^nM&H9E&{8R1r%Tx?Mvo6>e+WJQ)({VnbP4Y*wTs6GUIGU<bFk=HQslcw*1p;mJ91h"
    ")090cp&9vcqjWqQn6Ag09H`nKq(NutiG8YbB=8E}ta}5I)`W8mlv<BDnDn1b0$f0s1W?YE=c8`P*K+0Y$xLw8bIm$d6;"
    "5n`%R{Q$x^P^-)wZ*5a6$T+q4M?9VEfs`af(f0kIbJ0=EjX<dh_teba4qxle>7g<3r_6}m45=);veMh?va;S4q3wfN6u"
    "@}%VJuHrH&4pLHZ*LnV`q2Y~<8?X~dq@SDm>c_psRhZZ^!{wNMM9lo&M!=t_o>Dmi-^TVu2uAjV0Nl1w7*oOxI!Z6r}_"
    "Drwm3y@M_CVVHNwpPhA>yixg7i4bYMJF%St<II`%tm<UtOOFp4)9S3T%%Czbe_QPj5eWwqQZDi~0zF%jYaDf{rE6=HQP"
    "6YB5m|D_GApaN6J!Nv+Ac)jjA9{sX}>`fK=rFvv4&LVD6T8L!CH?H^vDK<WqnbKzslljL|18F*SJyI1!S_(bG9^41E}t"
    "k@((KlCs?T>9G~#njKjnryqRyNdt&)XTub8Dv4kWC%U+RDVy!BW^Q?^OB9>!?b$UljABfKWw!tWlh%qMt;`_tn`SDWW+"
    "4}hrR}BnXFd28;O&ZUi`<Jlk!D`_#$v-fi4`6L45hcU;jj9;~<*`B49sNY<1%%h~znV(D$n|#|rha&7(G>BGL~<I{+K_"
    "nE$V%z5TL6{ZRe#?i>K4Fq&G1w2kPNRuXIcjVp38iGn%H|iG036ARgPIyy6wX!QbY+NyE*n6<dHB-Qw!FG&_IT^{p=Qw"
    "K#nE6D9KvR_ZwN8lQ=Cf`E)Jw-k%C}1h@;NDLoka9o=XXW2jdM$lZ%GB&==N7=-npGcr!CkHubw$vh|tLziQ5dWNC<Au"
    "%t}u^9;4(7d}?AR&(pGq8AKNj$)vw$s3`m>Ilk5Z86^g*_ESz^hd4J%R+7rlp6N;rKr=3`-w&SYbx#`2EAfN5{+)ze7)"
    "v;v=N=^GLW_5EGKrX()2v9H0G^A{%$rX6RD|B;HF@%YrD?Ze$6PB%`%}qVV}4wH5M}9RJ1Ng&_b4Iv*?hFQUK*44uAZq"
    "_)9sLHJxhp_h_FoMGFcc%9)IEH9&E*P_eIX#V=itF44u2)>S6g2*74h%6&)G_;<Tki`--JJVk+BaOFA{%GZ$Pxs<85Gu"
    "QGtAmo0?IMi{mQl(<40Q3%QV|R^isEcp(sz0kk1P~~(MzO<NUGOcbFVQlDcgwU*3r^Weh?K#FiQzRS5He~d|d}tNtx#9"
    "J#oBBm#)ZgKO45x+H?wWSTIFl?6;8|UkvrD8{~`BMHZGUzP$TR4XMUs*<loUg!EoYC4PCa5+drx0}@L%ORz~^<E6k1;;"
    "14@Y#t;T2@!u*9s{BEr;h%fb_GO`!yPd(-V#*;q{0z)uKgw6FDBXHJEgfe3&@ip7KBUC7suPs#rwU3VdVB@SE_=#v(RZ"
    "6)73z!gf+YZhLKNTY=fhpJgaLg2t>4NR<9=pC!i!E;i4hQ*4)h)di9QVLZ;$kJ$Sgv8mug?2TsB2)uykWkBN+S)`)3aF"
    "|(7FpVaO0Byy5$_N@NBZc}%ZB18nLY86824uwev^@xx{9cnT4n)Md$S~#qR950gnUZnJ?0Jo4XRk#$h-MR}F@WSW>GgT"
    "U3Wc_j}alXMJ9zm2M>6fQ6;2-9OLClQR+U9$~B(b|t?+c>E24VPBhUIy}-+JSXl`6ZCW=w<@xv5_@D5RxU$hxlF8B=*^"
    "Fx!6+h?8a8S;ut*VX;`Pv60*}i>IZGTp+A`ze3Yy*x+qU6=%G_j74#UAA=NKjLvRZ=`Aa-nX7V0l@QUMfl{j8^MN6PI{"
    "HkY9hmT6jv4;JTgB%<%<orT#9=*n&A%#3>v?e8TH!|Ya()XkKpJ`BS>3EfR6*3D8Tmv6^nFYnb@QM~xX=LXT;#lo1{b_"
    "}Bw2O7?hQDV(SL7LqaaPD+hR`zK?v%g4nN1ERs5E2x>JJ&;iy7KKx?&_+EOcqiWD(Z6)JTJg&G|y@wzZyzVH5|PPQ8Fu"
    "ks3}=#pq%bua9?2Nm4069e99FiQuwX!!O%ROxE%b0Ku3g*!}WK`7;2*_p<9mg=zS_y+6v<dMPkMsIJQb|{3run-saTV8"
    "u?m>4a~W3*HQ3M1bODDBt!MrF$ys1^McmG7fU3lYyO`t%eN6Ep0;qP0exYP-3~^Q&91zWK}9saPH5YCT!m689?ChSiGH"
    "jSpo{p|wI{LQGK0`C2Qo1;BDvnkh!pL|1Hdog(4NW+3I$g1U0%w{C?DuR==Dp~a164|;RoFasLi8O?HJq2Y9Ws4cWSM#"
    "ehz!fwpYw)^n$&wu`Rw@L0dth-T&1dZYc85k;_pP&}${_3DBLCRM?GlJB#A~74hMc6LUS>0r@lYT|f(5ff45hF%yV~Nk"
    "oo{BTSs+1KpDsPd6@`-Mdj;+&=V<-%X`LVN;<*>=Qh!xpL*ott|9xU~co;|t6AN6P&pho2_ztEE^U8T8AXN*XR(k*UtA"
    "hhQ8N;j8_u~kx1HjBCa6ky)Aa#cno68I#oecHL%_k2S>&XDO+!L}EY*MT-+J7cz^c*2^`#QqJgtFLY2ZG7+73H*3N&%F"
    "aYVs$dq_U7gW)r|Zn3X3at?m%>He_pq*RHPG12U^Id7AuW49WI|pgj1t^>Oc+E0I92SQXwSFDU5xq0=5_`kho@9k$sYE"
    "43>sB4gZMW^$Vm<WfF(`f_ML!q0t|9{;v*wV*uArLNP$(W*TY3+7CH|mqHY~y3)9A#Nbx9Y}eClS#<{79<-i3O4yFnhQ"
    "EuJTP{r(0jdUGn9=e<GxESA!&YJW0je4h97C;HmFp^WTm{Q$l_f2L{{WAB53JsNyj8M>dhIV=JRl_L6&1ZnJ0@M&V>?_"
    "})gz>$gEX6E26gucGI5slMjxU{4ls%~=WMHAyV&F6kV<h~vlF|4xJA0gg{bAm!k6se?KbhSjE9V`7yL2<r}pB;PIz)f9"
    "nL5(PM_|(;M7rFMfr4BV2nT}Fx*)!5k$Qe$iupf$l0REQ4KVde!hMctoN3(^w#o=@VvGBc-XrbX#?+H;aP_8j@d^|Z@3"
    "!9f}Vv*Gqfr)mLbr+xqm0O|K^(ir};FDw|PAzsbTdqR$vI2kwCzq%9@GDwk|WxCC)iWGZ)2wNL}a$-$<9i{07qHM)OX%"
    "NJ-k(J$#1v9VlO=OF*T|-aZp0#OfS^gyYo)h@pJzfHiUh2C=t%jB>)c#ce87u;0|=+}5hf&z4qQjy8k<p+48PkD3cgJ?"
    "*{wOche_UrY_Ekk{|Il`c;qt1E2Vf0eftr%RB10ijA&P(6i}1euL>_LZTY{^`<w3v`kDEg@>;H>wAD-hVrAOb~Y^N~pK"
    "X#-N_qd)?0G4j4rW61y)UMa(!~YiRr7Pr(?uuG~TwdugD28daFHZ#0n6a;lt4w|)D7kdfbUXizID9uJZGS)h;*)UV+F="
    "@5TjOKzbPW+#maZ4PU}-T2%OpYlp^!|?ZIf%BZY953ZtI{9$JT!HML)M3bW1k{q&Q)zyCk)L=3(;Xg?eP_QTCuLc5_hV"
    "Nay%M^0P_ktZN36UD-KrwRU`UP(hmZ`_?omtdW2F@Ql1Na5=pKoSA;Q}7H}F4aV4h}?(iT`BuOw#{(a;d*k<pw*Cldeh"
    "z%n;drrqhW{rr%hL)!K?C8kr=n7ouG3&V<KQcgup$Og3(Luh%cRh-ND^m*1Vm|wfLMs0MPF}*{$=bK_S%17>)I=t?Av7"
    "(V1Nu79katl}z^SpTkpfCkb`5583%pb_3^{vK~ZF91s-x3)9FPC22{Q"
)


@cache
def _apache_words() -> frozenset[str]:
    return frozenset(zlib.decompress(base64.b85decode(_APACHE_PACKED)).decode().split())


def _known(word: str, css: str) -> str:
    return css if word.lower() in _apache_words() else ""


def _section(m: re.Match[str]) -> Runs:
    return [("p", m[1]), (_known(m[2], "nl"), m[2])]


def _directive(m: re.Match[str]) -> Runs:
    return [(_known(m[0], "nc"), m[0])]


def _argument(m: re.Match[str]) -> Runs:
    return [(_known(m[0], "ss"), m[0])]


_APACHE_STATES = {
    "whitespace": [(rx(r"\#.*"), "c", ()), (rx(r"\s+"), "", ())],
    "root": [
        ("mixin", "whitespace", ()),
        (rx(r"(</?)(\w+)"), _section, ("section",)),
        (rx(r"\w+"), _directive, ("directive",)),
    ],
    "section": [
        (rx(r"([^>]+)?(>(?:\r\n?|\n)?)"), ("sr", "p"), ("#pop",)),
        ("mixin", "whitespace", ()),
    ],
    "directive": [
        (rx(r"\r\n?|\n"), "", ("#pop",)),
        ("mixin", "whitespace", ()),
        (rx(r"\S+"), _argument, ()),
    ],
}

APACHE = RougeLexer(_APACHE_STATES)
APACHE_NAMES = frozenset({"apache"})

# -- Protocol Buffers (Rouge's Protobuf lexer) -------------------------------------------------

_PROTO_KW = (
    r"(?=\w)(ctype|default|extensions|import|max|oneof|option|optional|packed|repeated|"
    r"required|returns|rpc|to)\b"
)
_PROTO_TYPES = (
    r"(?=\w)(bool|bytes|double|fixed32|fixed64|float|int32|int64|sfixed32|sfixed64|sint32|"
    r"sint64|string|uint32|uint64)\b"
)
_PROTO_STATES = {
    "root": [
        (rx(r"[\s]+"), "", ()),
        (rx(r"[,;{}\[\]()]"), "p", ()),
        (rx(r"/(\\\n)?/($|(.|\n)*?[^\\]$)"), "c1", ()),
        (rx(r"/(\\\n)?\*(.|\n)*?\*(\\\n)?/"), "cm", ()),
        (rx(_PROTO_KW), "k", ()),
        (rx(_PROTO_TYPES), "kt", ()),
        (rx(r"true|false"), "kc", ()),
        (rx(r"(package)(\s+)"), ("kn", ""), ("package",)),
        (rx(r"(message|extend)(\s+)"), ("kd", ""), ("message",)),
        (rx(r"(enum|group|service)(\s+)"), ("kd", ""), ("type",)),
        (rx(r'".*?"'), "s", ()),
        (rx(r"'.*?'"), "s", ()),
        (rx(r"(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+[LlUu]*"), "mf", ()),
        (rx(r"(\d+\.\d*|\.\d+|\d+[fF])[fF]?"), "mf", ()),
        (rx(r"(-?(inf|nan))\b"), "mf", ()),
        (rx(r"0x[0-9a-fA-F]+[LlUu]*"), "mh", ()),
        (rx(r"0[0-7]+[LlUu]*"), "mo", ()),
        (rx(r"\d+[LlUu]*"), "mi", ()),
        (rx(r"[+-=]"), "o", ()),
        (rx(r"([a-zA-Z_][\w.]*)([ \t]*)(=)"), ("na", "", "o"), ()),
        (rx(r"[a-zA-Z_][\w.]*"), "n", ()),
    ],
    "package": [(rx(r"[a-zA-Z_]\w*"), "nn", ("#pop",)), (rx(r""), "", ("#pop",))],
    "message": [(rx(r"[a-zA-Z_]\w*"), "nc", ("#pop",)), (rx(r""), "", ("#pop",))],
    "type": [(rx(r"[a-zA-Z_]\w*"), "n", ("#pop",)), (rx(r""), "", ("#pop",))],
}

PROTOBUF = RougeLexer(_PROTO_STATES)
PROTOBUF_NAMES = frozenset({"protobuf", "proto"})

# -- Nix (Rouge's Nix lexer) -------------------------------------------------------------------

_NIX_WORD = r"[a-zA-Z0-9._-]+"
_NIX_SECTION = rf"(/{_NIX_WORD})"
_NIX_PATH = (
    rf"({_NIX_SECTION}+|~{_NIX_SECTION}+|{_NIX_WORD}(/{_NIX_WORD})+"
    rf"|[a-z+]+://(/?{_NIX_WORD}(/{_NIX_WORD})+))"
)
_NIX_STATES = {
    "whitespaces": [(rx(r"^\s*\n\s*$"), "", ()), (rx(r"\s+"), "", ())],
    "comment": [(rx(r"#.*$"), "c", ()), (rx(r"/\*"), "c", ("multiline_comment",))],
    "multiline_comment": [(rx(r"\*/"), "c", ("#pop",)), (rx(r"."), "c", ())],
    "number": [(rx(r"[0-9]"), "mi", ())],
    "null": [(rx(r"(null)"), "kc", ())],
    "boolean": [(rx(r"(true|false)"), "kc", ())],
    "binding": [(rx(r"[a-zA-Z_][a-zA-Z0-9-]*"), "nv", ())],
    "path": [(rx(_NIX_PATH), "sx", ())],
    "string": [
        (rx(r'"'), "s2", ("double_quoted_string",)),
        (rx(r"''"), "s2", ("indented_string",)),
    ],
    "string_content": [
        (rx(r"\\."), "se", ()),
        (rx(r"\$\$"), "se", ()),
        (rx(r"\$\{"), "si", ("string_interpolated_arg",)),
    ],
    "indented_string_content": [
        (rx(r"'''"), "se", ()),
        (rx(r"''\$"), "se", ()),
        (rx(r"\$\$"), "se", ()),
        (rx(r"''\\."), "se", ()),
        (rx(r"\$\{"), "si", ("string_interpolated_arg",)),
    ],
    "string_interpolated_arg": [("mixin", "expression", ()), (rx(r"}"), "si", ("#pop",))],
    "indented_string": [
        ("mixin", "indented_string_content", ()),
        (rx(r"''"), "s2", ("#pop",)),
        (rx(r"."), "s2", ()),
    ],
    "double_quoted_string": [
        ("mixin", "string_content", ()),
        (rx(r'"'), "s2", ("#pop",)),
        (rx(r"."), "s2", ()),
    ],
    "operator": [(rx(r"(\.|\?|\+\+|\+|!=|!|//|==|&&|\|\||->|/|\*|-|<|>|<=|=>)"), "o", ())],
    "assignment": [(rx(r"(=)"), "o", ()), (rx(r"(@)"), "o", ())],
    "accessor": [(rx(r"(\$)"), "p", ())],
    "delimiter": [(rx(r"(;|,|:)"), "p", ())],
    "atom_content": [("mixin", "expression", ()), (rx(r"\)"), "p", ("#pop",))],
    "atom": [(rx(r"\("), "p", ("atom_content",))],
    "list": [(rx(r"\["), "p", ("list_content",))],
    "list_content": [(rx(r"\]"), "p", ("#pop",)), ("mixin", "expression", ())],
    "set": [(rx(r"{"), "p", ("set_content",))],
    "set_content": [(rx(r"}"), "p", ("#pop",)), ("mixin", "expression", ())],
    "expression": [
        ("mixin", name, ())
        for name in (
            "ignore comment boolean null number path string keywords operator accessor "
            "assignment delimiter binding atom set list"
        ).split()
    ],
    "keywords": [
        (rx(r"(?:with|in|inherit)\b"), "kn", ()),
        (rx(r"(?:let)\b"), "kd", ()),
        (rx(r"(?:if|then|else)\b"), "k", ()),
        (rx(r"(?:rec|assert|map)\b"), "kr", ()),
        (
            rx(
                r"(?:abort|baseNameOf|builtins|derivation|fetchTarball|import|isNull|"
                r"removeAttrs|throw|toString)\b"
            ),
            "kr",
            (),
        ),
    ],
    "ignore": [("mixin", "whitespaces", ())],
    "root": [("mixin", "ignore", ()), ("mixin", "expression", ())],
}

NIX = RougeLexer(_NIX_STATES)
NIX_NAMES = frozenset({"nix", "nixos"})
