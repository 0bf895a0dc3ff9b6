//! The `idreq` binary: everything lives in the library; this only wires the
//! process (arguments, environment, exit code) to it.

fn main() -> std::process::ExitCode {
    let code = idreq::run(idreq::env::args(), idreq::env::Env::from_process());
    std::process::ExitCode::from(code)
}
