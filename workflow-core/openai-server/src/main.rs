//! The shipped OpenAI-compatible server as a command:
//!
//! ```text
//! cargo run -p eventflow-openai-server -- [--host 127.0.0.1] [--port 8000] [--api-key KEY] [--script FILE]
//! ```
//!
//! Then point a client at it: `OPENAI_BASE_URL=http://127.0.0.1:8000/v1`.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::process::ExitCode;

use eventflow_openai_server::{ScriptFile, Server};

const USAGE: &str = "\
usage: eventflow-openai-server [--host ADDR] [--port PORT] [--api-key KEY] [--script FILE]

An OpenAI-compatible chat server with scripted replies (POST /v1/chat/completions,
GET /v1/models), for running eventflow's examples and tests offline.

  --host ADDR     address to listen on (default 127.0.0.1)
  --port PORT     port to listen on (default 8000; 0 picks a free one)
  --api-key KEY   require this key (Authorization: Bearer KEY); default: any or none
  --script FILE   a JSON script: {\"replies\": [..], \"rules\": [{\"prompt_contains\": \"..\",
                  \"reply\": {\"text\": \"..\"}}], \"fallback\": {\"text\": \"..\"}}
                  Replies: {\"text\": \"..\"}, {\"tool_calls\": [{\"name\": \"..\", \"arguments\": {..}}]},
                  {\"error\": {\"status\": 429, \"message\": \"..\", \"retry_after\": 2}},
                  {\"drop_after\": {\"text\": \"..\", \"chunks\": 3}}, {\"hang\": null};
                  any of them with \"chunk_delay_ms\": N.
                  Without a script, every request gets \"You said: <prompt>\".";

struct Options {
    addr: SocketAddr,
    api_key: Option<String>,
    script: Option<PathBuf>,
}

fn parse(mut args: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
    let mut host = IpAddr::V4(Ipv4Addr::LOCALHOST);
    let mut port: u16 = 8000;
    let mut api_key = None;
    let mut script = None;
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| format!("{name} needs a value\n\n{USAGE}"))
        };
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--host" => {
                let v = value("--host")?;
                host = v
                    .parse()
                    .map_err(|_| format!("--host takes an IP address, got `{v}`"))?;
            }
            "--port" => {
                let v = value("--port")?;
                port = v
                    .parse()
                    .map_err(|_| format!("--port takes a number from 0 to 65535, got `{v}`"))?;
            }
            "--api-key" => api_key = Some(value("--api-key")?),
            "--script" => script = Some(PathBuf::from(value("--script")?)),
            other => return Err(format!("unknown argument `{other}`\n\n{USAGE}")),
        }
    }
    Ok(Some(Options {
        addr: SocketAddr::new(host, port),
        api_key,
        script,
    }))
}

async fn serve(options: Options) -> Result<(), Box<dyn std::error::Error>> {
    let mut builder = Server::builder().bind(options.addr);
    if let Some(key) = options.api_key {
        builder = builder.api_key(key);
    }
    if let Some(path) = &options.script {
        builder = builder.script(ScriptFile::load(path)?);
    }
    let server = builder.start().await?;
    eprintln!(
        "OpenAI-compatible server listening: OPENAI_BASE_URL={}",
        server.base_url()
    );
    server.wait().await?;
    Ok(())
}

fn main() -> ExitCode {
    let options = match parse(std::env::args().skip(1)) {
        Ok(Some(options)) => options,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("could not start the tokio runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(serve(options)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
