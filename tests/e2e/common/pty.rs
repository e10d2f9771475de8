//! Drives byods in a pseudo-terminal (python3's pty module, present on every machine and on CI): the
//! pty is the child's stdin, stdout, stderr and controlling terminal (so /dev/tty works too). It
//! waits for each expected text, then types the answer, and returns the exit code and everything
//! the terminal showed.

use serde_json::json;

use super::{Env, stderr_text, stdout_json};

const PTY_DRIVER: &str = r#"
import fcntl, json, os, pty, select, subprocess, sys, termios, time
spec = json.loads(sys.argv[1])
master, slave = pty.openpty()
if spec.get("cols"):
    fcntl.ioctl(slave, termios.TIOCSWINSZ, __import__("struct").pack("HHHH", 24, spec["cols"], 0, 0))
def controlling_tty():
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)
p = subprocess.Popen(spec["argv"], stdin=slave, stdout=slave, stderr=slave, close_fds=True,
                     preexec_fn=controlling_tty)
os.close(slave)
buf = b""
def read_until(pred, timeout):
    global buf
    end = time.time() + timeout
    while not pred():
        left = end - time.time()
        if left <= 0:
            return False
        r, _, _ = select.select([master], [], [], left)
        if not r:
            return False
        try:
            chunk = os.read(master, 4096)
        except OSError:
            return False
        if not chunk:
            return False
        buf += chunk
    return True
pos = 0
for expect, answer in spec["steps"]:
    e = expect.encode()
    if not read_until(lambda: e in buf[pos:], 60):
        p.kill()
        print(json.dumps({"code": None, "output": buf.decode(errors="replace"), "waiting": expect}))
        sys.exit(0)
    pos = buf.index(e, pos) + len(e)
    time.sleep(0.05)  # let the program switch the terminal mode before typing
    os.write(master, (answer + "\n").encode())
read_until(lambda: False, 60)
code = p.wait(timeout=60)
echo = bool(termios.tcgetattr(master)[3] & termios.ECHO)
print(json.dumps({"code": code, "output": buf.decode(errors="replace"), "echo": echo}))
"#;

/// Runs `byods ARGS` in a pseudo-terminal, answering each `(expected text, answer)` step.
pub fn run(env: &Env, args: &[&str], steps: &[(&str, &str)]) -> (Option<i64>, String) {
    let (code, output, _) = run_checking_echo(env, args, steps);
    (code, output)
}

/// `run` with the environment of `Env::bare_cmd`: no BYODS_BASE_URL or BYODS_TOKEN, so the
/// config file's profiles decide where each request goes.
pub fn run_bare(env: &Env, args: &[&str], steps: &[(&str, &str)]) -> (Option<i64>, String) {
    let (code, output, _) = drive(env, args, steps, true);
    (code, output)
}

/// `run`, also telling whether the terminal still echoes typed characters after byods exited.
pub fn run_checking_echo(
    env: &Env,
    args: &[&str],
    steps: &[(&str, &str)],
) -> (Option<i64>, String, bool) {
    drive(env, args, steps, false)
}

fn drive(
    env: &Env,
    args: &[&str],
    steps: &[(&str, &str)],
    bare: bool,
) -> (Option<i64>, String, bool) {
    let mut argv = vec![super::bin().display().to_string()];
    argv.extend(args.iter().map(|a| a.to_string()));
    let spec = json!({"argv": argv, "steps": steps});
    let mut driver = env.cmd_for("python3");
    if bare {
        driver
            .env_remove("BYODS_BASE_URL")
            .env_remove("BYODS_TOKEN");
    }
    let out = driver
        .env("NO_COLOR", "1")
        .args(["-c", PTY_DRIVER, &spec.to_string()])
        .output()
        .unwrap();
    assert!(out.status.success(), "driver failed: {}", stderr_text(&out));
    let v = stdout_json(&out);
    let output = v["output"].as_str().unwrap().replace('\r', "");
    assert!(
        v.get("waiting").is_none(),
        "timed out waiting for {}; output so far:\n{output}",
        v["waiting"]
    );
    (v["code"].as_i64(), output, v["echo"] == true)
}

/// Runs `byods ARGS` with no input in a pseudo-terminal `cols` columns wide (COLUMNS unset, so the
/// width comes from the terminal itself). Returns the exit code and what the terminal showed.
pub fn run_in_columns(env: &Env, args: &[&str], cols: u16) -> (Option<i64>, String) {
    let mut argv = vec![super::bin().display().to_string()];
    argv.extend(args.iter().map(|a| a.to_string()));
    let spec = json!({"argv": argv, "steps": [], "cols": cols});
    let out = env
        .cmd_for("python3")
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS")
        .args(["-c", PTY_DRIVER, &spec.to_string()])
        .output()
        .unwrap();
    assert!(out.status.success(), "driver failed: {}", stderr_text(&out));
    let v = stdout_json(&out);
    let output = v["output"].as_str().unwrap().replace('\r', "");
    (v["code"].as_i64(), output)
}
