"""MATLAB code split into tokens as Rouge's MATLAB lexer splits it.

Written after Rouge 3.30's `Rouge::Lexers::Matlab` (MIT): keywords `k`, Rouge's builtin
functions `nb` (its list from `lexers/matlab/keywords.rb`, packed with zlib and base85),
`%` comments `c1`, `%{ %}` blocks `cm`, `...` continuations, `!` lines as shell, `'text'`
`s1` (a `'` with no closing one on the line is the transpose operator `o`).
"""

from __future__ import annotations

import base64
import re
import zlib
from functools import cache

from editor_app.core.markdown_ext.rouge_regex import RougeLexer, Runs, rx

_PACKED = (
    "c-p0X*>dB!mhG?T`93)MI8Sx-eauYf)SZJn?W*eNmkdgzB$hcPLE2J&{atHqfCME{cAXm`VGjU75W~jCwDBg}<<+O^v3"
    "|%_Z@+z6y{*&iZCy4=m#_08?~bplq&T|V!KbL(yC&NJE7y6I1(@C>UE;dB%~m&Ak@Qt^yl?Z>yDIhZzB^=_zROncv&W="
    "Zz3;0{m)F&O=DN3u%T^z<?(IHlU$<>?B=Np4iZ4mm<_A)LByFCo3kCbLZXaBeY%;!a^`T9g{cTZqtB=23ZHgLE0of((I"
    "@x7EHg!>C8~N?B?njZYAG6lsz2wwQCg|X^ZL<vCj$z8YbKt)oq65}uNoQ!96`4mFWnOLTfvA#l^idiIsyjAD<XzT=xO@"
    "r>`LRC!$kW4w9wNm1Qz1`nu7_`i)ZL7!yV0wX%_ej1N5jt<m=@-QS#P)a_<;;5j;J55OS;~TOq4J)*5$v(kpA0l!uQ;S"
    "<lZQ6vqP6v_Lj#2-^EAP{dSCF_@=w7r0bH+{)gKnh3BN%DMuxltg~VytG=`lZsds$IS5|v;z)ckOrCPnh+T*T<U3?{mb"
    "Ahcd71oGM^s*U>M1E6fV>|{=lxhZ@2|E+@AkrG%IW=FIT>@CBaN0@o`LEbO6z@G4~;0(4XS>%&36;lKJR|CAuWM9iPz_"
    "r5%u~n#L`#Ygp;REG_rG_ZhsSA4xxMvc#j$|pzb_HeH9-0Fyz#SF{eJnpY$O_`U!Pm^P|nS!b83wK?CiRZ$uo>*U(Q_c"
    "{Rp>FMuf0<DaiKb#pYt3V@Zih183AkWXn$yL#J+9%RDjtL%V+b3&tU_&g+UY~{v#^sgAj!hlBt;4`xL(U8a7<=u!yfxh"
    "r7Ahg?zvG%IfU+gW&dNkz9k}${D10#Ry#q(+SGAn<i5W7A<!QBrs1O)3+&CLBal<K#Tv)}v+%hH6wgpR)ATbys-u8O>R"
    "5aKJrw-Z_UP1P%o)-6OEGVa@1#@${eMZwC1e0M*R$0RSr4d39gADbd^&S?9l+p)^tUS&V~#GX?f5QaDl%iAAmwq-Xd_A"
    "cuJ{DB&{t9;@Er>HkSy4<HttgdTKG_X+WHqF|pU$ak`z<pBf#;4XDd$pDixq*o=?T@V5)M;MrB5tpIj;J3S$lWor@#6<"
    "-%)gPv>KA<rGm2uvI^o+`#N`#TyUfy@#ICLTW(bkC`D65j8HL9_+l&c}TIZB82rOf7lQJ)kV?P(T4Fk5>lw*OXys|I4d"
    "}LWYNV6R>cI2{<C&e`ud(7&hPcqV~@xa_kHf6}bO*Urr9&N4t@rWF(+aRsYCzrnUW6YK!IoAF7ou=;mSR+eP7jap(^L0"
    "snvvp}Az&#5+^N%&^>cccy%CjJHjaB)^H8PsEZbs7O*<%(f1%Z7+L{F4#vy?@1NpQz9%9h?`tpW|4Q4739H;_b?dz8bs"
    "khy8TJ;p`XW|YG*C)6u<)|B0OQ+5}cvRiD*Zmuc2*{19!P1(&fWjE6(-Ls97At1ntkTdSARl3tw>1LasJ8OP!ruhxLqT"
    "WpzV|yG}F56t6aG*V%yv}uLUXQG^cI?jDu{&?aZrYATqT@#<w6De_oVQ}P*oxh0D|XXX>}FfByU>c=Vk>s%t=KKJVt3w"
    "($*R^-wn{TTDOtDgx7%WTV5V8SNlSJYTe6$9WOve%zmJ{ocW7Wko{NsO!S93W>ObbYR}Xh40q%x={x0<EcVpCdgR+;GO"
    "<^1x(EJzzOX6f4XpW^c;leE;@@llMc|Uo1m4D)E)kdGZ>|M$KEart5`dsileU%@g{YdlDEqGOz{7zpq@g3gB0oa&{R&`"
    ">IPakSSOfrA65PSUD4nwt=S=H4fo}k;`MT5{d(7+p#aDSC>`r*e=`1eEAxTk7es`>}ClQMT7>dgIB^cV)MOhV{Z?yoYA"
    "P@@2%^9t3u8);Tpsn4F4<OvL~UEZ6{r*!%viCNWzH@<&nXz7{OevQc1c`}CI=2?-BWL`B%I#3u1tWou*Z}7~#O0&Z$)3"
    "?S6ZxA07uCFi?UJ%0fzGZh%5T^kv3ppkRL-KMUPTmycrBU&BHEp)Zy>4*tYx6E9evPkmT^m2@`X-9BOLoGeLe_xOCbIa"
    "fcwU&@hw;t*6^8Z3adGjuN%6R8@wiFxxcKAU^yA&+<6ZRe?(E}T{P8aScsKoc7k#c~c!rApzgJ$-4TGxxjkRA5@;+7D)"
    "qiEjKUl!y9Ae<yiTaF@lO`QM*Sj43&g#p%!zOFk^+o6v>SDM0k{t3934M!3npEkZsEqZ~>I)P%Fw-#axcZV;Gr_*TyXX"
    "JvwR5OV&_+mn$f~T(H*Zzd$@rRe<NL`-(sc3!x>$7ColRznp$s{teZ=CVP(x8KUiV%79rBA)qGV^)95>gLs(<`T*6r)m"
    "_zvz}-!yeg=|mRF<__cad~*wh8)?G(ldt&SuWtKj#uY>~;|gjz%lh9vMBjJh(;f8Cq>RuY^&$>R_(M^zlj1zEL{CJ!)1"
    "cC?J$Q|d;4bSrDz_fG4^m0*(MODR<v!nT<!Jh&?@(#lyqR$B^CI(%zU2V*CU2#R9gT}5-=hLY_*YGQ1jZkJydXMvj4m~"
    "Tb?zjx3jN9{tEX)GwpGg9l*h<Ci_@m>sLy9<^bHYr{0=g|e|YoyQ<>~eSSOE?6+frh)|2$19L_m+{ra3aWYb(U;+=m$%"
    "(j%YN#(XR2O3c^w)yw0A-LOMAOvMD{lw8ovyvqEq=8x8uKvi=46Pxd5EK3<qi<Kq+O3k!rZ3eK0<E2#RPLT`Cr6Bq47Z"
    "V!$|a*ae8{@*eN~~Z-DNE&A;?5~?%KMDan<CAHl;%x=O0W{{@*50T7^h{5UJ5iOLoMBd*9Zj=Rmgh%vK{?=CKd{-h{re"
    "Leajj3*^M7YE$$a2EN_rh5Rf~5O=^oYi1jW7Z||4NrWZh-X?8QDyIi3>+Cab6Xq6R(eHA_H3$>n-v`B8#LpgeLb2cNA%"
    "->>$q4T|2-qs58ZxQv`X-R~S<=#5cwHCkq<wd2idqBS>P_Eu$P{`?zfM}c7_~&aEZr#*j5R8~jAcXFNZbaDKq}Ne!p47"
    "$*I9{iLRheF0t_GL66uBm*42JV$!BU;r<8ug6c_q;!oMIms|{kvnN&^-&_(e=q~X6|ArYycz93n}kcBt7gFJ-<)64EL7"
    "X4IVbeVSvJU@YlhcK`+_imp+|1lJuBkD|P6q*o5eSMKwD#<Dnd|HWjav_hs-pK;riZ5`gauq}E_|fPg@o~t`ibPd+K0+"
    "2ng-4nu&8Q$SryHm*DM4|3pC7s&4LX7JS*bBzcUrvjc+Mf`KyQ1*=r%bD2_tzqsa%wjV{L<z$|Xa(l!4b;K4Dc8`4-tZ"
    "64us)zbhMlpW)J?J>ItbT;cDjodmRCdlmjceOr5vLG(H2TN}srNfYUt?Az8eK4;ag+Yf|uQ7nO+MuE<Ev(G}Zzt*Q;2+"
    "rgqLC4=lGKvi(YEkwP<ymAAFAMqiwJ+a=v6XSYXDGMI-M4*s;4Fsm@jEJm9_`nVSnQ^a#;1i)QCz>fF~pxqTb)twIT-^"
    "EYSg#BL$~ez+-H^Ns3y3+%;HP|Ipzq7Q0%~mtRWuqg?K1-;Gx)s`eFxuQtVSsRAxP!XI$)HjKwZuEcS?;MiCV|sFPwh&"
    "g3KGV)tYe+gY)Do|PMkX|aQIQtaTI#V|e|ik)a&?4U!j6CL9kiXC`V>?38x-Z7WpT$`H;n2X#**9M98r~!kB5o?O%NC8"
    "A#%g!F#*f2+wEifm2*Oz$9V{T6$nCXX{PG^12h^@P71+|n#3s|L3d5ThH5d2@s5h>?*U%y3nCKPfXd9pDMq+`N(Ty~v8"
    "wyjyxzUQ;9_jeZadc(=x)jEUrvqmp~I9dKhfVqc%dHCSr5fHjLoxIuvh_Qjtq9S<8(1O+&{v|Er%{MzasI=<=DTvioMO"
    "_(aWogYTcC!G^v@xJ65rB=tbzH>)K)*mxD}*zi+vi&$2eOfk4-ViV&7nQ6IR!KH;{kb(9uqY(kWPJ@C{&SkeOURKHK8b"
    "HWI~(o_8mX3<*NGH9oUtudv>jI(|Tjyovy{e0AjU%Z2q~S`<q;S!efK6prA97(?aPA<IFTUIzf&wIN!;%4aiMz>IoUeU"
    "7a-47;{t@(nY=|ETJ9l6$jdAt0fTND3u2x$1D-2OrcdAiAc${$_T39Ckm<SheTN2auyaylT-q=B7oBJ7a>(sLew&T959"
    "TR;65gFf7Q@2H>}l#2b3!tr0lw>3qxG97jj>}VF7JIJvQ3cZ?GL>*FW3Ut%l_R&zK~(EOh0YbbH;VTf(fVQ3-*l{Q)YI"
    "1g`G1$>)0}<@q*i`JUislW;Nd2eZf1Ho|)s;y&g5<KG9ajZ`Pp>#l33oG5C)tUsaR2S(02WXkcJy_?~m#jnq%v~q!;S-"
    "Rh_noBE=`Da`d^H~x+?@Mx6VDIMm9P^&Cpi@pccN=KOC%m)R-g3Q3T}8y>T9KQ?M-{Y%EK?(z<Icw8_bk{5{hV)On3&%"
    "jTWd!HkK>Lv$>!mSJ31mZhNMXx?sL9wQR(NR@LpkNVD$LHtwB_&N7hNkB2z<&<&#hF9=k=Ke2r>-!r#q$aDe=+DvlgqL"
    "~QgvyKF93|KMzS)I7v$UvvHPq;{Im8%|uZ_f9lWo%qei-_DmdJT%2L;h=_wS5Ir8`EkS#89nEFlGWs#1?fvX>3k$pzuP"
    "1|tv^HiJWuAlxH7-H2BJNi%{zDL6Q=b^D;*!sa!Ksl{*;|p8hxLTvB-*8lQtXicXJ+*)Y3$?$023UqVl}mDf1+)#yQVf"
    "jDt~xahi=2rNGSy7<VpU+^m3cmj#TQ7Y^=JIJonM?&e#aTWWRgyw$m})v1A<R3CSt>ACr)=a!nDd3=KAlP3k+!_?!nA-"
    "LsAZC-BjYH8wtrg?8NjI*e0$hlTF60vzM!);1{Xqvl52=zI_hTD6IaM45xNTN9lp>>WI?T{F)bo==+?u=MzbHYX?K@8f"
    "TAlKG6dulsy`o^+<UrWWv+l{HN#QKsifaV($h`UJm=VY3#e#!m4!f2y7a&#j)&7krW(37-nR4$4&EJG--oUw%)`UM61Q"
    "TqXo#(-pToS^eXLDqc+l}|m-$n$eq!Zic6Dfsq$9Tp9U@3QJj1LPa-M6(IVfj`bU&iKBo`f`RHCKqSCeCIghW0Q|F9$`"
    "vx#!K3~=7P7}@*3DX&her2W?$B<Yc*f3ufeVOoXVK4<{gE#+0WIctQ%%ui3F6~qrNHoD*wscJ)I}}o^fpj{DQM-oC{1E"
    "Mp_qqEjPzYb0@Ot*XGfxE)d}?91y++u)IP;*gtWh<tnRod6iv#NjlW5cOp(gl=8abny0&Zi^g!r#&97>%_+pgr64xM|7"
    "IJ3E`+=D&D8Js2h2KiU#+y`v@*c9ptp9JNA&te*={O1lgzOdoGjlNtehW4k>IETg=I~?uKrpLBU4VaV}OemfovK`CnT>"
    "_SXEc|ZGf)=vI)pGAg<6bjWhR&z3@@a^~$f@1;_<5cVFLWn!^oTpOVz`G1%X$)tUF_{2>eYe2B*ZKYZ*d6@l(!M49nOm"
    "vX9Z8f9E_l;fvwgnzvGUGTmZ*s5Lwsn^W8w%ydKdwiQ?wqu|Sr^#0v<!?t`M_#W8;l6`7vZVr%nq=S9$e*S-G)azhpd7"
    "hL%7#mCZOC^FBn1ptGX8XF;d$2BgnlY_9`mmd{zYw6=s58m7|6FQ<uQ>kt?c<2Z+}6L#?>$5+^<7?I#j}hgxR@>Z}KPd"
    "fW*Mi^|hweH*L*2>^3W{3TaVj;~uRubC13=>$rMlmAWs><RHM_rROL-C6pG@mk8PX0@4;MzwQVrXRWP=lrK>i5F0#?1@"
    "}y}t2Ftkm!*m0jQ)zdqVDrXvM;ek2hY0C4&C?qNhIQS5H9TL(qTDG{TdwzZ$azWgmtYTzWl)>rG<UWHh{;KCO*=&bzXp"
    "|@BkWhrfW`RAc^Y|%{yKH<kE1uMt(A~wLdRHBx?j}0&Ueu*FEqwyM9HN(-SFMe@ft8^0K6Wqgf-s%{AxG3_&In?)l<ul"
    "W*uszL?l2g_dkPtzWmhUd_Zvn^6X_yKb3!+xmwQ_%$7!R~nG%`bppl%XX|s^~z5T7<gM39#d5}lr7V+|H_UYGsP(o^^^"
    "1Hu;N7W(Gsn5NUZsX?h||b&Snhth+mZ&uq_%~v@VrG%YegJAg2mG!tF?>(R3}Rxl*0SO2ZVPrs(KYtl&Vn1rq=*T(e+w"
    "dim^l@(K_Y#P%+r15Wy)8!GD~b+pu0w5S$JucK2W#{e~x?Ry~4`dU|aXpu=fWgE}Bto!;#`IgQF8F|h_HFbP(-tF1OxV"
    "L<#1<SN3t+^GYwe3_Yz$&dbt6}yK7&^TaGBkzEOzWO{YT7cJ;Iw*2n><x)jP?XdAWRLWM~q$ajqP^Mpk~TZ0dd*#wT?U"
    "4WISn;!^B9VVX>3MA5;OI<}U;2UIZO=-%M)(wohcX1kCH}yL;A>uUW?q{)QXuy^r&=maGi;yFZalD@u*be?wN6lnEKX;"
    "OB}9yahEbWEVm>@4oSK&Ct>K-^k%yG~t1+5nOzcOFc<QTHq5Ufilg5%T@ocnn`CP7p-57<LbsTHE4|Q)MCs_xQ3HP&xP"
    "41?sHfnHcl}mSz1$8pq!Ba2aHE7(K_q_mrlb!XUPFjF)}XZbC0246#_S}6t0x>54zMR4O~AtWrhfdLJUqsb}Y=-TWU|9"
    "c#~}@;|I#;{SmBRK@A!(6v(d<;@<;g<}b@$fmei3XZe7$zyzBWb?vXzS&ImD#5w9Tkjs-RXItcX@p`&28}a-KR?N}ZDP"
    "q{7R?N_{R?JZCi5ObHo6sjoiC6OG*<md%@{QK?BCapO3CFMQ&G2TT4eNXnD_-oIvd{BtSoS;NoxWze0C?hoJ|X5rOMww"
    "PUJs1e^Rb>psqueI4{L-GQwxPLeexz-GK?5u-SC{H#Y5Z958!M57Ntu`PY8|ioy6&uJ88EjfVPq>+w3W8xxlsBLNUVsn"
    "odQ>bR{59t1a}DLN3B_cEOIsZSx(KQ3Fka-l!v0M0*%XX(EV-<|T<FnynRDChY^03A9OC#b0FVkaXY^`V$Wz$ay8VM4z"
    "U70ABZyN|Z?cM1lc)0(Ud#8;GL;<HJ=dXHeHkm{24py@iOW<;0T0pmx^~*|HlVqGKV3R`z*S%JBxF_RtWaj>+*j#LhPF"
    "ocewuTKXa4zq51J^KSD4|5^GcS6Zj4%C<mfyM_GksBHsj<fM5iXek6zv;sZiEov5Xfj)UF(YJ+yzGfbj+>fhneXEJgEy"
    "LN&-d0j^YeI3`pw@P%G291r%{N(sQQzK#wM!5`?G!GsCuOnQBo!WVS@r;z;uK<=IoTo29O2Q?D2+!fua!$-k5)k3fKgQ"
    "!h1dIR`jxfyYDejS1nd%wKg{I{a6s783dcBdXH8+ZLAcF&O9#(maI@QxDCq@8hF_(vQGghpYPa?-tF=fDNFAKB7exCtH"
    "6UPA-l1VA+d%r0^S}ZpEFA;oSi|Qt6@M-qL2bTG+LBLnZ(_o_1})tbUo9a-?>UAzTj(Lf##S0Nf>ifUXj&}Z{Jw6D;df"
    "Vc8j3c>8I${{@+}60%>5AJ-OuRdeuB}jA=#X;k#%jK>UXqic`8JK!2pM0hIKxwk16L<H-_7O#sLcte%g%bz~EWp)zFY2"
    "`1S?oWHBT~)wXVGc%;Ih=LY#wX|h|he5fH^@c&%frxK4RAGxx`p$@dfvs^^4f&6eD#rFhMFPjqKJz)4PJyR<3*Ki2vH?"
    "&IIzeqyCSfKpe5ZZH>Kg$9zvjS(_&qxBF^LoSjW79K%H|)invTrifki0qfcz0-~akSZd*tXt=FA56j2NR-aoRHw}S>o#"
    "Ib}tQEv=l`y;f+%y6DmA;He;f<+~p+)w6+~*2ufyNJ%pLuNu6b!oMVg@rFPu7=Q{st?*H>m%{J(GLURyGmOCMR?Nw(0m"
    "{Cq;oqAOvt#9l)h1is~PZczGR1-GnAc|qQPlj#&A!bwH#JHUkkcttcQ;HHH8Kub3o;eY|g%D~*o;mB@$#Tio4uh(j962"
    "!^d#<IF&#)#8sp@_d0TyJfCZBgX8_a4a*|FM{DmFW#3B&|yo2<2*0VK^8rH0@;Zg-|rGE-WN3F%mAc*OW=*ij92Ur*PH"
    "71d7TPG`8|q!wiWi7xEaUhUi?B1ZU5h0*8s0>F&!UYa4I=&N7opLcZjzxgc}``=XL``^_2?|)NQY5*MsFzehr6bn8jC-"
    "5y^f(Ixj7`oZ2mtXxLtx5xAx>f?l$w~=0N;052U_jL?TCuQn0kM<;@hM8T$UC^{_WGX&+y5Zk%Tdt1g6$7<Lp)_cw^8I"
    "FN^a{Re3Y}5t7snGYOgT(a`v(NOj`~1sOoaoEkq+~IdRnH2SYG2B!t=l=orO88@CAA*X(zGY`NdrIo>_$7T>aS3C8~W-"
    "B`4HRt-dh*V=}oeO|2LxK7T-T&p4@dM&(0#Vbb)O!VRV8VwpwMwF#fx4*boXkYUW4V@1CxKDoX9{Im+cX;QqL6BU_b2%"
    "phy>gqU`6DY@PE9?Rs-8<%&j)2aFZxwpUi<kOU?xp~{FOW=fY2dx9hQ(gs_7yjBLEwyuLmGjj)1;<&&yp{K?SZ{HJ}QW"
    "+awZ!BwSv)JrvKp>~f{Vs#4BPt#>v%npd`W8@igUFb0HP8+<4yr=U+NPY7KvXp@#)dEkh~5(!5VJGYfwC160KudK9<JL"
    "fSuxD|#9b#Jc*{uiVtFbIa@t`-JaB=?pJzOCV`b3&vY+QGKhoObu<*5V`nW@P)h3L`jGY8aOS3{%e!R5RW=`*LoeTXQ~"
    "Hlm;&Y#&HQm{XhPlt`um%SJ!m^{hxIIgAQ^kDF)<vz+SDaZ}~@nKRt5oVF<t)C8YAu>4XvznWe^YmRyZV2$X}5{Hyuc8"
    "Ld?w))e!fNU8fj_=g2WRt^{H6+|;L1T@NnGe^LeRnsrMmdmZ+-3=!w4R{WRya1nyV$f+6<EKi~f?3cxd~hjie!&o3<}`"
    "NGA-xJV=cO}1?~yOv9)f1Kk3Fe_LCJjJ=S{h%F(F6unpwo@^4xuftWuKgX&_%Ye9E2ac0RHGY2&@;@NrQ3a%T#dO$vj&"
    "?={^ytTWGkQNn+;mJiBnIl1FLV5KDNtIb{53Oda9k~Qv!94LN~_CFX<t#$rvz7WxM!TrfZ&_vN$?d1C98KAjwat6i#o9"
    "_5tn+FD@@CVSmkcU-3o;U?A4i9mFDa|Bzrh?_xF%nb~Sq>xUME*KtL?jGfb0_5^-!K~ANdrM;r|jVi_q&l@D|Yq>01#P"
    "nku!=jA6E7~ZuKB{by>H31qhSj?jbuqaRnuJns8yTqUJVRwn2}w9Rl6?5-5|6Tper#qEo^H($xxMnkEoG!2*ouhD^W8p"
    "%YeenH8ECSDL&94IrDOae`dr7iKAUEQz}EGp9h?G_RDZnsWp8$$laSSi@MU(pnOv$P!rbYidQH3j(6e6q#*yw};w{3s;"
    "P-Wgp~RsQx<T4gsPEogEMjNGl2KY%W6((v67fsh_|T;uGOF?hxryt3vKrA{#AdY%dR?s{DB3CudxR0d&`{uYy@5;wm6J"
    "woho25WsZA5D2$TbCrUX!H%sG^T*jn^xe(9D8CRiqQN7a0wccJKN#ek!@zAzLo+<iuJJF&y$MpjiOS{*Pz;_>#i`*wWL"
    "fhCL$+R7g=%WsPk^}9LyHEg4MUo#5~hhWPHPnj3Vg#B!;_?0+Xh%0_JnL$d5a*$rd$<X6DrbTg$ymwhL9r$TGE=O)&{#"
    ";jfwa;vlJ7LdG<sGTZ@D(@aQ35#@s4_ZhB>!p<Fv2CX`<b#p1f`SJE%&@GaGYW{!wRdJ<9H0pjZ7Q6a6qac$)bE$yIc+"
    "Q6TjaFB51Q2Q8GWr%ERDx^|s=~x*{j*~2GSCDYdPD(gL8By=}|Hr?{ZRlRFg46)?{v{os&bsCd7T^;TfG8aIMHKEQM2^"
    "ne1FhJ7?}#A?va4S~yF{BPlZOl{x72OunfS0CQ4UxOw7XUhL4@tD<Z=NwTsWecmRf*F_}cCq53cTx$docrsNDFz;XFC1"
    "6EA<Je8z`LR$^&5=VqxMai_jc?01SZJ@M30hWZeqxHs~0pe*&lGPe+r780PdUyjYgFm*8>2r}nV$_DR&-*EFw5sng^a5"
    "do;@~UY*Q9nNkvJjvDqEmL;SEsDABvBIabKF%MH<{NJ59y+Abwe)tJ!bEFP6~a`9D2ADugUhasn^Ez(jU{R=RFN*s&?u"
    "@g?;`J=%_+$w(7*wkvW?T$J0}%F%AYG{u82mw9IhkeS19f3`)$^hoH?YdE7!wXM59we3-nx8V6V-54re$Y^CH3yK=5>9"
    "KHPM_2mFuRh#qu2w7G)wn5pA*)|g<%<L|Q!^p1F$Ur^wT!=d}=XBz~Pq+WPa_KpT##`IC(nnslLN~*oG^EHQ&C7+T(9z"
    "kV>5Lzx<HBRCirQ6v?xh1O#exUzr!7S3&#El@vUXq;;ud`Ii8qU0cd|UY=(`vzD@PTz#4}$%K{o5X{3+ixRyp^|A+5hd"
    "Po4GQ62*)M2D#8zxuJi~({GYG_u^OG*Pmou=z?#)$>y?#b2JO(PcN18f}a+Y=DfDc$?^6e<~+KEWVoej=zKL?@Cq|iv%"
    "VLqpp1T$U+3$JyI2X`rAp{%9>**Jp2)!{1S_Hz#}|E<swup`zRB&wvV|O8s;%liX84+-TgqdzbaGY)vf5qk(m9^DVm<3"
    "MBM5`ftSAYdGjh^<VFdN2K72QGb_)SmN0$6hkV{@#>|FBv*5<SZvfz80Gf9iSJgvImcYjuAM!!F}JLSTME@t~|cjEp0E"
    "~*O=YkFky`DL*>20(WFVK$kU17yX5Z<{Z_Jpb#uDCT{tpA<B1$@7Mm;uie;D))l#2d**A`}x(Sg{oQ<*ZF+8SK-LxoTo"
    "Nw%zCH_F6K?6I=JkOO1S7b-(5tWZ;FSzy8LFQ)s_M+Hz4{h)^xK?xtKQhT!o{ZCd9qi>Rq$XS{Z@4ug~TGB+yrNt8dRF"
    "wGY(IDqP-Ef^#tw<@;<dD%5f|%6mQ^-P0UzQ8vSCK{nH8Q8v?aK{mtdvTU{h^QB~d>~$7C-UpZy-h&s<$t?JO$m)v`bM"
    "^n0Q?ZL7F34g9Sj^@{Sqwifi!Z$S8EK6W7o;_OcUg^Wx!`@NZ6QFO9xgq<EOpIuDADB*vvS$|La8kV_@vY=dSCLpd*YP"
    "moM(CAdzS?_Jm&>BJQ|hnVx-H$*LyBk-Akeq-tM{Ly&$uK@9E3Ao*pi!;bAdt01EyEG|{VX6(ro<Q*P#8Mp+@x&0yf|>"
    "b0zBg_A2TGW`}mz`4ZVbv`kiOFQ+|vEo>;m)YU!OLq8JyCGp^e#m+7vpL4&d(YMBq#J)!W7#Vhx*WD*4QJ&pJ>*Yooa}"
    "_U@IcrS$S-<dw;w07Ckqew10w#s2={qB7oJCDvea+mds*NYrR2p)xRV{?xi~*^=UUD4u66G&cv;$X2E>*<!%@M>BN#P("
    "$Yy!(4v?&7S7YL<na4?a4gU4!;p%mD9O~@EBRaPhb{1atzS`D01U(66t2*2f|0dffk6ay$y+gV#dg9|Q`rj@15BF2eF`"
    "3%&tWEa&Nih2|M`N<1Nwe7y{)((QFWZbSGq~wQYE44Pf7$zf-_}oObDs*b88%P4t8W{fQcM>E{F%7nyuyVr{_w(u5YfP"
    "0-g{sCV^Pm~htitP|IG%m6(zsBbuQptuSm9i@ytudfG>FcdEjRg@_Xf8nv^)`3lcLId@eav)?H~m)tk78*#F&U?Qz^Z8"
    "~ObH{ZmYGgZRJy)31@9@%@5n#NT&abM?CK_HkD|@qje(>Ac(Qv-14uw{`uHFR^E%9lfsnaY-Ik{#@_QL!ucl0m(QfAN("
    "k?!yeRAzmNC#w`UD);u{V%ocT%aPjrhpztDT$^=mCzXXi2Dd!}=!gU=UU>=Dn(Mm~0wdV&9@PLE4|v+<$2?Kmm<rLJTe"
    "ZpL4xR8N-Y27fO9Ldt%QR)9|ZmXbVpYg@p%ukDjxdRpfBW?yT2_v~!Kg5O*nAHA-40COUwPXf)pR->6Kw(_Q%uN^+b*k"
    "rO7hVzQ@bD`@t|E0i}0{VlFQQLSyXgjR%l7N0S>jgns9WMu?47e2H=9wJycGq7JWDuM(J%1rQ1;cZ%{bU=aE(Li>Hc1A"
    "2A8h3;gu3Ip!gCpgE?}@+JRc6Dqc<`n$uk<<I5ii-7u*YiKx%OF%WRPMn($hVg8mnuN8fkJKimRv;T56OFT^5q?U&+Ef"
    "J-s_=iRrjmm;A5rRTqJV;hefUW#N0^jxkC0WSrzA>pO>S%}j(ps;Lt1nx>ZJ2@lu?!cLYct|sb;r0g#HrG89@>HiEJ)U"
    "`P;(ev#ZrotX(<Fd)I{BH0xB=7lsp<@h&U4K@GTolhnAMQ0U_Io7Z4;0Sp4|Vm;KlPFCtgl_iF|oPTDs?Z<pbSOtlyk?"
    "PDijOo;=XD;B}W>iq-p0MxQ=NJf5D3-@M;zPwO4+0cEoRzH+B@d!85OOZ_>a@eeoa9UaOFrjww=U+H3|FR0bk&fhQ+`<"
    "6={!}hR|HJ;W8TvnB}AG2P4@f%mYXP?j3^b_{-_|*sOt0EeV_Z3YRf^8;1Pq~bBmN`kmsmFyh#6hR+Vd~ZM1j7X{HM+0"
    "0-Cp3H3&@EYZ!Bgm<Q=nS*+)9wL`Pf*6R(Uf1(|F%S_m{%a~A@|Q-KRXZl^oYmO@RX#SjW={F-Xt@ysV4_`hDey5Marb"
    "%FA(HreIS)sbe-zHOfi<tMqG3HYYQTa)Op=*7@{v(9PQog){6zA#2_uWYo4a4GaVZ;0iEp}CE}PiR8=nPBZp@>Jnoma8"
    "8V=L5c#>6&N4PPD|OK)ey^nIPU6$1|aL)6p|Q;tqHzjLo$VmNG7d{^U>}yZv+J^~sqjk7vU0pvHauOenK?@=TaHVRIU!"
    "niFg%f#xOBG*E1F<;5Yry_9FaHnPofIpAQN<z>NM`u=a*dEq_{^*tN+aV-QHt*N|rF9-@%?D=qZ)Z>{zcDCc0K#)3F_i"
    "P>y!s!Jed12!VqLe9^%RyY9xv#ai|KeT{_(ehe&2lf4`N5XYr7&OZpwJ6rw9^YO41C+Ki_!ko|K~$j&Mu5Y7QOZ>qnAJ"
    "IdsfIY#LK$z*qYF#aGH4g8+~3FRKDoj&4TF*1K)E&^rd0<Iy-eS$YM67gK3Reix>@V{Ot#9bFjus{D!;vT#RFR;mgKg3"
    "ySzOuu|~CsNc(i(u)H_UZSef`q<@woOqL^yB9|64+fb?e&Iuq8M`bU1CPe%E<JUJ;d)lNef`pswqm>xc<b$aTzNw{)=d"
    "X{sf(eX4ZwTfo)2V0f@j0=T1q?U9OUt{j|>JJUid-0vywK!E`~03N>94nm0v6WGO`w`cl^-vp_?%6>&)Qx9ZmV2Euzf@"
    "ms<FukT&jndCY$=kOq6RH8~2+q2YySZMc19SIuEW!Ff%)K=9>3IXf_`ygu{Dyq<dbp`{UUcxr5b{=E4!UlWD@9uDZf{1"
    "JaM07TL=&(H?qw<@%$X981VJ)ew8C{2nikMF}X-sF;9<GK{+ziE<Zdwf0xcU|3ltN3Yb*v|yMe|`JX5S;o<`wdlAZ5>X"
    "E>5}(Lp7cwW|9G|hkS46CQ$3filYrw(Zoa+!pMT-8kN00b{|k@Z-n_s3R9}S!-IsikCexk^SYK?{+((wkvcke#+!)Y?="
    "NDu9pD&-ENzM>r%#{B`#N9L1gS#3wUXnnp(4auyCV%fCL%e;j7d_+ci9Peks6v>1fQb?pZx49>$zeyszaGV@uJm`GH__"
    "o&tzR6CL7r&j{J%`%q}FL$Y0r0Y=MR7KmNdOm@%JA7d!Z*Es&&sp_mbz%%)b4-*J?iAFT`?MX6ShSP6V1Lrm%SaNm-#+"
    "1-_!Jd$Gujo};k)SDu5kd-k!PaVcmEADVW&QTB33uEA@E=-FPN3(xiC3t!Ne&A;%5A>i^b<>ZO?qq*Ieq$~>l_ft2i_A"
    "gE$`eIPCiL(Qkb;~6J=*dQ02=y^>JS)ARI!?mPE~iXFEUU%SU~Rq0(!R}}kMaB-jLX3};kKEbs+@%5b?(anWHS2Mocq?"
    "E2BIBvzbgIb-OcB>MINoE%hP2YeQ0*!c06{_hOw<I6B;U80BM+{Y94l1y2S~7?C*AW(^9b58pEYPcSd>j|NEskyM@p^0"
    "DO>L)UvtX^MC@g{UH0pfLuX6G~u{CyfV&9a~}>tStgBH^{~sK1i4c>t9m%?F4G+>!gO(r3>upyce=9pNaWXwW_D~R=dd"
    "H+cqbO~jrq>o_#ZYFXX+*o?4~DAW2~82Yb5o1)l!z`v_W(da2&K4O=F>4*uC-hP>AVk<$y*jl;oL7DxuyilkmYpMns%E"
    "8Mw49Tok^9{F|Ei%ZC&o_5sQo4zD!fSqXo#pXRvHDay!q63XtN4mmsQb(ms19Ji-g<1#Ob-0>O`M$CRC=aJ%^Sw`TRq|"
    "zk^z<Y6M8qNSony{j^vtWm+e4w?j@}X%~Ww88H7Fueg+wz==Ezv6>vItl*%d``bchAD5tbij+=Vkr)dhK{O2{2@x$G&H"
    "U$1*uqAA#)pT+k|B{g{hgCaHmgfT}a0)o5V3fNsM9be(~|BzWW+MI$3Rr8N6Ce3;Wkzol%kuFC$JH$KP?7cH;J#^OMkO"
    "~o>7Q0QIvCJRegA||U)r<`D&-#q-rI!}!YM-y`T$QQFBW<;=*97x*HtwzEOvkhc*7TPvU#vE^eYoKNH+f&~B*o6Al`sE"
    "AHzMaOX<tSECvkt{#tCDs{(^rJZWdnghTT>nyi*a2;@@o@!webfYtBtI>R(5$F!fjOls*Q@u0ByNe8!IgjBbMXF?qo%i"
    "@{nOw%9C#u0%i$COn_f$4|R>+#nU`-gmzkaHXrFW=@!z4!y!-DS<XPz&GB_N`uX%5<xf$L)Q7f-D4MC5P%;z1#yR2MWZ"
    "PmIDVRKJcETw#t{k<mu19_mB`vFXH(sFZdfkZ9yY0fji0SR2&#>$)&&ZEHCa-=*X!IJRKHW@diP@18<(N^E@S<JB@FU`"
    "pfjmBm(R1GSW0n~gx>Q!3JR8UTIbU;1CgObEur>|k?^ThPH&(X-Z<-M^rE1)hQZ;5=s-AOJs>YvWis&H?IvVM5yD>GQq"
    "SVo(_;w`x-KbMWR2bu3sh;8HDvcYCiA@W}pN<^JW3>VPB+G7qvO-Op$?6`6K#b#)t6!_igcLrHThz?rA$1vIYRa|#*}A"
    "SDh~(SjiZ>=fc}TOAc4t==&4)6WYCvC_IW!`??~AbQ(H{$=fi%G3)ESR)aM{p~URJ!|cc<<esJ~L4XH=>1$aF3d#Z5bW"
    "A|v$-6jKG{7eysP{No?51b)j6ID+d}=6a&@U`_bX-{?{!sO?fS0J~KlV|s2w>YG&^<~M=iWvUQ#ZgTga*{s@I!WR;DUJ"
    "-{rBDgCA*rC=KWJv=NqBnxs>XJo*c5BCmf&ctP7oxXk2x;b!oBI`{y*DsS!@$ZWSqPQ^#9Fg(GOov2DBgOxqP_(u<v-I"
    "!gAEm~aBmT>g~UI;yN-(oP{-{;R}fiO6VR$2z|Y>y)tEgk&rp}*arG-6w=Tu{Nx8fbFdXh!4W&t}FA@M6!URA&UCFj1o"
    "ofs@2zk{Cp-gl)3GX*+*8U2<W`j@J>~n-r_t(hC=c-AwCZo%nWST5_Kz?YGF9&_V$mDev!Tc}xKgf6?V$AW&_<scl`e8"
    "%6!A+4=XhGddXKv}N{XM@c%Pw6@LO0k0C$3Avh<F31L}d+5*pU%I&y-ci;jRa?w(AY;;MlcKa%HVi*l5&Sq`jM1xXeS1"
    "l@7`;5wh;LTkny2$a+V(&Gqz=Dl4Ir-D_gXH-mhY!>E?KXC+ZgJ8T+-;YlnWVq;HFlc>~)3GLj0^Eg7iQ8Kin%M2pHl~"
    "ykcsw9;Px~iW<&|D0O!aAgf19Rt%6~~5`-^ymM+JO&q-&a}c2UfYiJwb|ZW3#k^GP&OPDRd&XmpDB!ynN~tY!sjJ2TRA"
    "N9s|$n#gM9i9?56zb*O{f4}y`Tf6uCULYh&iJA^(y`g2)7%XamXKY!uj&(>^q1MycU>oQ0>*9LYE0)^a1x-Dys&SWv$b"
    "zdZ$M==Rrtss(GMv(0QAtdSKax1yIl&|G|kQj#X?^f-aV}(|?$%X-h<b!Mn+^>s|X)F9qgukUtRv~ETvLhfH@x*9-n~>"
    "J0J$#E|IRxTnT?F)VUG4afX<n4!NiG`*_jA)ygA02)QI|?gof{FeNl(l-VWKwQCTy^sOG?8qS^cF$8>NKor34|U3DJB6"
    "-OrXO@u?sfL<;x0n;BPG7^oEPxDn00=O!o(f23V%dTd+HJa}k3={aTGDl^5Dt=Bf=)dL>n9=2KFXeYb0Dznw_zja;4ok"
    "Z)qZbCO)w*kt}%4998PMhr$CB|;)ObXU-Zr9<1cImZ;YLUQeRgRK>4s#6*_hA|7jcWv=2*K=HEW^jSy+C(+j}E7yJbkx"
    "E&${WmfkYQuKUGo0+V#{o5l5CtllI*KlGi33-t-XZRY;X4gA5%IUo9%D%mh9Z4Vj}?VjtRO(gVDQa8rIzG8tPHK%wlRL"
    "E<dHaJQf*hYV^;dj=nPva$lMzn>I{?8miIf#mwaux^0&C8WKeOagOom$ad_OASa(O>HcXL-bZ1sV}mktKVp~&CG-7xcr"
    "}cCBAn)Rth%2-TGSBrV!x;6okBH08l+%n?t_fL5v($ytdnHz_&q}#DgXKp;r1NfEiG4OS|-<EyDy(D-9E1xUS8cmTpU#"
    "_a>;(GD=ra6vCSiK@A4R0W2>hW=*TR|NC!r)ocV_r5>5I9VQR%)3zt^<gTr1=v8iey>WoNip#hC=vFS_vQ6y_2cW*K%S"
    "43TPL(+tr^WwMb?db{QaS|Uq3x9Qgg>X?DLX|0f`^_6?WQxUH+TL58h^JfUc(E*X`?=ULoR9xoyguZ$;1gzHzuUXXF_G"
    "RRl}gbc=#$H(_3*ob5w&&Q^wGuhQxN+hX0h#eq}R#t1#iGTi<M6+*Ut4@o5{7YPcWW7`7_viQ7bm6^vlB_V<antjr<m4"
    "*@|QWO{3bE+c1}WE|SS8iN19<1~`JV$;L_jn9M8UL?v;x&>Gt$-4^yj4Eqh4DRBqv)pi56;%pvWQ>DPqP0yT6CGX^E{k"
    "&GWl=ySf}C9p)%g_YZei!IhH`c_lnYlwxsw~A-04kF&foe3$dREtzt2f5?g8fTq{><6L(2NbT&qdM&evMR9_#c#ei;%J"
    "?r}0SeAWTFmfK+{!u;4LveEDMS=RYf?Mdd_j#n8vb{2@!YHUPk!dO?z(0QNV`ERiVgLQtl7r9|500KS018*DP8)edWMT"
    ";aWe<c9wQ%-_)DwkXU*waDpZ8eZa;8#vn;+2P1npM(p7|&}2<h(f!myVH)#@-}D*Djp<W{Di+A`y~Zavd63L;XgO0vn*"
    ";=~Sj`ywM?G+$DfWprGr{10Y8RmB?uJHpnqEb^v+B%avTC*$jft-0{MDk*KH`-v~8h_Ch5_Ik*&~(M^S}k+N!_^3WYi!"
    "yX8@62#&jhqV!NddVg4d0_4E_fEP7iJ<;Q2T?+Q&R7!enx1yeq}{nLH%rxR0jI%u=l9O=niby>ndMWt<2?n|-FmiN{On"
    "92A!Kdt@O?BcPv_N2ce>NDO4b$9xB+c6uDjmp#Bad(L`tt4Ow_1LMmr66H4&v@ej%ljW4(@U0us3?8xQi8UBq+k;VTcV"
    "RE28rzhOUYwC~IP1wK}lg?Ig0s4f`tTh5&~sYR%FYWjn)cS?%CVF8#d^b@Ik@~V(NpDk^x>}q{w>)Nh<5NLCK9Isa}U~"
    "^p_HwDNDRpqXIR6g{kqX62)BtWdx`?X6P8??@C2;{O$OiY&-5RruJ!@Ul`v^Gb?Yxv$;40UL()r5=S2r2!CC1vKUErSN"
    "=7u&*mYa94OKxYTVi!2=Au^Pk+Qt4dVcq3ej;^AvfFxX|(bS=Cl7<m^R{)ql5Y1T(Bp1C7bNT+V<SSDpku+~0t-b_;bB"
    "tQis;Dj0LB=pBh;_X;<7(&^B-j!v)-0MWQj2NyWGSp|G5#tCAF69tUkd6(WE1xSF?59KZj@R+AfzsK-X;<B*+1MI+m!a"
    "8Wh%g}MeNpfkyQ7%ndn9~FLj{#k!vZN-(z?2=V~38xQ<oj2@U67Rh>j{Q5egU~PpE0DZp(Q9+6|$D??C+(66ucv?RCh3"
    "Cd$L)oFx0M_y_V&i4D`^<-RuCQLRzK<`GE@?tE9DO$Y6Xpx*LkdSb1)vimGdje5Y8|C$9FHG@@Dasj&@>0c7|)^~U4i8"
    "@|zsoRyhI%A9ewer_UD5LA<L0uY<THPUASGLk<my1y<y5SJ_I0zQjP}dixA-9wokPTje&fj1ELR9S?@&n)5+sJpN8+AH"
    "OaqS7w$TTM-)IzJB>B^ms$8b95tsm)e-HPa!-8;J*8Qfm`iBoEjQfBCE5>mfvv)0-}!(=xM$jQS#Uu&E?Aa?6upKH4YC"
    "u@LmEgfGkjI~R99E{>Df-aTJ8dMsTCkUuiY7BkOc`H)}``ll>-RC>#1cKBXTSGMECQKS3ur^P92KKp4wh&5s_4z|puK}"
    "zX5SC0b6=zGaPoVCb>+Pbs-fo)fb=6#-Yu>)ko1{_<VUmwiU7&hrlgdOx+IV|sJ!F<2&i1(mHULnNHNz~Fcib4}KL`C+"
    "s?4E6QyC^T08j=dfuIhX8;ZaxHCz9o)2uB}j68~LNQIF;shv$h5Toj8K;zgxe@f8wdfUFx5BH>*?hm?FX)CjBx%k>vk4"
    "f@H+N<jU@7~g-Ph7<xFYM_n)nou}d+4h$4@ALW*QSm<tF?XQv!J3d?JLPFyNA>!DQ_~`)y%35TfMQ=|MU&7Qq68T_gnX"
    "_I1U?zrrUh@5a-dsWRAC{_W+vS)4NRflL5BU-XCorOg13lc+nlyZrw@mXr^WGjxI|Mtdkk#z_#1twOb^xyyEg`2lpO%N"
    "nN{Q7l*&C?i<2F0Y;4?j8Go4jk;62VT)ZMr`GTvHbDU2K<6REKw&WcXQa3D=LvO1hTG|8k89h6$7LeLaE_1%lt-8ikN0"
    "hyal$4H^N7v@8^fOp55)Kh5jl+_oZ~d=Yu%lEAvlwd1RZ}H$tX5%mm7}tMmz{hPxR$*jNCZ!=}6<8#V|g8=Szs_a7NN-"
    "d|C(<#iaqE$NdSBDfOQ1JIwWSP_?mWAShnTPWF&iaK36)cco<#Iwgi~kGzi%LwB!18qlZ@Pu0+`>O4Sh+U9(UC##i22_"
    "4EBLaqaPXoAU>ad-t9#p#p(f~Q3H1)@iP%GUhXeh39r4HHnp6wn$dFOHK#ZQ+SoMaNb6kSD4ZPkZ!Ibdl+ByKIfO>}&o"
    "JYo4M~J>|s%uP#I2ypqfZ{7LJGkVV9)dGe^t>+0w)LMJ7QsuBIwH$>u;f4t2Q+Ch&*TT1OB3dm4u;6^c+A*DvZ;XVo<I"
    "#^Z}!DS2~T*nBARwP9HfzG2gRO+lSzwRL1dJ01a?dU)g#dIH6UST{?13YNVbts%&mkUI>4`|<VC{0cRdIrk(;EHZ_7^f"
    "f)kqUW;)W?IVjz{Pta)8>ak9_q}uRcP{KaNoyqo|HiR7W4xF*)P}M~ny3bY=S$*h&1dn13<mUv+IxJk|MYe95oqCBLGV"
    "2zUPvfL3(k"
)
_KEYWORDS = frozenset(
    """arguments break case catch classdef continue else elseif end for function global if
    import methods otherwise parfor persistent properties return spmd switch try while""".split()
)


@cache
def _builtins() -> frozenset[str]:
    return frozenset(zlib.decompress(base64.b85decode(_PACKED)).decode().split())


def _word(m: re.Match[str]) -> Runs:
    word = m[0]
    if word in _KEYWORDS:
        return [("k", word)]
    return [("nb" if word in _builtins() else "n", word)]


def _shell_escape(m: re.Match[str]) -> Runs:
    from editor_app.core.markdown_ext.rouge_shell import SHELL

    return [("k", m[1]), *SHELL.runs(m[2])]


_STATES = {
    "root": [
        (rx(r"\s+"), "", ()),
        (rx(r"[{]%.*?%[}]", re.S), "cm", ()),
        (rx(r"%.*$"), "c1", ()),
        (rx(r"([.][.][.])(.*?)$"), ("k", "c"), ()),
        (rx(r"^(!)(.*?)(?=%|$)"), _shell_escape, ()),
        (rx(r"[a-zA-Z][_a-zA-Z0-9]*"), _word, ()),
        (rx(r"[(){};:,/\\\]\[]"), "p", ()),
        (rx(r"~=|==|<<|>>|[-~+/*%=<>&^|.@]"), "o", ()),
        (rx(r"(\d+\.\d*|\d*\.\d+)(e[+-]?[0-9]+)?", re.I), "mf", ()),
        (rx(r"\d+e[+-]?[0-9]+", re.I), "mf", ()),
        (rx(r"\d+L"), "il", ()),
        (rx(r"\d+"), "mi", ()),
        (rx(r"'(?=(.*'))"), "s1", ("chararray",)),
        (rx(r'"(?=(.*"))'), "s2", ("string",)),
        (rx(r"'"), "o", ()),
    ],
    "chararray": [
        (rx(r"[^']+"), "s1", ()),
        (rx(r"''"), "se", ()),
        (rx(r"'"), "s1", ("#pop",)),
    ],
    "string": [
        (rx(r'[^"]+'), "s2", ()),
        (rx(r'""'), "se", ()),
        (rx(r'"'), "s2", ("#pop",)),
    ],
}

MATLAB = RougeLexer(_STATES)
MATLAB_NAMES = frozenset({"matlab", "m"})
