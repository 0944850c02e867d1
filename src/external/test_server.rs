//! A minimal HTTP/1.1 server on loopback for the external link tests.
//!
//! Listens on `127.0.0.1:0`, answers each connection with one hand-written response
//! (`Connection: close`) chosen by a routing function, counts requests and
//! simultaneous connections, and stops by itself when dropped or after
//! [`SERVER_LIFETIME`], whichever comes first.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Longest time a test server accepts connections, even if never dropped.
const SERVER_LIFETIME: Duration = Duration::from_secs(20);

/// What a route answers.
pub(super) struct Reply {
    status: u16,
    headers: Vec<(&'static str, String)>,
    delay: Duration,
}

pub(super) fn reply(status: u16) -> Reply {
    Reply { status, headers: Vec::new(), delay: Duration::ZERO }
}

impl Reply {
    pub(super) fn header(mut self, name: &'static str, value: impl Into<String>) -> Reply {
        self.headers.push((name, value.into()));
        self
    }

    pub(super) fn delayed(mut self, delay: Duration) -> Reply {
        self.delay = delay;
        self
    }
}

/// Routing function: method, path, and how many requests this path has had so far
/// (1 for the first).
type Route = dyn Fn(&str, &str, usize) -> Reply + Send + Sync;

#[derive(Default)]
pub(super) struct Stats {
    /// `(method, path)` of every request, in arrival order.
    pub(super) hits: Mutex<Vec<(String, String)>>,
    /// Connections accepted and not yet answered.
    active: AtomicUsize,
    /// Highest `active` seen.
    pub(super) max_active: AtomicUsize,
}

pub(super) struct TestServer {
    addr: SocketAddr,
    pub(super) stats: Arc<Stats>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl TestServer {
    pub(super) fn start(route: impl Fn(&str, &str, usize) -> Reply + Send + Sync + 'static) -> TestServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        listener.set_nonblocking(true).expect("nonblocking");
        let addr = listener.local_addr().expect("local addr");
        let stats = Arc::new(Stats::default());
        let stop = Arc::new(AtomicBool::new(false));
        let route: Arc<Route> = Arc::new(route);
        let (stats2, stop2) = (Arc::clone(&stats), Arc::clone(&stop));
        let thread = std::thread::spawn(move || {
            let started = Instant::now();
            let mut handlers = Vec::new();
            while !stop2.load(Ordering::SeqCst) && started.elapsed() < SERVER_LIFETIME {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let (route, stats) = (Arc::clone(&route), Arc::clone(&stats2));
                        handlers.push(std::thread::spawn(move || serve(stream, &*route, &stats)));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(2)),
                }
            }
            for h in handlers {
                let _ = h.join();
            }
        });
        TestServer { addr, stats, stop, thread: Some(thread) }
    }

    pub(super) fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// Requests seen for `path` (any method).
    pub(super) fn hits(&self, path: &str) -> usize {
        let hits = self.stats.hits.lock().expect("hits lock");
        hits.iter().filter(|(_, p)| p == path).count()
    }

    pub(super) fn methods(&self, path: &str) -> Vec<String> {
        let hits = self.stats.hits.lock().expect("hits lock");
        hits.iter().filter(|(_, p)| p == path).map(|(m, _)| m.clone()).collect()
    }

    pub(super) fn total_hits(&self) -> usize {
        self.stats.hits.lock().expect("hits lock").len()
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Answers one request on `stream`, then closes it (`Connection: close`).
fn serve(mut stream: TcpStream, route: &Route, stats: &Stats) {
    let now = stats.active.fetch_add(1, Ordering::SeqCst) + 1;
    stats.max_active.fetch_max(now, Ordering::SeqCst);
    let answered = answer(&mut stream, route, stats);
    if !answered {
        stats.active.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Reads the request head and writes the reply; false if the request never came.
/// The connection stops counting as active just before the reply is written, so a
/// client cannot open its next connection while this one still counts.
fn answer(stream: &mut TcpStream, route: &Route, stats: &Stats) -> bool {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    let _ = stream.set_write_timeout(Some(Duration::from_secs(2)));
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 16 * 1024 {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return false,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    let text = String::from_utf8_lossy(&head);
    let mut parts = text.lines().next().unwrap_or("").split(' ');
    let method = parts.next().unwrap_or("").to_string();
    let path = parts.next().unwrap_or("").to_string();
    let nth = {
        let mut hits = stats.hits.lock().expect("hits lock");
        hits.push((method.clone(), path.clone()));
        hits.iter().filter(|(_, p)| *p == path).count()
    };
    let r = route(&method, &path, nth);
    std::thread::sleep(r.delay);
    let body = format!("status {}\n", r.status);
    let mut out = format!("HTTP/1.1 {} X\r\nContent-Length: {}\r\nConnection: close\r\n", r.status, body.len());
    for (name, value) in &r.headers {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str("\r\n");
    if method != "HEAD" {
        out.push_str(&body);
    }
    stats.active.fetch_sub(1, Ordering::SeqCst);
    let _ = stream.write_all(out.as_bytes());
    let _ = stream.flush();
    true
}

/// A loopback port nothing listens on.
pub(super) fn closed_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    l.local_addr().expect("local addr").port()
}
