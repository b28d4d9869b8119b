//! `spawn_app()` and `TestApp`: one method per thing a test does to the running server.

use crate::support::geoip;
use chrono::{DateTime, Utc};
use lifelines::clock::ManualClock;
use lifelines::config::Settings;
use lifelines::publish::Publisher;
use lifelines::reload::Reloader;
use lifelines::startup::Application;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

/// Everything any test's server logged, captured so tests can prove what never reaches a log.
pub static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();

#[derive(Clone)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn init_logs() {
    LOGS.get_or_init(|| {
        let buf = Arc::new(Mutex::new(Vec::new()));
        let sink = Capture(buf.clone());
        lifelines::telemetry::init("info", Default::default(), move || sink.clone())
            .expect("one subscriber");
        buf
    });
}

/// What the servers have logged so far.
pub fn logged() -> String {
    String::from_utf8_lossy(&LOGS.get().unwrap().lock().unwrap()).into_owned()
}

/// The repository's data directory.
pub fn repo_data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// The test GeoIP database, written once per test run.
pub fn test_geoip() -> PathBuf {
    static DB: OnceLock<PathBuf> = OnceLock::new();
    DB.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("lifelines-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("test-city.mmdb");
        geoip::write_test_db(&path);
        path
    })
    .clone()
}

/// Noon on the day after the repository's data was last confirmed: the moment test servers
/// stand at unless a test sets its own, so no test depends on the calendar.
pub fn test_now() -> DateTime<Utc> {
    let newest = lifelines::directory::load::newest_verified(&repo_data()).expect("dated data");
    (newest + chrono::Days::new(1))
        .and_hms_opt(12, 0, 0)
        .unwrap()
        .and_utc()
}

/// A running server and a client that does not follow redirects.
pub struct TestApp {
    /// `http://127.0.0.1:PORT`.
    pub address: String,
    /// The HTTP client.
    pub client: reqwest::Client,
    /// The published data, to see the version served.
    pub publisher: Arc<Publisher>,
    /// What reloads the data, to reload now.
    pub reloader: Arc<Reloader>,
    /// The server's clock, to move time.
    pub clock: Arc<ManualClock>,
    /// The port of `/metrics`, when it has a listener of its own.
    pub metrics_port: Option<u16>,
}

/// The real app on port 0 with the repo's data, the test GeoIP database, loopback trusted.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// As [`spawn_app`], with settings changed by `configure` first. Test servers neither watch
/// files nor render pages ahead unless a test turns that on, and their clock is
/// [`test_now`] until a test moves it.
pub async fn spawn_app_with(configure: impl FnOnce(&mut Settings)) -> TestApp {
    init_logs();
    let mut settings = Settings {
        listen: "127.0.0.1:0".into(),
        data_dir: repo_data(),
        ..Settings::default()
    };
    settings.geo.database = Some(test_geoip());
    settings.reload.watch = false;
    settings.reload.poll_seconds = 0;
    settings.pages.prewarm = false;
    // A metrics listener of its own, as by default, on a free port.
    settings.metrics.listen = "127.0.0.1:0".into();
    configure(&mut settings);
    let clock = ManualClock::new(test_now());
    let app = Application::build_with_clock(settings, clock.clone()).expect("app builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    let publisher = app.publisher();
    let reloader = app.reloader();
    let metrics_port = app.metrics_port();
    tokio::spawn(app.run_until_stopped());
    TestApp {
        address,
        client: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
        publisher,
        reloader,
        clock,
        metrics_port,
    }
}

impl TestApp {
    /// `GET path`.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{}", self.address, path))
            .send()
            .await
            .expect("request sent")
    }

    /// `GET path` as forwarded by a proxy for `client`.
    pub async fn get_forwarded_for(&self, path: &str, client: &str) -> reqwest::Response {
        self.get_with(path, &[("X-Forwarded-For", client)]).await
    }

    /// `GET path` with extra headers.
    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
        let mut req = self.client.get(format!("{}{}", self.address, path));
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        req.send().await.expect("request sent")
    }

    /// `GET /metrics` from the metrics listener (or the main one, when configured there).
    pub async fn metrics(&self) -> reqwest::Response {
        match self.metrics_port {
            Some(port) => self
                .client
                .get(format!("http://127.0.0.1:{port}/metrics"))
                .send()
                .await
                .expect("request sent"),
            None => self.get("/metrics").await,
        }
    }

    /// `GET path`, asserting `200`, parsed as HTML.
    pub async fn page(&self, path: &str) -> Page {
        let res = self.get(path).await;
        assert_eq!(res.status(), 200, "GET {path}");
        Page::new(res.text().await.unwrap())
    }
}

/// A parsed HTML page.
pub struct Page {
    /// The raw HTML.
    pub html: String,
    doc: scraper::Html,
}

impl Page {
    /// Parses `html`.
    pub fn new(html: String) -> Self {
        let doc = scraper::Html::parse_document(&html);
        Page { html, doc }
    }

    /// The text of every element matching `selector`.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        let sel = scraper::Selector::parse(selector).unwrap();
        self.doc
            .select(&sel)
            .map(|e| {
                e.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    /// The value of `attr` on every element matching `selector`.
    pub fn attrs(&self, selector: &str, attr: &str) -> Vec<String> {
        let sel = scraper::Selector::parse(selector).unwrap();
        self.doc
            .select(&sel)
            .filter_map(|e| e.value().attr(attr).map(str::to_string))
            .collect()
    }

    /// The ids of the listed resources, in page order.
    pub fn resource_ids(&self) -> Vec<String> {
        self.attrs("li.resource", "id")
    }

    /// The page's whole visible text, whitespace folded.
    pub fn text(&self) -> String {
        self.texts("body").join(" ")
    }

    /// The body's text outside every element marked `lang="en"` (a line's English description
    /// on a page in another language), whitespace folded.
    pub fn text_outside_english(&self) -> String {
        let body = scraper::Selector::parse("body").unwrap();
        let Some(body) = self.doc.select(&body).next() else {
            return String::new();
        };
        let mut out = String::new();
        for node in body.descendants() {
            let Some(text) = node.value().as_text() else {
                continue;
            };
            let english = node.ancestors().find_map(|a| {
                let lang = a.value().as_element()?.attr("lang")?;
                Some(lang == "en" || lang.starts_with("en-"))
            });
            if english != Some(true) {
                out.push_str(text);
                out.push(' ');
            }
        }
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// Removes from `dir/file` every line that starts with `prefix` (a row of a copied data file).
pub fn drop_lines(dir: &Path, file: &str, prefix: &str) {
    let path = dir.join(file);
    let kept: String = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with(prefix))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&path, kept).unwrap();
}

/// A copy of the repo's data in a temporary directory, to plant changes in.
pub fn data_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(repo_data()).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
    }
    dir
}

/// The real binary serving `data` on a free port, with the test GeoIP database and neither a
/// file watch nor pages rendered ahead (so only `SIGHUP` reloads it); killed when dropped.
pub struct Served {
    /// The process.
    pub child: std::process::Child,
    /// `http://127.0.0.1:PORT`.
    pub address: String,
    /// Every line it has written to stdout and stderr so far.
    pub output: Arc<Mutex<Vec<String>>>,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The real binary, with none of the developer's `LIFELINES_*` settings (nor `RUST_LOG`):
/// what a test runs must not depend on the shell it was started from.
pub fn lifelines() -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_lifelines"));
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("LIFELINES_") || key == "RUST_LOG" {
            cmd.env_remove(key);
        }
    }
    cmd
}

/// Starts `lifelines serve` on `data` with `env` added, and waits for its port.
pub fn serve(data: &Path, env: &[(&str, &str)]) -> Served {
    use std::io::BufRead;
    let mut child = lifelines()
        .args(["serve", "--listen", "127.0.0.1:0", "--data"])
        .arg(data)
        .env("LIFELINES_RELOAD__WATCH", "false")
        .env("LIFELINES_RELOAD__POLL_SECONDS", "0")
        .env("LIFELINES_PAGES__PREWARM", "false")
        .env("LIFELINES_METRICS__LISTEN", "127.0.0.1:0")
        .env("LIFELINES_GEO__DATABASE", test_geoip())
        .envs(env.iter().copied())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let output: Arc<Mutex<Vec<String>>> = Arc::default();
    let stderr = child.stderr.take().unwrap();
    let sink = output.clone();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
        {
            sink.lock().unwrap().push(line);
        }
    });
    let stdout = child.stdout.take().unwrap();
    let mut lines = std::io::BufReader::new(stdout).lines();
    let port = loop {
        let line = lines.next().expect("the server logs its port").unwrap();
        output.lock().unwrap().push(line.clone());
        // `port=8080` in text logs, `"port":8080` in JSON.
        if let Some(rest) = line
            .split("port=")
            .nth(1)
            .or(line.split("\"port\":").nth(1))
        {
            break rest
                .split(|c: char| !c.is_ascii_digit())
                .next()
                .unwrap()
                .to_string();
        }
    };
    // Keep reading, so the server never blocks on a full pipe.
    let sink = output.clone();
    std::thread::spawn(move || {
        for line in lines.map_while(Result::ok) {
            sink.lock().unwrap().push(line);
        }
    });
    Served {
        child,
        address: format!("http://127.0.0.1:{port}"),
        output,
    }
}
