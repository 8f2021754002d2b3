//! Each example prints exactly what the cookbook prints.
//!
//! `cargo test` builds the examples before it runs this; the tests run the
//! built binaries and compare their whole output.

use std::path::PathBuf;
use std::process::Command;

/// Run an example with no OpenAI settings in its environment (so the LLM
/// examples use the shipped server); its stdout and stderr.
fn run_example(name: &str, args: &[&str]) -> (String, String) {
    // This test binary is target/<profile>/deps/examples-<hash>; the
    // examples are in target/<profile>/examples/.
    let exe = std::env::current_exe().unwrap();
    let dir: PathBuf = exe.parent().unwrap().parent().unwrap().join("examples");
    let path = dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.exists(),
        "{} is missing: run the tests with `cargo test`, which builds the examples first",
        path.display()
    );
    let out = Command::new(&path)
        .args(args)
        .env_remove("OPENAI_API_KEY")
        .env_remove("OPENAI_BASE_URL")
        .env_remove("OPENAI_MODEL")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{name} failed: {stderr}");
    (String::from_utf8(out.stdout).unwrap(), stderr)
}

fn example(name: &str, args: &[&str]) -> String {
    run_example(name, args).0
}

/// The one line an LLM example prints on stderr when it answers offline.
#[cfg(feature = "llm")]
fn assert_offline_notice(stderr: &str) {
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(
        lines[0].starts_with(
            "OPENAI_API_KEY is not set: answering from the shipped OpenAI-compatible server at http://127.0.0.1:"
        ) && lines[0].ends_with("/v1 (offline)"),
        "{stderr}"
    );
}

#[cfg(feature = "llm")]
const SEED_ANSWER: &str = "LlamaIndex, formerly known as GPT Index, is a data framework designed to facilitate the connection between large language models (LLMs) and external data sources. It provides tools to index various data types, such as documents, databases, and APIs, enabling LLMs to interact with and retrieve information from these sources more effectively. The framework supports the creation of indices that can be queried by LLMs, enhancing their ability to access and utilize external data in a structured manner. This capability is particularly useful for applications requiring the integration of LLMs with specific datasets or knowledge bases.";

#[cfg(feature = "llm")]
#[test]
fn openai_generator_prints_the_cookbook_answer_offline() {
    let (out, err) = run_example("openai_generator", &[]);
    assert_eq!(out, format!("{SEED_ANSWER}\n"));
    assert_offline_notice(&err);
}

#[cfg(feature = "llm")]
#[test]
fn streaming_llm_prints_the_tokens_then_a_count() {
    let (out, err) = run_example("streaming_llm", &[]);
    assert_eq!(
        out,
        "An event-driven workflow is a set of steps that each wait for an event, do their work, and emit new events for other steps. The workflow ends when a step emits the stop event, so loops, branches and fan-out all follow from which events each step accepts and returns.\n(49 tokens, 266 characters)\n"
    );
    assert_offline_notice(&err);
}

#[cfg(feature = "llm")]
#[test]
fn agent_calls_two_tools_and_answers() {
    let (out, err) = run_example("agent", &[]);
    assert_eq!(
        out,
        "\
Running step think
Step think produced no event
Running step calculate
Step calculate produced event ToolOutput
Running step convert_temperature
Step convert_temperature produced event ToolOutput
Running step gather
Step gather produced no event
Running step gather
Step gather produced event ToolOutputs
Running step think
Step think produced event StopEvent
12.5 * 4 = 50, and 100 °F is 37.78 °C.
"
    );
    assert_offline_notice(&err);
}

const GLOBAL_STATE: &str = "\
Running step setup
Step setup produced event QueryEvent
Running step query
Step query produced event StopEvent
The answer to your query is value2
";

const WAIT_FLOW: &str = "\
Running step query
Step query produced no event
Running step setup
Step setup produced event StopEvent
No you can't
---
Running step query
Step query produced no event
Running step setup
Step setup produced event StopEvent
---
Running step query
Step query produced event StopEvent
Running step setup
Step setup produced event StopEvent
Got the data Yes you can
";

const COLLECT_FLOW: &str = "\
I got some input
I got a query
Not enough events yet
Not enough events yet
Now I have all the events
(QueryEvent { query: \"Here's my question\" }, InputEvent { input: \"Here's some input\" }, SetupEvent { error: false })
Ran query 'Here's my question' on input 'Here's some input'
";

#[test]
fn typed_state_counts_across_the_loop_and_loads_its_resource_once() {
    assert_eq!(
        example("typed_state", &[]),
        "\
loading the stop words
page 1: 3 words
page 2: 4 words
page 3: 7 words
run 1: 3 pages, 14 words, the longest \"barked\"
page 1: 3 words
page 2: 4 words
page 3: 7 words
run 2: 3 pages, 14 words, the longest \"barked\"
"
    );
}

#[test]
fn global_state_prints_the_cookbook_output() {
    assert_eq!(example("global_state", &[]), GLOBAL_STATE);
}

#[test]
fn wait_flow_keeps_the_store_across_three_runs() {
    assert_eq!(example("wait_flow", &[]), WAIT_FLOW);
}

#[test]
fn collect_flow_waits_for_all_three_events() {
    assert_eq!(example("collect_flow", &[]), COLLECT_FLOW);
}

/// A loop run's output: answer/improve pairs, then the stop.
fn check_loop_output(out: &str) -> usize {
    let lines: Vec<&str> = out.lines().collect();
    let (result, trace) = lines.split_last().unwrap();
    let mut rounds = 0;
    let mut i = 0;
    loop {
        assert_eq!(trace[i], "Running step answer_query", "{out}");
        if trace[i + 1] == "Step answer_query produced event StopEvent" {
            assert_eq!(i + 2, trace.len(), "{out}");
            assert_eq!(*result, "The answer to your query");
            return rounds;
        }
        assert_eq!(trace[i + 1], "Step answer_query produced event FailedEvent");
        assert_eq!(trace[i + 2], "Running step improve_query");
        rounds += 1;
        if trace[i + 3] == "Step improve_query produced event StopEvent" {
            assert_eq!(i + 4, trace.len(), "{out}");
            assert_eq!(*result, "Your query can't be fixed.");
            return rounds;
        }
        assert_eq!(trace[i + 3], "Step improve_query produced event QueryEvent");
        i += 4;
    }
}

#[test]
fn loop_flow_is_reproducible_with_a_seed_and_takes_every_branch() {
    let mut endings = std::collections::BTreeSet::new();
    let mut looped = false;
    for seed in 0..40 {
        let seed = seed.to_string();
        let out = example("loop_flow", &["--seed", &seed]);
        assert_eq!(out, example("loop_flow", &["--seed", &seed]), "seed {seed}");
        looped |= check_loop_output(&out) > 1;
        endings.insert(out.lines().last().unwrap().to_owned());
    }
    assert_eq!(endings.len(), 2, "both endings over 40 seeds: {endings:?}");
    assert!(looped, "some seed loops back through improve_query");
}

#[test]
fn loop_flow_rejects_a_bad_seed() {
    let exe = std::env::current_exe().unwrap();
    let path = exe
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("examples/loop_flow");
    let out = Command::new(path).args(["--seed", "x"]).output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--seed takes a whole number, got `x`"));
}

#[cfg(feature = "llm")]
#[test]
fn cookbook_runs_every_section_in_order() {
    let (out, err) = run_example("cookbook", &["--seed", "1"]);
    assert_offline_notice(&err);
    let sections: Vec<&str> = out.split("\n== ").collect();
    assert_eq!(sections.len(), 6, "{out}");
    assert_eq!(sections[1], format!("Workflow basics ==\n{SEED_ANSWER}\n"));
    assert!(sections[2].starts_with("Loops and branches ==\n"));
    check_loop_output(sections[2].split_once('\n').unwrap().1);
    assert_eq!(
        sections[3],
        format!("Maintaining state between events ==\n{GLOBAL_STATE}")
    );
    assert_eq!(
        sections[4],
        format!("Waiting across runs on one context ==\n{WAIT_FLOW}")
    );
    assert_eq!(
        sections[5],
        format!("Waiting for one or more events ==\n{COLLECT_FLOW}")
    );
}

#[test]
fn streaming_prints_progress_as_it_arrives_then_the_result() {
    assert_eq!(
        example("streaming", &[]),
        "progress: 1/3 read \"The cat sat.\"\n\
         progress: 2/3 read \"On the mat it sat.\"\n\
         progress: 3/3 read \"Then it left.\"\n\
         result: 11 words in 3 pages\n"
    );
}

#[test]
fn human_in_the_loop_takes_the_answer_from_the_command_line() {
    assert_eq!(
        example("human_in_the_loop", &["--answer", "Ferris"]),
        "What's your name? Ferris\nHello, Ferris!\n"
    );
}

#[test]
fn retry_prints_each_attempt_until_the_third_succeeds() {
    assert_eq!(
        example("retry", &[]),
        "\
Running step fetch
attempt 1
Running step fetch
attempt 2 (the last one failed: the weather service is busy (503))
Running step fetch
attempt 3 (the last one failed: the weather service is busy (503))
Step fetch produced event StopEvent
Lisbon: sunny, 24 °C
"
    );
}

#[test]
fn error_handler_recovers_from_the_failed_steps_input() {
    assert_eq!(
        example("error_handler", &[]),
        "\
Running step translate
Running step translate
Running step fall_back
translate failed after 2 attempts: the translation service is down; could not translate \"Bom dia\"
Step fall_back produced event StopEvent
Bom dia (untranslated)
"
    );
}

#[test]
fn resume_finishes_a_saved_run_in_a_new_process() {
    let file = std::env::temp_dir().join(format!("eventflow-resume-{}.json", std::process::id()));
    let file = file.to_str().unwrap();
    let saved = example("resume", &["--save", file]);
    let lines: Vec<&str> = saved.lines().collect();
    assert_eq!(lines[0], "side effect before the wait");
    assert!(lines[1].starts_with("saved the waiting run "), "{saved}");
    assert_eq!(lines.len(), 2, "{saved}");
    let resumed = example("resume", &["--resume", file, "--answer", "yes please"]);
    assert_eq!(
        resumed,
        "side effect before the wait\ntable for two: the answer was \"yes please\"\n"
    );
    std::fs::remove_file(file).unwrap();
}

#[test]
fn map_reduce_sums_a_fan_out_of_a_thousand() {
    assert_eq!(
        example("map_reduce", &[]),
        "\
858 squares (multiples of 7 dropped), first 1, last 1000000, sum 286571285
0 squares (multiples of 7 dropped), first 0, last 0, sum 0
"
    );
}

#[test]
fn joins_answers_once_both_events_arrived() {
    assert_eq!(
        example("joins", &[]),
        "\
Running step lookup
Step lookup produced event Facts
Running step profile
Step profile produced event Profile
Running step answer
Step answer produced event StopEvent
Ada: eventflow routes events between steps
"
    );
}

#[test]
fn child_workflow_streams_the_childs_progress_and_its_result() {
    assert_eq!(
        example("child_workflow", &[]),
        "\
[draft > Writer] section 1: eventflow: why
[draft > Writer] section 2: eventflow: how
[draft > Writer] section 3: eventflow: what next
[draft > Writer] done
[review > Editor > edit > SpellChecker] done
[review > Editor] done
published 3 sections, 0 typos
"
    );
}
