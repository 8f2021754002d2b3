// A 1,000-step chain: the compile-time checks are linear in steps and events.
use eventflow::prelude::*;

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E1(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E2(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E3(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E4(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E5(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E6(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E7(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E8(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E9(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E10(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E11(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E12(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E13(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E14(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E15(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E16(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E17(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E18(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E19(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E20(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E21(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E22(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E23(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E24(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E25(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E26(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E27(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E28(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E29(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E30(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E31(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E32(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E33(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E34(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E35(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E36(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E37(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E38(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E39(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E40(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E41(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E42(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E43(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E44(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E45(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E46(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E47(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E48(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E49(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E50(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E51(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E52(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E53(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E54(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E55(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E56(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E57(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E58(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E59(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E60(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E61(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E62(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E63(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E64(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E65(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E66(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E67(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E68(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E69(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E70(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E71(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E72(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E73(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E74(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E75(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E76(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E77(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E78(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E79(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E80(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E81(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E82(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E83(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E84(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E85(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E86(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E87(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E88(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E89(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E90(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E91(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E92(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E93(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E94(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E95(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E96(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E97(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E98(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E99(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E100(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E101(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E102(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E103(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E104(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E105(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E106(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E107(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E108(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E109(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E110(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E111(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E112(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E113(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E114(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E115(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E116(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E117(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E118(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E119(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E120(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E121(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E122(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E123(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E124(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E125(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E126(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E127(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E128(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E129(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E130(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E131(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E132(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E133(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E134(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E135(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E136(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E137(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E138(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E139(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E140(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E141(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E142(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E143(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E144(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E145(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E146(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E147(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E148(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E149(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E150(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E151(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E152(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E153(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E154(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E155(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E156(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E157(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E158(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E159(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E160(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E161(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E162(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E163(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E164(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E165(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E166(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E167(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E168(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E169(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E170(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E171(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E172(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E173(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E174(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E175(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E176(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E177(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E178(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E179(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E180(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E181(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E182(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E183(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E184(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E185(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E186(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E187(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E188(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E189(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E190(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E191(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E192(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E193(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E194(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E195(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E196(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E197(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E198(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E199(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E200(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E201(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E202(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E203(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E204(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E205(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E206(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E207(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E208(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E209(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E210(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E211(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E212(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E213(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E214(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E215(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E216(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E217(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E218(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E219(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E220(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E221(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E222(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E223(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E224(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E225(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E226(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E227(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E228(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E229(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E230(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E231(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E232(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E233(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E234(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E235(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E236(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E237(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E238(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E239(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E240(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E241(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E242(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E243(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E244(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E245(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E246(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E247(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E248(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E249(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E250(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E251(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E252(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E253(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E254(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E255(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E256(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E257(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E258(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E259(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E260(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E261(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E262(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E263(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E264(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E265(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E266(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E267(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E268(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E269(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E270(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E271(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E272(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E273(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E274(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E275(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E276(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E277(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E278(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E279(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E280(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E281(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E282(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E283(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E284(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E285(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E286(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E287(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E288(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E289(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E290(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E291(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E292(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E293(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E294(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E295(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E296(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E297(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E298(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E299(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E300(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E301(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E302(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E303(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E304(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E305(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E306(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E307(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E308(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E309(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E310(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E311(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E312(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E313(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E314(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E315(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E316(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E317(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E318(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E319(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E320(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E321(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E322(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E323(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E324(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E325(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E326(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E327(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E328(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E329(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E330(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E331(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E332(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E333(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E334(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E335(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E336(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E337(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E338(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E339(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E340(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E341(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E342(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E343(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E344(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E345(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E346(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E347(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E348(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E349(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E350(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E351(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E352(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E353(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E354(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E355(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E356(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E357(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E358(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E359(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E360(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E361(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E362(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E363(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E364(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E365(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E366(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E367(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E368(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E369(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E370(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E371(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E372(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E373(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E374(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E375(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E376(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E377(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E378(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E379(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E380(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E381(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E382(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E383(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E384(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E385(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E386(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E387(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E388(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E389(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E390(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E391(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E392(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E393(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E394(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E395(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E396(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E397(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E398(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E399(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E400(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E401(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E402(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E403(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E404(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E405(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E406(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E407(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E408(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E409(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E410(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E411(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E412(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E413(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E414(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E415(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E416(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E417(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E418(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E419(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E420(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E421(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E422(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E423(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E424(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E425(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E426(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E427(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E428(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E429(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E430(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E431(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E432(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E433(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E434(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E435(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E436(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E437(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E438(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E439(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E440(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E441(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E442(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E443(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E444(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E445(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E446(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E447(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E448(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E449(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E450(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E451(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E452(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E453(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E454(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E455(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E456(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E457(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E458(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E459(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E460(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E461(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E462(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E463(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E464(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E465(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E466(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E467(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E468(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E469(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E470(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E471(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E472(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E473(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E474(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E475(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E476(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E477(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E478(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E479(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E480(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E481(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E482(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E483(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E484(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E485(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E486(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E487(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E488(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E489(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E490(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E491(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E492(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E493(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E494(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E495(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E496(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E497(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E498(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E499(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E500(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E501(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E502(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E503(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E504(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E505(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E506(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E507(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E508(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E509(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E510(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E511(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E512(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E513(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E514(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E515(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E516(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E517(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E518(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E519(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E520(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E521(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E522(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E523(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E524(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E525(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E526(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E527(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E528(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E529(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E530(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E531(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E532(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E533(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E534(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E535(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E536(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E537(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E538(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E539(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E540(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E541(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E542(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E543(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E544(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E545(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E546(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E547(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E548(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E549(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E550(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E551(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E552(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E553(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E554(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E555(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E556(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E557(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E558(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E559(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E560(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E561(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E562(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E563(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E564(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E565(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E566(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E567(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E568(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E569(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E570(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E571(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E572(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E573(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E574(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E575(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E576(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E577(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E578(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E579(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E580(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E581(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E582(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E583(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E584(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E585(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E586(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E587(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E588(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E589(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E590(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E591(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E592(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E593(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E594(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E595(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E596(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E597(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E598(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E599(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E600(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E601(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E602(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E603(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E604(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E605(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E606(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E607(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E608(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E609(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E610(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E611(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E612(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E613(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E614(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E615(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E616(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E617(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E618(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E619(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E620(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E621(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E622(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E623(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E624(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E625(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E626(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E627(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E628(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E629(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E630(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E631(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E632(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E633(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E634(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E635(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E636(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E637(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E638(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E639(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E640(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E641(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E642(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E643(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E644(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E645(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E646(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E647(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E648(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E649(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E650(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E651(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E652(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E653(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E654(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E655(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E656(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E657(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E658(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E659(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E660(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E661(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E662(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E663(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E664(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E665(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E666(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E667(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E668(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E669(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E670(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E671(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E672(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E673(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E674(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E675(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E676(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E677(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E678(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E679(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E680(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E681(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E682(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E683(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E684(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E685(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E686(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E687(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E688(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E689(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E690(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E691(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E692(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E693(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E694(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E695(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E696(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E697(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E698(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E699(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E700(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E701(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E702(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E703(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E704(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E705(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E706(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E707(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E708(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E709(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E710(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E711(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E712(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E713(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E714(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E715(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E716(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E717(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E718(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E719(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E720(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E721(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E722(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E723(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E724(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E725(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E726(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E727(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E728(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E729(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E730(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E731(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E732(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E733(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E734(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E735(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E736(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E737(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E738(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E739(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E740(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E741(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E742(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E743(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E744(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E745(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E746(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E747(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E748(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E749(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E750(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E751(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E752(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E753(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E754(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E755(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E756(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E757(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E758(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E759(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E760(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E761(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E762(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E763(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E764(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E765(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E766(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E767(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E768(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E769(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E770(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E771(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E772(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E773(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E774(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E775(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E776(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E777(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E778(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E779(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E780(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E781(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E782(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E783(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E784(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E785(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E786(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E787(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E788(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E789(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E790(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E791(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E792(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E793(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E794(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E795(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E796(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E797(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E798(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E799(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E800(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E801(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E802(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E803(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E804(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E805(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E806(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E807(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E808(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E809(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E810(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E811(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E812(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E813(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E814(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E815(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E816(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E817(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E818(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E819(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E820(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E821(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E822(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E823(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E824(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E825(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E826(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E827(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E828(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E829(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E830(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E831(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E832(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E833(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E834(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E835(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E836(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E837(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E838(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E839(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E840(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E841(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E842(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E843(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E844(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E845(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E846(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E847(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E848(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E849(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E850(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E851(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E852(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E853(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E854(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E855(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E856(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E857(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E858(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E859(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E860(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E861(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E862(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E863(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E864(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E865(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E866(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E867(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E868(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E869(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E870(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E871(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E872(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E873(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E874(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E875(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E876(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E877(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E878(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E879(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E880(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E881(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E882(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E883(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E884(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E885(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E886(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E887(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E888(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E889(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E890(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E891(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E892(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E893(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E894(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E895(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E896(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E897(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E898(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E899(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E900(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E901(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E902(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E903(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E904(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E905(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E906(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E907(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E908(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E909(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E910(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E911(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E912(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E913(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E914(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E915(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E916(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E917(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E918(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E919(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E920(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E921(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E922(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E923(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E924(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E925(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E926(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E927(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E928(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E929(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E930(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E931(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E932(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E933(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E934(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E935(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E936(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E937(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E938(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E939(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E940(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E941(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E942(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E943(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E944(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E945(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E946(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E947(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E948(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E949(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E950(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E951(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E952(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E953(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E954(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E955(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E956(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E957(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E958(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E959(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E960(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E961(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E962(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E963(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E964(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E965(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E966(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E967(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E968(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E969(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E970(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E971(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E972(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E973(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E974(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E975(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E976(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E977(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E978(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E979(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E980(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E981(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E982(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E983(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E984(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E985(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E986(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E987(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E988(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E989(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E990(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E991(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E992(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E993(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E994(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E995(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E996(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E997(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E998(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
pub struct E999(u32);

struct Chain;

#[workflow]
impl Chain {
    #[step]
    async fn s0000(&self, _ev: StartEvent) -> E1 {
        E1(1)
    }
    #[step]
    async fn s0001(&self, ev: E1) -> E2 {
        E2(ev.0 + 1)
    }
    #[step]
    async fn s0002(&self, ev: E2) -> E3 {
        E3(ev.0 + 1)
    }
    #[step]
    async fn s0003(&self, ev: E3) -> E4 {
        E4(ev.0 + 1)
    }
    #[step]
    async fn s0004(&self, ev: E4) -> E5 {
        E5(ev.0 + 1)
    }
    #[step]
    async fn s0005(&self, ev: E5) -> E6 {
        E6(ev.0 + 1)
    }
    #[step]
    async fn s0006(&self, ev: E6) -> E7 {
        E7(ev.0 + 1)
    }
    #[step]
    async fn s0007(&self, ev: E7) -> E8 {
        E8(ev.0 + 1)
    }
    #[step]
    async fn s0008(&self, ev: E8) -> E9 {
        E9(ev.0 + 1)
    }
    #[step]
    async fn s0009(&self, ev: E9) -> E10 {
        E10(ev.0 + 1)
    }
    #[step]
    async fn s0010(&self, ev: E10) -> E11 {
        E11(ev.0 + 1)
    }
    #[step]
    async fn s0011(&self, ev: E11) -> E12 {
        E12(ev.0 + 1)
    }
    #[step]
    async fn s0012(&self, ev: E12) -> E13 {
        E13(ev.0 + 1)
    }
    #[step]
    async fn s0013(&self, ev: E13) -> E14 {
        E14(ev.0 + 1)
    }
    #[step]
    async fn s0014(&self, ev: E14) -> E15 {
        E15(ev.0 + 1)
    }
    #[step]
    async fn s0015(&self, ev: E15) -> E16 {
        E16(ev.0 + 1)
    }
    #[step]
    async fn s0016(&self, ev: E16) -> E17 {
        E17(ev.0 + 1)
    }
    #[step]
    async fn s0017(&self, ev: E17) -> E18 {
        E18(ev.0 + 1)
    }
    #[step]
    async fn s0018(&self, ev: E18) -> E19 {
        E19(ev.0 + 1)
    }
    #[step]
    async fn s0019(&self, ev: E19) -> E20 {
        E20(ev.0 + 1)
    }
    #[step]
    async fn s0020(&self, ev: E20) -> E21 {
        E21(ev.0 + 1)
    }
    #[step]
    async fn s0021(&self, ev: E21) -> E22 {
        E22(ev.0 + 1)
    }
    #[step]
    async fn s0022(&self, ev: E22) -> E23 {
        E23(ev.0 + 1)
    }
    #[step]
    async fn s0023(&self, ev: E23) -> E24 {
        E24(ev.0 + 1)
    }
    #[step]
    async fn s0024(&self, ev: E24) -> E25 {
        E25(ev.0 + 1)
    }
    #[step]
    async fn s0025(&self, ev: E25) -> E26 {
        E26(ev.0 + 1)
    }
    #[step]
    async fn s0026(&self, ev: E26) -> E27 {
        E27(ev.0 + 1)
    }
    #[step]
    async fn s0027(&self, ev: E27) -> E28 {
        E28(ev.0 + 1)
    }
    #[step]
    async fn s0028(&self, ev: E28) -> E29 {
        E29(ev.0 + 1)
    }
    #[step]
    async fn s0029(&self, ev: E29) -> E30 {
        E30(ev.0 + 1)
    }
    #[step]
    async fn s0030(&self, ev: E30) -> E31 {
        E31(ev.0 + 1)
    }
    #[step]
    async fn s0031(&self, ev: E31) -> E32 {
        E32(ev.0 + 1)
    }
    #[step]
    async fn s0032(&self, ev: E32) -> E33 {
        E33(ev.0 + 1)
    }
    #[step]
    async fn s0033(&self, ev: E33) -> E34 {
        E34(ev.0 + 1)
    }
    #[step]
    async fn s0034(&self, ev: E34) -> E35 {
        E35(ev.0 + 1)
    }
    #[step]
    async fn s0035(&self, ev: E35) -> E36 {
        E36(ev.0 + 1)
    }
    #[step]
    async fn s0036(&self, ev: E36) -> E37 {
        E37(ev.0 + 1)
    }
    #[step]
    async fn s0037(&self, ev: E37) -> E38 {
        E38(ev.0 + 1)
    }
    #[step]
    async fn s0038(&self, ev: E38) -> E39 {
        E39(ev.0 + 1)
    }
    #[step]
    async fn s0039(&self, ev: E39) -> E40 {
        E40(ev.0 + 1)
    }
    #[step]
    async fn s0040(&self, ev: E40) -> E41 {
        E41(ev.0 + 1)
    }
    #[step]
    async fn s0041(&self, ev: E41) -> E42 {
        E42(ev.0 + 1)
    }
    #[step]
    async fn s0042(&self, ev: E42) -> E43 {
        E43(ev.0 + 1)
    }
    #[step]
    async fn s0043(&self, ev: E43) -> E44 {
        E44(ev.0 + 1)
    }
    #[step]
    async fn s0044(&self, ev: E44) -> E45 {
        E45(ev.0 + 1)
    }
    #[step]
    async fn s0045(&self, ev: E45) -> E46 {
        E46(ev.0 + 1)
    }
    #[step]
    async fn s0046(&self, ev: E46) -> E47 {
        E47(ev.0 + 1)
    }
    #[step]
    async fn s0047(&self, ev: E47) -> E48 {
        E48(ev.0 + 1)
    }
    #[step]
    async fn s0048(&self, ev: E48) -> E49 {
        E49(ev.0 + 1)
    }
    #[step]
    async fn s0049(&self, ev: E49) -> E50 {
        E50(ev.0 + 1)
    }
    #[step]
    async fn s0050(&self, ev: E50) -> E51 {
        E51(ev.0 + 1)
    }
    #[step]
    async fn s0051(&self, ev: E51) -> E52 {
        E52(ev.0 + 1)
    }
    #[step]
    async fn s0052(&self, ev: E52) -> E53 {
        E53(ev.0 + 1)
    }
    #[step]
    async fn s0053(&self, ev: E53) -> E54 {
        E54(ev.0 + 1)
    }
    #[step]
    async fn s0054(&self, ev: E54) -> E55 {
        E55(ev.0 + 1)
    }
    #[step]
    async fn s0055(&self, ev: E55) -> E56 {
        E56(ev.0 + 1)
    }
    #[step]
    async fn s0056(&self, ev: E56) -> E57 {
        E57(ev.0 + 1)
    }
    #[step]
    async fn s0057(&self, ev: E57) -> E58 {
        E58(ev.0 + 1)
    }
    #[step]
    async fn s0058(&self, ev: E58) -> E59 {
        E59(ev.0 + 1)
    }
    #[step]
    async fn s0059(&self, ev: E59) -> E60 {
        E60(ev.0 + 1)
    }
    #[step]
    async fn s0060(&self, ev: E60) -> E61 {
        E61(ev.0 + 1)
    }
    #[step]
    async fn s0061(&self, ev: E61) -> E62 {
        E62(ev.0 + 1)
    }
    #[step]
    async fn s0062(&self, ev: E62) -> E63 {
        E63(ev.0 + 1)
    }
    #[step]
    async fn s0063(&self, ev: E63) -> E64 {
        E64(ev.0 + 1)
    }
    #[step]
    async fn s0064(&self, ev: E64) -> E65 {
        E65(ev.0 + 1)
    }
    #[step]
    async fn s0065(&self, ev: E65) -> E66 {
        E66(ev.0 + 1)
    }
    #[step]
    async fn s0066(&self, ev: E66) -> E67 {
        E67(ev.0 + 1)
    }
    #[step]
    async fn s0067(&self, ev: E67) -> E68 {
        E68(ev.0 + 1)
    }
    #[step]
    async fn s0068(&self, ev: E68) -> E69 {
        E69(ev.0 + 1)
    }
    #[step]
    async fn s0069(&self, ev: E69) -> E70 {
        E70(ev.0 + 1)
    }
    #[step]
    async fn s0070(&self, ev: E70) -> E71 {
        E71(ev.0 + 1)
    }
    #[step]
    async fn s0071(&self, ev: E71) -> E72 {
        E72(ev.0 + 1)
    }
    #[step]
    async fn s0072(&self, ev: E72) -> E73 {
        E73(ev.0 + 1)
    }
    #[step]
    async fn s0073(&self, ev: E73) -> E74 {
        E74(ev.0 + 1)
    }
    #[step]
    async fn s0074(&self, ev: E74) -> E75 {
        E75(ev.0 + 1)
    }
    #[step]
    async fn s0075(&self, ev: E75) -> E76 {
        E76(ev.0 + 1)
    }
    #[step]
    async fn s0076(&self, ev: E76) -> E77 {
        E77(ev.0 + 1)
    }
    #[step]
    async fn s0077(&self, ev: E77) -> E78 {
        E78(ev.0 + 1)
    }
    #[step]
    async fn s0078(&self, ev: E78) -> E79 {
        E79(ev.0 + 1)
    }
    #[step]
    async fn s0079(&self, ev: E79) -> E80 {
        E80(ev.0 + 1)
    }
    #[step]
    async fn s0080(&self, ev: E80) -> E81 {
        E81(ev.0 + 1)
    }
    #[step]
    async fn s0081(&self, ev: E81) -> E82 {
        E82(ev.0 + 1)
    }
    #[step]
    async fn s0082(&self, ev: E82) -> E83 {
        E83(ev.0 + 1)
    }
    #[step]
    async fn s0083(&self, ev: E83) -> E84 {
        E84(ev.0 + 1)
    }
    #[step]
    async fn s0084(&self, ev: E84) -> E85 {
        E85(ev.0 + 1)
    }
    #[step]
    async fn s0085(&self, ev: E85) -> E86 {
        E86(ev.0 + 1)
    }
    #[step]
    async fn s0086(&self, ev: E86) -> E87 {
        E87(ev.0 + 1)
    }
    #[step]
    async fn s0087(&self, ev: E87) -> E88 {
        E88(ev.0 + 1)
    }
    #[step]
    async fn s0088(&self, ev: E88) -> E89 {
        E89(ev.0 + 1)
    }
    #[step]
    async fn s0089(&self, ev: E89) -> E90 {
        E90(ev.0 + 1)
    }
    #[step]
    async fn s0090(&self, ev: E90) -> E91 {
        E91(ev.0 + 1)
    }
    #[step]
    async fn s0091(&self, ev: E91) -> E92 {
        E92(ev.0 + 1)
    }
    #[step]
    async fn s0092(&self, ev: E92) -> E93 {
        E93(ev.0 + 1)
    }
    #[step]
    async fn s0093(&self, ev: E93) -> E94 {
        E94(ev.0 + 1)
    }
    #[step]
    async fn s0094(&self, ev: E94) -> E95 {
        E95(ev.0 + 1)
    }
    #[step]
    async fn s0095(&self, ev: E95) -> E96 {
        E96(ev.0 + 1)
    }
    #[step]
    async fn s0096(&self, ev: E96) -> E97 {
        E97(ev.0 + 1)
    }
    #[step]
    async fn s0097(&self, ev: E97) -> E98 {
        E98(ev.0 + 1)
    }
    #[step]
    async fn s0098(&self, ev: E98) -> E99 {
        E99(ev.0 + 1)
    }
    #[step]
    async fn s0099(&self, ev: E99) -> E100 {
        E100(ev.0 + 1)
    }
    #[step]
    async fn s0100(&self, ev: E100) -> E101 {
        E101(ev.0 + 1)
    }
    #[step]
    async fn s0101(&self, ev: E101) -> E102 {
        E102(ev.0 + 1)
    }
    #[step]
    async fn s0102(&self, ev: E102) -> E103 {
        E103(ev.0 + 1)
    }
    #[step]
    async fn s0103(&self, ev: E103) -> E104 {
        E104(ev.0 + 1)
    }
    #[step]
    async fn s0104(&self, ev: E104) -> E105 {
        E105(ev.0 + 1)
    }
    #[step]
    async fn s0105(&self, ev: E105) -> E106 {
        E106(ev.0 + 1)
    }
    #[step]
    async fn s0106(&self, ev: E106) -> E107 {
        E107(ev.0 + 1)
    }
    #[step]
    async fn s0107(&self, ev: E107) -> E108 {
        E108(ev.0 + 1)
    }
    #[step]
    async fn s0108(&self, ev: E108) -> E109 {
        E109(ev.0 + 1)
    }
    #[step]
    async fn s0109(&self, ev: E109) -> E110 {
        E110(ev.0 + 1)
    }
    #[step]
    async fn s0110(&self, ev: E110) -> E111 {
        E111(ev.0 + 1)
    }
    #[step]
    async fn s0111(&self, ev: E111) -> E112 {
        E112(ev.0 + 1)
    }
    #[step]
    async fn s0112(&self, ev: E112) -> E113 {
        E113(ev.0 + 1)
    }
    #[step]
    async fn s0113(&self, ev: E113) -> E114 {
        E114(ev.0 + 1)
    }
    #[step]
    async fn s0114(&self, ev: E114) -> E115 {
        E115(ev.0 + 1)
    }
    #[step]
    async fn s0115(&self, ev: E115) -> E116 {
        E116(ev.0 + 1)
    }
    #[step]
    async fn s0116(&self, ev: E116) -> E117 {
        E117(ev.0 + 1)
    }
    #[step]
    async fn s0117(&self, ev: E117) -> E118 {
        E118(ev.0 + 1)
    }
    #[step]
    async fn s0118(&self, ev: E118) -> E119 {
        E119(ev.0 + 1)
    }
    #[step]
    async fn s0119(&self, ev: E119) -> E120 {
        E120(ev.0 + 1)
    }
    #[step]
    async fn s0120(&self, ev: E120) -> E121 {
        E121(ev.0 + 1)
    }
    #[step]
    async fn s0121(&self, ev: E121) -> E122 {
        E122(ev.0 + 1)
    }
    #[step]
    async fn s0122(&self, ev: E122) -> E123 {
        E123(ev.0 + 1)
    }
    #[step]
    async fn s0123(&self, ev: E123) -> E124 {
        E124(ev.0 + 1)
    }
    #[step]
    async fn s0124(&self, ev: E124) -> E125 {
        E125(ev.0 + 1)
    }
    #[step]
    async fn s0125(&self, ev: E125) -> E126 {
        E126(ev.0 + 1)
    }
    #[step]
    async fn s0126(&self, ev: E126) -> E127 {
        E127(ev.0 + 1)
    }
    #[step]
    async fn s0127(&self, ev: E127) -> E128 {
        E128(ev.0 + 1)
    }
    #[step]
    async fn s0128(&self, ev: E128) -> E129 {
        E129(ev.0 + 1)
    }
    #[step]
    async fn s0129(&self, ev: E129) -> E130 {
        E130(ev.0 + 1)
    }
    #[step]
    async fn s0130(&self, ev: E130) -> E131 {
        E131(ev.0 + 1)
    }
    #[step]
    async fn s0131(&self, ev: E131) -> E132 {
        E132(ev.0 + 1)
    }
    #[step]
    async fn s0132(&self, ev: E132) -> E133 {
        E133(ev.0 + 1)
    }
    #[step]
    async fn s0133(&self, ev: E133) -> E134 {
        E134(ev.0 + 1)
    }
    #[step]
    async fn s0134(&self, ev: E134) -> E135 {
        E135(ev.0 + 1)
    }
    #[step]
    async fn s0135(&self, ev: E135) -> E136 {
        E136(ev.0 + 1)
    }
    #[step]
    async fn s0136(&self, ev: E136) -> E137 {
        E137(ev.0 + 1)
    }
    #[step]
    async fn s0137(&self, ev: E137) -> E138 {
        E138(ev.0 + 1)
    }
    #[step]
    async fn s0138(&self, ev: E138) -> E139 {
        E139(ev.0 + 1)
    }
    #[step]
    async fn s0139(&self, ev: E139) -> E140 {
        E140(ev.0 + 1)
    }
    #[step]
    async fn s0140(&self, ev: E140) -> E141 {
        E141(ev.0 + 1)
    }
    #[step]
    async fn s0141(&self, ev: E141) -> E142 {
        E142(ev.0 + 1)
    }
    #[step]
    async fn s0142(&self, ev: E142) -> E143 {
        E143(ev.0 + 1)
    }
    #[step]
    async fn s0143(&self, ev: E143) -> E144 {
        E144(ev.0 + 1)
    }
    #[step]
    async fn s0144(&self, ev: E144) -> E145 {
        E145(ev.0 + 1)
    }
    #[step]
    async fn s0145(&self, ev: E145) -> E146 {
        E146(ev.0 + 1)
    }
    #[step]
    async fn s0146(&self, ev: E146) -> E147 {
        E147(ev.0 + 1)
    }
    #[step]
    async fn s0147(&self, ev: E147) -> E148 {
        E148(ev.0 + 1)
    }
    #[step]
    async fn s0148(&self, ev: E148) -> E149 {
        E149(ev.0 + 1)
    }
    #[step]
    async fn s0149(&self, ev: E149) -> E150 {
        E150(ev.0 + 1)
    }
    #[step]
    async fn s0150(&self, ev: E150) -> E151 {
        E151(ev.0 + 1)
    }
    #[step]
    async fn s0151(&self, ev: E151) -> E152 {
        E152(ev.0 + 1)
    }
    #[step]
    async fn s0152(&self, ev: E152) -> E153 {
        E153(ev.0 + 1)
    }
    #[step]
    async fn s0153(&self, ev: E153) -> E154 {
        E154(ev.0 + 1)
    }
    #[step]
    async fn s0154(&self, ev: E154) -> E155 {
        E155(ev.0 + 1)
    }
    #[step]
    async fn s0155(&self, ev: E155) -> E156 {
        E156(ev.0 + 1)
    }
    #[step]
    async fn s0156(&self, ev: E156) -> E157 {
        E157(ev.0 + 1)
    }
    #[step]
    async fn s0157(&self, ev: E157) -> E158 {
        E158(ev.0 + 1)
    }
    #[step]
    async fn s0158(&self, ev: E158) -> E159 {
        E159(ev.0 + 1)
    }
    #[step]
    async fn s0159(&self, ev: E159) -> E160 {
        E160(ev.0 + 1)
    }
    #[step]
    async fn s0160(&self, ev: E160) -> E161 {
        E161(ev.0 + 1)
    }
    #[step]
    async fn s0161(&self, ev: E161) -> E162 {
        E162(ev.0 + 1)
    }
    #[step]
    async fn s0162(&self, ev: E162) -> E163 {
        E163(ev.0 + 1)
    }
    #[step]
    async fn s0163(&self, ev: E163) -> E164 {
        E164(ev.0 + 1)
    }
    #[step]
    async fn s0164(&self, ev: E164) -> E165 {
        E165(ev.0 + 1)
    }
    #[step]
    async fn s0165(&self, ev: E165) -> E166 {
        E166(ev.0 + 1)
    }
    #[step]
    async fn s0166(&self, ev: E166) -> E167 {
        E167(ev.0 + 1)
    }
    #[step]
    async fn s0167(&self, ev: E167) -> E168 {
        E168(ev.0 + 1)
    }
    #[step]
    async fn s0168(&self, ev: E168) -> E169 {
        E169(ev.0 + 1)
    }
    #[step]
    async fn s0169(&self, ev: E169) -> E170 {
        E170(ev.0 + 1)
    }
    #[step]
    async fn s0170(&self, ev: E170) -> E171 {
        E171(ev.0 + 1)
    }
    #[step]
    async fn s0171(&self, ev: E171) -> E172 {
        E172(ev.0 + 1)
    }
    #[step]
    async fn s0172(&self, ev: E172) -> E173 {
        E173(ev.0 + 1)
    }
    #[step]
    async fn s0173(&self, ev: E173) -> E174 {
        E174(ev.0 + 1)
    }
    #[step]
    async fn s0174(&self, ev: E174) -> E175 {
        E175(ev.0 + 1)
    }
    #[step]
    async fn s0175(&self, ev: E175) -> E176 {
        E176(ev.0 + 1)
    }
    #[step]
    async fn s0176(&self, ev: E176) -> E177 {
        E177(ev.0 + 1)
    }
    #[step]
    async fn s0177(&self, ev: E177) -> E178 {
        E178(ev.0 + 1)
    }
    #[step]
    async fn s0178(&self, ev: E178) -> E179 {
        E179(ev.0 + 1)
    }
    #[step]
    async fn s0179(&self, ev: E179) -> E180 {
        E180(ev.0 + 1)
    }
    #[step]
    async fn s0180(&self, ev: E180) -> E181 {
        E181(ev.0 + 1)
    }
    #[step]
    async fn s0181(&self, ev: E181) -> E182 {
        E182(ev.0 + 1)
    }
    #[step]
    async fn s0182(&self, ev: E182) -> E183 {
        E183(ev.0 + 1)
    }
    #[step]
    async fn s0183(&self, ev: E183) -> E184 {
        E184(ev.0 + 1)
    }
    #[step]
    async fn s0184(&self, ev: E184) -> E185 {
        E185(ev.0 + 1)
    }
    #[step]
    async fn s0185(&self, ev: E185) -> E186 {
        E186(ev.0 + 1)
    }
    #[step]
    async fn s0186(&self, ev: E186) -> E187 {
        E187(ev.0 + 1)
    }
    #[step]
    async fn s0187(&self, ev: E187) -> E188 {
        E188(ev.0 + 1)
    }
    #[step]
    async fn s0188(&self, ev: E188) -> E189 {
        E189(ev.0 + 1)
    }
    #[step]
    async fn s0189(&self, ev: E189) -> E190 {
        E190(ev.0 + 1)
    }
    #[step]
    async fn s0190(&self, ev: E190) -> E191 {
        E191(ev.0 + 1)
    }
    #[step]
    async fn s0191(&self, ev: E191) -> E192 {
        E192(ev.0 + 1)
    }
    #[step]
    async fn s0192(&self, ev: E192) -> E193 {
        E193(ev.0 + 1)
    }
    #[step]
    async fn s0193(&self, ev: E193) -> E194 {
        E194(ev.0 + 1)
    }
    #[step]
    async fn s0194(&self, ev: E194) -> E195 {
        E195(ev.0 + 1)
    }
    #[step]
    async fn s0195(&self, ev: E195) -> E196 {
        E196(ev.0 + 1)
    }
    #[step]
    async fn s0196(&self, ev: E196) -> E197 {
        E197(ev.0 + 1)
    }
    #[step]
    async fn s0197(&self, ev: E197) -> E198 {
        E198(ev.0 + 1)
    }
    #[step]
    async fn s0198(&self, ev: E198) -> E199 {
        E199(ev.0 + 1)
    }
    #[step]
    async fn s0199(&self, ev: E199) -> E200 {
        E200(ev.0 + 1)
    }
    #[step]
    async fn s0200(&self, ev: E200) -> E201 {
        E201(ev.0 + 1)
    }
    #[step]
    async fn s0201(&self, ev: E201) -> E202 {
        E202(ev.0 + 1)
    }
    #[step]
    async fn s0202(&self, ev: E202) -> E203 {
        E203(ev.0 + 1)
    }
    #[step]
    async fn s0203(&self, ev: E203) -> E204 {
        E204(ev.0 + 1)
    }
    #[step]
    async fn s0204(&self, ev: E204) -> E205 {
        E205(ev.0 + 1)
    }
    #[step]
    async fn s0205(&self, ev: E205) -> E206 {
        E206(ev.0 + 1)
    }
    #[step]
    async fn s0206(&self, ev: E206) -> E207 {
        E207(ev.0 + 1)
    }
    #[step]
    async fn s0207(&self, ev: E207) -> E208 {
        E208(ev.0 + 1)
    }
    #[step]
    async fn s0208(&self, ev: E208) -> E209 {
        E209(ev.0 + 1)
    }
    #[step]
    async fn s0209(&self, ev: E209) -> E210 {
        E210(ev.0 + 1)
    }
    #[step]
    async fn s0210(&self, ev: E210) -> E211 {
        E211(ev.0 + 1)
    }
    #[step]
    async fn s0211(&self, ev: E211) -> E212 {
        E212(ev.0 + 1)
    }
    #[step]
    async fn s0212(&self, ev: E212) -> E213 {
        E213(ev.0 + 1)
    }
    #[step]
    async fn s0213(&self, ev: E213) -> E214 {
        E214(ev.0 + 1)
    }
    #[step]
    async fn s0214(&self, ev: E214) -> E215 {
        E215(ev.0 + 1)
    }
    #[step]
    async fn s0215(&self, ev: E215) -> E216 {
        E216(ev.0 + 1)
    }
    #[step]
    async fn s0216(&self, ev: E216) -> E217 {
        E217(ev.0 + 1)
    }
    #[step]
    async fn s0217(&self, ev: E217) -> E218 {
        E218(ev.0 + 1)
    }
    #[step]
    async fn s0218(&self, ev: E218) -> E219 {
        E219(ev.0 + 1)
    }
    #[step]
    async fn s0219(&self, ev: E219) -> E220 {
        E220(ev.0 + 1)
    }
    #[step]
    async fn s0220(&self, ev: E220) -> E221 {
        E221(ev.0 + 1)
    }
    #[step]
    async fn s0221(&self, ev: E221) -> E222 {
        E222(ev.0 + 1)
    }
    #[step]
    async fn s0222(&self, ev: E222) -> E223 {
        E223(ev.0 + 1)
    }
    #[step]
    async fn s0223(&self, ev: E223) -> E224 {
        E224(ev.0 + 1)
    }
    #[step]
    async fn s0224(&self, ev: E224) -> E225 {
        E225(ev.0 + 1)
    }
    #[step]
    async fn s0225(&self, ev: E225) -> E226 {
        E226(ev.0 + 1)
    }
    #[step]
    async fn s0226(&self, ev: E226) -> E227 {
        E227(ev.0 + 1)
    }
    #[step]
    async fn s0227(&self, ev: E227) -> E228 {
        E228(ev.0 + 1)
    }
    #[step]
    async fn s0228(&self, ev: E228) -> E229 {
        E229(ev.0 + 1)
    }
    #[step]
    async fn s0229(&self, ev: E229) -> E230 {
        E230(ev.0 + 1)
    }
    #[step]
    async fn s0230(&self, ev: E230) -> E231 {
        E231(ev.0 + 1)
    }
    #[step]
    async fn s0231(&self, ev: E231) -> E232 {
        E232(ev.0 + 1)
    }
    #[step]
    async fn s0232(&self, ev: E232) -> E233 {
        E233(ev.0 + 1)
    }
    #[step]
    async fn s0233(&self, ev: E233) -> E234 {
        E234(ev.0 + 1)
    }
    #[step]
    async fn s0234(&self, ev: E234) -> E235 {
        E235(ev.0 + 1)
    }
    #[step]
    async fn s0235(&self, ev: E235) -> E236 {
        E236(ev.0 + 1)
    }
    #[step]
    async fn s0236(&self, ev: E236) -> E237 {
        E237(ev.0 + 1)
    }
    #[step]
    async fn s0237(&self, ev: E237) -> E238 {
        E238(ev.0 + 1)
    }
    #[step]
    async fn s0238(&self, ev: E238) -> E239 {
        E239(ev.0 + 1)
    }
    #[step]
    async fn s0239(&self, ev: E239) -> E240 {
        E240(ev.0 + 1)
    }
    #[step]
    async fn s0240(&self, ev: E240) -> E241 {
        E241(ev.0 + 1)
    }
    #[step]
    async fn s0241(&self, ev: E241) -> E242 {
        E242(ev.0 + 1)
    }
    #[step]
    async fn s0242(&self, ev: E242) -> E243 {
        E243(ev.0 + 1)
    }
    #[step]
    async fn s0243(&self, ev: E243) -> E244 {
        E244(ev.0 + 1)
    }
    #[step]
    async fn s0244(&self, ev: E244) -> E245 {
        E245(ev.0 + 1)
    }
    #[step]
    async fn s0245(&self, ev: E245) -> E246 {
        E246(ev.0 + 1)
    }
    #[step]
    async fn s0246(&self, ev: E246) -> E247 {
        E247(ev.0 + 1)
    }
    #[step]
    async fn s0247(&self, ev: E247) -> E248 {
        E248(ev.0 + 1)
    }
    #[step]
    async fn s0248(&self, ev: E248) -> E249 {
        E249(ev.0 + 1)
    }
    #[step]
    async fn s0249(&self, ev: E249) -> E250 {
        E250(ev.0 + 1)
    }
    #[step]
    async fn s0250(&self, ev: E250) -> E251 {
        E251(ev.0 + 1)
    }
    #[step]
    async fn s0251(&self, ev: E251) -> E252 {
        E252(ev.0 + 1)
    }
    #[step]
    async fn s0252(&self, ev: E252) -> E253 {
        E253(ev.0 + 1)
    }
    #[step]
    async fn s0253(&self, ev: E253) -> E254 {
        E254(ev.0 + 1)
    }
    #[step]
    async fn s0254(&self, ev: E254) -> E255 {
        E255(ev.0 + 1)
    }
    #[step]
    async fn s0255(&self, ev: E255) -> E256 {
        E256(ev.0 + 1)
    }
    #[step]
    async fn s0256(&self, ev: E256) -> E257 {
        E257(ev.0 + 1)
    }
    #[step]
    async fn s0257(&self, ev: E257) -> E258 {
        E258(ev.0 + 1)
    }
    #[step]
    async fn s0258(&self, ev: E258) -> E259 {
        E259(ev.0 + 1)
    }
    #[step]
    async fn s0259(&self, ev: E259) -> E260 {
        E260(ev.0 + 1)
    }
    #[step]
    async fn s0260(&self, ev: E260) -> E261 {
        E261(ev.0 + 1)
    }
    #[step]
    async fn s0261(&self, ev: E261) -> E262 {
        E262(ev.0 + 1)
    }
    #[step]
    async fn s0262(&self, ev: E262) -> E263 {
        E263(ev.0 + 1)
    }
    #[step]
    async fn s0263(&self, ev: E263) -> E264 {
        E264(ev.0 + 1)
    }
    #[step]
    async fn s0264(&self, ev: E264) -> E265 {
        E265(ev.0 + 1)
    }
    #[step]
    async fn s0265(&self, ev: E265) -> E266 {
        E266(ev.0 + 1)
    }
    #[step]
    async fn s0266(&self, ev: E266) -> E267 {
        E267(ev.0 + 1)
    }
    #[step]
    async fn s0267(&self, ev: E267) -> E268 {
        E268(ev.0 + 1)
    }
    #[step]
    async fn s0268(&self, ev: E268) -> E269 {
        E269(ev.0 + 1)
    }
    #[step]
    async fn s0269(&self, ev: E269) -> E270 {
        E270(ev.0 + 1)
    }
    #[step]
    async fn s0270(&self, ev: E270) -> E271 {
        E271(ev.0 + 1)
    }
    #[step]
    async fn s0271(&self, ev: E271) -> E272 {
        E272(ev.0 + 1)
    }
    #[step]
    async fn s0272(&self, ev: E272) -> E273 {
        E273(ev.0 + 1)
    }
    #[step]
    async fn s0273(&self, ev: E273) -> E274 {
        E274(ev.0 + 1)
    }
    #[step]
    async fn s0274(&self, ev: E274) -> E275 {
        E275(ev.0 + 1)
    }
    #[step]
    async fn s0275(&self, ev: E275) -> E276 {
        E276(ev.0 + 1)
    }
    #[step]
    async fn s0276(&self, ev: E276) -> E277 {
        E277(ev.0 + 1)
    }
    #[step]
    async fn s0277(&self, ev: E277) -> E278 {
        E278(ev.0 + 1)
    }
    #[step]
    async fn s0278(&self, ev: E278) -> E279 {
        E279(ev.0 + 1)
    }
    #[step]
    async fn s0279(&self, ev: E279) -> E280 {
        E280(ev.0 + 1)
    }
    #[step]
    async fn s0280(&self, ev: E280) -> E281 {
        E281(ev.0 + 1)
    }
    #[step]
    async fn s0281(&self, ev: E281) -> E282 {
        E282(ev.0 + 1)
    }
    #[step]
    async fn s0282(&self, ev: E282) -> E283 {
        E283(ev.0 + 1)
    }
    #[step]
    async fn s0283(&self, ev: E283) -> E284 {
        E284(ev.0 + 1)
    }
    #[step]
    async fn s0284(&self, ev: E284) -> E285 {
        E285(ev.0 + 1)
    }
    #[step]
    async fn s0285(&self, ev: E285) -> E286 {
        E286(ev.0 + 1)
    }
    #[step]
    async fn s0286(&self, ev: E286) -> E287 {
        E287(ev.0 + 1)
    }
    #[step]
    async fn s0287(&self, ev: E287) -> E288 {
        E288(ev.0 + 1)
    }
    #[step]
    async fn s0288(&self, ev: E288) -> E289 {
        E289(ev.0 + 1)
    }
    #[step]
    async fn s0289(&self, ev: E289) -> E290 {
        E290(ev.0 + 1)
    }
    #[step]
    async fn s0290(&self, ev: E290) -> E291 {
        E291(ev.0 + 1)
    }
    #[step]
    async fn s0291(&self, ev: E291) -> E292 {
        E292(ev.0 + 1)
    }
    #[step]
    async fn s0292(&self, ev: E292) -> E293 {
        E293(ev.0 + 1)
    }
    #[step]
    async fn s0293(&self, ev: E293) -> E294 {
        E294(ev.0 + 1)
    }
    #[step]
    async fn s0294(&self, ev: E294) -> E295 {
        E295(ev.0 + 1)
    }
    #[step]
    async fn s0295(&self, ev: E295) -> E296 {
        E296(ev.0 + 1)
    }
    #[step]
    async fn s0296(&self, ev: E296) -> E297 {
        E297(ev.0 + 1)
    }
    #[step]
    async fn s0297(&self, ev: E297) -> E298 {
        E298(ev.0 + 1)
    }
    #[step]
    async fn s0298(&self, ev: E298) -> E299 {
        E299(ev.0 + 1)
    }
    #[step]
    async fn s0299(&self, ev: E299) -> E300 {
        E300(ev.0 + 1)
    }
    #[step]
    async fn s0300(&self, ev: E300) -> E301 {
        E301(ev.0 + 1)
    }
    #[step]
    async fn s0301(&self, ev: E301) -> E302 {
        E302(ev.0 + 1)
    }
    #[step]
    async fn s0302(&self, ev: E302) -> E303 {
        E303(ev.0 + 1)
    }
    #[step]
    async fn s0303(&self, ev: E303) -> E304 {
        E304(ev.0 + 1)
    }
    #[step]
    async fn s0304(&self, ev: E304) -> E305 {
        E305(ev.0 + 1)
    }
    #[step]
    async fn s0305(&self, ev: E305) -> E306 {
        E306(ev.0 + 1)
    }
    #[step]
    async fn s0306(&self, ev: E306) -> E307 {
        E307(ev.0 + 1)
    }
    #[step]
    async fn s0307(&self, ev: E307) -> E308 {
        E308(ev.0 + 1)
    }
    #[step]
    async fn s0308(&self, ev: E308) -> E309 {
        E309(ev.0 + 1)
    }
    #[step]
    async fn s0309(&self, ev: E309) -> E310 {
        E310(ev.0 + 1)
    }
    #[step]
    async fn s0310(&self, ev: E310) -> E311 {
        E311(ev.0 + 1)
    }
    #[step]
    async fn s0311(&self, ev: E311) -> E312 {
        E312(ev.0 + 1)
    }
    #[step]
    async fn s0312(&self, ev: E312) -> E313 {
        E313(ev.0 + 1)
    }
    #[step]
    async fn s0313(&self, ev: E313) -> E314 {
        E314(ev.0 + 1)
    }
    #[step]
    async fn s0314(&self, ev: E314) -> E315 {
        E315(ev.0 + 1)
    }
    #[step]
    async fn s0315(&self, ev: E315) -> E316 {
        E316(ev.0 + 1)
    }
    #[step]
    async fn s0316(&self, ev: E316) -> E317 {
        E317(ev.0 + 1)
    }
    #[step]
    async fn s0317(&self, ev: E317) -> E318 {
        E318(ev.0 + 1)
    }
    #[step]
    async fn s0318(&self, ev: E318) -> E319 {
        E319(ev.0 + 1)
    }
    #[step]
    async fn s0319(&self, ev: E319) -> E320 {
        E320(ev.0 + 1)
    }
    #[step]
    async fn s0320(&self, ev: E320) -> E321 {
        E321(ev.0 + 1)
    }
    #[step]
    async fn s0321(&self, ev: E321) -> E322 {
        E322(ev.0 + 1)
    }
    #[step]
    async fn s0322(&self, ev: E322) -> E323 {
        E323(ev.0 + 1)
    }
    #[step]
    async fn s0323(&self, ev: E323) -> E324 {
        E324(ev.0 + 1)
    }
    #[step]
    async fn s0324(&self, ev: E324) -> E325 {
        E325(ev.0 + 1)
    }
    #[step]
    async fn s0325(&self, ev: E325) -> E326 {
        E326(ev.0 + 1)
    }
    #[step]
    async fn s0326(&self, ev: E326) -> E327 {
        E327(ev.0 + 1)
    }
    #[step]
    async fn s0327(&self, ev: E327) -> E328 {
        E328(ev.0 + 1)
    }
    #[step]
    async fn s0328(&self, ev: E328) -> E329 {
        E329(ev.0 + 1)
    }
    #[step]
    async fn s0329(&self, ev: E329) -> E330 {
        E330(ev.0 + 1)
    }
    #[step]
    async fn s0330(&self, ev: E330) -> E331 {
        E331(ev.0 + 1)
    }
    #[step]
    async fn s0331(&self, ev: E331) -> E332 {
        E332(ev.0 + 1)
    }
    #[step]
    async fn s0332(&self, ev: E332) -> E333 {
        E333(ev.0 + 1)
    }
    #[step]
    async fn s0333(&self, ev: E333) -> E334 {
        E334(ev.0 + 1)
    }
    #[step]
    async fn s0334(&self, ev: E334) -> E335 {
        E335(ev.0 + 1)
    }
    #[step]
    async fn s0335(&self, ev: E335) -> E336 {
        E336(ev.0 + 1)
    }
    #[step]
    async fn s0336(&self, ev: E336) -> E337 {
        E337(ev.0 + 1)
    }
    #[step]
    async fn s0337(&self, ev: E337) -> E338 {
        E338(ev.0 + 1)
    }
    #[step]
    async fn s0338(&self, ev: E338) -> E339 {
        E339(ev.0 + 1)
    }
    #[step]
    async fn s0339(&self, ev: E339) -> E340 {
        E340(ev.0 + 1)
    }
    #[step]
    async fn s0340(&self, ev: E340) -> E341 {
        E341(ev.0 + 1)
    }
    #[step]
    async fn s0341(&self, ev: E341) -> E342 {
        E342(ev.0 + 1)
    }
    #[step]
    async fn s0342(&self, ev: E342) -> E343 {
        E343(ev.0 + 1)
    }
    #[step]
    async fn s0343(&self, ev: E343) -> E344 {
        E344(ev.0 + 1)
    }
    #[step]
    async fn s0344(&self, ev: E344) -> E345 {
        E345(ev.0 + 1)
    }
    #[step]
    async fn s0345(&self, ev: E345) -> E346 {
        E346(ev.0 + 1)
    }
    #[step]
    async fn s0346(&self, ev: E346) -> E347 {
        E347(ev.0 + 1)
    }
    #[step]
    async fn s0347(&self, ev: E347) -> E348 {
        E348(ev.0 + 1)
    }
    #[step]
    async fn s0348(&self, ev: E348) -> E349 {
        E349(ev.0 + 1)
    }
    #[step]
    async fn s0349(&self, ev: E349) -> E350 {
        E350(ev.0 + 1)
    }
    #[step]
    async fn s0350(&self, ev: E350) -> E351 {
        E351(ev.0 + 1)
    }
    #[step]
    async fn s0351(&self, ev: E351) -> E352 {
        E352(ev.0 + 1)
    }
    #[step]
    async fn s0352(&self, ev: E352) -> E353 {
        E353(ev.0 + 1)
    }
    #[step]
    async fn s0353(&self, ev: E353) -> E354 {
        E354(ev.0 + 1)
    }
    #[step]
    async fn s0354(&self, ev: E354) -> E355 {
        E355(ev.0 + 1)
    }
    #[step]
    async fn s0355(&self, ev: E355) -> E356 {
        E356(ev.0 + 1)
    }
    #[step]
    async fn s0356(&self, ev: E356) -> E357 {
        E357(ev.0 + 1)
    }
    #[step]
    async fn s0357(&self, ev: E357) -> E358 {
        E358(ev.0 + 1)
    }
    #[step]
    async fn s0358(&self, ev: E358) -> E359 {
        E359(ev.0 + 1)
    }
    #[step]
    async fn s0359(&self, ev: E359) -> E360 {
        E360(ev.0 + 1)
    }
    #[step]
    async fn s0360(&self, ev: E360) -> E361 {
        E361(ev.0 + 1)
    }
    #[step]
    async fn s0361(&self, ev: E361) -> E362 {
        E362(ev.0 + 1)
    }
    #[step]
    async fn s0362(&self, ev: E362) -> E363 {
        E363(ev.0 + 1)
    }
    #[step]
    async fn s0363(&self, ev: E363) -> E364 {
        E364(ev.0 + 1)
    }
    #[step]
    async fn s0364(&self, ev: E364) -> E365 {
        E365(ev.0 + 1)
    }
    #[step]
    async fn s0365(&self, ev: E365) -> E366 {
        E366(ev.0 + 1)
    }
    #[step]
    async fn s0366(&self, ev: E366) -> E367 {
        E367(ev.0 + 1)
    }
    #[step]
    async fn s0367(&self, ev: E367) -> E368 {
        E368(ev.0 + 1)
    }
    #[step]
    async fn s0368(&self, ev: E368) -> E369 {
        E369(ev.0 + 1)
    }
    #[step]
    async fn s0369(&self, ev: E369) -> E370 {
        E370(ev.0 + 1)
    }
    #[step]
    async fn s0370(&self, ev: E370) -> E371 {
        E371(ev.0 + 1)
    }
    #[step]
    async fn s0371(&self, ev: E371) -> E372 {
        E372(ev.0 + 1)
    }
    #[step]
    async fn s0372(&self, ev: E372) -> E373 {
        E373(ev.0 + 1)
    }
    #[step]
    async fn s0373(&self, ev: E373) -> E374 {
        E374(ev.0 + 1)
    }
    #[step]
    async fn s0374(&self, ev: E374) -> E375 {
        E375(ev.0 + 1)
    }
    #[step]
    async fn s0375(&self, ev: E375) -> E376 {
        E376(ev.0 + 1)
    }
    #[step]
    async fn s0376(&self, ev: E376) -> E377 {
        E377(ev.0 + 1)
    }
    #[step]
    async fn s0377(&self, ev: E377) -> E378 {
        E378(ev.0 + 1)
    }
    #[step]
    async fn s0378(&self, ev: E378) -> E379 {
        E379(ev.0 + 1)
    }
    #[step]
    async fn s0379(&self, ev: E379) -> E380 {
        E380(ev.0 + 1)
    }
    #[step]
    async fn s0380(&self, ev: E380) -> E381 {
        E381(ev.0 + 1)
    }
    #[step]
    async fn s0381(&self, ev: E381) -> E382 {
        E382(ev.0 + 1)
    }
    #[step]
    async fn s0382(&self, ev: E382) -> E383 {
        E383(ev.0 + 1)
    }
    #[step]
    async fn s0383(&self, ev: E383) -> E384 {
        E384(ev.0 + 1)
    }
    #[step]
    async fn s0384(&self, ev: E384) -> E385 {
        E385(ev.0 + 1)
    }
    #[step]
    async fn s0385(&self, ev: E385) -> E386 {
        E386(ev.0 + 1)
    }
    #[step]
    async fn s0386(&self, ev: E386) -> E387 {
        E387(ev.0 + 1)
    }
    #[step]
    async fn s0387(&self, ev: E387) -> E388 {
        E388(ev.0 + 1)
    }
    #[step]
    async fn s0388(&self, ev: E388) -> E389 {
        E389(ev.0 + 1)
    }
    #[step]
    async fn s0389(&self, ev: E389) -> E390 {
        E390(ev.0 + 1)
    }
    #[step]
    async fn s0390(&self, ev: E390) -> E391 {
        E391(ev.0 + 1)
    }
    #[step]
    async fn s0391(&self, ev: E391) -> E392 {
        E392(ev.0 + 1)
    }
    #[step]
    async fn s0392(&self, ev: E392) -> E393 {
        E393(ev.0 + 1)
    }
    #[step]
    async fn s0393(&self, ev: E393) -> E394 {
        E394(ev.0 + 1)
    }
    #[step]
    async fn s0394(&self, ev: E394) -> E395 {
        E395(ev.0 + 1)
    }
    #[step]
    async fn s0395(&self, ev: E395) -> E396 {
        E396(ev.0 + 1)
    }
    #[step]
    async fn s0396(&self, ev: E396) -> E397 {
        E397(ev.0 + 1)
    }
    #[step]
    async fn s0397(&self, ev: E397) -> E398 {
        E398(ev.0 + 1)
    }
    #[step]
    async fn s0398(&self, ev: E398) -> E399 {
        E399(ev.0 + 1)
    }
    #[step]
    async fn s0399(&self, ev: E399) -> E400 {
        E400(ev.0 + 1)
    }
    #[step]
    async fn s0400(&self, ev: E400) -> E401 {
        E401(ev.0 + 1)
    }
    #[step]
    async fn s0401(&self, ev: E401) -> E402 {
        E402(ev.0 + 1)
    }
    #[step]
    async fn s0402(&self, ev: E402) -> E403 {
        E403(ev.0 + 1)
    }
    #[step]
    async fn s0403(&self, ev: E403) -> E404 {
        E404(ev.0 + 1)
    }
    #[step]
    async fn s0404(&self, ev: E404) -> E405 {
        E405(ev.0 + 1)
    }
    #[step]
    async fn s0405(&self, ev: E405) -> E406 {
        E406(ev.0 + 1)
    }
    #[step]
    async fn s0406(&self, ev: E406) -> E407 {
        E407(ev.0 + 1)
    }
    #[step]
    async fn s0407(&self, ev: E407) -> E408 {
        E408(ev.0 + 1)
    }
    #[step]
    async fn s0408(&self, ev: E408) -> E409 {
        E409(ev.0 + 1)
    }
    #[step]
    async fn s0409(&self, ev: E409) -> E410 {
        E410(ev.0 + 1)
    }
    #[step]
    async fn s0410(&self, ev: E410) -> E411 {
        E411(ev.0 + 1)
    }
    #[step]
    async fn s0411(&self, ev: E411) -> E412 {
        E412(ev.0 + 1)
    }
    #[step]
    async fn s0412(&self, ev: E412) -> E413 {
        E413(ev.0 + 1)
    }
    #[step]
    async fn s0413(&self, ev: E413) -> E414 {
        E414(ev.0 + 1)
    }
    #[step]
    async fn s0414(&self, ev: E414) -> E415 {
        E415(ev.0 + 1)
    }
    #[step]
    async fn s0415(&self, ev: E415) -> E416 {
        E416(ev.0 + 1)
    }
    #[step]
    async fn s0416(&self, ev: E416) -> E417 {
        E417(ev.0 + 1)
    }
    #[step]
    async fn s0417(&self, ev: E417) -> E418 {
        E418(ev.0 + 1)
    }
    #[step]
    async fn s0418(&self, ev: E418) -> E419 {
        E419(ev.0 + 1)
    }
    #[step]
    async fn s0419(&self, ev: E419) -> E420 {
        E420(ev.0 + 1)
    }
    #[step]
    async fn s0420(&self, ev: E420) -> E421 {
        E421(ev.0 + 1)
    }
    #[step]
    async fn s0421(&self, ev: E421) -> E422 {
        E422(ev.0 + 1)
    }
    #[step]
    async fn s0422(&self, ev: E422) -> E423 {
        E423(ev.0 + 1)
    }
    #[step]
    async fn s0423(&self, ev: E423) -> E424 {
        E424(ev.0 + 1)
    }
    #[step]
    async fn s0424(&self, ev: E424) -> E425 {
        E425(ev.0 + 1)
    }
    #[step]
    async fn s0425(&self, ev: E425) -> E426 {
        E426(ev.0 + 1)
    }
    #[step]
    async fn s0426(&self, ev: E426) -> E427 {
        E427(ev.0 + 1)
    }
    #[step]
    async fn s0427(&self, ev: E427) -> E428 {
        E428(ev.0 + 1)
    }
    #[step]
    async fn s0428(&self, ev: E428) -> E429 {
        E429(ev.0 + 1)
    }
    #[step]
    async fn s0429(&self, ev: E429) -> E430 {
        E430(ev.0 + 1)
    }
    #[step]
    async fn s0430(&self, ev: E430) -> E431 {
        E431(ev.0 + 1)
    }
    #[step]
    async fn s0431(&self, ev: E431) -> E432 {
        E432(ev.0 + 1)
    }
    #[step]
    async fn s0432(&self, ev: E432) -> E433 {
        E433(ev.0 + 1)
    }
    #[step]
    async fn s0433(&self, ev: E433) -> E434 {
        E434(ev.0 + 1)
    }
    #[step]
    async fn s0434(&self, ev: E434) -> E435 {
        E435(ev.0 + 1)
    }
    #[step]
    async fn s0435(&self, ev: E435) -> E436 {
        E436(ev.0 + 1)
    }
    #[step]
    async fn s0436(&self, ev: E436) -> E437 {
        E437(ev.0 + 1)
    }
    #[step]
    async fn s0437(&self, ev: E437) -> E438 {
        E438(ev.0 + 1)
    }
    #[step]
    async fn s0438(&self, ev: E438) -> E439 {
        E439(ev.0 + 1)
    }
    #[step]
    async fn s0439(&self, ev: E439) -> E440 {
        E440(ev.0 + 1)
    }
    #[step]
    async fn s0440(&self, ev: E440) -> E441 {
        E441(ev.0 + 1)
    }
    #[step]
    async fn s0441(&self, ev: E441) -> E442 {
        E442(ev.0 + 1)
    }
    #[step]
    async fn s0442(&self, ev: E442) -> E443 {
        E443(ev.0 + 1)
    }
    #[step]
    async fn s0443(&self, ev: E443) -> E444 {
        E444(ev.0 + 1)
    }
    #[step]
    async fn s0444(&self, ev: E444) -> E445 {
        E445(ev.0 + 1)
    }
    #[step]
    async fn s0445(&self, ev: E445) -> E446 {
        E446(ev.0 + 1)
    }
    #[step]
    async fn s0446(&self, ev: E446) -> E447 {
        E447(ev.0 + 1)
    }
    #[step]
    async fn s0447(&self, ev: E447) -> E448 {
        E448(ev.0 + 1)
    }
    #[step]
    async fn s0448(&self, ev: E448) -> E449 {
        E449(ev.0 + 1)
    }
    #[step]
    async fn s0449(&self, ev: E449) -> E450 {
        E450(ev.0 + 1)
    }
    #[step]
    async fn s0450(&self, ev: E450) -> E451 {
        E451(ev.0 + 1)
    }
    #[step]
    async fn s0451(&self, ev: E451) -> E452 {
        E452(ev.0 + 1)
    }
    #[step]
    async fn s0452(&self, ev: E452) -> E453 {
        E453(ev.0 + 1)
    }
    #[step]
    async fn s0453(&self, ev: E453) -> E454 {
        E454(ev.0 + 1)
    }
    #[step]
    async fn s0454(&self, ev: E454) -> E455 {
        E455(ev.0 + 1)
    }
    #[step]
    async fn s0455(&self, ev: E455) -> E456 {
        E456(ev.0 + 1)
    }
    #[step]
    async fn s0456(&self, ev: E456) -> E457 {
        E457(ev.0 + 1)
    }
    #[step]
    async fn s0457(&self, ev: E457) -> E458 {
        E458(ev.0 + 1)
    }
    #[step]
    async fn s0458(&self, ev: E458) -> E459 {
        E459(ev.0 + 1)
    }
    #[step]
    async fn s0459(&self, ev: E459) -> E460 {
        E460(ev.0 + 1)
    }
    #[step]
    async fn s0460(&self, ev: E460) -> E461 {
        E461(ev.0 + 1)
    }
    #[step]
    async fn s0461(&self, ev: E461) -> E462 {
        E462(ev.0 + 1)
    }
    #[step]
    async fn s0462(&self, ev: E462) -> E463 {
        E463(ev.0 + 1)
    }
    #[step]
    async fn s0463(&self, ev: E463) -> E464 {
        E464(ev.0 + 1)
    }
    #[step]
    async fn s0464(&self, ev: E464) -> E465 {
        E465(ev.0 + 1)
    }
    #[step]
    async fn s0465(&self, ev: E465) -> E466 {
        E466(ev.0 + 1)
    }
    #[step]
    async fn s0466(&self, ev: E466) -> E467 {
        E467(ev.0 + 1)
    }
    #[step]
    async fn s0467(&self, ev: E467) -> E468 {
        E468(ev.0 + 1)
    }
    #[step]
    async fn s0468(&self, ev: E468) -> E469 {
        E469(ev.0 + 1)
    }
    #[step]
    async fn s0469(&self, ev: E469) -> E470 {
        E470(ev.0 + 1)
    }
    #[step]
    async fn s0470(&self, ev: E470) -> E471 {
        E471(ev.0 + 1)
    }
    #[step]
    async fn s0471(&self, ev: E471) -> E472 {
        E472(ev.0 + 1)
    }
    #[step]
    async fn s0472(&self, ev: E472) -> E473 {
        E473(ev.0 + 1)
    }
    #[step]
    async fn s0473(&self, ev: E473) -> E474 {
        E474(ev.0 + 1)
    }
    #[step]
    async fn s0474(&self, ev: E474) -> E475 {
        E475(ev.0 + 1)
    }
    #[step]
    async fn s0475(&self, ev: E475) -> E476 {
        E476(ev.0 + 1)
    }
    #[step]
    async fn s0476(&self, ev: E476) -> E477 {
        E477(ev.0 + 1)
    }
    #[step]
    async fn s0477(&self, ev: E477) -> E478 {
        E478(ev.0 + 1)
    }
    #[step]
    async fn s0478(&self, ev: E478) -> E479 {
        E479(ev.0 + 1)
    }
    #[step]
    async fn s0479(&self, ev: E479) -> E480 {
        E480(ev.0 + 1)
    }
    #[step]
    async fn s0480(&self, ev: E480) -> E481 {
        E481(ev.0 + 1)
    }
    #[step]
    async fn s0481(&self, ev: E481) -> E482 {
        E482(ev.0 + 1)
    }
    #[step]
    async fn s0482(&self, ev: E482) -> E483 {
        E483(ev.0 + 1)
    }
    #[step]
    async fn s0483(&self, ev: E483) -> E484 {
        E484(ev.0 + 1)
    }
    #[step]
    async fn s0484(&self, ev: E484) -> E485 {
        E485(ev.0 + 1)
    }
    #[step]
    async fn s0485(&self, ev: E485) -> E486 {
        E486(ev.0 + 1)
    }
    #[step]
    async fn s0486(&self, ev: E486) -> E487 {
        E487(ev.0 + 1)
    }
    #[step]
    async fn s0487(&self, ev: E487) -> E488 {
        E488(ev.0 + 1)
    }
    #[step]
    async fn s0488(&self, ev: E488) -> E489 {
        E489(ev.0 + 1)
    }
    #[step]
    async fn s0489(&self, ev: E489) -> E490 {
        E490(ev.0 + 1)
    }
    #[step]
    async fn s0490(&self, ev: E490) -> E491 {
        E491(ev.0 + 1)
    }
    #[step]
    async fn s0491(&self, ev: E491) -> E492 {
        E492(ev.0 + 1)
    }
    #[step]
    async fn s0492(&self, ev: E492) -> E493 {
        E493(ev.0 + 1)
    }
    #[step]
    async fn s0493(&self, ev: E493) -> E494 {
        E494(ev.0 + 1)
    }
    #[step]
    async fn s0494(&self, ev: E494) -> E495 {
        E495(ev.0 + 1)
    }
    #[step]
    async fn s0495(&self, ev: E495) -> E496 {
        E496(ev.0 + 1)
    }
    #[step]
    async fn s0496(&self, ev: E496) -> E497 {
        E497(ev.0 + 1)
    }
    #[step]
    async fn s0497(&self, ev: E497) -> E498 {
        E498(ev.0 + 1)
    }
    #[step]
    async fn s0498(&self, ev: E498) -> E499 {
        E499(ev.0 + 1)
    }
    #[step]
    async fn s0499(&self, ev: E499) -> E500 {
        E500(ev.0 + 1)
    }
    #[step]
    async fn s0500(&self, ev: E500) -> E501 {
        E501(ev.0 + 1)
    }
    #[step]
    async fn s0501(&self, ev: E501) -> E502 {
        E502(ev.0 + 1)
    }
    #[step]
    async fn s0502(&self, ev: E502) -> E503 {
        E503(ev.0 + 1)
    }
    #[step]
    async fn s0503(&self, ev: E503) -> E504 {
        E504(ev.0 + 1)
    }
    #[step]
    async fn s0504(&self, ev: E504) -> E505 {
        E505(ev.0 + 1)
    }
    #[step]
    async fn s0505(&self, ev: E505) -> E506 {
        E506(ev.0 + 1)
    }
    #[step]
    async fn s0506(&self, ev: E506) -> E507 {
        E507(ev.0 + 1)
    }
    #[step]
    async fn s0507(&self, ev: E507) -> E508 {
        E508(ev.0 + 1)
    }
    #[step]
    async fn s0508(&self, ev: E508) -> E509 {
        E509(ev.0 + 1)
    }
    #[step]
    async fn s0509(&self, ev: E509) -> E510 {
        E510(ev.0 + 1)
    }
    #[step]
    async fn s0510(&self, ev: E510) -> E511 {
        E511(ev.0 + 1)
    }
    #[step]
    async fn s0511(&self, ev: E511) -> E512 {
        E512(ev.0 + 1)
    }
    #[step]
    async fn s0512(&self, ev: E512) -> E513 {
        E513(ev.0 + 1)
    }
    #[step]
    async fn s0513(&self, ev: E513) -> E514 {
        E514(ev.0 + 1)
    }
    #[step]
    async fn s0514(&self, ev: E514) -> E515 {
        E515(ev.0 + 1)
    }
    #[step]
    async fn s0515(&self, ev: E515) -> E516 {
        E516(ev.0 + 1)
    }
    #[step]
    async fn s0516(&self, ev: E516) -> E517 {
        E517(ev.0 + 1)
    }
    #[step]
    async fn s0517(&self, ev: E517) -> E518 {
        E518(ev.0 + 1)
    }
    #[step]
    async fn s0518(&self, ev: E518) -> E519 {
        E519(ev.0 + 1)
    }
    #[step]
    async fn s0519(&self, ev: E519) -> E520 {
        E520(ev.0 + 1)
    }
    #[step]
    async fn s0520(&self, ev: E520) -> E521 {
        E521(ev.0 + 1)
    }
    #[step]
    async fn s0521(&self, ev: E521) -> E522 {
        E522(ev.0 + 1)
    }
    #[step]
    async fn s0522(&self, ev: E522) -> E523 {
        E523(ev.0 + 1)
    }
    #[step]
    async fn s0523(&self, ev: E523) -> E524 {
        E524(ev.0 + 1)
    }
    #[step]
    async fn s0524(&self, ev: E524) -> E525 {
        E525(ev.0 + 1)
    }
    #[step]
    async fn s0525(&self, ev: E525) -> E526 {
        E526(ev.0 + 1)
    }
    #[step]
    async fn s0526(&self, ev: E526) -> E527 {
        E527(ev.0 + 1)
    }
    #[step]
    async fn s0527(&self, ev: E527) -> E528 {
        E528(ev.0 + 1)
    }
    #[step]
    async fn s0528(&self, ev: E528) -> E529 {
        E529(ev.0 + 1)
    }
    #[step]
    async fn s0529(&self, ev: E529) -> E530 {
        E530(ev.0 + 1)
    }
    #[step]
    async fn s0530(&self, ev: E530) -> E531 {
        E531(ev.0 + 1)
    }
    #[step]
    async fn s0531(&self, ev: E531) -> E532 {
        E532(ev.0 + 1)
    }
    #[step]
    async fn s0532(&self, ev: E532) -> E533 {
        E533(ev.0 + 1)
    }
    #[step]
    async fn s0533(&self, ev: E533) -> E534 {
        E534(ev.0 + 1)
    }
    #[step]
    async fn s0534(&self, ev: E534) -> E535 {
        E535(ev.0 + 1)
    }
    #[step]
    async fn s0535(&self, ev: E535) -> E536 {
        E536(ev.0 + 1)
    }
    #[step]
    async fn s0536(&self, ev: E536) -> E537 {
        E537(ev.0 + 1)
    }
    #[step]
    async fn s0537(&self, ev: E537) -> E538 {
        E538(ev.0 + 1)
    }
    #[step]
    async fn s0538(&self, ev: E538) -> E539 {
        E539(ev.0 + 1)
    }
    #[step]
    async fn s0539(&self, ev: E539) -> E540 {
        E540(ev.0 + 1)
    }
    #[step]
    async fn s0540(&self, ev: E540) -> E541 {
        E541(ev.0 + 1)
    }
    #[step]
    async fn s0541(&self, ev: E541) -> E542 {
        E542(ev.0 + 1)
    }
    #[step]
    async fn s0542(&self, ev: E542) -> E543 {
        E543(ev.0 + 1)
    }
    #[step]
    async fn s0543(&self, ev: E543) -> E544 {
        E544(ev.0 + 1)
    }
    #[step]
    async fn s0544(&self, ev: E544) -> E545 {
        E545(ev.0 + 1)
    }
    #[step]
    async fn s0545(&self, ev: E545) -> E546 {
        E546(ev.0 + 1)
    }
    #[step]
    async fn s0546(&self, ev: E546) -> E547 {
        E547(ev.0 + 1)
    }
    #[step]
    async fn s0547(&self, ev: E547) -> E548 {
        E548(ev.0 + 1)
    }
    #[step]
    async fn s0548(&self, ev: E548) -> E549 {
        E549(ev.0 + 1)
    }
    #[step]
    async fn s0549(&self, ev: E549) -> E550 {
        E550(ev.0 + 1)
    }
    #[step]
    async fn s0550(&self, ev: E550) -> E551 {
        E551(ev.0 + 1)
    }
    #[step]
    async fn s0551(&self, ev: E551) -> E552 {
        E552(ev.0 + 1)
    }
    #[step]
    async fn s0552(&self, ev: E552) -> E553 {
        E553(ev.0 + 1)
    }
    #[step]
    async fn s0553(&self, ev: E553) -> E554 {
        E554(ev.0 + 1)
    }
    #[step]
    async fn s0554(&self, ev: E554) -> E555 {
        E555(ev.0 + 1)
    }
    #[step]
    async fn s0555(&self, ev: E555) -> E556 {
        E556(ev.0 + 1)
    }
    #[step]
    async fn s0556(&self, ev: E556) -> E557 {
        E557(ev.0 + 1)
    }
    #[step]
    async fn s0557(&self, ev: E557) -> E558 {
        E558(ev.0 + 1)
    }
    #[step]
    async fn s0558(&self, ev: E558) -> E559 {
        E559(ev.0 + 1)
    }
    #[step]
    async fn s0559(&self, ev: E559) -> E560 {
        E560(ev.0 + 1)
    }
    #[step]
    async fn s0560(&self, ev: E560) -> E561 {
        E561(ev.0 + 1)
    }
    #[step]
    async fn s0561(&self, ev: E561) -> E562 {
        E562(ev.0 + 1)
    }
    #[step]
    async fn s0562(&self, ev: E562) -> E563 {
        E563(ev.0 + 1)
    }
    #[step]
    async fn s0563(&self, ev: E563) -> E564 {
        E564(ev.0 + 1)
    }
    #[step]
    async fn s0564(&self, ev: E564) -> E565 {
        E565(ev.0 + 1)
    }
    #[step]
    async fn s0565(&self, ev: E565) -> E566 {
        E566(ev.0 + 1)
    }
    #[step]
    async fn s0566(&self, ev: E566) -> E567 {
        E567(ev.0 + 1)
    }
    #[step]
    async fn s0567(&self, ev: E567) -> E568 {
        E568(ev.0 + 1)
    }
    #[step]
    async fn s0568(&self, ev: E568) -> E569 {
        E569(ev.0 + 1)
    }
    #[step]
    async fn s0569(&self, ev: E569) -> E570 {
        E570(ev.0 + 1)
    }
    #[step]
    async fn s0570(&self, ev: E570) -> E571 {
        E571(ev.0 + 1)
    }
    #[step]
    async fn s0571(&self, ev: E571) -> E572 {
        E572(ev.0 + 1)
    }
    #[step]
    async fn s0572(&self, ev: E572) -> E573 {
        E573(ev.0 + 1)
    }
    #[step]
    async fn s0573(&self, ev: E573) -> E574 {
        E574(ev.0 + 1)
    }
    #[step]
    async fn s0574(&self, ev: E574) -> E575 {
        E575(ev.0 + 1)
    }
    #[step]
    async fn s0575(&self, ev: E575) -> E576 {
        E576(ev.0 + 1)
    }
    #[step]
    async fn s0576(&self, ev: E576) -> E577 {
        E577(ev.0 + 1)
    }
    #[step]
    async fn s0577(&self, ev: E577) -> E578 {
        E578(ev.0 + 1)
    }
    #[step]
    async fn s0578(&self, ev: E578) -> E579 {
        E579(ev.0 + 1)
    }
    #[step]
    async fn s0579(&self, ev: E579) -> E580 {
        E580(ev.0 + 1)
    }
    #[step]
    async fn s0580(&self, ev: E580) -> E581 {
        E581(ev.0 + 1)
    }
    #[step]
    async fn s0581(&self, ev: E581) -> E582 {
        E582(ev.0 + 1)
    }
    #[step]
    async fn s0582(&self, ev: E582) -> E583 {
        E583(ev.0 + 1)
    }
    #[step]
    async fn s0583(&self, ev: E583) -> E584 {
        E584(ev.0 + 1)
    }
    #[step]
    async fn s0584(&self, ev: E584) -> E585 {
        E585(ev.0 + 1)
    }
    #[step]
    async fn s0585(&self, ev: E585) -> E586 {
        E586(ev.0 + 1)
    }
    #[step]
    async fn s0586(&self, ev: E586) -> E587 {
        E587(ev.0 + 1)
    }
    #[step]
    async fn s0587(&self, ev: E587) -> E588 {
        E588(ev.0 + 1)
    }
    #[step]
    async fn s0588(&self, ev: E588) -> E589 {
        E589(ev.0 + 1)
    }
    #[step]
    async fn s0589(&self, ev: E589) -> E590 {
        E590(ev.0 + 1)
    }
    #[step]
    async fn s0590(&self, ev: E590) -> E591 {
        E591(ev.0 + 1)
    }
    #[step]
    async fn s0591(&self, ev: E591) -> E592 {
        E592(ev.0 + 1)
    }
    #[step]
    async fn s0592(&self, ev: E592) -> E593 {
        E593(ev.0 + 1)
    }
    #[step]
    async fn s0593(&self, ev: E593) -> E594 {
        E594(ev.0 + 1)
    }
    #[step]
    async fn s0594(&self, ev: E594) -> E595 {
        E595(ev.0 + 1)
    }
    #[step]
    async fn s0595(&self, ev: E595) -> E596 {
        E596(ev.0 + 1)
    }
    #[step]
    async fn s0596(&self, ev: E596) -> E597 {
        E597(ev.0 + 1)
    }
    #[step]
    async fn s0597(&self, ev: E597) -> E598 {
        E598(ev.0 + 1)
    }
    #[step]
    async fn s0598(&self, ev: E598) -> E599 {
        E599(ev.0 + 1)
    }
    #[step]
    async fn s0599(&self, ev: E599) -> E600 {
        E600(ev.0 + 1)
    }
    #[step]
    async fn s0600(&self, ev: E600) -> E601 {
        E601(ev.0 + 1)
    }
    #[step]
    async fn s0601(&self, ev: E601) -> E602 {
        E602(ev.0 + 1)
    }
    #[step]
    async fn s0602(&self, ev: E602) -> E603 {
        E603(ev.0 + 1)
    }
    #[step]
    async fn s0603(&self, ev: E603) -> E604 {
        E604(ev.0 + 1)
    }
    #[step]
    async fn s0604(&self, ev: E604) -> E605 {
        E605(ev.0 + 1)
    }
    #[step]
    async fn s0605(&self, ev: E605) -> E606 {
        E606(ev.0 + 1)
    }
    #[step]
    async fn s0606(&self, ev: E606) -> E607 {
        E607(ev.0 + 1)
    }
    #[step]
    async fn s0607(&self, ev: E607) -> E608 {
        E608(ev.0 + 1)
    }
    #[step]
    async fn s0608(&self, ev: E608) -> E609 {
        E609(ev.0 + 1)
    }
    #[step]
    async fn s0609(&self, ev: E609) -> E610 {
        E610(ev.0 + 1)
    }
    #[step]
    async fn s0610(&self, ev: E610) -> E611 {
        E611(ev.0 + 1)
    }
    #[step]
    async fn s0611(&self, ev: E611) -> E612 {
        E612(ev.0 + 1)
    }
    #[step]
    async fn s0612(&self, ev: E612) -> E613 {
        E613(ev.0 + 1)
    }
    #[step]
    async fn s0613(&self, ev: E613) -> E614 {
        E614(ev.0 + 1)
    }
    #[step]
    async fn s0614(&self, ev: E614) -> E615 {
        E615(ev.0 + 1)
    }
    #[step]
    async fn s0615(&self, ev: E615) -> E616 {
        E616(ev.0 + 1)
    }
    #[step]
    async fn s0616(&self, ev: E616) -> E617 {
        E617(ev.0 + 1)
    }
    #[step]
    async fn s0617(&self, ev: E617) -> E618 {
        E618(ev.0 + 1)
    }
    #[step]
    async fn s0618(&self, ev: E618) -> E619 {
        E619(ev.0 + 1)
    }
    #[step]
    async fn s0619(&self, ev: E619) -> E620 {
        E620(ev.0 + 1)
    }
    #[step]
    async fn s0620(&self, ev: E620) -> E621 {
        E621(ev.0 + 1)
    }
    #[step]
    async fn s0621(&self, ev: E621) -> E622 {
        E622(ev.0 + 1)
    }
    #[step]
    async fn s0622(&self, ev: E622) -> E623 {
        E623(ev.0 + 1)
    }
    #[step]
    async fn s0623(&self, ev: E623) -> E624 {
        E624(ev.0 + 1)
    }
    #[step]
    async fn s0624(&self, ev: E624) -> E625 {
        E625(ev.0 + 1)
    }
    #[step]
    async fn s0625(&self, ev: E625) -> E626 {
        E626(ev.0 + 1)
    }
    #[step]
    async fn s0626(&self, ev: E626) -> E627 {
        E627(ev.0 + 1)
    }
    #[step]
    async fn s0627(&self, ev: E627) -> E628 {
        E628(ev.0 + 1)
    }
    #[step]
    async fn s0628(&self, ev: E628) -> E629 {
        E629(ev.0 + 1)
    }
    #[step]
    async fn s0629(&self, ev: E629) -> E630 {
        E630(ev.0 + 1)
    }
    #[step]
    async fn s0630(&self, ev: E630) -> E631 {
        E631(ev.0 + 1)
    }
    #[step]
    async fn s0631(&self, ev: E631) -> E632 {
        E632(ev.0 + 1)
    }
    #[step]
    async fn s0632(&self, ev: E632) -> E633 {
        E633(ev.0 + 1)
    }
    #[step]
    async fn s0633(&self, ev: E633) -> E634 {
        E634(ev.0 + 1)
    }
    #[step]
    async fn s0634(&self, ev: E634) -> E635 {
        E635(ev.0 + 1)
    }
    #[step]
    async fn s0635(&self, ev: E635) -> E636 {
        E636(ev.0 + 1)
    }
    #[step]
    async fn s0636(&self, ev: E636) -> E637 {
        E637(ev.0 + 1)
    }
    #[step]
    async fn s0637(&self, ev: E637) -> E638 {
        E638(ev.0 + 1)
    }
    #[step]
    async fn s0638(&self, ev: E638) -> E639 {
        E639(ev.0 + 1)
    }
    #[step]
    async fn s0639(&self, ev: E639) -> E640 {
        E640(ev.0 + 1)
    }
    #[step]
    async fn s0640(&self, ev: E640) -> E641 {
        E641(ev.0 + 1)
    }
    #[step]
    async fn s0641(&self, ev: E641) -> E642 {
        E642(ev.0 + 1)
    }
    #[step]
    async fn s0642(&self, ev: E642) -> E643 {
        E643(ev.0 + 1)
    }
    #[step]
    async fn s0643(&self, ev: E643) -> E644 {
        E644(ev.0 + 1)
    }
    #[step]
    async fn s0644(&self, ev: E644) -> E645 {
        E645(ev.0 + 1)
    }
    #[step]
    async fn s0645(&self, ev: E645) -> E646 {
        E646(ev.0 + 1)
    }
    #[step]
    async fn s0646(&self, ev: E646) -> E647 {
        E647(ev.0 + 1)
    }
    #[step]
    async fn s0647(&self, ev: E647) -> E648 {
        E648(ev.0 + 1)
    }
    #[step]
    async fn s0648(&self, ev: E648) -> E649 {
        E649(ev.0 + 1)
    }
    #[step]
    async fn s0649(&self, ev: E649) -> E650 {
        E650(ev.0 + 1)
    }
    #[step]
    async fn s0650(&self, ev: E650) -> E651 {
        E651(ev.0 + 1)
    }
    #[step]
    async fn s0651(&self, ev: E651) -> E652 {
        E652(ev.0 + 1)
    }
    #[step]
    async fn s0652(&self, ev: E652) -> E653 {
        E653(ev.0 + 1)
    }
    #[step]
    async fn s0653(&self, ev: E653) -> E654 {
        E654(ev.0 + 1)
    }
    #[step]
    async fn s0654(&self, ev: E654) -> E655 {
        E655(ev.0 + 1)
    }
    #[step]
    async fn s0655(&self, ev: E655) -> E656 {
        E656(ev.0 + 1)
    }
    #[step]
    async fn s0656(&self, ev: E656) -> E657 {
        E657(ev.0 + 1)
    }
    #[step]
    async fn s0657(&self, ev: E657) -> E658 {
        E658(ev.0 + 1)
    }
    #[step]
    async fn s0658(&self, ev: E658) -> E659 {
        E659(ev.0 + 1)
    }
    #[step]
    async fn s0659(&self, ev: E659) -> E660 {
        E660(ev.0 + 1)
    }
    #[step]
    async fn s0660(&self, ev: E660) -> E661 {
        E661(ev.0 + 1)
    }
    #[step]
    async fn s0661(&self, ev: E661) -> E662 {
        E662(ev.0 + 1)
    }
    #[step]
    async fn s0662(&self, ev: E662) -> E663 {
        E663(ev.0 + 1)
    }
    #[step]
    async fn s0663(&self, ev: E663) -> E664 {
        E664(ev.0 + 1)
    }
    #[step]
    async fn s0664(&self, ev: E664) -> E665 {
        E665(ev.0 + 1)
    }
    #[step]
    async fn s0665(&self, ev: E665) -> E666 {
        E666(ev.0 + 1)
    }
    #[step]
    async fn s0666(&self, ev: E666) -> E667 {
        E667(ev.0 + 1)
    }
    #[step]
    async fn s0667(&self, ev: E667) -> E668 {
        E668(ev.0 + 1)
    }
    #[step]
    async fn s0668(&self, ev: E668) -> E669 {
        E669(ev.0 + 1)
    }
    #[step]
    async fn s0669(&self, ev: E669) -> E670 {
        E670(ev.0 + 1)
    }
    #[step]
    async fn s0670(&self, ev: E670) -> E671 {
        E671(ev.0 + 1)
    }
    #[step]
    async fn s0671(&self, ev: E671) -> E672 {
        E672(ev.0 + 1)
    }
    #[step]
    async fn s0672(&self, ev: E672) -> E673 {
        E673(ev.0 + 1)
    }
    #[step]
    async fn s0673(&self, ev: E673) -> E674 {
        E674(ev.0 + 1)
    }
    #[step]
    async fn s0674(&self, ev: E674) -> E675 {
        E675(ev.0 + 1)
    }
    #[step]
    async fn s0675(&self, ev: E675) -> E676 {
        E676(ev.0 + 1)
    }
    #[step]
    async fn s0676(&self, ev: E676) -> E677 {
        E677(ev.0 + 1)
    }
    #[step]
    async fn s0677(&self, ev: E677) -> E678 {
        E678(ev.0 + 1)
    }
    #[step]
    async fn s0678(&self, ev: E678) -> E679 {
        E679(ev.0 + 1)
    }
    #[step]
    async fn s0679(&self, ev: E679) -> E680 {
        E680(ev.0 + 1)
    }
    #[step]
    async fn s0680(&self, ev: E680) -> E681 {
        E681(ev.0 + 1)
    }
    #[step]
    async fn s0681(&self, ev: E681) -> E682 {
        E682(ev.0 + 1)
    }
    #[step]
    async fn s0682(&self, ev: E682) -> E683 {
        E683(ev.0 + 1)
    }
    #[step]
    async fn s0683(&self, ev: E683) -> E684 {
        E684(ev.0 + 1)
    }
    #[step]
    async fn s0684(&self, ev: E684) -> E685 {
        E685(ev.0 + 1)
    }
    #[step]
    async fn s0685(&self, ev: E685) -> E686 {
        E686(ev.0 + 1)
    }
    #[step]
    async fn s0686(&self, ev: E686) -> E687 {
        E687(ev.0 + 1)
    }
    #[step]
    async fn s0687(&self, ev: E687) -> E688 {
        E688(ev.0 + 1)
    }
    #[step]
    async fn s0688(&self, ev: E688) -> E689 {
        E689(ev.0 + 1)
    }
    #[step]
    async fn s0689(&self, ev: E689) -> E690 {
        E690(ev.0 + 1)
    }
    #[step]
    async fn s0690(&self, ev: E690) -> E691 {
        E691(ev.0 + 1)
    }
    #[step]
    async fn s0691(&self, ev: E691) -> E692 {
        E692(ev.0 + 1)
    }
    #[step]
    async fn s0692(&self, ev: E692) -> E693 {
        E693(ev.0 + 1)
    }
    #[step]
    async fn s0693(&self, ev: E693) -> E694 {
        E694(ev.0 + 1)
    }
    #[step]
    async fn s0694(&self, ev: E694) -> E695 {
        E695(ev.0 + 1)
    }
    #[step]
    async fn s0695(&self, ev: E695) -> E696 {
        E696(ev.0 + 1)
    }
    #[step]
    async fn s0696(&self, ev: E696) -> E697 {
        E697(ev.0 + 1)
    }
    #[step]
    async fn s0697(&self, ev: E697) -> E698 {
        E698(ev.0 + 1)
    }
    #[step]
    async fn s0698(&self, ev: E698) -> E699 {
        E699(ev.0 + 1)
    }
    #[step]
    async fn s0699(&self, ev: E699) -> E700 {
        E700(ev.0 + 1)
    }
    #[step]
    async fn s0700(&self, ev: E700) -> E701 {
        E701(ev.0 + 1)
    }
    #[step]
    async fn s0701(&self, ev: E701) -> E702 {
        E702(ev.0 + 1)
    }
    #[step]
    async fn s0702(&self, ev: E702) -> E703 {
        E703(ev.0 + 1)
    }
    #[step]
    async fn s0703(&self, ev: E703) -> E704 {
        E704(ev.0 + 1)
    }
    #[step]
    async fn s0704(&self, ev: E704) -> E705 {
        E705(ev.0 + 1)
    }
    #[step]
    async fn s0705(&self, ev: E705) -> E706 {
        E706(ev.0 + 1)
    }
    #[step]
    async fn s0706(&self, ev: E706) -> E707 {
        E707(ev.0 + 1)
    }
    #[step]
    async fn s0707(&self, ev: E707) -> E708 {
        E708(ev.0 + 1)
    }
    #[step]
    async fn s0708(&self, ev: E708) -> E709 {
        E709(ev.0 + 1)
    }
    #[step]
    async fn s0709(&self, ev: E709) -> E710 {
        E710(ev.0 + 1)
    }
    #[step]
    async fn s0710(&self, ev: E710) -> E711 {
        E711(ev.0 + 1)
    }
    #[step]
    async fn s0711(&self, ev: E711) -> E712 {
        E712(ev.0 + 1)
    }
    #[step]
    async fn s0712(&self, ev: E712) -> E713 {
        E713(ev.0 + 1)
    }
    #[step]
    async fn s0713(&self, ev: E713) -> E714 {
        E714(ev.0 + 1)
    }
    #[step]
    async fn s0714(&self, ev: E714) -> E715 {
        E715(ev.0 + 1)
    }
    #[step]
    async fn s0715(&self, ev: E715) -> E716 {
        E716(ev.0 + 1)
    }
    #[step]
    async fn s0716(&self, ev: E716) -> E717 {
        E717(ev.0 + 1)
    }
    #[step]
    async fn s0717(&self, ev: E717) -> E718 {
        E718(ev.0 + 1)
    }
    #[step]
    async fn s0718(&self, ev: E718) -> E719 {
        E719(ev.0 + 1)
    }
    #[step]
    async fn s0719(&self, ev: E719) -> E720 {
        E720(ev.0 + 1)
    }
    #[step]
    async fn s0720(&self, ev: E720) -> E721 {
        E721(ev.0 + 1)
    }
    #[step]
    async fn s0721(&self, ev: E721) -> E722 {
        E722(ev.0 + 1)
    }
    #[step]
    async fn s0722(&self, ev: E722) -> E723 {
        E723(ev.0 + 1)
    }
    #[step]
    async fn s0723(&self, ev: E723) -> E724 {
        E724(ev.0 + 1)
    }
    #[step]
    async fn s0724(&self, ev: E724) -> E725 {
        E725(ev.0 + 1)
    }
    #[step]
    async fn s0725(&self, ev: E725) -> E726 {
        E726(ev.0 + 1)
    }
    #[step]
    async fn s0726(&self, ev: E726) -> E727 {
        E727(ev.0 + 1)
    }
    #[step]
    async fn s0727(&self, ev: E727) -> E728 {
        E728(ev.0 + 1)
    }
    #[step]
    async fn s0728(&self, ev: E728) -> E729 {
        E729(ev.0 + 1)
    }
    #[step]
    async fn s0729(&self, ev: E729) -> E730 {
        E730(ev.0 + 1)
    }
    #[step]
    async fn s0730(&self, ev: E730) -> E731 {
        E731(ev.0 + 1)
    }
    #[step]
    async fn s0731(&self, ev: E731) -> E732 {
        E732(ev.0 + 1)
    }
    #[step]
    async fn s0732(&self, ev: E732) -> E733 {
        E733(ev.0 + 1)
    }
    #[step]
    async fn s0733(&self, ev: E733) -> E734 {
        E734(ev.0 + 1)
    }
    #[step]
    async fn s0734(&self, ev: E734) -> E735 {
        E735(ev.0 + 1)
    }
    #[step]
    async fn s0735(&self, ev: E735) -> E736 {
        E736(ev.0 + 1)
    }
    #[step]
    async fn s0736(&self, ev: E736) -> E737 {
        E737(ev.0 + 1)
    }
    #[step]
    async fn s0737(&self, ev: E737) -> E738 {
        E738(ev.0 + 1)
    }
    #[step]
    async fn s0738(&self, ev: E738) -> E739 {
        E739(ev.0 + 1)
    }
    #[step]
    async fn s0739(&self, ev: E739) -> E740 {
        E740(ev.0 + 1)
    }
    #[step]
    async fn s0740(&self, ev: E740) -> E741 {
        E741(ev.0 + 1)
    }
    #[step]
    async fn s0741(&self, ev: E741) -> E742 {
        E742(ev.0 + 1)
    }
    #[step]
    async fn s0742(&self, ev: E742) -> E743 {
        E743(ev.0 + 1)
    }
    #[step]
    async fn s0743(&self, ev: E743) -> E744 {
        E744(ev.0 + 1)
    }
    #[step]
    async fn s0744(&self, ev: E744) -> E745 {
        E745(ev.0 + 1)
    }
    #[step]
    async fn s0745(&self, ev: E745) -> E746 {
        E746(ev.0 + 1)
    }
    #[step]
    async fn s0746(&self, ev: E746) -> E747 {
        E747(ev.0 + 1)
    }
    #[step]
    async fn s0747(&self, ev: E747) -> E748 {
        E748(ev.0 + 1)
    }
    #[step]
    async fn s0748(&self, ev: E748) -> E749 {
        E749(ev.0 + 1)
    }
    #[step]
    async fn s0749(&self, ev: E749) -> E750 {
        E750(ev.0 + 1)
    }
    #[step]
    async fn s0750(&self, ev: E750) -> E751 {
        E751(ev.0 + 1)
    }
    #[step]
    async fn s0751(&self, ev: E751) -> E752 {
        E752(ev.0 + 1)
    }
    #[step]
    async fn s0752(&self, ev: E752) -> E753 {
        E753(ev.0 + 1)
    }
    #[step]
    async fn s0753(&self, ev: E753) -> E754 {
        E754(ev.0 + 1)
    }
    #[step]
    async fn s0754(&self, ev: E754) -> E755 {
        E755(ev.0 + 1)
    }
    #[step]
    async fn s0755(&self, ev: E755) -> E756 {
        E756(ev.0 + 1)
    }
    #[step]
    async fn s0756(&self, ev: E756) -> E757 {
        E757(ev.0 + 1)
    }
    #[step]
    async fn s0757(&self, ev: E757) -> E758 {
        E758(ev.0 + 1)
    }
    #[step]
    async fn s0758(&self, ev: E758) -> E759 {
        E759(ev.0 + 1)
    }
    #[step]
    async fn s0759(&self, ev: E759) -> E760 {
        E760(ev.0 + 1)
    }
    #[step]
    async fn s0760(&self, ev: E760) -> E761 {
        E761(ev.0 + 1)
    }
    #[step]
    async fn s0761(&self, ev: E761) -> E762 {
        E762(ev.0 + 1)
    }
    #[step]
    async fn s0762(&self, ev: E762) -> E763 {
        E763(ev.0 + 1)
    }
    #[step]
    async fn s0763(&self, ev: E763) -> E764 {
        E764(ev.0 + 1)
    }
    #[step]
    async fn s0764(&self, ev: E764) -> E765 {
        E765(ev.0 + 1)
    }
    #[step]
    async fn s0765(&self, ev: E765) -> E766 {
        E766(ev.0 + 1)
    }
    #[step]
    async fn s0766(&self, ev: E766) -> E767 {
        E767(ev.0 + 1)
    }
    #[step]
    async fn s0767(&self, ev: E767) -> E768 {
        E768(ev.0 + 1)
    }
    #[step]
    async fn s0768(&self, ev: E768) -> E769 {
        E769(ev.0 + 1)
    }
    #[step]
    async fn s0769(&self, ev: E769) -> E770 {
        E770(ev.0 + 1)
    }
    #[step]
    async fn s0770(&self, ev: E770) -> E771 {
        E771(ev.0 + 1)
    }
    #[step]
    async fn s0771(&self, ev: E771) -> E772 {
        E772(ev.0 + 1)
    }
    #[step]
    async fn s0772(&self, ev: E772) -> E773 {
        E773(ev.0 + 1)
    }
    #[step]
    async fn s0773(&self, ev: E773) -> E774 {
        E774(ev.0 + 1)
    }
    #[step]
    async fn s0774(&self, ev: E774) -> E775 {
        E775(ev.0 + 1)
    }
    #[step]
    async fn s0775(&self, ev: E775) -> E776 {
        E776(ev.0 + 1)
    }
    #[step]
    async fn s0776(&self, ev: E776) -> E777 {
        E777(ev.0 + 1)
    }
    #[step]
    async fn s0777(&self, ev: E777) -> E778 {
        E778(ev.0 + 1)
    }
    #[step]
    async fn s0778(&self, ev: E778) -> E779 {
        E779(ev.0 + 1)
    }
    #[step]
    async fn s0779(&self, ev: E779) -> E780 {
        E780(ev.0 + 1)
    }
    #[step]
    async fn s0780(&self, ev: E780) -> E781 {
        E781(ev.0 + 1)
    }
    #[step]
    async fn s0781(&self, ev: E781) -> E782 {
        E782(ev.0 + 1)
    }
    #[step]
    async fn s0782(&self, ev: E782) -> E783 {
        E783(ev.0 + 1)
    }
    #[step]
    async fn s0783(&self, ev: E783) -> E784 {
        E784(ev.0 + 1)
    }
    #[step]
    async fn s0784(&self, ev: E784) -> E785 {
        E785(ev.0 + 1)
    }
    #[step]
    async fn s0785(&self, ev: E785) -> E786 {
        E786(ev.0 + 1)
    }
    #[step]
    async fn s0786(&self, ev: E786) -> E787 {
        E787(ev.0 + 1)
    }
    #[step]
    async fn s0787(&self, ev: E787) -> E788 {
        E788(ev.0 + 1)
    }
    #[step]
    async fn s0788(&self, ev: E788) -> E789 {
        E789(ev.0 + 1)
    }
    #[step]
    async fn s0789(&self, ev: E789) -> E790 {
        E790(ev.0 + 1)
    }
    #[step]
    async fn s0790(&self, ev: E790) -> E791 {
        E791(ev.0 + 1)
    }
    #[step]
    async fn s0791(&self, ev: E791) -> E792 {
        E792(ev.0 + 1)
    }
    #[step]
    async fn s0792(&self, ev: E792) -> E793 {
        E793(ev.0 + 1)
    }
    #[step]
    async fn s0793(&self, ev: E793) -> E794 {
        E794(ev.0 + 1)
    }
    #[step]
    async fn s0794(&self, ev: E794) -> E795 {
        E795(ev.0 + 1)
    }
    #[step]
    async fn s0795(&self, ev: E795) -> E796 {
        E796(ev.0 + 1)
    }
    #[step]
    async fn s0796(&self, ev: E796) -> E797 {
        E797(ev.0 + 1)
    }
    #[step]
    async fn s0797(&self, ev: E797) -> E798 {
        E798(ev.0 + 1)
    }
    #[step]
    async fn s0798(&self, ev: E798) -> E799 {
        E799(ev.0 + 1)
    }
    #[step]
    async fn s0799(&self, ev: E799) -> E800 {
        E800(ev.0 + 1)
    }
    #[step]
    async fn s0800(&self, ev: E800) -> E801 {
        E801(ev.0 + 1)
    }
    #[step]
    async fn s0801(&self, ev: E801) -> E802 {
        E802(ev.0 + 1)
    }
    #[step]
    async fn s0802(&self, ev: E802) -> E803 {
        E803(ev.0 + 1)
    }
    #[step]
    async fn s0803(&self, ev: E803) -> E804 {
        E804(ev.0 + 1)
    }
    #[step]
    async fn s0804(&self, ev: E804) -> E805 {
        E805(ev.0 + 1)
    }
    #[step]
    async fn s0805(&self, ev: E805) -> E806 {
        E806(ev.0 + 1)
    }
    #[step]
    async fn s0806(&self, ev: E806) -> E807 {
        E807(ev.0 + 1)
    }
    #[step]
    async fn s0807(&self, ev: E807) -> E808 {
        E808(ev.0 + 1)
    }
    #[step]
    async fn s0808(&self, ev: E808) -> E809 {
        E809(ev.0 + 1)
    }
    #[step]
    async fn s0809(&self, ev: E809) -> E810 {
        E810(ev.0 + 1)
    }
    #[step]
    async fn s0810(&self, ev: E810) -> E811 {
        E811(ev.0 + 1)
    }
    #[step]
    async fn s0811(&self, ev: E811) -> E812 {
        E812(ev.0 + 1)
    }
    #[step]
    async fn s0812(&self, ev: E812) -> E813 {
        E813(ev.0 + 1)
    }
    #[step]
    async fn s0813(&self, ev: E813) -> E814 {
        E814(ev.0 + 1)
    }
    #[step]
    async fn s0814(&self, ev: E814) -> E815 {
        E815(ev.0 + 1)
    }
    #[step]
    async fn s0815(&self, ev: E815) -> E816 {
        E816(ev.0 + 1)
    }
    #[step]
    async fn s0816(&self, ev: E816) -> E817 {
        E817(ev.0 + 1)
    }
    #[step]
    async fn s0817(&self, ev: E817) -> E818 {
        E818(ev.0 + 1)
    }
    #[step]
    async fn s0818(&self, ev: E818) -> E819 {
        E819(ev.0 + 1)
    }
    #[step]
    async fn s0819(&self, ev: E819) -> E820 {
        E820(ev.0 + 1)
    }
    #[step]
    async fn s0820(&self, ev: E820) -> E821 {
        E821(ev.0 + 1)
    }
    #[step]
    async fn s0821(&self, ev: E821) -> E822 {
        E822(ev.0 + 1)
    }
    #[step]
    async fn s0822(&self, ev: E822) -> E823 {
        E823(ev.0 + 1)
    }
    #[step]
    async fn s0823(&self, ev: E823) -> E824 {
        E824(ev.0 + 1)
    }
    #[step]
    async fn s0824(&self, ev: E824) -> E825 {
        E825(ev.0 + 1)
    }
    #[step]
    async fn s0825(&self, ev: E825) -> E826 {
        E826(ev.0 + 1)
    }
    #[step]
    async fn s0826(&self, ev: E826) -> E827 {
        E827(ev.0 + 1)
    }
    #[step]
    async fn s0827(&self, ev: E827) -> E828 {
        E828(ev.0 + 1)
    }
    #[step]
    async fn s0828(&self, ev: E828) -> E829 {
        E829(ev.0 + 1)
    }
    #[step]
    async fn s0829(&self, ev: E829) -> E830 {
        E830(ev.0 + 1)
    }
    #[step]
    async fn s0830(&self, ev: E830) -> E831 {
        E831(ev.0 + 1)
    }
    #[step]
    async fn s0831(&self, ev: E831) -> E832 {
        E832(ev.0 + 1)
    }
    #[step]
    async fn s0832(&self, ev: E832) -> E833 {
        E833(ev.0 + 1)
    }
    #[step]
    async fn s0833(&self, ev: E833) -> E834 {
        E834(ev.0 + 1)
    }
    #[step]
    async fn s0834(&self, ev: E834) -> E835 {
        E835(ev.0 + 1)
    }
    #[step]
    async fn s0835(&self, ev: E835) -> E836 {
        E836(ev.0 + 1)
    }
    #[step]
    async fn s0836(&self, ev: E836) -> E837 {
        E837(ev.0 + 1)
    }
    #[step]
    async fn s0837(&self, ev: E837) -> E838 {
        E838(ev.0 + 1)
    }
    #[step]
    async fn s0838(&self, ev: E838) -> E839 {
        E839(ev.0 + 1)
    }
    #[step]
    async fn s0839(&self, ev: E839) -> E840 {
        E840(ev.0 + 1)
    }
    #[step]
    async fn s0840(&self, ev: E840) -> E841 {
        E841(ev.0 + 1)
    }
    #[step]
    async fn s0841(&self, ev: E841) -> E842 {
        E842(ev.0 + 1)
    }
    #[step]
    async fn s0842(&self, ev: E842) -> E843 {
        E843(ev.0 + 1)
    }
    #[step]
    async fn s0843(&self, ev: E843) -> E844 {
        E844(ev.0 + 1)
    }
    #[step]
    async fn s0844(&self, ev: E844) -> E845 {
        E845(ev.0 + 1)
    }
    #[step]
    async fn s0845(&self, ev: E845) -> E846 {
        E846(ev.0 + 1)
    }
    #[step]
    async fn s0846(&self, ev: E846) -> E847 {
        E847(ev.0 + 1)
    }
    #[step]
    async fn s0847(&self, ev: E847) -> E848 {
        E848(ev.0 + 1)
    }
    #[step]
    async fn s0848(&self, ev: E848) -> E849 {
        E849(ev.0 + 1)
    }
    #[step]
    async fn s0849(&self, ev: E849) -> E850 {
        E850(ev.0 + 1)
    }
    #[step]
    async fn s0850(&self, ev: E850) -> E851 {
        E851(ev.0 + 1)
    }
    #[step]
    async fn s0851(&self, ev: E851) -> E852 {
        E852(ev.0 + 1)
    }
    #[step]
    async fn s0852(&self, ev: E852) -> E853 {
        E853(ev.0 + 1)
    }
    #[step]
    async fn s0853(&self, ev: E853) -> E854 {
        E854(ev.0 + 1)
    }
    #[step]
    async fn s0854(&self, ev: E854) -> E855 {
        E855(ev.0 + 1)
    }
    #[step]
    async fn s0855(&self, ev: E855) -> E856 {
        E856(ev.0 + 1)
    }
    #[step]
    async fn s0856(&self, ev: E856) -> E857 {
        E857(ev.0 + 1)
    }
    #[step]
    async fn s0857(&self, ev: E857) -> E858 {
        E858(ev.0 + 1)
    }
    #[step]
    async fn s0858(&self, ev: E858) -> E859 {
        E859(ev.0 + 1)
    }
    #[step]
    async fn s0859(&self, ev: E859) -> E860 {
        E860(ev.0 + 1)
    }
    #[step]
    async fn s0860(&self, ev: E860) -> E861 {
        E861(ev.0 + 1)
    }
    #[step]
    async fn s0861(&self, ev: E861) -> E862 {
        E862(ev.0 + 1)
    }
    #[step]
    async fn s0862(&self, ev: E862) -> E863 {
        E863(ev.0 + 1)
    }
    #[step]
    async fn s0863(&self, ev: E863) -> E864 {
        E864(ev.0 + 1)
    }
    #[step]
    async fn s0864(&self, ev: E864) -> E865 {
        E865(ev.0 + 1)
    }
    #[step]
    async fn s0865(&self, ev: E865) -> E866 {
        E866(ev.0 + 1)
    }
    #[step]
    async fn s0866(&self, ev: E866) -> E867 {
        E867(ev.0 + 1)
    }
    #[step]
    async fn s0867(&self, ev: E867) -> E868 {
        E868(ev.0 + 1)
    }
    #[step]
    async fn s0868(&self, ev: E868) -> E869 {
        E869(ev.0 + 1)
    }
    #[step]
    async fn s0869(&self, ev: E869) -> E870 {
        E870(ev.0 + 1)
    }
    #[step]
    async fn s0870(&self, ev: E870) -> E871 {
        E871(ev.0 + 1)
    }
    #[step]
    async fn s0871(&self, ev: E871) -> E872 {
        E872(ev.0 + 1)
    }
    #[step]
    async fn s0872(&self, ev: E872) -> E873 {
        E873(ev.0 + 1)
    }
    #[step]
    async fn s0873(&self, ev: E873) -> E874 {
        E874(ev.0 + 1)
    }
    #[step]
    async fn s0874(&self, ev: E874) -> E875 {
        E875(ev.0 + 1)
    }
    #[step]
    async fn s0875(&self, ev: E875) -> E876 {
        E876(ev.0 + 1)
    }
    #[step]
    async fn s0876(&self, ev: E876) -> E877 {
        E877(ev.0 + 1)
    }
    #[step]
    async fn s0877(&self, ev: E877) -> E878 {
        E878(ev.0 + 1)
    }
    #[step]
    async fn s0878(&self, ev: E878) -> E879 {
        E879(ev.0 + 1)
    }
    #[step]
    async fn s0879(&self, ev: E879) -> E880 {
        E880(ev.0 + 1)
    }
    #[step]
    async fn s0880(&self, ev: E880) -> E881 {
        E881(ev.0 + 1)
    }
    #[step]
    async fn s0881(&self, ev: E881) -> E882 {
        E882(ev.0 + 1)
    }
    #[step]
    async fn s0882(&self, ev: E882) -> E883 {
        E883(ev.0 + 1)
    }
    #[step]
    async fn s0883(&self, ev: E883) -> E884 {
        E884(ev.0 + 1)
    }
    #[step]
    async fn s0884(&self, ev: E884) -> E885 {
        E885(ev.0 + 1)
    }
    #[step]
    async fn s0885(&self, ev: E885) -> E886 {
        E886(ev.0 + 1)
    }
    #[step]
    async fn s0886(&self, ev: E886) -> E887 {
        E887(ev.0 + 1)
    }
    #[step]
    async fn s0887(&self, ev: E887) -> E888 {
        E888(ev.0 + 1)
    }
    #[step]
    async fn s0888(&self, ev: E888) -> E889 {
        E889(ev.0 + 1)
    }
    #[step]
    async fn s0889(&self, ev: E889) -> E890 {
        E890(ev.0 + 1)
    }
    #[step]
    async fn s0890(&self, ev: E890) -> E891 {
        E891(ev.0 + 1)
    }
    #[step]
    async fn s0891(&self, ev: E891) -> E892 {
        E892(ev.0 + 1)
    }
    #[step]
    async fn s0892(&self, ev: E892) -> E893 {
        E893(ev.0 + 1)
    }
    #[step]
    async fn s0893(&self, ev: E893) -> E894 {
        E894(ev.0 + 1)
    }
    #[step]
    async fn s0894(&self, ev: E894) -> E895 {
        E895(ev.0 + 1)
    }
    #[step]
    async fn s0895(&self, ev: E895) -> E896 {
        E896(ev.0 + 1)
    }
    #[step]
    async fn s0896(&self, ev: E896) -> E897 {
        E897(ev.0 + 1)
    }
    #[step]
    async fn s0897(&self, ev: E897) -> E898 {
        E898(ev.0 + 1)
    }
    #[step]
    async fn s0898(&self, ev: E898) -> E899 {
        E899(ev.0 + 1)
    }
    #[step]
    async fn s0899(&self, ev: E899) -> E900 {
        E900(ev.0 + 1)
    }
    #[step]
    async fn s0900(&self, ev: E900) -> E901 {
        E901(ev.0 + 1)
    }
    #[step]
    async fn s0901(&self, ev: E901) -> E902 {
        E902(ev.0 + 1)
    }
    #[step]
    async fn s0902(&self, ev: E902) -> E903 {
        E903(ev.0 + 1)
    }
    #[step]
    async fn s0903(&self, ev: E903) -> E904 {
        E904(ev.0 + 1)
    }
    #[step]
    async fn s0904(&self, ev: E904) -> E905 {
        E905(ev.0 + 1)
    }
    #[step]
    async fn s0905(&self, ev: E905) -> E906 {
        E906(ev.0 + 1)
    }
    #[step]
    async fn s0906(&self, ev: E906) -> E907 {
        E907(ev.0 + 1)
    }
    #[step]
    async fn s0907(&self, ev: E907) -> E908 {
        E908(ev.0 + 1)
    }
    #[step]
    async fn s0908(&self, ev: E908) -> E909 {
        E909(ev.0 + 1)
    }
    #[step]
    async fn s0909(&self, ev: E909) -> E910 {
        E910(ev.0 + 1)
    }
    #[step]
    async fn s0910(&self, ev: E910) -> E911 {
        E911(ev.0 + 1)
    }
    #[step]
    async fn s0911(&self, ev: E911) -> E912 {
        E912(ev.0 + 1)
    }
    #[step]
    async fn s0912(&self, ev: E912) -> E913 {
        E913(ev.0 + 1)
    }
    #[step]
    async fn s0913(&self, ev: E913) -> E914 {
        E914(ev.0 + 1)
    }
    #[step]
    async fn s0914(&self, ev: E914) -> E915 {
        E915(ev.0 + 1)
    }
    #[step]
    async fn s0915(&self, ev: E915) -> E916 {
        E916(ev.0 + 1)
    }
    #[step]
    async fn s0916(&self, ev: E916) -> E917 {
        E917(ev.0 + 1)
    }
    #[step]
    async fn s0917(&self, ev: E917) -> E918 {
        E918(ev.0 + 1)
    }
    #[step]
    async fn s0918(&self, ev: E918) -> E919 {
        E919(ev.0 + 1)
    }
    #[step]
    async fn s0919(&self, ev: E919) -> E920 {
        E920(ev.0 + 1)
    }
    #[step]
    async fn s0920(&self, ev: E920) -> E921 {
        E921(ev.0 + 1)
    }
    #[step]
    async fn s0921(&self, ev: E921) -> E922 {
        E922(ev.0 + 1)
    }
    #[step]
    async fn s0922(&self, ev: E922) -> E923 {
        E923(ev.0 + 1)
    }
    #[step]
    async fn s0923(&self, ev: E923) -> E924 {
        E924(ev.0 + 1)
    }
    #[step]
    async fn s0924(&self, ev: E924) -> E925 {
        E925(ev.0 + 1)
    }
    #[step]
    async fn s0925(&self, ev: E925) -> E926 {
        E926(ev.0 + 1)
    }
    #[step]
    async fn s0926(&self, ev: E926) -> E927 {
        E927(ev.0 + 1)
    }
    #[step]
    async fn s0927(&self, ev: E927) -> E928 {
        E928(ev.0 + 1)
    }
    #[step]
    async fn s0928(&self, ev: E928) -> E929 {
        E929(ev.0 + 1)
    }
    #[step]
    async fn s0929(&self, ev: E929) -> E930 {
        E930(ev.0 + 1)
    }
    #[step]
    async fn s0930(&self, ev: E930) -> E931 {
        E931(ev.0 + 1)
    }
    #[step]
    async fn s0931(&self, ev: E931) -> E932 {
        E932(ev.0 + 1)
    }
    #[step]
    async fn s0932(&self, ev: E932) -> E933 {
        E933(ev.0 + 1)
    }
    #[step]
    async fn s0933(&self, ev: E933) -> E934 {
        E934(ev.0 + 1)
    }
    #[step]
    async fn s0934(&self, ev: E934) -> E935 {
        E935(ev.0 + 1)
    }
    #[step]
    async fn s0935(&self, ev: E935) -> E936 {
        E936(ev.0 + 1)
    }
    #[step]
    async fn s0936(&self, ev: E936) -> E937 {
        E937(ev.0 + 1)
    }
    #[step]
    async fn s0937(&self, ev: E937) -> E938 {
        E938(ev.0 + 1)
    }
    #[step]
    async fn s0938(&self, ev: E938) -> E939 {
        E939(ev.0 + 1)
    }
    #[step]
    async fn s0939(&self, ev: E939) -> E940 {
        E940(ev.0 + 1)
    }
    #[step]
    async fn s0940(&self, ev: E940) -> E941 {
        E941(ev.0 + 1)
    }
    #[step]
    async fn s0941(&self, ev: E941) -> E942 {
        E942(ev.0 + 1)
    }
    #[step]
    async fn s0942(&self, ev: E942) -> E943 {
        E943(ev.0 + 1)
    }
    #[step]
    async fn s0943(&self, ev: E943) -> E944 {
        E944(ev.0 + 1)
    }
    #[step]
    async fn s0944(&self, ev: E944) -> E945 {
        E945(ev.0 + 1)
    }
    #[step]
    async fn s0945(&self, ev: E945) -> E946 {
        E946(ev.0 + 1)
    }
    #[step]
    async fn s0946(&self, ev: E946) -> E947 {
        E947(ev.0 + 1)
    }
    #[step]
    async fn s0947(&self, ev: E947) -> E948 {
        E948(ev.0 + 1)
    }
    #[step]
    async fn s0948(&self, ev: E948) -> E949 {
        E949(ev.0 + 1)
    }
    #[step]
    async fn s0949(&self, ev: E949) -> E950 {
        E950(ev.0 + 1)
    }
    #[step]
    async fn s0950(&self, ev: E950) -> E951 {
        E951(ev.0 + 1)
    }
    #[step]
    async fn s0951(&self, ev: E951) -> E952 {
        E952(ev.0 + 1)
    }
    #[step]
    async fn s0952(&self, ev: E952) -> E953 {
        E953(ev.0 + 1)
    }
    #[step]
    async fn s0953(&self, ev: E953) -> E954 {
        E954(ev.0 + 1)
    }
    #[step]
    async fn s0954(&self, ev: E954) -> E955 {
        E955(ev.0 + 1)
    }
    #[step]
    async fn s0955(&self, ev: E955) -> E956 {
        E956(ev.0 + 1)
    }
    #[step]
    async fn s0956(&self, ev: E956) -> E957 {
        E957(ev.0 + 1)
    }
    #[step]
    async fn s0957(&self, ev: E957) -> E958 {
        E958(ev.0 + 1)
    }
    #[step]
    async fn s0958(&self, ev: E958) -> E959 {
        E959(ev.0 + 1)
    }
    #[step]
    async fn s0959(&self, ev: E959) -> E960 {
        E960(ev.0 + 1)
    }
    #[step]
    async fn s0960(&self, ev: E960) -> E961 {
        E961(ev.0 + 1)
    }
    #[step]
    async fn s0961(&self, ev: E961) -> E962 {
        E962(ev.0 + 1)
    }
    #[step]
    async fn s0962(&self, ev: E962) -> E963 {
        E963(ev.0 + 1)
    }
    #[step]
    async fn s0963(&self, ev: E963) -> E964 {
        E964(ev.0 + 1)
    }
    #[step]
    async fn s0964(&self, ev: E964) -> E965 {
        E965(ev.0 + 1)
    }
    #[step]
    async fn s0965(&self, ev: E965) -> E966 {
        E966(ev.0 + 1)
    }
    #[step]
    async fn s0966(&self, ev: E966) -> E967 {
        E967(ev.0 + 1)
    }
    #[step]
    async fn s0967(&self, ev: E967) -> E968 {
        E968(ev.0 + 1)
    }
    #[step]
    async fn s0968(&self, ev: E968) -> E969 {
        E969(ev.0 + 1)
    }
    #[step]
    async fn s0969(&self, ev: E969) -> E970 {
        E970(ev.0 + 1)
    }
    #[step]
    async fn s0970(&self, ev: E970) -> E971 {
        E971(ev.0 + 1)
    }
    #[step]
    async fn s0971(&self, ev: E971) -> E972 {
        E972(ev.0 + 1)
    }
    #[step]
    async fn s0972(&self, ev: E972) -> E973 {
        E973(ev.0 + 1)
    }
    #[step]
    async fn s0973(&self, ev: E973) -> E974 {
        E974(ev.0 + 1)
    }
    #[step]
    async fn s0974(&self, ev: E974) -> E975 {
        E975(ev.0 + 1)
    }
    #[step]
    async fn s0975(&self, ev: E975) -> E976 {
        E976(ev.0 + 1)
    }
    #[step]
    async fn s0976(&self, ev: E976) -> E977 {
        E977(ev.0 + 1)
    }
    #[step]
    async fn s0977(&self, ev: E977) -> E978 {
        E978(ev.0 + 1)
    }
    #[step]
    async fn s0978(&self, ev: E978) -> E979 {
        E979(ev.0 + 1)
    }
    #[step]
    async fn s0979(&self, ev: E979) -> E980 {
        E980(ev.0 + 1)
    }
    #[step]
    async fn s0980(&self, ev: E980) -> E981 {
        E981(ev.0 + 1)
    }
    #[step]
    async fn s0981(&self, ev: E981) -> E982 {
        E982(ev.0 + 1)
    }
    #[step]
    async fn s0982(&self, ev: E982) -> E983 {
        E983(ev.0 + 1)
    }
    #[step]
    async fn s0983(&self, ev: E983) -> E984 {
        E984(ev.0 + 1)
    }
    #[step]
    async fn s0984(&self, ev: E984) -> E985 {
        E985(ev.0 + 1)
    }
    #[step]
    async fn s0985(&self, ev: E985) -> E986 {
        E986(ev.0 + 1)
    }
    #[step]
    async fn s0986(&self, ev: E986) -> E987 {
        E987(ev.0 + 1)
    }
    #[step]
    async fn s0987(&self, ev: E987) -> E988 {
        E988(ev.0 + 1)
    }
    #[step]
    async fn s0988(&self, ev: E988) -> E989 {
        E989(ev.0 + 1)
    }
    #[step]
    async fn s0989(&self, ev: E989) -> E990 {
        E990(ev.0 + 1)
    }
    #[step]
    async fn s0990(&self, ev: E990) -> E991 {
        E991(ev.0 + 1)
    }
    #[step]
    async fn s0991(&self, ev: E991) -> E992 {
        E992(ev.0 + 1)
    }
    #[step]
    async fn s0992(&self, ev: E992) -> E993 {
        E993(ev.0 + 1)
    }
    #[step]
    async fn s0993(&self, ev: E993) -> E994 {
        E994(ev.0 + 1)
    }
    #[step]
    async fn s0994(&self, ev: E994) -> E995 {
        E995(ev.0 + 1)
    }
    #[step]
    async fn s0995(&self, ev: E995) -> E996 {
        E996(ev.0 + 1)
    }
    #[step]
    async fn s0996(&self, ev: E996) -> E997 {
        E997(ev.0 + 1)
    }
    #[step]
    async fn s0997(&self, ev: E997) -> E998 {
        E998(ev.0 + 1)
    }
    #[step]
    async fn s0998(&self, ev: E998) -> E999 {
        E999(ev.0 + 1)
    }
    #[step]
    async fn s0999(&self, ev: E999) -> StopEvent<u32> {
        StopEvent::new(ev.0 + 1)
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    assert_eq!(Chain.run(StartEvent::new()).await.unwrap(), 1000);
}
