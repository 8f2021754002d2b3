// A workflow with 50 steps in a chain, checked and run.
use eventflow::prelude::*;

#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E01(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E02(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E03(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E04(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E05(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E06(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E07(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E08(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E09(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E10(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E11(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E12(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E13(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E14(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E15(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E16(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E17(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E18(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E19(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E20(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E21(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E22(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E23(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E24(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E25(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E26(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E27(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E28(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E29(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E30(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E31(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E32(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E33(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E34(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E35(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E36(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E37(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E38(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E39(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E40(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E41(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E42(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E43(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E44(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E45(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E46(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E47(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E48(u32);
#[derive(Debug, Clone, Serialize, Deserialize, Event)]
struct E49(u32);

struct Fifty;

#[workflow]
impl Fifty {
    #[step]
    async fn s00(&self, _ev: StartEvent) -> E01 {
        E01(1)
    }

    #[step]
    async fn s01(&self, ev: E01) -> E02 {
        E02(ev.0 + 1)
    }

    #[step]
    async fn s02(&self, ev: E02) -> E03 {
        E03(ev.0 + 1)
    }

    #[step]
    async fn s03(&self, ev: E03) -> E04 {
        E04(ev.0 + 1)
    }

    #[step]
    async fn s04(&self, ev: E04) -> E05 {
        E05(ev.0 + 1)
    }

    #[step]
    async fn s05(&self, ev: E05) -> E06 {
        E06(ev.0 + 1)
    }

    #[step]
    async fn s06(&self, ev: E06) -> E07 {
        E07(ev.0 + 1)
    }

    #[step]
    async fn s07(&self, ev: E07) -> E08 {
        E08(ev.0 + 1)
    }

    #[step]
    async fn s08(&self, ev: E08) -> E09 {
        E09(ev.0 + 1)
    }

    #[step]
    async fn s09(&self, ev: E09) -> E10 {
        E10(ev.0 + 1)
    }

    #[step]
    async fn s10(&self, ev: E10) -> E11 {
        E11(ev.0 + 1)
    }

    #[step]
    async fn s11(&self, ev: E11) -> E12 {
        E12(ev.0 + 1)
    }

    #[step]
    async fn s12(&self, ev: E12) -> E13 {
        E13(ev.0 + 1)
    }

    #[step]
    async fn s13(&self, ev: E13) -> E14 {
        E14(ev.0 + 1)
    }

    #[step]
    async fn s14(&self, ev: E14) -> E15 {
        E15(ev.0 + 1)
    }

    #[step]
    async fn s15(&self, ev: E15) -> E16 {
        E16(ev.0 + 1)
    }

    #[step]
    async fn s16(&self, ev: E16) -> E17 {
        E17(ev.0 + 1)
    }

    #[step]
    async fn s17(&self, ev: E17) -> E18 {
        E18(ev.0 + 1)
    }

    #[step]
    async fn s18(&self, ev: E18) -> E19 {
        E19(ev.0 + 1)
    }

    #[step]
    async fn s19(&self, ev: E19) -> E20 {
        E20(ev.0 + 1)
    }

    #[step]
    async fn s20(&self, ev: E20) -> E21 {
        E21(ev.0 + 1)
    }

    #[step]
    async fn s21(&self, ev: E21) -> E22 {
        E22(ev.0 + 1)
    }

    #[step]
    async fn s22(&self, ev: E22) -> E23 {
        E23(ev.0 + 1)
    }

    #[step]
    async fn s23(&self, ev: E23) -> E24 {
        E24(ev.0 + 1)
    }

    #[step]
    async fn s24(&self, ev: E24) -> E25 {
        E25(ev.0 + 1)
    }

    #[step]
    async fn s25(&self, ev: E25) -> E26 {
        E26(ev.0 + 1)
    }

    #[step]
    async fn s26(&self, ev: E26) -> E27 {
        E27(ev.0 + 1)
    }

    #[step]
    async fn s27(&self, ev: E27) -> E28 {
        E28(ev.0 + 1)
    }

    #[step]
    async fn s28(&self, ev: E28) -> E29 {
        E29(ev.0 + 1)
    }

    #[step]
    async fn s29(&self, ev: E29) -> E30 {
        E30(ev.0 + 1)
    }

    #[step]
    async fn s30(&self, ev: E30) -> E31 {
        E31(ev.0 + 1)
    }

    #[step]
    async fn s31(&self, ev: E31) -> E32 {
        E32(ev.0 + 1)
    }

    #[step]
    async fn s32(&self, ev: E32) -> E33 {
        E33(ev.0 + 1)
    }

    #[step]
    async fn s33(&self, ev: E33) -> E34 {
        E34(ev.0 + 1)
    }

    #[step]
    async fn s34(&self, ev: E34) -> E35 {
        E35(ev.0 + 1)
    }

    #[step]
    async fn s35(&self, ev: E35) -> E36 {
        E36(ev.0 + 1)
    }

    #[step]
    async fn s36(&self, ev: E36) -> E37 {
        E37(ev.0 + 1)
    }

    #[step]
    async fn s37(&self, ev: E37) -> E38 {
        E38(ev.0 + 1)
    }

    #[step]
    async fn s38(&self, ev: E38) -> E39 {
        E39(ev.0 + 1)
    }

    #[step]
    async fn s39(&self, ev: E39) -> E40 {
        E40(ev.0 + 1)
    }

    #[step]
    async fn s40(&self, ev: E40) -> E41 {
        E41(ev.0 + 1)
    }

    #[step]
    async fn s41(&self, ev: E41) -> E42 {
        E42(ev.0 + 1)
    }

    #[step]
    async fn s42(&self, ev: E42) -> E43 {
        E43(ev.0 + 1)
    }

    #[step]
    async fn s43(&self, ev: E43) -> E44 {
        E44(ev.0 + 1)
    }

    #[step]
    async fn s44(&self, ev: E44) -> E45 {
        E45(ev.0 + 1)
    }

    #[step]
    async fn s45(&self, ev: E45) -> E46 {
        E46(ev.0 + 1)
    }

    #[step]
    async fn s46(&self, ev: E46) -> E47 {
        E47(ev.0 + 1)
    }

    #[step]
    async fn s47(&self, ev: E47) -> E48 {
        E48(ev.0 + 1)
    }

    #[step]
    async fn s48(&self, ev: E48) -> E49 {
        E49(ev.0 + 1)
    }

    #[step]
    async fn s49(&self, ev: E49) -> StopEvent<u32> {
        StopEvent::new(ev.0 + 1)
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    assert_eq!(Fifty.run(StartEvent::new()).await.unwrap(), 50);
}
