// A 300-step wide workflow: the start event fans out to 300 steps, each
// with its own event, all collected by one step.
use eventflow::prelude::*;

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W0(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W1(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W2(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W3(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W4(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W5(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W6(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W7(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W8(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W9(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W10(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W11(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W12(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W13(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W14(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W15(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W16(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W17(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W18(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W19(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W20(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W21(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W22(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W23(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W24(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W25(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W26(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W27(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W28(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W29(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W30(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W31(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W32(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W33(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W34(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W35(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W36(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W37(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W38(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W39(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W40(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W41(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W42(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W43(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W44(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W45(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W46(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W47(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W48(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W49(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W50(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W51(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W52(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W53(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W54(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W55(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W56(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W57(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W58(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W59(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W60(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W61(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W62(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W63(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W64(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W65(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W66(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W67(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W68(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W69(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W70(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W71(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W72(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W73(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W74(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W75(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W76(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W77(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W78(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W79(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W80(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W81(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W82(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W83(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W84(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W85(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W86(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W87(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W88(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W89(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W90(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W91(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W92(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W93(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W94(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W95(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W96(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W97(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W98(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W99(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W100(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W101(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W102(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W103(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W104(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W105(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W106(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W107(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W108(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W109(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W110(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W111(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W112(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W113(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W114(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W115(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W116(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W117(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W118(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W119(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W120(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W121(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W122(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W123(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W124(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W125(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W126(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W127(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W128(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W129(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W130(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W131(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W132(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W133(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W134(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W135(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W136(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W137(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W138(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W139(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W140(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W141(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W142(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W143(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W144(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W145(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W146(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W147(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W148(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W149(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W150(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W151(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W152(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W153(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W154(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W155(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W156(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W157(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W158(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W159(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W160(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W161(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W162(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W163(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W164(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W165(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W166(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W167(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W168(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W169(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W170(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W171(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W172(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W173(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W174(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W175(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W176(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W177(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W178(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W179(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W180(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W181(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W182(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W183(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W184(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W185(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W186(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W187(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W188(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W189(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W190(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W191(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W192(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W193(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W194(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W195(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W196(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W197(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W198(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W199(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W200(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W201(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W202(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W203(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W204(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W205(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W206(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W207(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W208(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W209(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W210(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W211(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W212(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W213(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W214(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W215(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W216(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W217(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W218(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W219(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W220(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W221(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W222(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W223(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W224(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W225(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W226(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W227(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W228(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W229(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W230(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W231(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W232(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W233(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W234(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W235(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W236(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W237(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W238(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W239(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W240(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W241(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W242(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W243(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W244(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W245(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W246(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W247(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W248(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W249(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W250(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W251(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W252(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W253(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W254(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W255(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W256(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W257(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W258(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W259(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W260(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W261(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W262(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W263(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W264(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W265(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W266(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W267(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W268(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W269(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W270(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W271(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W272(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W273(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W274(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W275(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W276(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W277(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W278(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W279(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W280(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W281(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W282(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W283(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W284(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W285(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W286(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W287(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W288(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W289(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W290(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W291(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W292(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W293(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W294(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W295(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W296(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W297(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W298(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct W299(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct Done(u32);

struct Wide;

#[workflow]
impl Wide {
    #[step]
    async fn a000(&self, _ev: StartEvent) -> W0 {
        W0(0)
    }
    #[step]
    async fn b000(&self, ev: W0) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a001(&self, _ev: StartEvent) -> W1 {
        W1(1)
    }
    #[step]
    async fn b001(&self, ev: W1) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a002(&self, _ev: StartEvent) -> W2 {
        W2(2)
    }
    #[step]
    async fn b002(&self, ev: W2) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a003(&self, _ev: StartEvent) -> W3 {
        W3(3)
    }
    #[step]
    async fn b003(&self, ev: W3) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a004(&self, _ev: StartEvent) -> W4 {
        W4(4)
    }
    #[step]
    async fn b004(&self, ev: W4) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a005(&self, _ev: StartEvent) -> W5 {
        W5(5)
    }
    #[step]
    async fn b005(&self, ev: W5) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a006(&self, _ev: StartEvent) -> W6 {
        W6(6)
    }
    #[step]
    async fn b006(&self, ev: W6) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a007(&self, _ev: StartEvent) -> W7 {
        W7(7)
    }
    #[step]
    async fn b007(&self, ev: W7) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a008(&self, _ev: StartEvent) -> W8 {
        W8(8)
    }
    #[step]
    async fn b008(&self, ev: W8) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a009(&self, _ev: StartEvent) -> W9 {
        W9(9)
    }
    #[step]
    async fn b009(&self, ev: W9) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a010(&self, _ev: StartEvent) -> W10 {
        W10(10)
    }
    #[step]
    async fn b010(&self, ev: W10) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a011(&self, _ev: StartEvent) -> W11 {
        W11(11)
    }
    #[step]
    async fn b011(&self, ev: W11) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a012(&self, _ev: StartEvent) -> W12 {
        W12(12)
    }
    #[step]
    async fn b012(&self, ev: W12) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a013(&self, _ev: StartEvent) -> W13 {
        W13(13)
    }
    #[step]
    async fn b013(&self, ev: W13) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a014(&self, _ev: StartEvent) -> W14 {
        W14(14)
    }
    #[step]
    async fn b014(&self, ev: W14) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a015(&self, _ev: StartEvent) -> W15 {
        W15(15)
    }
    #[step]
    async fn b015(&self, ev: W15) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a016(&self, _ev: StartEvent) -> W16 {
        W16(16)
    }
    #[step]
    async fn b016(&self, ev: W16) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a017(&self, _ev: StartEvent) -> W17 {
        W17(17)
    }
    #[step]
    async fn b017(&self, ev: W17) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a018(&self, _ev: StartEvent) -> W18 {
        W18(18)
    }
    #[step]
    async fn b018(&self, ev: W18) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a019(&self, _ev: StartEvent) -> W19 {
        W19(19)
    }
    #[step]
    async fn b019(&self, ev: W19) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a020(&self, _ev: StartEvent) -> W20 {
        W20(20)
    }
    #[step]
    async fn b020(&self, ev: W20) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a021(&self, _ev: StartEvent) -> W21 {
        W21(21)
    }
    #[step]
    async fn b021(&self, ev: W21) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a022(&self, _ev: StartEvent) -> W22 {
        W22(22)
    }
    #[step]
    async fn b022(&self, ev: W22) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a023(&self, _ev: StartEvent) -> W23 {
        W23(23)
    }
    #[step]
    async fn b023(&self, ev: W23) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a024(&self, _ev: StartEvent) -> W24 {
        W24(24)
    }
    #[step]
    async fn b024(&self, ev: W24) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a025(&self, _ev: StartEvent) -> W25 {
        W25(25)
    }
    #[step]
    async fn b025(&self, ev: W25) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a026(&self, _ev: StartEvent) -> W26 {
        W26(26)
    }
    #[step]
    async fn b026(&self, ev: W26) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a027(&self, _ev: StartEvent) -> W27 {
        W27(27)
    }
    #[step]
    async fn b027(&self, ev: W27) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a028(&self, _ev: StartEvent) -> W28 {
        W28(28)
    }
    #[step]
    async fn b028(&self, ev: W28) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a029(&self, _ev: StartEvent) -> W29 {
        W29(29)
    }
    #[step]
    async fn b029(&self, ev: W29) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a030(&self, _ev: StartEvent) -> W30 {
        W30(30)
    }
    #[step]
    async fn b030(&self, ev: W30) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a031(&self, _ev: StartEvent) -> W31 {
        W31(31)
    }
    #[step]
    async fn b031(&self, ev: W31) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a032(&self, _ev: StartEvent) -> W32 {
        W32(32)
    }
    #[step]
    async fn b032(&self, ev: W32) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a033(&self, _ev: StartEvent) -> W33 {
        W33(33)
    }
    #[step]
    async fn b033(&self, ev: W33) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a034(&self, _ev: StartEvent) -> W34 {
        W34(34)
    }
    #[step]
    async fn b034(&self, ev: W34) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a035(&self, _ev: StartEvent) -> W35 {
        W35(35)
    }
    #[step]
    async fn b035(&self, ev: W35) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a036(&self, _ev: StartEvent) -> W36 {
        W36(36)
    }
    #[step]
    async fn b036(&self, ev: W36) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a037(&self, _ev: StartEvent) -> W37 {
        W37(37)
    }
    #[step]
    async fn b037(&self, ev: W37) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a038(&self, _ev: StartEvent) -> W38 {
        W38(38)
    }
    #[step]
    async fn b038(&self, ev: W38) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a039(&self, _ev: StartEvent) -> W39 {
        W39(39)
    }
    #[step]
    async fn b039(&self, ev: W39) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a040(&self, _ev: StartEvent) -> W40 {
        W40(40)
    }
    #[step]
    async fn b040(&self, ev: W40) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a041(&self, _ev: StartEvent) -> W41 {
        W41(41)
    }
    #[step]
    async fn b041(&self, ev: W41) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a042(&self, _ev: StartEvent) -> W42 {
        W42(42)
    }
    #[step]
    async fn b042(&self, ev: W42) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a043(&self, _ev: StartEvent) -> W43 {
        W43(43)
    }
    #[step]
    async fn b043(&self, ev: W43) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a044(&self, _ev: StartEvent) -> W44 {
        W44(44)
    }
    #[step]
    async fn b044(&self, ev: W44) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a045(&self, _ev: StartEvent) -> W45 {
        W45(45)
    }
    #[step]
    async fn b045(&self, ev: W45) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a046(&self, _ev: StartEvent) -> W46 {
        W46(46)
    }
    #[step]
    async fn b046(&self, ev: W46) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a047(&self, _ev: StartEvent) -> W47 {
        W47(47)
    }
    #[step]
    async fn b047(&self, ev: W47) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a048(&self, _ev: StartEvent) -> W48 {
        W48(48)
    }
    #[step]
    async fn b048(&self, ev: W48) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a049(&self, _ev: StartEvent) -> W49 {
        W49(49)
    }
    #[step]
    async fn b049(&self, ev: W49) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a050(&self, _ev: StartEvent) -> W50 {
        W50(50)
    }
    #[step]
    async fn b050(&self, ev: W50) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a051(&self, _ev: StartEvent) -> W51 {
        W51(51)
    }
    #[step]
    async fn b051(&self, ev: W51) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a052(&self, _ev: StartEvent) -> W52 {
        W52(52)
    }
    #[step]
    async fn b052(&self, ev: W52) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a053(&self, _ev: StartEvent) -> W53 {
        W53(53)
    }
    #[step]
    async fn b053(&self, ev: W53) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a054(&self, _ev: StartEvent) -> W54 {
        W54(54)
    }
    #[step]
    async fn b054(&self, ev: W54) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a055(&self, _ev: StartEvent) -> W55 {
        W55(55)
    }
    #[step]
    async fn b055(&self, ev: W55) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a056(&self, _ev: StartEvent) -> W56 {
        W56(56)
    }
    #[step]
    async fn b056(&self, ev: W56) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a057(&self, _ev: StartEvent) -> W57 {
        W57(57)
    }
    #[step]
    async fn b057(&self, ev: W57) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a058(&self, _ev: StartEvent) -> W58 {
        W58(58)
    }
    #[step]
    async fn b058(&self, ev: W58) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a059(&self, _ev: StartEvent) -> W59 {
        W59(59)
    }
    #[step]
    async fn b059(&self, ev: W59) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a060(&self, _ev: StartEvent) -> W60 {
        W60(60)
    }
    #[step]
    async fn b060(&self, ev: W60) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a061(&self, _ev: StartEvent) -> W61 {
        W61(61)
    }
    #[step]
    async fn b061(&self, ev: W61) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a062(&self, _ev: StartEvent) -> W62 {
        W62(62)
    }
    #[step]
    async fn b062(&self, ev: W62) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a063(&self, _ev: StartEvent) -> W63 {
        W63(63)
    }
    #[step]
    async fn b063(&self, ev: W63) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a064(&self, _ev: StartEvent) -> W64 {
        W64(64)
    }
    #[step]
    async fn b064(&self, ev: W64) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a065(&self, _ev: StartEvent) -> W65 {
        W65(65)
    }
    #[step]
    async fn b065(&self, ev: W65) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a066(&self, _ev: StartEvent) -> W66 {
        W66(66)
    }
    #[step]
    async fn b066(&self, ev: W66) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a067(&self, _ev: StartEvent) -> W67 {
        W67(67)
    }
    #[step]
    async fn b067(&self, ev: W67) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a068(&self, _ev: StartEvent) -> W68 {
        W68(68)
    }
    #[step]
    async fn b068(&self, ev: W68) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a069(&self, _ev: StartEvent) -> W69 {
        W69(69)
    }
    #[step]
    async fn b069(&self, ev: W69) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a070(&self, _ev: StartEvent) -> W70 {
        W70(70)
    }
    #[step]
    async fn b070(&self, ev: W70) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a071(&self, _ev: StartEvent) -> W71 {
        W71(71)
    }
    #[step]
    async fn b071(&self, ev: W71) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a072(&self, _ev: StartEvent) -> W72 {
        W72(72)
    }
    #[step]
    async fn b072(&self, ev: W72) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a073(&self, _ev: StartEvent) -> W73 {
        W73(73)
    }
    #[step]
    async fn b073(&self, ev: W73) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a074(&self, _ev: StartEvent) -> W74 {
        W74(74)
    }
    #[step]
    async fn b074(&self, ev: W74) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a075(&self, _ev: StartEvent) -> W75 {
        W75(75)
    }
    #[step]
    async fn b075(&self, ev: W75) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a076(&self, _ev: StartEvent) -> W76 {
        W76(76)
    }
    #[step]
    async fn b076(&self, ev: W76) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a077(&self, _ev: StartEvent) -> W77 {
        W77(77)
    }
    #[step]
    async fn b077(&self, ev: W77) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a078(&self, _ev: StartEvent) -> W78 {
        W78(78)
    }
    #[step]
    async fn b078(&self, ev: W78) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a079(&self, _ev: StartEvent) -> W79 {
        W79(79)
    }
    #[step]
    async fn b079(&self, ev: W79) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a080(&self, _ev: StartEvent) -> W80 {
        W80(80)
    }
    #[step]
    async fn b080(&self, ev: W80) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a081(&self, _ev: StartEvent) -> W81 {
        W81(81)
    }
    #[step]
    async fn b081(&self, ev: W81) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a082(&self, _ev: StartEvent) -> W82 {
        W82(82)
    }
    #[step]
    async fn b082(&self, ev: W82) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a083(&self, _ev: StartEvent) -> W83 {
        W83(83)
    }
    #[step]
    async fn b083(&self, ev: W83) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a084(&self, _ev: StartEvent) -> W84 {
        W84(84)
    }
    #[step]
    async fn b084(&self, ev: W84) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a085(&self, _ev: StartEvent) -> W85 {
        W85(85)
    }
    #[step]
    async fn b085(&self, ev: W85) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a086(&self, _ev: StartEvent) -> W86 {
        W86(86)
    }
    #[step]
    async fn b086(&self, ev: W86) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a087(&self, _ev: StartEvent) -> W87 {
        W87(87)
    }
    #[step]
    async fn b087(&self, ev: W87) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a088(&self, _ev: StartEvent) -> W88 {
        W88(88)
    }
    #[step]
    async fn b088(&self, ev: W88) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a089(&self, _ev: StartEvent) -> W89 {
        W89(89)
    }
    #[step]
    async fn b089(&self, ev: W89) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a090(&self, _ev: StartEvent) -> W90 {
        W90(90)
    }
    #[step]
    async fn b090(&self, ev: W90) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a091(&self, _ev: StartEvent) -> W91 {
        W91(91)
    }
    #[step]
    async fn b091(&self, ev: W91) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a092(&self, _ev: StartEvent) -> W92 {
        W92(92)
    }
    #[step]
    async fn b092(&self, ev: W92) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a093(&self, _ev: StartEvent) -> W93 {
        W93(93)
    }
    #[step]
    async fn b093(&self, ev: W93) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a094(&self, _ev: StartEvent) -> W94 {
        W94(94)
    }
    #[step]
    async fn b094(&self, ev: W94) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a095(&self, _ev: StartEvent) -> W95 {
        W95(95)
    }
    #[step]
    async fn b095(&self, ev: W95) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a096(&self, _ev: StartEvent) -> W96 {
        W96(96)
    }
    #[step]
    async fn b096(&self, ev: W96) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a097(&self, _ev: StartEvent) -> W97 {
        W97(97)
    }
    #[step]
    async fn b097(&self, ev: W97) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a098(&self, _ev: StartEvent) -> W98 {
        W98(98)
    }
    #[step]
    async fn b098(&self, ev: W98) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a099(&self, _ev: StartEvent) -> W99 {
        W99(99)
    }
    #[step]
    async fn b099(&self, ev: W99) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a100(&self, _ev: StartEvent) -> W100 {
        W100(100)
    }
    #[step]
    async fn b100(&self, ev: W100) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a101(&self, _ev: StartEvent) -> W101 {
        W101(101)
    }
    #[step]
    async fn b101(&self, ev: W101) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a102(&self, _ev: StartEvent) -> W102 {
        W102(102)
    }
    #[step]
    async fn b102(&self, ev: W102) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a103(&self, _ev: StartEvent) -> W103 {
        W103(103)
    }
    #[step]
    async fn b103(&self, ev: W103) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a104(&self, _ev: StartEvent) -> W104 {
        W104(104)
    }
    #[step]
    async fn b104(&self, ev: W104) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a105(&self, _ev: StartEvent) -> W105 {
        W105(105)
    }
    #[step]
    async fn b105(&self, ev: W105) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a106(&self, _ev: StartEvent) -> W106 {
        W106(106)
    }
    #[step]
    async fn b106(&self, ev: W106) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a107(&self, _ev: StartEvent) -> W107 {
        W107(107)
    }
    #[step]
    async fn b107(&self, ev: W107) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a108(&self, _ev: StartEvent) -> W108 {
        W108(108)
    }
    #[step]
    async fn b108(&self, ev: W108) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a109(&self, _ev: StartEvent) -> W109 {
        W109(109)
    }
    #[step]
    async fn b109(&self, ev: W109) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a110(&self, _ev: StartEvent) -> W110 {
        W110(110)
    }
    #[step]
    async fn b110(&self, ev: W110) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a111(&self, _ev: StartEvent) -> W111 {
        W111(111)
    }
    #[step]
    async fn b111(&self, ev: W111) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a112(&self, _ev: StartEvent) -> W112 {
        W112(112)
    }
    #[step]
    async fn b112(&self, ev: W112) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a113(&self, _ev: StartEvent) -> W113 {
        W113(113)
    }
    #[step]
    async fn b113(&self, ev: W113) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a114(&self, _ev: StartEvent) -> W114 {
        W114(114)
    }
    #[step]
    async fn b114(&self, ev: W114) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a115(&self, _ev: StartEvent) -> W115 {
        W115(115)
    }
    #[step]
    async fn b115(&self, ev: W115) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a116(&self, _ev: StartEvent) -> W116 {
        W116(116)
    }
    #[step]
    async fn b116(&self, ev: W116) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a117(&self, _ev: StartEvent) -> W117 {
        W117(117)
    }
    #[step]
    async fn b117(&self, ev: W117) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a118(&self, _ev: StartEvent) -> W118 {
        W118(118)
    }
    #[step]
    async fn b118(&self, ev: W118) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a119(&self, _ev: StartEvent) -> W119 {
        W119(119)
    }
    #[step]
    async fn b119(&self, ev: W119) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a120(&self, _ev: StartEvent) -> W120 {
        W120(120)
    }
    #[step]
    async fn b120(&self, ev: W120) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a121(&self, _ev: StartEvent) -> W121 {
        W121(121)
    }
    #[step]
    async fn b121(&self, ev: W121) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a122(&self, _ev: StartEvent) -> W122 {
        W122(122)
    }
    #[step]
    async fn b122(&self, ev: W122) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a123(&self, _ev: StartEvent) -> W123 {
        W123(123)
    }
    #[step]
    async fn b123(&self, ev: W123) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a124(&self, _ev: StartEvent) -> W124 {
        W124(124)
    }
    #[step]
    async fn b124(&self, ev: W124) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a125(&self, _ev: StartEvent) -> W125 {
        W125(125)
    }
    #[step]
    async fn b125(&self, ev: W125) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a126(&self, _ev: StartEvent) -> W126 {
        W126(126)
    }
    #[step]
    async fn b126(&self, ev: W126) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a127(&self, _ev: StartEvent) -> W127 {
        W127(127)
    }
    #[step]
    async fn b127(&self, ev: W127) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a128(&self, _ev: StartEvent) -> W128 {
        W128(128)
    }
    #[step]
    async fn b128(&self, ev: W128) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a129(&self, _ev: StartEvent) -> W129 {
        W129(129)
    }
    #[step]
    async fn b129(&self, ev: W129) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a130(&self, _ev: StartEvent) -> W130 {
        W130(130)
    }
    #[step]
    async fn b130(&self, ev: W130) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a131(&self, _ev: StartEvent) -> W131 {
        W131(131)
    }
    #[step]
    async fn b131(&self, ev: W131) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a132(&self, _ev: StartEvent) -> W132 {
        W132(132)
    }
    #[step]
    async fn b132(&self, ev: W132) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a133(&self, _ev: StartEvent) -> W133 {
        W133(133)
    }
    #[step]
    async fn b133(&self, ev: W133) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a134(&self, _ev: StartEvent) -> W134 {
        W134(134)
    }
    #[step]
    async fn b134(&self, ev: W134) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a135(&self, _ev: StartEvent) -> W135 {
        W135(135)
    }
    #[step]
    async fn b135(&self, ev: W135) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a136(&self, _ev: StartEvent) -> W136 {
        W136(136)
    }
    #[step]
    async fn b136(&self, ev: W136) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a137(&self, _ev: StartEvent) -> W137 {
        W137(137)
    }
    #[step]
    async fn b137(&self, ev: W137) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a138(&self, _ev: StartEvent) -> W138 {
        W138(138)
    }
    #[step]
    async fn b138(&self, ev: W138) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a139(&self, _ev: StartEvent) -> W139 {
        W139(139)
    }
    #[step]
    async fn b139(&self, ev: W139) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a140(&self, _ev: StartEvent) -> W140 {
        W140(140)
    }
    #[step]
    async fn b140(&self, ev: W140) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a141(&self, _ev: StartEvent) -> W141 {
        W141(141)
    }
    #[step]
    async fn b141(&self, ev: W141) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a142(&self, _ev: StartEvent) -> W142 {
        W142(142)
    }
    #[step]
    async fn b142(&self, ev: W142) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a143(&self, _ev: StartEvent) -> W143 {
        W143(143)
    }
    #[step]
    async fn b143(&self, ev: W143) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a144(&self, _ev: StartEvent) -> W144 {
        W144(144)
    }
    #[step]
    async fn b144(&self, ev: W144) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a145(&self, _ev: StartEvent) -> W145 {
        W145(145)
    }
    #[step]
    async fn b145(&self, ev: W145) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a146(&self, _ev: StartEvent) -> W146 {
        W146(146)
    }
    #[step]
    async fn b146(&self, ev: W146) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a147(&self, _ev: StartEvent) -> W147 {
        W147(147)
    }
    #[step]
    async fn b147(&self, ev: W147) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a148(&self, _ev: StartEvent) -> W148 {
        W148(148)
    }
    #[step]
    async fn b148(&self, ev: W148) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a149(&self, _ev: StartEvent) -> W149 {
        W149(149)
    }
    #[step]
    async fn b149(&self, ev: W149) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a150(&self, _ev: StartEvent) -> W150 {
        W150(150)
    }
    #[step]
    async fn b150(&self, ev: W150) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a151(&self, _ev: StartEvent) -> W151 {
        W151(151)
    }
    #[step]
    async fn b151(&self, ev: W151) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a152(&self, _ev: StartEvent) -> W152 {
        W152(152)
    }
    #[step]
    async fn b152(&self, ev: W152) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a153(&self, _ev: StartEvent) -> W153 {
        W153(153)
    }
    #[step]
    async fn b153(&self, ev: W153) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a154(&self, _ev: StartEvent) -> W154 {
        W154(154)
    }
    #[step]
    async fn b154(&self, ev: W154) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a155(&self, _ev: StartEvent) -> W155 {
        W155(155)
    }
    #[step]
    async fn b155(&self, ev: W155) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a156(&self, _ev: StartEvent) -> W156 {
        W156(156)
    }
    #[step]
    async fn b156(&self, ev: W156) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a157(&self, _ev: StartEvent) -> W157 {
        W157(157)
    }
    #[step]
    async fn b157(&self, ev: W157) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a158(&self, _ev: StartEvent) -> W158 {
        W158(158)
    }
    #[step]
    async fn b158(&self, ev: W158) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a159(&self, _ev: StartEvent) -> W159 {
        W159(159)
    }
    #[step]
    async fn b159(&self, ev: W159) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a160(&self, _ev: StartEvent) -> W160 {
        W160(160)
    }
    #[step]
    async fn b160(&self, ev: W160) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a161(&self, _ev: StartEvent) -> W161 {
        W161(161)
    }
    #[step]
    async fn b161(&self, ev: W161) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a162(&self, _ev: StartEvent) -> W162 {
        W162(162)
    }
    #[step]
    async fn b162(&self, ev: W162) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a163(&self, _ev: StartEvent) -> W163 {
        W163(163)
    }
    #[step]
    async fn b163(&self, ev: W163) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a164(&self, _ev: StartEvent) -> W164 {
        W164(164)
    }
    #[step]
    async fn b164(&self, ev: W164) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a165(&self, _ev: StartEvent) -> W165 {
        W165(165)
    }
    #[step]
    async fn b165(&self, ev: W165) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a166(&self, _ev: StartEvent) -> W166 {
        W166(166)
    }
    #[step]
    async fn b166(&self, ev: W166) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a167(&self, _ev: StartEvent) -> W167 {
        W167(167)
    }
    #[step]
    async fn b167(&self, ev: W167) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a168(&self, _ev: StartEvent) -> W168 {
        W168(168)
    }
    #[step]
    async fn b168(&self, ev: W168) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a169(&self, _ev: StartEvent) -> W169 {
        W169(169)
    }
    #[step]
    async fn b169(&self, ev: W169) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a170(&self, _ev: StartEvent) -> W170 {
        W170(170)
    }
    #[step]
    async fn b170(&self, ev: W170) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a171(&self, _ev: StartEvent) -> W171 {
        W171(171)
    }
    #[step]
    async fn b171(&self, ev: W171) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a172(&self, _ev: StartEvent) -> W172 {
        W172(172)
    }
    #[step]
    async fn b172(&self, ev: W172) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a173(&self, _ev: StartEvent) -> W173 {
        W173(173)
    }
    #[step]
    async fn b173(&self, ev: W173) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a174(&self, _ev: StartEvent) -> W174 {
        W174(174)
    }
    #[step]
    async fn b174(&self, ev: W174) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a175(&self, _ev: StartEvent) -> W175 {
        W175(175)
    }
    #[step]
    async fn b175(&self, ev: W175) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a176(&self, _ev: StartEvent) -> W176 {
        W176(176)
    }
    #[step]
    async fn b176(&self, ev: W176) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a177(&self, _ev: StartEvent) -> W177 {
        W177(177)
    }
    #[step]
    async fn b177(&self, ev: W177) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a178(&self, _ev: StartEvent) -> W178 {
        W178(178)
    }
    #[step]
    async fn b178(&self, ev: W178) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a179(&self, _ev: StartEvent) -> W179 {
        W179(179)
    }
    #[step]
    async fn b179(&self, ev: W179) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a180(&self, _ev: StartEvent) -> W180 {
        W180(180)
    }
    #[step]
    async fn b180(&self, ev: W180) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a181(&self, _ev: StartEvent) -> W181 {
        W181(181)
    }
    #[step]
    async fn b181(&self, ev: W181) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a182(&self, _ev: StartEvent) -> W182 {
        W182(182)
    }
    #[step]
    async fn b182(&self, ev: W182) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a183(&self, _ev: StartEvent) -> W183 {
        W183(183)
    }
    #[step]
    async fn b183(&self, ev: W183) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a184(&self, _ev: StartEvent) -> W184 {
        W184(184)
    }
    #[step]
    async fn b184(&self, ev: W184) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a185(&self, _ev: StartEvent) -> W185 {
        W185(185)
    }
    #[step]
    async fn b185(&self, ev: W185) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a186(&self, _ev: StartEvent) -> W186 {
        W186(186)
    }
    #[step]
    async fn b186(&self, ev: W186) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a187(&self, _ev: StartEvent) -> W187 {
        W187(187)
    }
    #[step]
    async fn b187(&self, ev: W187) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a188(&self, _ev: StartEvent) -> W188 {
        W188(188)
    }
    #[step]
    async fn b188(&self, ev: W188) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a189(&self, _ev: StartEvent) -> W189 {
        W189(189)
    }
    #[step]
    async fn b189(&self, ev: W189) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a190(&self, _ev: StartEvent) -> W190 {
        W190(190)
    }
    #[step]
    async fn b190(&self, ev: W190) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a191(&self, _ev: StartEvent) -> W191 {
        W191(191)
    }
    #[step]
    async fn b191(&self, ev: W191) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a192(&self, _ev: StartEvent) -> W192 {
        W192(192)
    }
    #[step]
    async fn b192(&self, ev: W192) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a193(&self, _ev: StartEvent) -> W193 {
        W193(193)
    }
    #[step]
    async fn b193(&self, ev: W193) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a194(&self, _ev: StartEvent) -> W194 {
        W194(194)
    }
    #[step]
    async fn b194(&self, ev: W194) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a195(&self, _ev: StartEvent) -> W195 {
        W195(195)
    }
    #[step]
    async fn b195(&self, ev: W195) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a196(&self, _ev: StartEvent) -> W196 {
        W196(196)
    }
    #[step]
    async fn b196(&self, ev: W196) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a197(&self, _ev: StartEvent) -> W197 {
        W197(197)
    }
    #[step]
    async fn b197(&self, ev: W197) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a198(&self, _ev: StartEvent) -> W198 {
        W198(198)
    }
    #[step]
    async fn b198(&self, ev: W198) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a199(&self, _ev: StartEvent) -> W199 {
        W199(199)
    }
    #[step]
    async fn b199(&self, ev: W199) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a200(&self, _ev: StartEvent) -> W200 {
        W200(200)
    }
    #[step]
    async fn b200(&self, ev: W200) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a201(&self, _ev: StartEvent) -> W201 {
        W201(201)
    }
    #[step]
    async fn b201(&self, ev: W201) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a202(&self, _ev: StartEvent) -> W202 {
        W202(202)
    }
    #[step]
    async fn b202(&self, ev: W202) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a203(&self, _ev: StartEvent) -> W203 {
        W203(203)
    }
    #[step]
    async fn b203(&self, ev: W203) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a204(&self, _ev: StartEvent) -> W204 {
        W204(204)
    }
    #[step]
    async fn b204(&self, ev: W204) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a205(&self, _ev: StartEvent) -> W205 {
        W205(205)
    }
    #[step]
    async fn b205(&self, ev: W205) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a206(&self, _ev: StartEvent) -> W206 {
        W206(206)
    }
    #[step]
    async fn b206(&self, ev: W206) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a207(&self, _ev: StartEvent) -> W207 {
        W207(207)
    }
    #[step]
    async fn b207(&self, ev: W207) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a208(&self, _ev: StartEvent) -> W208 {
        W208(208)
    }
    #[step]
    async fn b208(&self, ev: W208) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a209(&self, _ev: StartEvent) -> W209 {
        W209(209)
    }
    #[step]
    async fn b209(&self, ev: W209) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a210(&self, _ev: StartEvent) -> W210 {
        W210(210)
    }
    #[step]
    async fn b210(&self, ev: W210) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a211(&self, _ev: StartEvent) -> W211 {
        W211(211)
    }
    #[step]
    async fn b211(&self, ev: W211) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a212(&self, _ev: StartEvent) -> W212 {
        W212(212)
    }
    #[step]
    async fn b212(&self, ev: W212) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a213(&self, _ev: StartEvent) -> W213 {
        W213(213)
    }
    #[step]
    async fn b213(&self, ev: W213) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a214(&self, _ev: StartEvent) -> W214 {
        W214(214)
    }
    #[step]
    async fn b214(&self, ev: W214) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a215(&self, _ev: StartEvent) -> W215 {
        W215(215)
    }
    #[step]
    async fn b215(&self, ev: W215) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a216(&self, _ev: StartEvent) -> W216 {
        W216(216)
    }
    #[step]
    async fn b216(&self, ev: W216) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a217(&self, _ev: StartEvent) -> W217 {
        W217(217)
    }
    #[step]
    async fn b217(&self, ev: W217) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a218(&self, _ev: StartEvent) -> W218 {
        W218(218)
    }
    #[step]
    async fn b218(&self, ev: W218) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a219(&self, _ev: StartEvent) -> W219 {
        W219(219)
    }
    #[step]
    async fn b219(&self, ev: W219) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a220(&self, _ev: StartEvent) -> W220 {
        W220(220)
    }
    #[step]
    async fn b220(&self, ev: W220) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a221(&self, _ev: StartEvent) -> W221 {
        W221(221)
    }
    #[step]
    async fn b221(&self, ev: W221) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a222(&self, _ev: StartEvent) -> W222 {
        W222(222)
    }
    #[step]
    async fn b222(&self, ev: W222) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a223(&self, _ev: StartEvent) -> W223 {
        W223(223)
    }
    #[step]
    async fn b223(&self, ev: W223) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a224(&self, _ev: StartEvent) -> W224 {
        W224(224)
    }
    #[step]
    async fn b224(&self, ev: W224) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a225(&self, _ev: StartEvent) -> W225 {
        W225(225)
    }
    #[step]
    async fn b225(&self, ev: W225) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a226(&self, _ev: StartEvent) -> W226 {
        W226(226)
    }
    #[step]
    async fn b226(&self, ev: W226) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a227(&self, _ev: StartEvent) -> W227 {
        W227(227)
    }
    #[step]
    async fn b227(&self, ev: W227) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a228(&self, _ev: StartEvent) -> W228 {
        W228(228)
    }
    #[step]
    async fn b228(&self, ev: W228) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a229(&self, _ev: StartEvent) -> W229 {
        W229(229)
    }
    #[step]
    async fn b229(&self, ev: W229) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a230(&self, _ev: StartEvent) -> W230 {
        W230(230)
    }
    #[step]
    async fn b230(&self, ev: W230) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a231(&self, _ev: StartEvent) -> W231 {
        W231(231)
    }
    #[step]
    async fn b231(&self, ev: W231) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a232(&self, _ev: StartEvent) -> W232 {
        W232(232)
    }
    #[step]
    async fn b232(&self, ev: W232) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a233(&self, _ev: StartEvent) -> W233 {
        W233(233)
    }
    #[step]
    async fn b233(&self, ev: W233) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a234(&self, _ev: StartEvent) -> W234 {
        W234(234)
    }
    #[step]
    async fn b234(&self, ev: W234) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a235(&self, _ev: StartEvent) -> W235 {
        W235(235)
    }
    #[step]
    async fn b235(&self, ev: W235) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a236(&self, _ev: StartEvent) -> W236 {
        W236(236)
    }
    #[step]
    async fn b236(&self, ev: W236) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a237(&self, _ev: StartEvent) -> W237 {
        W237(237)
    }
    #[step]
    async fn b237(&self, ev: W237) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a238(&self, _ev: StartEvent) -> W238 {
        W238(238)
    }
    #[step]
    async fn b238(&self, ev: W238) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a239(&self, _ev: StartEvent) -> W239 {
        W239(239)
    }
    #[step]
    async fn b239(&self, ev: W239) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a240(&self, _ev: StartEvent) -> W240 {
        W240(240)
    }
    #[step]
    async fn b240(&self, ev: W240) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a241(&self, _ev: StartEvent) -> W241 {
        W241(241)
    }
    #[step]
    async fn b241(&self, ev: W241) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a242(&self, _ev: StartEvent) -> W242 {
        W242(242)
    }
    #[step]
    async fn b242(&self, ev: W242) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a243(&self, _ev: StartEvent) -> W243 {
        W243(243)
    }
    #[step]
    async fn b243(&self, ev: W243) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a244(&self, _ev: StartEvent) -> W244 {
        W244(244)
    }
    #[step]
    async fn b244(&self, ev: W244) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a245(&self, _ev: StartEvent) -> W245 {
        W245(245)
    }
    #[step]
    async fn b245(&self, ev: W245) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a246(&self, _ev: StartEvent) -> W246 {
        W246(246)
    }
    #[step]
    async fn b246(&self, ev: W246) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a247(&self, _ev: StartEvent) -> W247 {
        W247(247)
    }
    #[step]
    async fn b247(&self, ev: W247) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a248(&self, _ev: StartEvent) -> W248 {
        W248(248)
    }
    #[step]
    async fn b248(&self, ev: W248) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a249(&self, _ev: StartEvent) -> W249 {
        W249(249)
    }
    #[step]
    async fn b249(&self, ev: W249) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a250(&self, _ev: StartEvent) -> W250 {
        W250(250)
    }
    #[step]
    async fn b250(&self, ev: W250) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a251(&self, _ev: StartEvent) -> W251 {
        W251(251)
    }
    #[step]
    async fn b251(&self, ev: W251) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a252(&self, _ev: StartEvent) -> W252 {
        W252(252)
    }
    #[step]
    async fn b252(&self, ev: W252) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a253(&self, _ev: StartEvent) -> W253 {
        W253(253)
    }
    #[step]
    async fn b253(&self, ev: W253) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a254(&self, _ev: StartEvent) -> W254 {
        W254(254)
    }
    #[step]
    async fn b254(&self, ev: W254) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a255(&self, _ev: StartEvent) -> W255 {
        W255(255)
    }
    #[step]
    async fn b255(&self, ev: W255) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a256(&self, _ev: StartEvent) -> W256 {
        W256(256)
    }
    #[step]
    async fn b256(&self, ev: W256) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a257(&self, _ev: StartEvent) -> W257 {
        W257(257)
    }
    #[step]
    async fn b257(&self, ev: W257) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a258(&self, _ev: StartEvent) -> W258 {
        W258(258)
    }
    #[step]
    async fn b258(&self, ev: W258) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a259(&self, _ev: StartEvent) -> W259 {
        W259(259)
    }
    #[step]
    async fn b259(&self, ev: W259) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a260(&self, _ev: StartEvent) -> W260 {
        W260(260)
    }
    #[step]
    async fn b260(&self, ev: W260) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a261(&self, _ev: StartEvent) -> W261 {
        W261(261)
    }
    #[step]
    async fn b261(&self, ev: W261) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a262(&self, _ev: StartEvent) -> W262 {
        W262(262)
    }
    #[step]
    async fn b262(&self, ev: W262) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a263(&self, _ev: StartEvent) -> W263 {
        W263(263)
    }
    #[step]
    async fn b263(&self, ev: W263) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a264(&self, _ev: StartEvent) -> W264 {
        W264(264)
    }
    #[step]
    async fn b264(&self, ev: W264) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a265(&self, _ev: StartEvent) -> W265 {
        W265(265)
    }
    #[step]
    async fn b265(&self, ev: W265) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a266(&self, _ev: StartEvent) -> W266 {
        W266(266)
    }
    #[step]
    async fn b266(&self, ev: W266) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a267(&self, _ev: StartEvent) -> W267 {
        W267(267)
    }
    #[step]
    async fn b267(&self, ev: W267) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a268(&self, _ev: StartEvent) -> W268 {
        W268(268)
    }
    #[step]
    async fn b268(&self, ev: W268) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a269(&self, _ev: StartEvent) -> W269 {
        W269(269)
    }
    #[step]
    async fn b269(&self, ev: W269) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a270(&self, _ev: StartEvent) -> W270 {
        W270(270)
    }
    #[step]
    async fn b270(&self, ev: W270) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a271(&self, _ev: StartEvent) -> W271 {
        W271(271)
    }
    #[step]
    async fn b271(&self, ev: W271) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a272(&self, _ev: StartEvent) -> W272 {
        W272(272)
    }
    #[step]
    async fn b272(&self, ev: W272) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a273(&self, _ev: StartEvent) -> W273 {
        W273(273)
    }
    #[step]
    async fn b273(&self, ev: W273) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a274(&self, _ev: StartEvent) -> W274 {
        W274(274)
    }
    #[step]
    async fn b274(&self, ev: W274) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a275(&self, _ev: StartEvent) -> W275 {
        W275(275)
    }
    #[step]
    async fn b275(&self, ev: W275) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a276(&self, _ev: StartEvent) -> W276 {
        W276(276)
    }
    #[step]
    async fn b276(&self, ev: W276) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a277(&self, _ev: StartEvent) -> W277 {
        W277(277)
    }
    #[step]
    async fn b277(&self, ev: W277) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a278(&self, _ev: StartEvent) -> W278 {
        W278(278)
    }
    #[step]
    async fn b278(&self, ev: W278) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a279(&self, _ev: StartEvent) -> W279 {
        W279(279)
    }
    #[step]
    async fn b279(&self, ev: W279) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a280(&self, _ev: StartEvent) -> W280 {
        W280(280)
    }
    #[step]
    async fn b280(&self, ev: W280) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a281(&self, _ev: StartEvent) -> W281 {
        W281(281)
    }
    #[step]
    async fn b281(&self, ev: W281) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a282(&self, _ev: StartEvent) -> W282 {
        W282(282)
    }
    #[step]
    async fn b282(&self, ev: W282) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a283(&self, _ev: StartEvent) -> W283 {
        W283(283)
    }
    #[step]
    async fn b283(&self, ev: W283) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a284(&self, _ev: StartEvent) -> W284 {
        W284(284)
    }
    #[step]
    async fn b284(&self, ev: W284) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a285(&self, _ev: StartEvent) -> W285 {
        W285(285)
    }
    #[step]
    async fn b285(&self, ev: W285) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a286(&self, _ev: StartEvent) -> W286 {
        W286(286)
    }
    #[step]
    async fn b286(&self, ev: W286) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a287(&self, _ev: StartEvent) -> W287 {
        W287(287)
    }
    #[step]
    async fn b287(&self, ev: W287) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a288(&self, _ev: StartEvent) -> W288 {
        W288(288)
    }
    #[step]
    async fn b288(&self, ev: W288) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a289(&self, _ev: StartEvent) -> W289 {
        W289(289)
    }
    #[step]
    async fn b289(&self, ev: W289) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a290(&self, _ev: StartEvent) -> W290 {
        W290(290)
    }
    #[step]
    async fn b290(&self, ev: W290) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a291(&self, _ev: StartEvent) -> W291 {
        W291(291)
    }
    #[step]
    async fn b291(&self, ev: W291) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a292(&self, _ev: StartEvent) -> W292 {
        W292(292)
    }
    #[step]
    async fn b292(&self, ev: W292) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a293(&self, _ev: StartEvent) -> W293 {
        W293(293)
    }
    #[step]
    async fn b293(&self, ev: W293) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a294(&self, _ev: StartEvent) -> W294 {
        W294(294)
    }
    #[step]
    async fn b294(&self, ev: W294) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a295(&self, _ev: StartEvent) -> W295 {
        W295(295)
    }
    #[step]
    async fn b295(&self, ev: W295) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a296(&self, _ev: StartEvent) -> W296 {
        W296(296)
    }
    #[step]
    async fn b296(&self, ev: W296) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a297(&self, _ev: StartEvent) -> W297 {
        W297(297)
    }
    #[step]
    async fn b297(&self, ev: W297) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a298(&self, _ev: StartEvent) -> W298 {
        W298(298)
    }
    #[step]
    async fn b298(&self, ev: W298) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn a299(&self, _ev: StartEvent) -> W299 {
        W299(299)
    }
    #[step]
    async fn b299(&self, ev: W299) -> Done {
        Done(ev.0)
    }
    #[step]
    async fn collect(&self, ctx: &Context, ev: Done) -> Option<StopEvent<u32>> {
        ctx.collect_n(ev, 300).map(|all| StopEvent::new(all.len() as u32))
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    assert_eq!(Wide.run(StartEvent::new()).await.unwrap(), 300);
}
