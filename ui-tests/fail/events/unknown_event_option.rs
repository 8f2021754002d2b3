use eventflow::prelude::*;

#[derive(Clone, Serialize, Deserialize, Event)]
#[event(rename = "x")]
struct Ping(u32);

#[derive(Clone, Serialize, Deserialize, Event)]
#[event(input_required, human_response)]
struct Both(u32);

fn main() {}
