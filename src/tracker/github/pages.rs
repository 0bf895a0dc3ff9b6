//! Lists over many pages: the `Link` header, pages fetched concurrently,
//! conditional requests through the page cache, and the reads built on them
//! (one issue, recent issues, search).

use super::*;

/// Percent-encodes `text` for a URL path segment or query value.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Returns the URL of relation `rel` in a `Link` header.
pub(super) fn link_target<'a>(link: &'a str, rel: &str) -> Option<&'a str> {
    let wanted = format!("rel=\"{rel}\"");
    link.split(',').find_map(|part| {
        let (url, params) = part.split_once(';')?;
        params
            .split(';')
            .any(|p| p.trim() == wanted)
            .then(|| url.trim().trim_start_matches('<').trim_end_matches('>'))
    })
}

/// Returns the `page` query parameter of a URL.
pub(super) fn page_number(url: &str) -> Option<u32> {
    let query = url.split_once('?')?.1;
    query
        .split('&')
        .find_map(|kv| kv.strip_prefix("page="))
        .and_then(|v| v.parse().ok())
}

impl GitHubTracker {
    /// Fetches every page of a list endpoint. The first page's `Link`
    /// header says how many pages there are; the rest are then fetched
    /// concurrently (at most `page_concurrency` at once) and returned in order.
    pub(super) async fn get_pages(
        &self,
        path: &str,
        target: Target,
    ) -> Result<Vec<String>, TrackerError> {
        self.get_pages_with(path, target, None).await
    }

    /// `get_pages`, through the page cache when one is set: every page is
    /// asked for with `If-None-Match` and a `304` is answered from the copy;
    /// an offline cache answers from the copy alone.
    pub(super) async fn get_pages_cached(
        &self,
        path: &str,
        target: Target,
    ) -> Result<Vec<String>, TrackerError> {
        match &self.cache {
            Some(cache) if cache.is_offline() => self.saved_pages(cache, path),
            Some(cache) => {
                let bodies = self.get_pages_with(path, target, Some(cache)).await?;
                cache.store_meta(&self.api_url, path, bodies.len());
                Ok(bodies)
            }
            None => self.get_pages(path, target).await,
        }
    }

    /// Returns the saved pages of the list at `path` (offline).
    pub(super) fn saved_pages(
        &self,
        cache: &PageCache,
        path: &str,
    ) -> Result<Vec<String>, TrackerError> {
        let missing = || TrackerError::NotFound {
            what: "a saved copy of this list".into(),
        };
        let meta = cache.meta(&self.api_url, path).ok_or_else(missing)?;
        let bodies = (1..=meta.pages)
            .map(|n| cache.page(&self.api_url, path, n).map(|p| p.body))
            .collect::<Option<Vec<String>>>()
            .ok_or_else(missing)?;
        let mut from = self.served_from.lock().unwrap_or_else(|e| e.into_inner());
        *from = Some(from.map_or(meta.fetched_at, |t| t.min(meta.fetched_at)));
        Ok(bodies)
    }

    pub(super) async fn get_pages_with(
        &self,
        path: &str,
        target: Target,
        cache: Option<&PageCache>,
    ) -> Result<Vec<String>, TrackerError> {
        let first = self.get_page(path, 1, target.clone(), cache).await?;
        let link = first.link.clone().unwrap_or_default();
        let mut bodies = vec![first.body];
        let last = link_target(&link, "last").and_then(page_number);
        match last {
            Some(last) if last > 1 => {
                let rest: Vec<(u32, String)> = stream::iter(2..=last)
                    .map(|n| {
                        let t = target.clone();
                        async move { self.get_page(path, n, t, cache).await.map(|r| (n, r.body)) }
                    })
                    .buffer_unordered(self.page_concurrency)
                    .try_collect()
                    .await?;
                let mut rest = rest;
                rest.sort_by_key(|(n, _)| *n);
                bodies.extend(rest.into_iter().map(|(_, b)| b));
            }
            _ => {
                // No `last` relation: follow `next` one page at a time.
                let mut next = link_target(&link, "next").and_then(page_number);
                let mut guard = 0;
                while let Some(n) = next {
                    guard += 1;
                    if guard > 1000 {
                        break;
                    }
                    let r = self.get_page(path, n, target.clone(), cache).await?;
                    next = r
                        .link
                        .as_deref()
                        .and_then(|l| link_target(l, "next"))
                        .and_then(page_number);
                    bodies.push(r.body);
                }
            }
        }
        Ok(bodies)
    }

    /// Fetches page `n` of the list at `path`; with a cache, conditionally.
    pub(super) async fn get_page(
        &self,
        path: &str,
        n: u32,
        target: Target,
        cache: Option<&PageCache>,
    ) -> Result<CachedPage, TrackerError> {
        let sep = if path.contains('?') { '&' } else { '?' };
        let url = format!("{path}{sep}per_page={PER_PAGE}&page={n}");
        let saved = cache.and_then(|c| c.page(&self.api_url, path, n as usize));
        let tag = saved.as_ref().map(|p| p.etag.as_str());
        let reply = self
            .request_if(Verb::Get, &url, None, Repeat::Safe, target, tag)
            .await?;
        if reply.status == 304 {
            return saved.ok_or_else(|| TrackerError::InvalidResponse {
                detail: "304 Not Modified for a page idreq did not ask about".into(),
            });
        }
        let page = CachedPage {
            etag: reply.etag.unwrap_or_default(),
            link: reply.link,
            body: reply.body,
        };
        if let Some(c) = cache.filter(|_| !page.etag.is_empty()) {
            c.store_page(&self.api_url, path, n as usize, &page);
        }
        Ok(page)
    }

    pub(super) async fn get_issue(&self, number: u64) -> Result<Issue, TrackerError> {
        // https://docs.github.com/en/rest/issues/issues#get-an-issue
        let path = format!("{}/issues/{number}", self.repo_path());
        let reply = self
            .request(Verb::Get, &path, None, Repeat::Safe, Target::Issue(number))
            .await?;
        Ok(parse_json::<GhIssue>(&reply.body)?.into())
    }

    /// Looks through the newest issues this user opened (consistent at once,
    /// unlike the search index) for request `id`.
    pub(super) async fn find_recent(&self, id: &RequestId) -> Result<Option<Issue>, TrackerError> {
        let me = self.current_user().await?;
        // https://docs.github.com/en/rest/issues/issues#list-repository-issues
        let path = format!(
            "{}/issues?state=all&creator={}&sort=created&direction=desc&per_page={PER_PAGE}",
            self.repo_path(),
            encode(&me)
        );
        let reply = self
            .request(Verb::Get, &path, None, Repeat::Safe, Target::Repo)
            .await?;
        let issues: Vec<GhIssue> = parse_json(&reply.body)?;
        Ok(issues
            .into_iter()
            .filter(|i| i.pull_request.is_none())
            .map(Issue::from)
            .find(|i| carries(i, id)))
    }

    /// Runs an issue search in this repository, all pages; `cached` goes
    /// through the page cache.
    pub(super) async fn search(
        &self,
        query: &str,
        cached: bool,
    ) -> Result<Vec<Issue>, TrackerError> {
        // https://docs.github.com/en/rest/search/search#search-issues-and-pull-requests
        let path = format!("/search/issues?q={}", encode(query));
        let target = Target::Other("the search".into());
        let bodies = if cached {
            self.get_pages_cached(&path, target).await?
        } else {
            self.get_pages(&path, target).await?
        };
        let mut out = Vec::new();
        for b in bodies {
            let page: GhSearch = parse_json(&b)?;
            out.extend(
                page.items
                    .into_iter()
                    .filter(|i| i.pull_request.is_none())
                    .map(Issue::from),
            );
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_link_headers() {
        let link = r#"<http://127.0.0.1:9/repos/o/r/issues?per_page=100&page=2>; rel="next", <http://127.0.0.1:9/repos/o/r/issues?per_page=100&page=3>; rel="last""#;
        assert_eq!(link_target(link, "last").and_then(page_number), Some(3));
        assert_eq!(link_target(link, "next").and_then(page_number), Some(2));
        assert_eq!(link_target(link, "prev"), None);
    }

    #[test]
    fn encodes_label_names() {
        assert_eq!(encode("status: new"), "status%3A%20new");
        assert_eq!(encode("a,b"), "a%2Cb");
    }
}
