#!/usr/bin/env bash
# Workload 8: build time of a crate with one 50-step #[workflow] against the
# same crate with the steps as plain methods (no #[workflow], no #[step]).
# Dependencies are built first; then each crate's own compile is timed
# (touch + cargo build, REPS times, median), twice: as an edit-and-rebuild
# loop sees it (incremental: what did not change is reused) and as a first
# build sees it (CARGO_INCREMENTAL=0: the whole crate is compiled, in a
# target directory of its own). Prints one JSON object.
#
#   bash bench/compile_cost.sh            # debug builds, 5 repetitions
#   REPS=9 PROFILE=release bash bench/compile_cost.sh
set -euo pipefail

REPS=${REPS:-5}
PROFILE=${PROFILE:-dev}
STEPS=50
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

gen() { # $1 = crate dir, $2 = "macro" or "plain"
  local dir=$1 kind=$2
  mkdir -p "$dir/src"
  cat > "$dir/Cargo.toml" <<TOML
[package]
name = "cost-$kind"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
eventflow = { path = "$root", default-features = false }
serde = { version = "1", features = ["derive"] }
tokio = { version = "1", features = ["rt"] }
TOML
  {
    echo "use eventflow::prelude::*;"
    for i in $(seq 1 $((STEPS - 1))); do
      printf '#[derive(Debug, Clone, Serialize, Deserialize, Event)]\npub struct E%02d(pub u32);\n' "$i"
    done
    echo "pub struct Fifty;"
    if [ "$kind" = macro ]; then echo "#[workflow]"; fi
    echo "impl Fifty {"
    local attr=""
    if [ "$kind" = macro ]; then attr="#[step]"; fi
    printf '    %s\n    pub async fn s00(&self, _ev: StartEvent) -> E01 { E01(1) }\n' "$attr"
    for i in $(seq 1 $((STEPS - 2))); do
      printf '    %s\n    pub async fn s%02d(&self, ev: E%02d) -> E%02d { E%02d(ev.0 + 1) }\n' "$attr" "$i" "$i" $((i + 1)) $((i + 1))
    done
    printf '    %s\n    pub async fn s%02d(&self, ev: E%02d) -> StopEvent<u32> { StopEvent::new(ev.0 + 1) }\n' "$attr" $((STEPS - 1)) $((STEPS - 1))
    echo "}"
    if [ "$kind" = macro ]; then
      echo 'fn main() { let rt = tokio::runtime::Builder::new_current_thread().build().unwrap(); assert_eq!(rt.block_on(async { Fifty.run(StartEvent::new()).await }).unwrap(), 50); }'
    else
      # Chain the plain methods by hand so they are all used and compiled.
      echo 'fn main() { let rt = tokio::runtime::Builder::new_current_thread().build().unwrap(); let f = Fifty; let n = rt.block_on(async {'
      printf '    let e = f.s00(StartEvent::new()).await;\n'
      for i in $(seq 1 $((STEPS - 2))); do printf '    let e = f.s%02d(e).await;\n' "$i"; done
      printf '    f.s%02d(e).await.result\n' $((STEPS - 1))
      echo '}); assert_eq!(n, 50); }'
    fi
  } > "$dir/src/main.rs"
}

cat > "$work/Cargo.toml" <<TOML
[workspace]
members = ["macro", "plain"]
resolver = "2"
TOML
gen "$work/macro" macro
gen "$work/plain" plain

cd "$work"
export CARGO_TARGET_DIR="$work/target"
cargo build -q --profile "$PROFILE" --workspace 2>&1
CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$work/target-full" cargo build -q --profile "$PROFILE" --workspace 2>&1
for k in macro plain; do
  "$CARGO_TARGET_DIR"/$([ "$PROFILE" = dev ] && echo debug || echo "$PROFILE")/cost-$k > /dev/null
done

time_build() { # $1 = crate kind; prints seconds, one per line
  for _ in $(seq 1 "$REPS"); do
    touch "$work/$1/src/main.rs"
    local t0 t1
    t0=$(date +%s.%N)
    cargo build -q --profile "$PROFILE" -p "cost-$1" 2>&1
    t1=$(date +%s.%N)
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }'
  done
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
list() { echo "$1" | paste -sd,; }

macro_times=$(time_build macro)
plain_times=$(time_build plain)
m=$(echo "$macro_times" | median)
p=$(echo "$plain_times" | median)
full_macro_times=$(CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$work/target-full" time_build macro)
full_plain_times=$(CARGO_INCREMENTAL=0 CARGO_TARGET_DIR="$work/target-full" time_build plain)
fm=$(echo "$full_macro_times" | median)
fp=$(echo "$full_plain_times" | median)
printf '{"workload":"compile_cost","steps":%d,"profile":"%s","reps":%d,"with_workflow_s":%s,"plain_methods_s":%s,"ratio":%s,"with_workflow_values":[%s],"plain_values":[%s],"full_with_workflow_s":%s,"full_plain_methods_s":%s,"full_ratio":%s,"full_with_workflow_values":[%s],"full_plain_values":[%s]}\n' \
  "$STEPS" "$PROFILE" "$REPS" "$m" "$p" "$(ratio "$m" "$p")" "$(list "$macro_times")" "$(list "$plain_times")" \
  "$fm" "$fp" "$(ratio "$fm" "$fp")" "$(list "$full_macro_times")" "$(list "$full_plain_times")"
