"""Gherkin (Cucumber) code split into tokens as Rouge's Gherkin lexer splits it.

Written after Rouge 3.30's `Rouge::Lexers::Gherkin` (MIT), with its keywords in every
language Cucumber speaks (from `lexers/gherkin/keywords.rb`, packed with zlib and base85):
`Feature:` `kd`, `Scenario:` `kn`, `Examples:` `nn`, steps (`Given `, `When `...) `nf`,
`<placeholders>` `nv`, tables, `@tags` `nt`, doc strings `s`.
"""

from __future__ import annotations

import base64
import json
import re
import zlib
from functools import cache

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, rx

_PACKED = (
    "c-oCx?^7E`n*LX2^TkzH$+xSzs{3ZIo!INdb`~eO<Z3?*s4WeWW?0P(1g@?MNjBgZHco78emKE^1d@zF2!jO%QFVf?<O"
    "`PK#R&V$P^`1r*jIIb!o5FwMk7J8TgKhb`}Esy_w@91Pd}Rfddsv#$6NpYpKqN|mABr8v@JxrXvgedF!?u3PI6+YVM`O"
    "+CC@5nC9JbO<;j@QDYgg5yg+HIh*93gX$aGRVOeAbZ4<LF8R4+Ot`W6U^e_@KGebs9m~3dAMU0rr$cV`j&Z105g|2sNt"
    "wLu@bE8My@(z{TWd~i=gPI;>+@}7KL4dQM(2ZzRhSFmp5flL}sBj?N)O5-%LvNFv>`+^^2p3zzl)%>8xbIdu!)~3bY5j"
    "&!H(lwek1kWD1~tz0cAI*AO3;9vl0i>t2Wy+mM6{^rrWmK}5NDQ~sg`1egd*TFj4K2KYPWJuiHWwbK^OB|HNqKRDdq+N"
    ">dtRNY}l&q=Cat<Vv42&+sc!s5;Tr5cC4AwRl4<!984GF%2V9>=`%ECPOE2?V8}k9w2Jl!WJCp2H#a2^y6PcAA}^OtLg"
    "u>6++6y(ZZXa*<%*`suBeubZV4~<mug<_XJuS#E6FrjHj}n&Y<s$)&UfQ}lN*DH)@|6PfT6WyKZG8XSD~q<9W}MEYr+G"
    "@ozcR=QbV>hx&_P(CCnE0%h26n1Y}9jCUebFx0cz@=E$}o+b&PiC7hu|L;^74bS-DDP^xoksfGmJV*t23?Xu-1-9ud3L"
    "7h8e$@Gu*2^R>aRNYbnhOYBc(_p*K4b+ipM+vi;VPb0nmMI>rchxWt&U>&TbgBGoy%*@F3?6)3QB0vVnY=b2(OHLG)c$"
    ")KuXgWgZV>>N;junT1AX@U(J1EUIQcECpl45hMh1DEqj`GHI$<j9wrMH0-U>HabgHeqPX3Of{7!6-^BM_gT}TM?1@rT2"
    "KxVGVlmEP`aYl>(`9L=>>E}h%4rn~n&I`*8BDTJyJj9hW!J~8D;55iy1}vCu)UoqCDIw$5`J&(FxbF*@!ZN8cv|!>ZxF"
    "m&Co7SiIjiAAK%;Y=Ih^v+}ZsvygK&E_gAE=t?<y>7t!E}2-=3Cd=7=>j3UG0*HBk&D`%;jzQfL>4|a&#E!axb}1-&QW"
    "j_2EM3&w0tfb5D7@O<U0gF1J-!BvlW!)}dTQrNPVRg>s6n@<KVy`S+trr~0`ir}IS^#0cN*i%O3g<w3v5oBc)V#>I%RV"
    "Cj%0yb?jibz&-Q#g}-qyd+|V%x#&M3j~aSTvjg`VNKmCNoWTcSRyKc!62q}_6Q!3OR;Y9`cUpOn0o}T=`C>K_{{ns-^j"
    "W}_p(K%RJ}#xl<$6v)?xGrA3E<h!fY5Cw_ypIcP-^KW|#S?xh$WW%RCm4#dxK-tnyNJncsCT!(d7xq`DdIz65y+T@Kl?"
    "5QFj@<%SFnkB`YEhM~l?V2GQrEqEv4Tl!JhfGI}f@{!Id_3vZBsV*Ptk6~wsXbj8uDTBEI*(bcwegYe!;4Xh6cyIhfcJ"
    "C8QKGUD@v-&9|C&IeXMTolksZc{OC8@KY@^1VoZCm69T@*@}jOXKt^0qfD{7i-S65eMSYISHx*bx(f4kH{<1GdX-k2X;"
    "Oo<0OL56KAO?F3lv6YjU)R$!TAGNuM(MN6Y;N*Bdp)h-^YfP9UhR}|f7m9Hof)r!zaM9V46{;0N`K1U^XP=t&K&8JRYU"
    "%O<8@^zE5rk$>l;ECSMi6f53Fh|2Pb5nJ*a-OT*l+&^Nt?Fjw5*K|df;^wf-+E5vNzAtf$z%Il8ni!u8T@{f9KRbOVrT"
    "H_)t$wi4Z>gTJb`~S)pu_1Eblzp+1y#*dAPH&v-$KIv18!7N+|UdYc3<M^ig_Krqx6xUs<b^Dl1G>mMZybuf$I(%N{C9"
    "v=0AD5^q$gp~_d4Vzn1ytdaF~CC~XYdNwMzszcRll}C^ck$oFld{kMkY)HSlUGnTYE>$+G$!Z+>S*)xRH(ZT-{kaP<pm"
    "H9Hmz#+r9wnDRZy9WaQ|wH&U&a{2Q7Ki{t4XD@;&Rx@I+9%<1Gl9{?6t$T-_z~%IJCY7m$Sjvvr(UQ?^#x&Zz{_$Z28K"
    "nv^eTF&qndmez*&@9?1dz7JBctGXXcE=pQm!?->4VrFz{fCB8aH)|8AjMN`8afhp-bC9iY9XFc+2l;B3+VO$-mEa9z({"
    "80nr+S9&%r*YbOqmTx#Uht!xu(D8Db9?&3{0|FIs|ce)H?<eKNCAFWg8`vi`fQ}K1cTHo@hV;JnzV5ClK-;|cxAEc)i@"
    "0~OlG?Jzbx*q?b5^em%{Gk?(*|E;YYg<p2v5K&lAtDlD)i}-AzkW;{18<?i8ZEn|ojF-IM5!oA1%Rf|A>NqkH%Fa(feG"
    "5AS`w_YI+O@XGGdn^$dWzwgCDZFaw(tl3%~@D0ZM*J`s84b&DHfiI&Bl<miBi?tQk+`sC#eK=R+rXK9mGhCaK_Ue9LZN"
    "Y6s`oGA&9F)Y>{p5ZhqnCp(vJzjb<@T==>X$vg_L4?(pJvH^=|zcq=%lVWsk=@p?->~<-OEOwlbUu?n{3?ne1@IWjFT#"
    "P#wOJna#ATL9cOmTNhh3Cf{U5D=cML5l$Rjg@1&Ng?y46t<)qSnW5#dHc_{CpB83@q?c-yjy@0-{oRb>&dNo7chZ<jEU"
    "(+}I>@ie<q8Hp~B?ZHwk#|z_VB>(L`?&_RGwq>#9nrYdhl;7@0fb<887*+zY;c&&H7ApDvfNJQo|BnzvNxPe!m~G>%rc"
    "ZC<z$Azc1w^0TZTzNO-4DF%UyGF8Rr3q&h<ID92icnpg6g4j~;d&3^}<4Cs%TEd5_JJORs0}#m`@J=5x-%5T$+2e94)A"
    "<SfLU`4pt=0c@5E3gD+O_a|Siek!c{54(XTD9|wZ4c99m4`715=biaQvKPsF9@~%w7`aeqiOyeh@;PU5h|;)|pM;bP1{"
    "CD-c_+W=<cs8zCY++Q;4Jb~$qzgEl9SH>%l4SF*jEplpTnS713YFtr+GK>g4<xB&ne6}g}k%W$9BdkB%DGDD9_$>mWG|"
    "eB!U9p%ECOlEDcdA0~N_mlUIt;1+0x^#&s&jo#K*HeBcyEo#Jh0HHmojI+xvcii=LMpUM`21waL>y-sn`DL!^q2b|(Vr"
    "XbER*q)JgiqzkO<gJ6`O#<Tp4w7I0&%=Y{eS+gYI&+X5IY{1fnQsn~xr5|w!qW%IF({>?`&4v`iYBRI4*0|Pjl+0~z+J"
    "+32~Qlx@4Gm6n7Doz#|7vxkzn$##hJerZzI^~lgvink0T2JUd8)g%_Jn4A7k)S=Ai`hB?Q-pe*6-z?A6V|AMdV6FiN#n"
    "S2*&kja!iZZ5T^`>K$bA?}_QZt`0Ex``S8ypC1=rPt3i}K9YE5?&qcZfM4IpU^+YaW_Uw_Z_xjBX8q0mUI1?<^FJ?Qt^"
    "XY!c{AG!4uJn};!kswjU+g`$=PknM!$UP4{yIEA|fhu3sv%yt)>-I+bpG}4Nm_t%^-0bxo{)b7P3Sv7&A!yJ1JtMbNea"
    "X5^W*?VTIXXl4Z5pv2tFGl_$yU>gsx1i5Ny$iNXm9W!--zUAQd_;cSX`N(}~ME(|w8-3LjOJtZ`=LlY4XMhG4}`ASpT4"
    "%Vi1QfXDw;LIj1_=+CTNU8O%QX(ZFly{*)NtGwPQi2V|241k`!OyKa5_L%BeDRnmFq}qI<<`q<k(f%Nsj0?D6pd)QP}@"
    "{!$WZE?lYDs=#YZl2dv;ng75M84!NI*t(5a{k$LMso8jPt?r3Hg@8$QPLm^0evBH9rl*zTdQ36RF~Ot{Bm^<XHbYFDn{"
    "MV>KRjUMWVFzfS#SQ|ztqO|cipOK|L$c_+IA~^O%RUFmG3E}s4d5UE;QH`xi-alTAq&rk+K3Cyt1R>FY3=d(q-_>HKr5"
    "IPPAU1S^vRF{H%1hz$ir(FMgit!mlRa==#sWDz-h-}~$|Y3~pa#_9b&dFUP6@c-N=vv-i}Gw#+nzv(6F#B_1<9zoUVqT"
    "e3bj)xG^5UHIz55>Y@97mT2?uWQ|KJb$e0#Jh13pNc9b;G9z$mDm|=|#p$1e{ClpilU|3a-q3YePQ<`O~rbd+4<?|t14"
    "=Uk<CpX$cN-I8e9%+^5^pFy=;d#`9B%<nVqQhcjiVnrB55jqTV#227gR1E>Jp8%qV#nx_jHn7v2{%eP6DH@z9=)$xFzT"
    "m7L=CIdnfJ>ZCTf}fMT#Cox8QVnCW;T}2j^POessYDO3UwC-v5*oP^BZLMFq>2lUqYEUOHjQsYfZhfhuQ#+a47}u19VC"
    "`%#i7VcN*~-HtIXn!3?h2mbJqG5w){vth6h^{9b%K}u(5cTb=j2jr3_qFc9O1S9Ueq_u#|fX)4q_rvAPX3lJ=7F0TISZ"
    "I2@`*_KKrZwRqU3FpkA*rJx7!d(QR~s($k~@$H+9m4gCRvMc`5{VU2+P?>fU0bddgSj_HQMe@c{E_YKyZl84F5u?;cpE"
    "n<PjAUS6~v7=nBt1MwI)WsKa(2#GkyjC)L)7q0_{4dE1ZQF<Rjs`Wc^L_@Ht!ipzQ=VnqDxMcYE!PhG~PiMLCad&fB97"
    "F8pSme2I{&^CKK!|e_W?})bI&||Z~P&&45wJ9BHOtphNMj^QpM-0XEUsrvac+;E2YmfEjjYP_6VTNN`huLlDJ~nVH3yV"
    "QS-I~~1L@uOtikK3G<xq>Z3YyXNrAZ>;gUUymB?PQEmZj0Nj|E%tHlBOFmDq(!nARs^v^I9)wX?+t#Ck$Jt6NNW&yq;j"
    ";PJ3xb{N(s8g#&IfW5iyC%2N#Y}oJ0U2B-eEnO<7N~lYP0Wf`bdB(GQXpVZp%^qfXZtHby_#ka2Fmp}T|5dvVR4qiVmj"
    "PRDuCn;ASRq^~jVthMDKzgdH!b-e8%C^Eh)94i%pw!+LXVB#ATZM^V2ud6#3vy&hD!mgGZgMq<DC%xk&3;YFt*o)u3_U"
    "5+u~G#SE^1O<!V%`4HB38a6*^w#B^E<ckb^jK8^3p?L699-dWvQ+F9ROWO^Csg`Fix7l8y?*_j5P4f0<=DYx#o%6?D#c"
    "IJ=uVrq^&H<3s`?R`49Q-IJ#AUCDJTTNDzl_#j-u`sz@?S=mXu1dK<>gXEkfpw}6s7)rmK|yts#JY8?OA2H)j*@Mqz%e"
    "H{X5|qywC<-%mB*x>7Ey0?Wyxje$`kZfND_vI`&b>uHmW0jN2p2qWr>Qu^c7TZ99K}RtU+jKu}*k>z7PC5l;@9Ywz7&Y"
    "lPJsroo55J&ECpNz4w#VM70;LaSie$YLU&I|MH*m8u@3URqs^)#9kiNWO}`Bq!dzi8v?`KDjwqr_xZ*T(@Hh*EDQH(8E"
    ";B;pt5|_v(!XYZ&Wt8+7tL+pmgb3_F1;s?+*8HN?th5+P`e>7I#;6H+R#|ukLQ_;w0T2dLG|R13CG;x5?anpzJQ}PVTO"
    "g6dT_y0U3vicwXHd#&Y!A#k2I@EfQD1-NR$(US@B0Zwf(f@2kE0d!u_f1z=|HF2F4FbpvJ7+B{09`(M;t;>E)Lz{^3Uw"
    "zS_@o2@Or9Nfo8rdB|ybH8uDAC0E6rTs6Mfcz+->|d+R*B;j%vx52n8zBfT#oD5Ro)G+N<wdqOtAOk5i|os|&qF#8RjM"
    "s1F7FfiHc`$?C!N#^i-^Bcq#%nrDix#fc*jYV+zKTkhg|PvC-sn==bdz~^ubt<sq}umG`0C_rCc|29W}*F$;qrbnY@$9"
    "xFX>M$%knuI?5<cW{T=0oXprSdE}ie6z3TAJDEE^$4w_QPD19elf6eO;&mrCLn`Ac3XQpGS6T$TiA5+wg2M{yk&2U>BJ"
    "YHg8*?7q_=nzk=RrbxpvZX#DpQ>~GKZbqU2@G+(CZ|Of;mY(MZ#$cor07k#p@_jqB5Cx=BG(|1UxK7OQ~26IrC%A{N}N"
    "wf*I<O`9@_E<;h>Fuq+#tVkxIG1l7rbA1bU^l%;-A<N50(KbD;QDoKyiu6CIwWiml###!tq(K1cy<$}u>sc48*PA9)iZ"
    "Y#31aGiw9l2cek`LZzWEcFpTOd@0n1xZZvlqQ_Q3Y9LCGP&GXWtB)ztL$?M1zA+gImKzGSagcxq(eSH-4V^WQ!G%?EoX"
    "JmRVja^G)}VStW&(|6dySx%sHzGGN(!Oq=r!RERYFB4-x!o*n{LK36%E^l2fEnrb(upa^*`Yfl@j~isxOzx2SZ|6+Q0}"
    "d7m66f2Bwvd&E^qGu+H!;_+efi^F8@Fp+CA4-->|iJ8OXz+p0bm`EKamzo`teLx;2?;a-Sex>Lzxeh_lq0#@<_1Pcq)x"
    "oRO?BCW3XnxTzc>>6<;PUwD-rA3&3m&NZ-+v@|0-pa*$wB5{=kq@oP!oM~<KFAU$m^N8HzTPgQ~5c6@68yio?oXZyEV+"
    "&9m>*QlN8EwkV#soPXN&Ts-p18io&NDnm$p`lwzN&1R5b1(DCfFPy-5nYHPuPNzw5f6Ct4##RWV$oIZH60B6#JC;cRv{"
    "m01<F1`O5qF|4zcldNVvo6$`o>Ir%a;3U<SF01K)oH5j>1}lZ%yiW*7WtaAuzE4K!ZMPEFYg~{CLJ+dxgzrYD4o*jWN3"
    "Oy!*)qiwYu1#d1rgAez@2Cr~7W-@xI$V-<K!D{u6$;cS<J>L7rt*|KVKo89q!`(Sqj`!JwRXK}onr92iPGOni(nb&EoI"
    "#}?6G==|}|3AmT|)r(3W&OjaGEFVUqqT4%p@V$|Tk3~9sEb!q2zawcrGAz>f2l$2!Z^lpXy_sJznJW3IhIeazm-M||A0"
    "etYj=V$GUwRwKB7Z25<WC=<fko^L{qheU8}zNj6a0C<>4gu{G`%g>U;7}>xj&gdfET)~?>+0~;EOdh`{12v0N>t}{r=i"
    "4y{cU2-+<}&TzE~IK9-aq9Y6N{h2Kk#eW#Ew3iylTg!{wf5dYlh+kw4Z*Zs|Le(9I?<i^qrF$HH~fVS}gSt`k)V|QZuF"
    "){v2Td7mH>lBupC2}Z!LEF#m`nH4{(jx6=U{295bGUCE@B9z;uw!>A*n7Tm_m^dN&3}MDnw4&F`syLR;lCLf;5GIZF0N"
    "OEYS}TtzcXnO&BBM`WXR~IpMAQ2gI26d1nBo8vqOX}T4+rz7!q1QIVD1dxWc~=X+64TDjkLu6ZGNeDcjU^VVcSXAp-QH"
    "4*rS-ONwc+PU8~ghknLxV9o@EZidy?I^=~msOb@*h4J}+S6%}CAYjo?P460do241>(8C3lv&@81r9wim`roFJiQkkr5S"
    "IJ%0EJ*eG%-SReYU5MIDI$XOa)2o0uXMam5@<;9kTyc+^rxf-7qbe@Vr?rLxjEYLAuzK)y!nwzV^5b{&M;5)`P7f4Edf"
    ";19Y}arG@ouS9!*wFSubJjrMGRML$U3PmO%z!p*iydcA4MzJ8#h#|K8xZgUyHTm7EV6RJZ*8o}+7i!Yv4&YnDnAgTsP+"
    "PWCkbX7BLHcX?{)v2vm56m>B6(*iAjV>m)OKL#vBrypM4XrTC*21!2THEv?^M^E#KD19n#aZP92~;hxDYkCm&&-!&YCF"
    "9pTrNM<LyEqYWPMD;qDC1XsgEOk#oKAr!C-6L9&gjSjP3C)e4szm)vY1Ty?YTAH=GU;Yc+z{a)<FDB6z+c?J7xNcY0v3"
    "X=DMyZq0b-_S0)5TwSGa5+A!e(Ksq&U~E3U2D{M`Y*dT#)56MQ{Nk$`S1Oy85=t4cVJ!0QaSy*fgUw<b)hAc6LUN^nc$"
    "Oul2Xz}1n$}#&sswTBVos$1#45>11(rBc)g+XzRr?wY6hN>NZA-_|{<e=Pt`52m)xjng7K}WiddJt&5A!6-Y*hPU6Qs+"
    "a)V-kHUf2dVVIwR)PwZxQmnp}i&h8zCy9>|buv->sznnYbwwK!*haL0&9=^Du*ic(`#gBP_1GVLsgEiVumtilRtv!?`Y"
    "@at_HywGg@Di^EwTjvzxMwh@FUOSH3Nef1@2L!m`+d_LVwXvgSRv*yeP~sZe0l(REM@&*!Y5@EVGDNa&dMru%6BqFC)>"
    ";4E)kg_U0_8)l#SC?4NmlBSZ3bGBxo<sOQAr1eDv7K&C|h~$%2n(m0;QTjZ%)kRDu)#J@?R`cfU=VclT}YjGdy*d6AFI"
    "#4Piv8MbbPUJUw?S{R_c`!0PYG>sqd$Sr%7_UJJ>vW~${O*`*Z+K~(Nxy&#fCV8{=_T0Pf@p6Rr;%O>^<LJPV>Nyv1#X"
    "CpNs}Ja-8+ZqZ(<TmE_As9k-M#xJo!5pB6Vr5jiytPZ=|nd1QxZ>7KV~KPxtM?bMVdG9vA6#4-~SI{uJGO"
)


@cache
def _keywords() -> dict[str, list[str]]:
    return json.loads(zlib.decompress(base64.b85decode(_PACKED)).decode("utf-8"))


@cache
def _step_pattern() -> str:
    words = []
    for word in _keywords()["step"]:
        if word.endswith("<"):
            words.append(re.escape(word[:-1]))
        elif word.endswith(" "):
            words.append(re.escape(word))
        else:
            words.append(re.escape(word) + r"\b")
    return "|".join(words)


class _StepRule:
    """The step expression, built from the keywords the first time it is needed."""

    _compiled: re.Pattern[str] | None = None

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if self._compiled is None:
            self._compiled = re.compile(_step_pattern(), re.M)
        return self._compiled.match(text, pos)


def _section(m: re.Match[str]) -> tuple[Runs, tuple[str, ...]]:
    keyword, words = m[1], _keywords()
    if keyword in words["element"]:
        return [("kn", keyword), ("p", m[2])], ("#reset", "description")
    if keyword in words["feature"]:
        return [("kd", keyword), ("p", m[2])], ("#reset", "feature_description")
    if keyword in words["examples"]:
        return [("nn", keyword), ("p", m[2])], ("#reset", "example_description")
    return [("err", keyword), ("p", m[2])], ("#reset",)


_REST_OF_LINE = r".*?(?=[#\n])"
_STATES = {
    "basic": [(rx(r"#.*$"), "c", ()), (rx(r"[ \r\t]+"), "", ())],
    "root": [
        ("mixin", "basic", ()),
        (rx(r"\n"), "", ()),
        (rx(r'""".*?"""', re.S), "s", ()),
        (rx(r"@[^\s@]+"), "nt", ()),
        ("mixin", "has_table", ()),
        ("mixin", "has_examples", ()),
    ],
    "has_scenarios": [(rx(r"(.*?)(:)"), _section, ())],
    "has_examples": [
        ("mixin", "has_scenarios", ()),
        (_StepRule(), "nf", ("#reset", "step")),
    ],
    "has_table": [(rx(r"(?=[|])"), "", ("table_header",))],
    "table_header": [
        (rx(r"[^|\s]+"), "nv", ()),
        (rx(r"\n"), "", ("goto:table",)),
        ("mixin", "table", ()),
    ],
    "table": [
        ("mixin", "basic", ()),
        (rx(r"\n"), "", ("table_bol",)),
        (rx(r"[|]"), "p", ()),
        (rx(r"[^|\s]+"), "n", ()),
    ],
    "table_bol": [(rx(r"(?=\s*[^\s|])"), "", ("#reset",)), (rx(r""), "", ("#pop",))],
    "description": [
        ("mixin", "basic", ()),
        ("mixin", "has_examples", ()),
        (rx(r"\n"), "", ()),
        (rx(_REST_OF_LINE), "", ()),
    ],
    "feature_description": [
        ("mixin", "basic", ()),
        ("mixin", "has_scenarios", ()),
        (rx(r"\n"), "", ()),
        (rx(_REST_OF_LINE), "", ()),
    ],
    "example_description": [
        ("mixin", "basic", ()),
        ("mixin", "has_table", ()),
        (rx(r"\n"), "", ()),
        (rx(_REST_OF_LINE), "", ()),
    ],
    "step": [
        ("mixin", "basic", ()),
        (rx(r"<.*?>"), "nv", ()),
        (rx(r'".*?"'), "s", ()),
        (rx(r"\S[^\s<]*"), "", ()),
        (rx(_REST_OF_LINE), "", ("#pop",)),
    ],
}

GHERKIN = RougeLexer(_STATES)
GHERKIN_NAMES = frozenset({"gherkin", "cucumber", "behat"})
