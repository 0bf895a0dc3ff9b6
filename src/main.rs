//! The `idreq` binary: everything lives in the library; this only wires the
//! process (arguments, environment, exit code) to it.

fn main() -> std::process::ExitCode {
    let code = idreq::run(
        idreq::app::env::args(),
        idreq::app::env::Env::from_process(),
    );
    std::process::ExitCode::from(code)
}

// mimalloc (v2): with glibc's allocator a board over 10,000 requests spent a
// quarter of its time in page faults and malloc; v3 added ~0.5 ms to start-up.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
